"""Putting a backup back. The current database is always kept first; then the database is
reopened through `open_database` (an older backup is migrated there, after its own backup).

A sound database is overwritten in place with SQLite's backup API: one transaction, so a power
cut leaves either the old or the restored data, and another process with the file open sees the
new data instead of writing into a deleted file. A damaged file is renamed aside (never deleted)
and the backup copied in by temporary name, fsync and rename.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.backup.check import connect_read_only
from station_app.backup.files import BackupContents, copy_file_safely, write_backup
from station_app.backup.service import POSTGRES_MESSAGE, backup_plan, check_restorable
from station_app.core import db, sqlite_files, vault
from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.core.durable import fsync_dir
from station_app.core.errors import DatabaseUnavailable, StationError, explain_database_error

if TYPE_CHECKING:
    from station_app.core.startup import OpenedDatabase

log = logging.getLogger(__name__)
_COMPANIONS = ("-wal", "-shm")  # SQLite's files beside the database, named after it


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    contents: BackupContents  # what the backup held (before any upgrade)
    kept_aside: Path  # the database as it was before the restore
    opened: OpenedDatabase  # the restored database, open and up to date

    @property
    def upgraded_from(self) -> int | None:
        return self.opened.upgraded_from


def restore_backup(actor: Actor, backup: Path) -> RestoreResult:
    """从备份恢复: keep the current database as a checked backup, put `backup` in its place, reopen.

    Raises PermissionDenied, BackupUnusable, SchemaTooNew (a newer program's backup), BackupFailed
    (the current database could not be kept aside: nothing was changed), DatabaseUnavailable.
    """
    permissions.require(actor, "backup.restore")
    plan = backup_plan()
    if plan is None:
        raise StationError(POSTGRES_MESSAGE.replace("备份", "备份和恢复", 1))
    backup = Path(backup)
    contents = check_restorable(backup)
    if backup.resolve() == plan.source.resolve():
        raise StationError("选择的是正在使用的数据库本身，不是备份。")
    kept = write_backup(plan.source, plan.folder, "before-restore")
    db.close()
    _overwrite_in_place(backup, plan.source)
    result = RestoreResult(backup, contents, kept.path, _reopen(plan.source))
    _record(actor, result)
    return result


def restore_damaged(database_path: Path, backup: Path) -> RestoreResult:
    """At start, on a damaged database (no one is logged in): rename the damaged file and its
    -wal/-shm aside as `<name>.damaged-<time>`, copy `backup` in its place, reopen."""
    database_path, backup = Path(database_path), Path(backup)
    contents = check_restorable(backup)
    db.close()
    incoming = database_path.with_name(f".{database_path.name}.restoring")
    try:
        with _readable_as(backup, vault.unlocked_key(database_path)) as (source, _key):
            copy_file_safely(source, incoming)  # first: a power cut now leaves the damaged file in place
    except sqlite_files.errors(OSError, DatabaseUnavailable) as exc:
        raise _failed(exc) from exc
    aside = database_path.with_name(f"{database_path.name}.damaged-{local_now():%Y%m%d-%H%M%S}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in (*_COMPANIONS, ""):  # the main file last: until then it is still found and refused
            source = database_path.with_name(database_path.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                os.replace(source, target)
                moved.append((target, source))
        os.replace(incoming, database_path)
        fsync_dir(database_path.parent)
    except OSError as exc:
        for target, source in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        with contextlib.suppress(OSError):
            incoming.unlink()
        raise _failed(exc) from exc
    log.warning("damaged database kept as %s; restored %s", aside, backup)
    result = RestoreResult(backup, contents, aside, _reopen(database_path))
    _record(None, result)
    return result


def _overwrite_in_place(backup: Path, live: Path) -> None:
    live_key = vault.unlocked_key(live)
    with _readable_as(backup, live_key) as (source, key):
        reader = connect_read_only(source, immutable=True, key=key)
        try:
            writer = sqlite_files.connect(live, key=live_key, timeout=10)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        except sqlite_files.errors() as exc:
            raise _failed(exc) from exc
        finally:
            reader.close()


@contextlib.contextmanager
def _readable_as(backup: Path, live_key: bytes | None) -> Iterator[tuple[Path, bytes | None]]:
    """The backup as the live database is kept: a backup from before the database was encrypted
    is restored into an encrypted copy first (SQLite copies pages only between files under one
    key). An encrypted backup over a plain database is refused: the plain one may be newer."""
    backup_key = vault.key_for_file(backup)
    if backup_key == live_key:
        yield backup, backup_key
        return
    if live_key is None:
        raise DatabaseUnavailable("这份备份是加密的，而现在的数据库没有加密：请先登录加密的数据库再恢复。")
    temp = backup.with_name(f".{backup.name}.encrypted-{os.getpid()}")
    try:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        sqlite_files.export_encrypted(backup, temp, live_key)
        yield temp, live_key
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _failed(exc: BaseException) -> DatabaseUnavailable:
    known = exc if isinstance(exc, DatabaseUnavailable) else explain_database_error(exc)
    detail = known.message if known else (getattr(exc, "strerror", None) or str(exc))
    return DatabaseUnavailable(f"恢复没有完成，数据库保持原样：{detail}")


def _reopen(path: Path) -> OpenedDatabase:
    from station_app.core.startup import open_database

    return open_database(f"sqlite:///{path.as_posix()}")


def _record(actor: Actor | None, result: RestoreResult) -> None:
    """The restored database's own entry: its chain goes on from the backup's last entry."""
    from station_app.exchange.journal import renew_epoch
    from station_app.station.service import home_station

    with db.transaction():
        home = home_station()
        if home is not None:  # its change numbers will be given out again: the county must hear
            renew_epoch(home.id)
        audit.record(actor, "backup.restore", "database", "", username="system:startup",
                     extra={"backup": str(result.backup), "kept_aside": str(result.kept_aside),
                            "schema_version": result.contents.schema_version,
                            "upgraded_from": result.upgraded_from})
