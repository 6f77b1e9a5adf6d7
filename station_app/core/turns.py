"""How a unit of work takes its turn to write (db.transaction): SQLite's write lock taken with short
busy timeouts in a loop, PostgreSQL's advisory lock polled, each telling the thread's listener
while it waits (core/writer); and the plain words for one that failed on a full disk.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from station_app.core import writer
from station_app.core.diskspace import explain_fault, free_bytes
from station_app.core.errors import DatabaseUnavailable

__all__ = ["INTERRUPTED", "Files", "begin_in_turn", "explained", "files_of", "free_bytes", "pg_take_turn"]

INTERRUPTED = "已取消（Ctrl+C）：这项工作没有保存任何内容。"


@dataclass(frozen=True)
class Files:
    path: Path
    folder: Path
    note: str


def files_of(database: peewee.SqliteDatabase) -> Files | None:
    """The database file, its folder and the writer's note beside it (worked out once per database:
    a unit of work should not pay for parsing paths)."""
    found = getattr(database, "_station_files", False)
    if found is False:
        name = str(database.database)
        found = None
        if name and name != ":memory:" and not name.startswith("file:"):
            path = Path(name)
            found = Files(path, path.parent, str(writer.note_path(path)))
        database._station_files = found  # type: ignore[attr-defined]
    return found if isinstance(found, Files) else None


def begin_in_turn(database: peewee.SqliteDatabase, files: Files | None, normal_busy_timeout: int) -> Any:
    """BEGIN IMMEDIATE, waiting (and telling the listener) while another program holds the write
    lock: short busy timeouts in a loop instead of one silent 10-second one. Returns the entered
    atomic block."""
    atomic = database.atomic()
    short = f"PRAGMA busy_timeout = {int(writer.POLL_SECONDS * 1000)}"

    def try_once() -> bool:
        connection = database.connection()
        connection.execute(short)
        try:
            atomic.__enter__()
            return True
        except peewee.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return False
            raise
        finally:
            connection.execute(f"PRAGMA busy_timeout = {normal_busy_timeout}")

    if not try_once():
        writer.wait_for_turn(try_once, lambda: writer.note_holder(files.path) if files
                             else writer.Holder(elsewhere=True))
    return atomic


def pg_take_turn(database: peewee.Database, task: str, lock: int) -> None:
    """Writers from several PCs take turns for the whole unit of work: change numbers (journal) and
    the audit chain's head are then given out in commit order, and two transactions can never each
    hold one of those locks and wait for the other."""
    def take() -> bool:
        return bool(database.execute_sql("SELECT pg_try_advisory_xact_lock(%s)",
                                         (lock,)).fetchone()[0])

    def try_once() -> bool:
        if take():
            return True
        time.sleep(writer.POLL_SECONDS)
        return take()

    def holder() -> writer.Holder:
        """Who holds the lock, from the server's own tables (application_name says what it does;
        another login's session may show less of itself: then only that someone does)."""
        database.execute_sql("SELECT pg_stat_clear_snapshot()")  # fresh, not this transaction's copy
        rows = database.execute_sql(
            "SELECT a.application_name, EXTRACT(EPOCH FROM clock_timestamp() - a.xact_start) "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
            "AND l.granted AND l.classid = 0 AND l.objid = %s AND l.pid <> pg_backend_pid()",
            (lock,)).fetchall()
        return writer.pg_holder(rows)

    if not take():
        writer.wait_for_turn(try_once, holder)
    if task in writer.TASKS:
        database.execute_sql(f"SET LOCAL application_name = '{writer.PG_APPLICATION_PREFIX}{task}'")


def explained(database: peewee.Database, exc: BaseException, folder: Path | None,
              free_before: int | None) -> DatabaseUnavailable | None:
    """The user's words for a unit of work that failed for want of disk space (磁盘已满 …); None
    for any other failure."""
    message = explain_fault(exc, folder, free_before)
    if message is None:
        return None
    if isinstance(database, peewee.SqliteDatabase):
        with contextlib.suppress(Exception):  # SQLite has usually rolled back already
            if database.connection().in_transaction:
                database.connection().rollback()
    return message
