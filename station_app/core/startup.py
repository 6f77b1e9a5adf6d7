"""Opening a database for use: check it is sound, connect, back up if it will be upgraded, migrate."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import peewee

from station_app.core import db, paths, sqlite_files
from station_app.core.migrations import latest_version, migrate, newer_schema

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDatabase:
    location: db.DatabaseLocation
    initialised: bool
    upgraded_from: int | None  # the schema version found, when it was upgraded


def open_database(url: str | None = None, key: bytes | None = None) -> OpenedDatabase:
    """Open `url` (default: the SQLite file in the data directory) and bring its schema up to date.
    An encrypted SQLite file needs its `key` (core/vault: unlocked by logging in) unless this
    process unlocked it already.

    A SQLite file first passes `PRAGMA quick_check` on a read-only connection: a damaged file is
    never connected to for writing nor migrated (DatabaseDamaged names the newest good backup).
    Raises DatabaseUnavailable (unreadable, read-only, unreachable, newer schema), DatabaseLocked
    (encrypted, no key).
    """
    from station_app.backup.check import refuse_damaged
    from station_app.core import vault
    from station_app.station.service import is_initialised

    url = url or paths.default_database_url()
    location = db.parse_location(url)
    if location.sqlite_path is not None:
        key = key or vault.unlocked_key(location.sqlite_path)
        if key is None and vault.is_locked(location.sqlite_path):
            raise vault.DatabaseLocked("数据库已加密：请用本所的账户登录后再打开。")
        if key is not None:
            vault.refuse_wrong_key(location.sqlite_path, key)
            vault.remember(location.sqlite_path, key)  # a damaged file's backups are read with it
        refuse_damaged(location.sqlite_path, key)
        _refuse_newer(location.sqlite_path, key)
    database = db.connect(url, key)
    with db.environmental_errors():
        found = migrate(database, before_upgrade=lambda version: _backup_before_upgrade(database, version))
        initialised = is_initialised()
    return OpenedDatabase(location, initialised, found if 0 < found < latest_version() else None)


def _backup_before_upgrade(database: peewee.Database, version: int) -> None:
    """A checked copy first; if it cannot be made (BackupFailed) the upgrade does not happen."""
    if isinstance(database, peewee.SqliteDatabase):
        from station_app.backup.service import before_upgrade_backup

        before_upgrade_backup(database, version)


def _refuse_newer(path: Path, key: bytes | None = None) -> None:
    """Read the schema version without writing: connecting for use would switch the file to WAL,
    and a database from a newer release must be left exactly as it is."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite_files.connect(path, key=key, read_only=True)
    except sqlite_files.errors():
        return  # connect() below reports what is wrong with the file
    try:
        row = connection.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    except sqlite_files.errors():
        return  # no table yet: a new or very old database, migrate() decides
    finally:
        connection.close()
    if row is not None and int(row[0]) > latest_version():
        raise newer_schema(int(row[0]))
