"""Numbered schema migrations with a `schema_version` row.

Each migration module freezes the tables as they were at its number (it never imports the live
models), so a database from any earlier release upgrades the same way years later.
SQLite migrations run with foreign keys off and end with `PRAGMA foreign_key_check`:
`playhouse.migrate` rebuilds tables and would otherwise cascade-delete child rows.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

import peewee

from station_app.core.clock import utcnow
from station_app.core.errors import DatabaseUnavailable, SchemaTooNew

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable[[peewee.Database], None]


def _step(module: str) -> Callable[[peewee.Database], None]:
    """The `apply` of migrations/<module>.py, imported only when the step runs: opening an
    up-to-date database (every start of the app, before the login window) loads none of them."""

    def apply(database: peewee.Database) -> None:
        importlib.import_module(f"{__name__}.{module}").apply(database)

    return apply


MIGRATIONS: list[Migration] = [
    Migration(1, "foundation", _step("m0001_foundation")),
    Migration(2, "residents", _step("m0002_residents")),
    Migration(3, "mediation", _step("m0003_mediation")),
    Migration(4, "patrols", _step("m0004_patrols")),
    Migration(5, "hotline", _step("m0005_hotline")),
    Migration(6, "restitution", _step("m0006_restitution")),
    Migration(7, "visits", _step("m0007_visits")),
    Migration(8, "exchange", _step("m0008_exchange")),
    Migration(9, "exchange base", _step("m0009_exchange_base")),
    # The search index first: its upgrade rewrites every resident's pinyin keys, which the
    # change journal (11) would otherwise send to the county as edits of every resident.
    Migration(10, "search index", _step("m0010_search_index")),
    Migration(11, "change journal", _step("m0011_change_journal")),
    Migration(12, "enrolment", _step("m0012_enrolment")),
    Migration(13, "follow-up outcome", _step("m0013_follow_up_outcome")),
    Migration(14, "account language", _step("m0014_account_language")),
]
LATEST_VERSION = MIGRATIONS[-1].number


def latest_version() -> int:
    return MIGRATIONS[-1].number


def schema_version(database: peewee.Database) -> int:
    """The schema number of the open database; 0 for an empty one."""
    if not database.table_exists("schema_version"):
        return 0
    row = database.execute_sql("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def newer_schema(found: int) -> SchemaTooNew:
    """The refusal of a database written by a newer release."""
    return SchemaTooNew(
        f"这个数据库来自更新版本的平安台账（数据结构版本 {found}，本程序只认识到 {latest_version()}）。"
        "为免损坏数据，本程序不会打开它。请安装新版本后再打开。"
    )


def migrate(
    database: peewee.Database, before_upgrade: Callable[[int], None] | None = None
) -> int:
    """Bring the schema up to the latest version; returns the version found before.

    `before_upgrade(old_version)` runs first when an existing database will change (a backup).
    Raises SchemaTooNew for a database written by a newer release: it is never touched.
    """
    found, latest = schema_version(database), latest_version()
    if found > latest:
        raise newer_schema(found)
    if found == latest:
        return found
    if found > 0 and before_upgrade is not None:
        before_upgrade(found)
    sqlite = isinstance(database, peewee.SqliteDatabase)
    if sqlite:
        database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for migration in MIGRATIONS:
            if migration.number <= found:
                continue
            log.info("applying migration %04d %s", migration.number, migration.name)
            with database.atomic():
                # Another PC may have upgraded the same database while we waited for the lock.
                if schema_version(database) >= migration.number:
                    continue
                migration.apply(database)
                _set_version(database, migration.number)
        if sqlite:
            problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseUnavailable(f"升级数据结构后发现外键不一致：{problems[:5]}")
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys = ON")
    return found


def _set_version(database: peewee.Database, number: int) -> None:
    now = utcnow()
    if database.execute_sql("SELECT 1 FROM schema_version WHERE id = 1").fetchone():
        database.execute_sql(
            "UPDATE schema_version SET version = %s, updated_at = %s WHERE id = 1".replace(
                "%s", database.param
            ),
            (number, now),
        )
    else:
        database.execute_sql(
            "INSERT INTO schema_version (id, version, updated_at) VALUES (1, %s, %s)".replace(
                "%s", database.param
            ),
            (number, now),
        )
