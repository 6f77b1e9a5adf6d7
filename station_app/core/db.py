"""Opening the database: SQLite (one file, the default) or PostgreSQL, chosen by URL at run time.

All models bind to `database_proxy`; `connect(url)` creates the real database and points the proxy
at it. Environmental failures (bad file, read-only, unreachable server) become `DatabaseUnavailable`
with a message for the user.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import peewee

from station_app.core import writer
from station_app.core.diskspace import explain_fault, free_bytes
from station_app.core.errors import DatabaseUnavailable, explain_database_error

log = logging.getLogger(__name__)

database_proxy = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Power cuts are common at the station: a committed transaction must survive one.
    "synchronous": "full",
    "busy_timeout": 10_000,
}


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the data lives, safe to show (never contains a password)."""

    backend: str  # "sqlite" or "postgresql"
    display: str
    sqlite_path: Path | None = None


def parse_location(url: str) -> DatabaseLocation:
    """Check the URL's form and describe it. Raises DatabaseUnavailable for an unusable URL."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        raw = unquote(url[len("sqlite:///"):]) if url.lower().startswith("sqlite:///") else ""
        if not raw:
            raise DatabaseUnavailable(f"数据库地址格式不对：{url}（应为 sqlite:///文件路径）")
        path = Path(raw).expanduser()
        return DatabaseLocation("sqlite", str(path), path)
    if scheme in ("postgresql", "postgres"):
        if not parts.path.strip("/"):
            raise DatabaseUnavailable(f"数据库地址缺少数据库名：{_hide_password(url)}")
        return DatabaseLocation("postgresql", _hide_password(url))
    raise DatabaseUnavailable(
        f"不支持的数据库地址：{_hide_password(url)}（支持 sqlite:///路径 和 postgresql://…）"
    )


def _hide_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


def connect(url: str) -> peewee.Database:
    """Open the database at `url` and bind every model to it.

    Raises DatabaseUnavailable (with a Chinese explanation) when the file is not a database, is
    read-only, the folder is missing, or the server cannot be reached.
    """
    location = parse_location(url)
    if location.backend == "sqlite":
        assert location.sqlite_path is not None
        if not location.sqlite_path.parent.is_dir():
            raise DatabaseUnavailable(f"数据库所在的文件夹不存在：{location.sqlite_path.parent}")
        _refuse_read_only_file(location.sqlite_path)
        # One writing transaction at a time, taken at BEGIN: a deferred BEGIN that later needs
        # the write lock fails with SQLITE_BUSY at once instead of waiting out busy_timeout.
        database: peewee.Database = peewee.SqliteDatabase(
            str(location.sqlite_path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE"
        )
    else:
        from playhouse.db_url import parse

        options = parse(url)
        options.setdefault("connect_timeout", 5)
        name = options.pop("database")
        database = peewee.PostgresqlDatabase(name, **options)
    try:
        database.connect(reuse_if_open=True)
        # Reading the schema proves the file really is a database (SQLite opens anything lazily).
        database.execute_sql("SELECT 1").fetchone()
        if location.backend == "sqlite":
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except peewee.PeeweeException as exc:
        with contextlib.suppress(Exception):
            database.close()
        raise _as_unavailable(exc) from exc
    database_proxy.initialize(database)
    log.info("opened database %s", location.display)
    return database


def _refuse_read_only_file(path: Path) -> None:
    """SQLite opens a read-only file happily and fails at the first checkpoint; say it up front."""
    if not path.exists():
        return
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        raise DatabaseUnavailable(
            f"数据库文件是只读的，无法保存：{path}。请检查文件权限，或确认U盘/磁盘没有写保护。（{exc.strerror}）"
        ) from exc


def _as_unavailable(exc: BaseException) -> DatabaseUnavailable:
    return explain_database_error(exc) or DatabaseUnavailable(f"无法打开数据库：{exc}")


def close() -> None:
    """Close the current connection (the proxy keeps pointing at the database)."""
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()


def current() -> peewee.Database:
    if database_proxy.obj is None:
        raise DatabaseUnavailable("数据库尚未打开。")
    return database_proxy.obj


def is_sqlite() -> bool:
    return isinstance(current(), peewee.SqliteDatabase)


# SQLite 3.7.0–3.51.2 can corrupt the WAL when two connections write or checkpoint at once, and
# peewee gives each thread its own connection (a worker importing beside the GUI thread). So in
# this process one unit of work writes at a time: the lock is held from BEGIN through COMMIT and the
# automatic checkpoint that COMMIT runs. (Sharing one connection across threads instead would let
# readers see uncommitted work and mix up error codes.) Readers never checkpoint.
_WRITER = threading.RLock()
# An arbitrary constant: the PostgreSQL advisory lock every writing transaction holds.
PG_WRITER_LOCK = 7_270_412


@contextlib.contextmanager
def transaction(task: str = "") -> Iterator[None]:
    """One unit of work: everything in it commits together or not at all.

    Writers take turns (core/writer): one that finds another saving waits for it, its listener told
    what it waits for and how long, and can be cancelled (WriteCancelled: nothing written). `task`
    names long work for those who wait (a key of writer.TASKS). A full disk, and Ctrl+C in the
    middle, leave the database as it was and say so (DatabaseUnavailable 磁盘已满 …, WriteCancelled).
    Inside another unit of work this is a savepoint of it.
    """
    if database_proxy.transaction_depth() > 0:
        with database_proxy.atomic():
            yield
        return
    database = current()
    if not isinstance(database, peewee.SqliteDatabase):
        with _faults_explained(None, None), database.atomic():
            _pg_take_turn(database, task)
            with _cancel_on_interrupt():
                yield
        return
    path = Path(database.database) if database.database != ":memory:" else None
    if not _WRITER.acquire(blocking=False):
        writer.wait_for_turn(lambda: _WRITER.acquire(timeout=writer.POLL_SECONDS), writer.in_process_holder)
    try:
        with _faults_explained(path, free_bytes(path.parent if path else None)), \
                _sqlite_begin_in_turn(database, path):
            writer.began(task)
            if path is not None and task:
                writer.write_note(path, task)
            elif path is not None and os.path.exists(writer.note_path(path)):
                writer.clear_note(path)  # left by a program that was killed holding the lock
            try:
                with _cancel_on_interrupt():
                    yield
            finally:
                if path is not None and task:
                    writer.clear_note(path)  # before COMMIT: the next holder may write its own
    finally:
        writer.ended()
        _WRITER.release()


@contextlib.contextmanager
def _sqlite_begin_in_turn(database: peewee.SqliteDatabase, path: Path | None) -> Iterator[None]:
    """BEGIN IMMEDIATE, waiting (and telling the listener) while another program holds the write
    lock: short busy timeouts in a loop instead of one silent 10-second one."""
    atomic = database.atomic()
    normal = SQLITE_PRAGMAS["busy_timeout"]

    def try_once() -> bool:
        database.execute_sql(f"PRAGMA busy_timeout = {int(writer.POLL_SECONDS * 1000)}")
        try:
            atomic.__enter__()
            return True
        except peewee.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return False
            raise
        finally:
            database.execute_sql(f"PRAGMA busy_timeout = {normal}")

    if not try_once():
        writer.wait_for_turn(try_once, lambda: writer.note_holder(path) if path
                             else writer.Holder(elsewhere=True))
    failed = True
    try:
        yield
        failed = False
    except BaseException:
        atomic.__exit__(*sys.exc_info())
        raise
    finally:
        if not failed:
            atomic.__exit__(None, None, None)


def _pg_take_turn(database: peewee.Database, task: str) -> None:
    """Writers from several PCs take turns for the whole unit of work: change numbers (journal) and
    the audit chain's head are then given out in commit order, and two transactions can never each
    hold one of those locks and wait for the other."""
    def take() -> bool:
        return bool(database.execute_sql("SELECT pg_try_advisory_xact_lock(%s)",
                                         (PG_WRITER_LOCK,)).fetchone()[0])

    def try_once() -> bool:
        if take():
            return True
        time.sleep(writer.POLL_SECONDS)
        return take()

    def holder() -> writer.Holder:
        database.execute_sql("SELECT pg_stat_clear_snapshot()")
        rows = database.execute_sql(
            "SELECT a.application_name, EXTRACT(EPOCH FROM clock_timestamp() - a.xact_start) "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
            "AND l.granted AND l.classid = 0 AND l.objid = %s AND l.pid <> pg_backend_pid()",
            (PG_WRITER_LOCK,)).fetchall()
        return writer.pg_holder(rows)

    if not take():
        writer.wait_for_turn(try_once, holder)
    if task in writer.TASKS:
        database.execute_sql(f"SET LOCAL application_name = '{writer.PG_APPLICATION_PREFIX}{task}'")


@contextlib.contextmanager
def _cancel_on_interrupt() -> Iterator[None]:
    """Ctrl+C inside a unit of work: it is rolled back, and the user is told nothing was saved."""
    try:
        yield
    except KeyboardInterrupt:
        raise writer.WriteCancelled("已取消（Ctrl+C）：这项工作没有保存任何内容。") from None


@contextlib.contextmanager
def _faults_explained(path: Path | None, free_before: int | None) -> Iterator[None]:
    try:
        yield
    except (peewee.OperationalError, peewee.InterfaceError, peewee.DatabaseError) as exc:
        explained = explain_fault(exc, path.parent if path else None, free_before)
        if explained is None:
            raise
        if isinstance(database_proxy.obj, peewee.SqliteDatabase):
            with contextlib.suppress(Exception):  # SQLite has usually rolled back already
                if database_proxy.obj.connection().in_transaction:
                    database_proxy.obj.connection().rollback()
        raise explained from exc




@contextlib.contextmanager
def bulk_write_cache() -> Iterator[None]:
    """A 64 MB SQLite page cache while one transaction writes a hundred thousand rows: random
    UUID keys and a table's indexes thrash the default 2 MB cache (100k residents imported:
    4.7 s → 3.2 s measured). Restored afterwards; PostgreSQL has its own buffers."""
    if not is_sqlite():
        yield
        return
    database = current()
    previous = database.execute_sql("PRAGMA cache_size").fetchone()[0]
    database.execute_sql("PRAGMA cache_size = -65536")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(previous)}")


@contextlib.contextmanager
def snapshot() -> Iterator[None]:
    """Reads that must agree with one another (an export): one read transaction that sees the
    database as it was when it began, without holding the write lock."""
    database = current()
    if isinstance(database, peewee.SqliteDatabase):
        with database.atomic("DEFERRED"):
            yield
        return
    with database.atomic(isolation_level="REPEATABLE READ"):
        yield


@contextlib.contextmanager
def environmental_errors() -> Iterator[None]:
    """Re-raise environmental driver errors (disk full, locked …) as DatabaseUnavailable."""
    try:
        yield
    except (peewee.OperationalError, peewee.InterfaceError, peewee.DatabaseError) as exc:
        explained = explain_database_error(exc)
        if explained is None:
            raise
        raise explained from exc
