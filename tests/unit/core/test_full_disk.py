"""A full disk, for real: the database on a 16 MB tmpfs filled up by another file (issue 16: an
import said "内部错误：OperationalError: cannot rollback - no transaction is active", small writes
"disk I/O error（U盘被拔出…）", and `station check` itself failed).

Mounting needs root (CI runs as root). Without root the tests skip and say why; as root a mount that
fails is a failure in CI (it must run there) and a skip naming the error elsewhere.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_app.core import db, paths
from station_app.core.actor import Actor
from station_app.core.errors import DatabaseUnavailable
from tests.cli_login import ADMIN_PASSWORD, password_file
from tests.conftest import make_station
from tests.fuzz.conftest import database_state

ROOT = Path(__file__).resolve().parents[3]
SIZE_MB = 48  # the database with the residents' search index and a 12,000-row import
NEEDED = re.compile(r"约需 (\d+(\.\d)?) MB 可用空间")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a full disk is simulated on a small tmpfs, and mounting one needs root "
                    "(CI runs as root): run as root to include these tests")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE_MB}m", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        reason = f"could not mount a {SIZE_MB} MB tmpfs as root: {mounted.stderr.strip()}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield folder
    finally:
        db.close()
        paths.set_data_dir(None)
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def station_on_small_disk(small_disk: Path) -> tuple[Actor, Path]:
    from station_app.core.startup import open_database

    paths.set_data_dir(small_disk / "data")
    open_database(f"sqlite:///{(small_disk / 'station.sqlite3').as_posix()}")
    return make_station(), small_disk


def fill(disk: Path, leave: int) -> Path:
    """Another file takes all but `leave` bytes (what a full download folder does)."""
    filler = disk / "下载的安装包.iso"
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as out:
        out.write(b"\0" * max(0, free - leave))
    return filler


def residents_file(folder: Path, count: int) -> Path:
    from station_app.demo.people import generate_people

    path = folder / "居民.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        rows = csv.writer(out)
        rows.writerow(["姓名", "性别", "身份证号", "联系电话", "住址", "备注"])
        for person in generate_people(3, count):
            rows.writerow([person.name, person.gender, person.id_number, person.phone, person.address,
                           "独居老人，需定期走访" * 4])
    return path


def import_file(actor: Actor, path: Path) -> object:
    from station_app.residents import importer

    source = importer.read_source(path)
    return importer.run_import(actor, source, importer.guess_mapping(source.headers))


def integrity() -> str:
    return db.current().execute_sql("PRAGMA integrity_check").fetchone()[0]


def test_an_import_that_fills_the_disk_says_so_and_changes_nothing(station_on_small_disk,
                                                                    tmp_path: Path) -> None:
    actor, disk = station_on_small_disk
    source = residents_file(tmp_path, 12_000)  # the file itself lives elsewhere
    filler = fill(disk, leave=3 * 1024 * 1024)
    before = database_state()
    with pytest.raises(DatabaseUnavailable) as caught:
        import_file(actor, source)
    message = caught.value.message
    assert message.startswith("磁盘已满：") and str(disk) in message, message
    assert "数据库保持原样，这项工作没有保存" in message
    needed = NEEDED.search(message)
    assert needed and float(needed.group(1)) > 3, message  # more than the 3 MB it had
    assert "OperationalError" not in message and "rollback" not in message
    assert database_state() == before and integrity() == "ok"
    filler.unlink()  # room again: the same import goes through
    assert import_file(actor, source).imported == 12_000


def test_a_small_write_on_a_full_disk_says_disk_full_not_a_pulled_stick(station_on_small_disk) -> None:
    from station_app.residents.models import Resident
    from station_app.residents.service import create_resident

    actor, disk = station_on_small_disk
    fill(disk, leave=0)
    saved = 0
    with pytest.raises(DatabaseUnavailable, match="^磁盘已满：") as caught:
        for number in range(2000):  # the WAL has some room left in it: write until it is used up
            create_resident(actor, {"name": f"巴特尔{number}", "notes": "备注" * 400})
            saved += 1
    assert "U盘" not in caught.value.message and "约需" in caught.value.message
    # every save before the disk ran out is there, the one that failed is not, nothing is damaged
    assert Resident.select().count() == saved and integrity() == "ok"


def _station(disk: Path, *args: str, log_in: bool | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STATION_DATA_DIR": str(disk / "data")}
    log_in = args[0] != "check" if log_in is None else log_in  # the command logs in, except `check`
    login = [] if not log_in else [
        "--user", "admin", "--password-file", str(password_file(ADMIN_PASSWORD))]
    return subprocess.run([sys.executable, "-m", "station_app.cli.main", *login, "--db",
                           f"sqlite:///{(disk / 'station.sqlite3').as_posix()}", *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_station_check_works_on_a_full_disk_and_writes_nothing(station_on_small_disk, tmp_path: Path) -> None:
    actor, disk = station_on_small_disk
    password = tmp_path / "pw.txt"
    password.write_text("Police2026\n", encoding="utf-8")
    db.close()  # the app was closed: no -shm, no -wal left
    fill(disk, leave=8 * 1024)
    database = disk / "station.sqlite3"
    before = _digest(database)
    done = _station(disk, "check")
    assert done.returncode == 0, done.stderr
    assert "磁盘已满" in done.stdout and "只读方式" in done.stdout and "检查通过" in done.stdout
    for noise in ("Traceback", "内部错误", "Logging error"):
        assert noise not in done.stderr, done.stderr
    assert _digest(database) == before
    # the commands that must write say why they cannot, in one line
    refused = _station(disk, "users", "add", "cuixl", "--role", "officer", "--password-file", str(password))
    assert refused.returncode == 1 and "磁盘已满" in refused.stderr, refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and _digest(database) == before


def test_a_command_that_fills_the_disk_while_the_app_is_open_says_disk_full(station_on_small_disk,
                                                                            tmp_path: Path) -> None:
    """The window keeps the database open (its -shm and -wal exist); `station residents import` runs
    beside it and the disk runs out under it: one clear line, exit 1, the database as it was."""
    actor, disk = station_on_small_disk
    source = residents_file(tmp_path, 12_000)
    fill(disk, leave=2 * 1024 * 1024)
    before = database_state(apart_from_logins=True)  # the command logs in first
    done = _station(disk, "residents", "import", str(source))
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：磁盘已满："), done.stderr
    assert database_state(apart_from_logins=True) == before and integrity() == "ok"


def test_a_backup_onto_a_full_stick_says_so_and_leaves_nothing(small_disk: Path, sqlite_admin) -> None:
    """The database is elsewhere; the backup folder (a USB stick) is full."""
    from station_app.backup.files import BackupFailed
    from station_app.backup.service import backup_now
    from station_app.residents.service import create_resident

    for number in range(300):
        create_resident(sqlite_admin, {"name": f"其其格{number}", "notes": "备注" * 200})
    fill(small_disk, leave=64 * 1024)
    with pytest.raises(BackupFailed) as caught:
        backup_now(sqlite_admin, small_disk)
    message = caught.value.message
    assert "备份盘已满" in message and "约需" in message and str(small_disk) in message, message
    assert "database or disk is full" not in message and "窗口" not in message
    assert not [path for path in small_disk.iterdir() if path.name.startswith(("station-", ".station-"))]


def test_an_encrypted_database_on_a_full_disk_is_not_called_the_wrong_key(station_on_small_disk,
                                                                          tmp_path: Path) -> None:
    """Attack B: on an encrypted database a full disk made every login say "这把钥匙打不开数据库…
    钥匙文件不属于这个数据库，或数据库文件的开头已损坏。请用恢复密钥单打开，或从备份恢复" (the key
    check could not create its -shm), and `station --user admin check` failed the same way."""
    from station_app.backup.encryption import encrypt_database
    from station_app.core import vault

    actor, disk = station_on_small_disk
    encrypt_database(actor, ADMIN_PASSWORD, keep_plain_copy=False)
    db.close()  # the app was closed
    vault.forget()
    password = tmp_path / "pw.txt"
    password.write_text("Police2026\n", encoding="utf-8")
    fill(disk, leave=0)
    database = disk / "station.sqlite3"
    before = _digest(database)
    checked = _station(disk, "check", log_in=True)
    assert "钥匙" not in checked.stderr, checked.stderr
    assert checked.returncode == 0, (checked.stdout, checked.stderr)
    assert "磁盘已满" in checked.stdout and "只读方式" in checked.stdout and "检查通过" in checked.stdout
    assert "SQLCipher 加密" in checked.stdout, checked.stdout  # not the plain SQLite's version and notes
    # twice: the first attempt may leave a -shm it could not fill, and then SQLite says "disk I/O
    # error" at the start-up check, which said "U盘被拔出或磁盘故障？"
    for _attempt in range(2):
        refused = _station(disk, "users", "add", "cuixl", "--role", "officer", "--password-file",
                           str(password))
        assert refused.returncode == 1 and "钥匙" not in refused.stderr, refused.stderr
        assert refused.stderr.startswith("错误：磁盘已满：") and "U盘" not in refused.stderr, refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1 and _digest(database) == before
