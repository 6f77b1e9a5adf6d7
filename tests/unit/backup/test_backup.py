"""Writing backups: consistent while another connection writes, checked, named only when good,
rotated, audited when asked for; PostgreSQL is left to the server."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from station_app.accounts.service import create_account
from station_app.audit.chain import recent_entries, verify_chain
from station_app.backup import service
from station_app.backup.check import file_problem
from station_app.backup.files import BackupFailed, list_backups, read_contents, write_backup
from station_app.core.clock import local_now
from station_app.core.errors import PermissionDenied, StationError
from station_app.settings.service import load_settings, update_settings
from tests.unit.backup.conftest import close_and_checkpoint, corrupt_middle, live_path


def test_a_backup_taken_while_another_connection_writes_is_consistent(sqlite_admin, tmp_path: Path) -> None:
    source = live_path()
    folder = tmp_path / "copies"
    writer = sqlite3.connect(source, timeout=10, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE ledger_a (n INTEGER)")
    writer.execute("CREATE TABLE ledger_b (n INTEGER)")
    stop = threading.Event()
    written = [0]

    def keep_writing() -> None:  # each transaction adds one row to both tables: a copy must agree
        while not stop.is_set():
            writer.execute("BEGIN IMMEDIATE")
            for _ in range(50):
                writer.execute("INSERT INTO ledger_a VALUES (?)", (written[0],))
                writer.execute("INSERT INTO ledger_b VALUES (?)", (written[0],))
                written[0] += 1
            writer.execute("COMMIT")

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        copies = [write_backup(source, folder, "manual") for _ in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    counts = []
    for info in copies:
        assert file_problem(info.path) is None
        copy = sqlite3.connect(info.path)
        a, b = (copy.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("ledger_a", "ledger_b"))
        copy.close()
        assert a == b and a % 50 == 0
        counts.append(a)
        assert read_contents(info.path).counts["accounts"] == 1
    assert counts == sorted(counts) and counts[-1] > 0, "later copies hold more of the writes"
    files = sorted(path.name for path in folder.iterdir() if path.is_file())  # keys/: the exchange keys' copy
    assert files == sorted(info.name for info in copies), \
        "single-file copies: no temporary, -wal or -shm file beside them"


def test_a_copy_that_fails_its_check_is_removed_and_reported(tmp_path: Path) -> None:
    # Damaged data pages (the schema on page 1 intact): SQLite's backup API copies the pages as
    # they are, so only the integrity check of the copy can notice.
    source = tmp_path / "source.sqlite3"
    raw = sqlite3.connect(source)
    raw.execute("CREATE TABLE filler (n INTEGER, text TEXT)")
    raw.executemany("INSERT INTO filler VALUES (?, ?)", ((n, "数据" * 40) for n in range(3000)))
    raw.commit()
    raw.close()
    corrupt_middle(source)
    folder = tmp_path / "backups"
    with pytest.raises(BackupFailed, match="检查未通过.*已删除这份备份"):
        write_backup(source, folder, "manual")
    assert list(folder.iterdir()) == [], "no file with a backup's name, no temporary file"


def test_a_damaged_app_database_is_not_backed_up(sqlite_admin, tmp_path: Path) -> None:
    source = close_and_checkpoint()
    corrupt_middle(source)
    folder = tmp_path / "backups"
    with pytest.raises(BackupFailed, match="备份没有完成|检查未通过"):
        write_backup(source, folder, "manual")
    assert list(folder.iterdir()) == []


def test_a_corrupt_backup_on_disk_is_found_and_skipped(sqlite_admin, backup_dir: Path) -> None:
    older = service.backup_now(sqlite_admin, at=local_now() - timedelta(days=2)).info
    newer = service.backup_now(sqlite_admin).info
    corrupt_middle(newer.path)  # a bad block on the backup disk
    assert file_problem(newer.path) is not None
    assert service.newest_good_backup([backup_dir]) == older
    with pytest.raises(StationError, match="已损坏"):
        service.check_restorable(newer.path)


def test_backup_now_is_audited_and_rotates_only_the_automatic_backups(sqlite_admin, backup_dir: Path) -> None:
    update_settings(sqlite_admin, keep_daily=2, keep_weekly=0, keep_monthly=0)
    plan = service.backup_plan()
    assert plan is not None
    now = local_now()
    automatic = [service.run_backup(plan, "auto", at=now - timedelta(days=days)) for days in (5, 4, 3)]
    assert [len(made.removed) for made in automatic if made] == [0, 0, 1]
    first = service.backup_now(sqlite_admin, at=now - timedelta(minutes=5))
    created = service.backup_now(sqlite_admin, at=now)

    left = list_backups(backup_dir)
    assert [info.kind for info in left] == ["manual", "manual", "auto", "auto"]
    assert {first.info.path, created.info.path} < {info.path for info in left}, "asked-for backups stay"
    assert created.contents.counts["accounts"] == 1 and created.contents.station_name == "高力板派出所"
    entry = recent_entries(limit=1)[0]
    assert entry.action == "backup.create" and entry.entity_id == created.info.name
    assert verify_chain().ok


def test_backup_now_to_another_folder_and_who_may(sqlite_admin, tmp_path: Path) -> None:
    stick = tmp_path / "第二块硬盘备份"
    created = service.backup_now(sqlite_admin, stick)
    assert created.info.path.parent == stick and created.info.path.is_file()
    with pytest.raises(BackupFailed, match="备份盘是否已连接"):
        service.backup_now(sqlite_admin, tmp_path / "未插入的硬盘" / "备份")
    assert not (tmp_path / "未插入的硬盘").exists()
    create_account(sqlite_admin, "chakan", "查看员", "readonly", "Look12345")
    from station_app.accounts.service import login

    with pytest.raises(PermissionDenied):
        service.backup_now(login("chakan", "Look12345"))


def test_the_backup_folder_and_rotation_come_from_the_settings(sqlite_admin, tmp_path: Path) -> None:
    update_settings(sqlite_admin, backup_dir=str(tmp_path / "elsewhere"), keep_daily=3, keep_weekly=1,
                    keep_monthly=6)
    plan = service.backup_plan()
    assert plan is not None and plan.folder == tmp_path / "elsewhere"
    assert (plan.keep.daily, plan.keep.weekly, plan.keep.monthly) == (3, 1, 6)
    assert plan.source == live_path()


def test_settings_refuse_keeping_no_daily_backup(sqlite_admin) -> None:
    from station_app.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        update_settings(sqlite_admin, keep_daily=0, keep_weekly=-1, keep_monthly=500)
    assert set(caught.value.errors) == {"keep_daily", "keep_weekly", "keep_monthly"}
    assert load_settings().keep_daily == 7


def test_run_backup_only_when_due(sqlite_admin, backup_dir: Path) -> None:
    plan = service.backup_plan()
    assert plan is not None
    now = local_now()
    first = service.run_backup(plan, "auto", at=now - timedelta(hours=30), if_older_than=service.DAILY)
    assert first is not None
    assert service.run_backup(plan, "auto", at=now - timedelta(hours=7), if_older_than=service.DAILY) is None
    assert service.run_backup(plan, "auto", at=now, if_older_than=service.DAILY) is not None
    status = service.backup_status(backup_dir)
    assert status.last is not None and not status.stale


def test_health_check_reports_the_age_of_the_last_backup(sqlite_admin) -> None:
    from station_app.core.health import check_database

    report = check_database()
    assert report.ok and report.last_backup == "" and "还没有任何备份" in report.warnings[0]
    service.backup_now(sqlite_admin, at=local_now() - timedelta(days=3))
    report = check_database()
    assert report.ok and report.last_backup_age_hours is not None and report.last_backup_age_hours >= 72
    assert "已超过 2 天" in report.warnings[0]
    fresh = service.backup_now(sqlite_admin)
    report = check_database()
    assert report.warnings == [] and report.last_backup == str(fresh.info.path)
    assert any("最近一次备份" in note for note in report.notes)


def test_postgresql_is_backed_up_by_the_server(admin) -> None:
    from station_app.core import db

    if db.is_sqlite():
        assert service.backup_now(admin).info.path.is_file()
        return
    assert service.backup_plan() is None
    with pytest.raises(StationError, match="pg_dump"):
        service.backup_now(admin)


def test_an_upgrade_waits_for_its_backup(sqlite_admin, tmp_path: Path, monkeypatch) -> None:
    from station_app.core import db, migrations
    from station_app.core.startup import open_database

    update_settings(sqlite_admin, backup_dir=str(tmp_path / "unplugged-disk" / "backups"))
    latest = migrations.latest_version()
    extended = [*migrations.MIGRATIONS, migrations.Migration(latest + 1, "noop", lambda database: None)]
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    url = f"sqlite:///{live_path().as_posix()}"
    db.close()
    with pytest.raises(BackupFailed, match="备份盘是否已连接"):
        open_database(url)
    assert migrations.schema_version(db.current()) == latest, "no backup, no upgrade"

    update_settings(sqlite_admin, backup_dir="")
    db.close()
    assert open_database(url).upgraded_from == latest
    [backup] = list_backups(service.backup_plan().folder)
    assert backup.label == f"before-upgrade-v{latest}" and backup.kind_label == "升级前"
