"""Opening a database for use: connect, back up if it will be upgraded, migrate."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee

from station_app.core import db, paths
from station_app.core.migrations import latest_version, migrate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedDatabase:
    location: db.DatabaseLocation
    initialised: bool
    upgraded_from: int | None  # the schema version found, when it was upgraded


def open_database(url: str | None = None) -> OpenedDatabase:
    """Open `url` (default: the SQLite file in the data directory) and bring its schema up to date.

    Raises DatabaseUnavailable (unreadable, read-only, corrupt, unreachable, newer schema).
    """
    from station_app.station.service import is_initialised

    url = url or paths.default_database_url()
    location = db.parse_location(url)
    database = db.connect(url)
    with db.environmental_errors():
        found = migrate(database, before_upgrade=lambda version: _backup_before_upgrade(database, version))
        initialised = is_initialised()
    return OpenedDatabase(location, initialised, found if 0 < found < latest_version() else None)


def _backup_before_upgrade(database: peewee.Database, version: int) -> None:
    if isinstance(database, peewee.SqliteDatabase):
        target = backup_sqlite(database, paths.default_backup_dir(), f"before-upgrade-v{version}")
        log.info("backed up schema %d database to %s before upgrading", version, target)


def backup_sqlite(database: peewee.SqliteDatabase, folder: Path, label: str) -> Path:
    """Copy the live database with SQLite's backup API (consistent even while in use)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"station-{stamp}-{label}.sqlite3"
    destination = sqlite3.connect(target)
    try:
        database.connection().backup(destination)
    finally:
        destination.close()
    return target
