"""`station backup`, `station restore` and the backup age in `station check`: outputs and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station_app.cli.main import main
from station_app.core import db, sqlite_files
from tests.cli_login import logged_in
from tests.conftest import require_postgres, reset_postgres
from tests.unit.backup.conftest import corrupt_middle, digest


@pytest.fixture(autouse=True)
def _data_dir_argument(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`station` resets the data directory from its own arguments: give it the test's."""
    monkeypatch.setattr(_ARGS, "data_dir", ["--data-dir", str(data_dir)])


class _ARGS:
    data_dir: list[str] = []
    key: bytes = b""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(logged_in([*_ARGS.data_dir, *args]))
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        db.close()
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station_db(capsys, sqlite_url: str, tmp_path: Path) -> str:
    password = tmp_path / "pw.txt"
    password.write_text("Admin1234\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", sqlite_url, "init", "--station-code", "152222-GLB",
                         "--station-name", "高力板派出所", "--county", "科右中旗", "--admin", "admin",
                         "--password-file", str(password))
    assert code == 0, err
    _ARGS.key = recovery_key(out)
    return sqlite_url


def recovery_key(init_output: str) -> bytes:
    """The database key, from the recovery code `station init` printed (a test edits files)."""
    import re

    from station_app.core import vault

    found = re.search(r"[A-Z2-9]{5}(?:-[A-Z2-9]{5}){7}", init_output)
    assert found, init_output
    return vault.key_from_code(found.group(0))


def add_user(capsys, url: str, tmp_path: Path, name: str) -> None:
    password = tmp_path / f"{name}.txt"
    password.write_text("Police2026\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", url, "users", "add", name, "--role", "officer", "--password-file",
                       str(password))
    assert code == 0, err


def listed_users(capsys, url: str) -> set[str]:
    code, out, _ = run(capsys, "--db", url, "users", "list", "--json")
    assert code == 0
    return {item["username"] for item in json.loads(out)}


def test_backup_then_restore_round_trip(capsys, station_db: str, tmp_path: Path, data_dir: Path) -> None:
    add_user(capsys, station_db, tmp_path, "wangwu")
    code, out, err = run(capsys, "--db", station_db, "backup", "--json")
    assert code == 0, err
    made = json.loads(out)
    backup = Path(made["path"])
    assert backup.parent == data_dir / "backups" and backup.is_file()
    assert made["counts"]["accounts"] == 2 and made["schema_version"] >= 1
    assert made["station"] == "高力板派出所"

    code, out, _ = run(capsys, "--db", station_db, "backup")
    assert code == 0 and "已备份并检查" in out and "账户 2" in out

    add_user(capsys, station_db, tmp_path, "lisi")
    code, _, err = run(capsys, "--db", station_db, "restore", str(backup))
    assert code == 2 and "--yes" in err, "no terminal to confirm on: nothing is replaced"
    assert listed_users(capsys, station_db) == {"admin", "wangwu", "lisi"}

    code, out, err = run(capsys, "--db", station_db, "restore", str(backup), "--yes", "--json")
    assert code == 0, err
    restored = json.loads(out)
    assert Path(restored["kept_aside"]).is_file() and "before-restore" in restored["kept_aside"]
    assert restored["counts"]["accounts"] == 2
    assert listed_users(capsys, station_db) == {"admin", "wangwu"}
    code, out, _ = run(capsys, "--db", station_db, "audit", "verify")
    assert code == 0, out


def test_backup_to_a_folder_and_restore_refusals(capsys, station_db: str, tmp_path: Path) -> None:
    target = tmp_path / "U盘"
    code, out, err = run(capsys, "--db", station_db, "backup", "--to", str(target))
    assert code == 0, err
    [backup] = list(target.glob("station-*-manual.sqlite3"))
    raw = sqlite_files.connect(backup, key=_ARGS.key)  # backups are encrypted like the database
    raw.execute("UPDATE schema_version SET version = 999")
    raw.commit()
    raw.close()
    code, _, err = run(capsys, "--db", station_db, "restore", str(backup), "--yes")
    assert code == 1 and "更新版本" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", station_db, "restore", str(tmp_path / "nothing.sqlite3"), "--yes")
    assert code == 1 and "找不到备份文件" in err


def test_restore_over_a_damaged_database(capsys, station_db: str, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--db", station_db, "backup", "--json")
    backup = json.loads(out)["path"]
    path = Path(station_db.removeprefix("sqlite:///"))
    corrupt_middle(path)
    damaged = digest(path)
    code, _, err = run(capsys, "--db", station_db, "users", "list")
    assert code == 1 and "已损坏" in err and backup in err and len(err.strip().splitlines()) == 1
    assert digest(path) == damaged

    code, out, err = run(capsys, "--db", station_db, "restore", backup, "--yes")
    assert code == 0, err
    assert "原来的数据库已另存为" in out and ".damaged-" in out
    [aside] = list(path.parent.glob("station.sqlite3.damaged-*[0-9]"))
    assert digest(aside) == damaged
    assert listed_users(capsys, station_db) == {"admin"}


def test_check_warns_without_a_recent_backup(capsys, station_db: str) -> None:
    code, out, _ = run(capsys, "--db", station_db, "check")
    assert code == 0 and "还没有任何备份" in out and "SQLite" in out
    run(capsys, "--db", station_db, "backup")
    code, out, _ = run(capsys, "--db", station_db, "check", "--json")
    report = json.loads(out)
    assert code == 0 and report["warnings"] == [] and report["last_backup"].endswith("-manual.sqlite3")
    assert report["last_backup_age_hours"] < 1
    assert report["sqlite_version"] == sqlite_files.library_version(True)  # SQLCipher's own SQLite


@pytest.mark.postgres
def test_backup_on_postgresql_is_the_servers_job(capsys, tmp_path: Path) -> None:
    url = require_postgres()
    reset_postgres(url)
    password = tmp_path / "pw.txt"
    password.write_text("Admin1234\n", encoding="utf-8")
    assert run(capsys, "--db", url, "init", "--station-code", "152222-GLB", "--station-name", "高力板派出所",
               "--county", "科右中旗", "--admin", "admin", "--password-file", str(password))[0] == 0
    code, _, err = run(capsys, "--db", url, "backup")
    assert code == 1 and "pg_dump" in err and len(err.strip().splitlines()) == 1
