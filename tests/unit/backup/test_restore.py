"""Restoring: the current database is kept first, the restored data is what was backed up, a newer
program's backup is refused, an older one is upgraded; a damaged database is never touched."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from station_app.accounts.models import Account
from station_app.accounts.service import create_account, login
from station_app.audit.chain import recent_entries, verify_chain
from station_app.backup import service
from station_app.backup.files import list_backups, read_contents
from station_app.backup.restore import restore_backup, restore_damaged
from station_app.core import db, migrations
from station_app.core.clock import local_now
from station_app.core.errors import DatabaseDamaged, PermissionDenied, SchemaTooNew
from station_app.core.startup import open_database
from tests.unit.backup.conftest import close_and_checkpoint, corrupt_middle, digest, live_path


def usernames() -> set[str]:
    return {account.username for account in Account.select()}


def test_restore_keeps_the_current_database_and_restores_the_backup(sqlite_admin, backup_dir: Path) -> None:
    create_account(sqlite_admin, "wangwu", "王五", "officer", "Pass12345")
    backup = service.backup_now(sqlite_admin).info
    create_account(sqlite_admin, "lisi", "李四", "officer", "Pass12345")
    assert usernames() == {"admin", "wangwu", "lisi"}

    result = restore_backup(sqlite_admin, backup.path)

    assert usernames() == {"admin", "wangwu"}
    assert result.contents.counts["accounts"] == 2 and result.upgraded_from is None
    kept = result.kept_aside
    assert kept.parent == backup_dir and "before-restore" in kept.name
    assert read_contents(kept).counts["accounts"] == 3, "the database as it was, before the restore"
    assert {info.kind for info in list_backups(backup_dir)} == {"manual", "before-restore"}
    entry = recent_entries(limit=1)[0]
    assert entry.action == "backup.restore" and entry.username == "admin"
    assert backup.name in entry.changes and kept.name in entry.changes
    assert verify_chain().ok, "the restored chain goes on from the backup's last entry"
    assert login("wangwu", "Pass12345").username == "wangwu"
    # the same file, still in WAL mode, still opens
    db.close()
    assert open_database(f"sqlite:///{live_path().as_posix()}").initialised


def test_only_an_administrator_may_restore(sqlite_admin) -> None:
    backup = service.backup_now(sqlite_admin).info
    create_account(sqlite_admin, "suozhang", "所长", "chief", "Chief12345")
    with pytest.raises(PermissionDenied):
        restore_backup(login("suozhang", "Chief12345"), backup.path)


def test_a_backup_from_a_newer_program_is_refused(sqlite_admin, backup_dir: Path) -> None:
    backup = service.backup_now(sqlite_admin).info
    raw = sqlite3.connect(backup.path)
    raw.execute("UPDATE schema_version SET version = 999")
    raw.commit()
    raw.close()
    create_account(sqlite_admin, "lisi", "李四", "officer", "Pass12345")

    with pytest.raises(SchemaTooNew, match="更新版本"):
        restore_backup(sqlite_admin, backup.path)

    assert [info.kind for info in list_backups(backup_dir)] == ["manual"], "nothing was kept aside"
    assert usernames() == {"admin", "lisi"}
    assert migrations.schema_version(db.current()) == migrations.latest_version()


def test_a_file_that_is_not_a_backup_is_refused(sqlite_admin, tmp_path: Path) -> None:
    from station_app.backup.service import BackupUnusable

    text = tmp_path / "说明.sqlite3"
    text.write_text("这不是数据库" * 500, encoding="utf-8")
    with pytest.raises(BackupUnusable, match="不是数据库文件"):
        restore_backup(sqlite_admin, text)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).execute("CREATE TABLE other (x)").connection.close()
    with pytest.raises(BackupUnusable, match="不是平安台账的备份"):
        restore_backup(sqlite_admin, empty)


def test_a_backup_from_an_older_schema_is_upgraded_after_restoring(
    sqlite_admin, backup_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = service.backup_now(sqlite_admin).info
    latest = migrations.latest_version()
    extended = [*migrations.MIGRATIONS, migrations.Migration(latest + 1, "noop", lambda database: None)]
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    db.close()
    open_database(f"sqlite:///{live_path().as_posix()}")  # this program now knows one version more
    assert migrations.schema_version(db.current()) == latest + 1

    result = restore_backup(sqlite_admin, backup.path)

    assert result.upgraded_from == latest
    assert migrations.schema_version(db.current()) == latest + 1
    assert {info.kind for info in list_backups(backup_dir)} >= {"before-upgrade", "before-restore"}


def test_startup_on_a_damaged_file_names_the_newest_good_backup_and_changes_nothing(
    sqlite_admin, sqlite_url: str, backup_dir: Path
) -> None:
    older = service.backup_now(sqlite_admin, at=local_now() - timedelta(days=3)).info
    newest_good = service.backup_now(sqlite_admin, at=local_now() - timedelta(days=1)).info
    broken = service.backup_now(sqlite_admin).info
    corrupt_middle(broken.path)  # the newest backup went bad as well
    path = close_and_checkpoint()
    corrupt_middle(path)
    before = digest(path)

    with pytest.raises(DatabaseDamaged) as caught:
        open_database(sqlite_url)

    error = caught.value
    assert error.backup == newest_good.path != older.path
    assert error.database_path == path and error.problem
    assert "已损坏" in error.message and "不要覆盖" in error.message and newest_good.name in error.message
    assert digest(path) == before, "the damaged file is byte for byte as it was"
    with pytest.raises(DatabaseDamaged):
        open_database(sqlite_url)  # and stays refused
    assert digest(path) == before


def test_a_backup_on_the_second_disk_is_found_although_the_setting_is_in_the_damaged_file(
    sqlite_admin, sqlite_url: str, tmp_path: Path
) -> None:
    from station_app.settings.service import update_settings

    second_disk = tmp_path / "second-disk"
    update_settings(sqlite_admin, backup_dir=str(second_disk))
    backup = service.backup_now(sqlite_admin).info
    assert backup.path.parent == second_disk
    path = close_and_checkpoint()
    corrupt_middle(path)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(sqlite_url)
    assert caught.value.backup == backup.path


def test_restoring_over_a_damaged_file_keeps_it_aside(sqlite_admin, sqlite_url: str) -> None:
    create_account(sqlite_admin, "wangwu", "王五", "officer", "Pass12345")
    backup = service.backup_now(sqlite_admin).info
    path = close_and_checkpoint()
    corrupt_middle(path)
    damaged = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(sqlite_url)

    result = restore_damaged(path, caught.value.backup)

    assert result.backup == backup.path and result.opened.initialised
    assert result.kept_aside.name.startswith("station.sqlite3.damaged-")
    assert result.kept_aside.read_bytes() == damaged, "the damaged file is kept, never deleted"
    assert usernames() == {"admin", "wangwu"}
    entry = recent_entries(limit=1)[0]
    assert entry.action == "backup.restore" and entry.username == "system:startup"
    assert verify_chain().ok
    db.close()
    assert open_database(sqlite_url).initialised


def test_a_database_that_cannot_be_opened_for_other_reasons_is_not_called_damaged(tmp_path: Path) -> None:
    from station_app.core.errors import DatabaseUnavailable

    folder = tmp_path / "no-such-folder"
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(f"sqlite:///{(folder / 'station.sqlite3').as_posix()}")
    assert not isinstance(caught.value, DatabaseDamaged)
