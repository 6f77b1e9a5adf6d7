"""Opening the database: SQLite (one file, the default) or PostgreSQL, chosen by URL at run time.

All models bind to `database_proxy`; `connect(url)` creates the real database and points the proxy
at it. Environmental failures (bad file, read-only, unreachable server) become `DatabaseUnavailable`
with a message for the user.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import peewee

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
WRITER_WAIT_SECONDS = 10


@contextlib.contextmanager
def transaction() -> Iterator[None]:
    """One unit of work: everything in it commits together or not at all."""
    if not isinstance(database_proxy.obj, peewee.SqliteDatabase):
        with database_proxy.atomic():
            if database_proxy.transaction_depth() == 1:
                # Writers from several PCs take turns for the whole unit of work: change numbers
                # (journal) and the audit chain's head are then given out in commit order, and two
                # transactions can never each hold one of those locks and wait for the other.
                database_proxy.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_WRITER_LOCK,))
            yield
        return
    if not _WRITER.acquire(timeout=WRITER_WAIT_SECONDS):
        raise DatabaseUnavailable("数据库正忙：另一项工作（如导入）正在保存，请稍等片刻再试。")
    try:
        with database_proxy.atomic():
            yield
    finally:
        _WRITER.release()




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


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a select as plain tuples (peewee's own stubs type `.tuples()` as yielding model
    instances; it yields tuples). Rows already read (a list of tuples) pass through."""
    return iter(query.tuples() if hasattr(query, "tuples") else query)
