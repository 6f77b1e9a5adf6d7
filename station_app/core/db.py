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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import peewee

from station_app.core import sqlite_files, turns, writer
from station_app.core.errors import DatabaseUnavailable, explain_database_error

log = logging.getLogger(__name__)

database_proxy = peewee.DatabaseProxy()

SQLITE_PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Power cuts are common at the station: a committed transaction must survive one.
    "synchronous": "full",
    "busy_timeout": 10_000,
    # 32 MB of page cache (default 2 MB): the search index's triggers insert ~18 rows per resident
    # at random places; with the small cache a county database of millions thrashes (measured:
    # a resident insert 0.47 → 0.31 ms).
    "cache_size": -32_768,
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


class EncryptedSqliteDatabase(peewee.SqliteDatabase):
    """SQLite through SQLCipher (`sqlcipher3`, the sqlite3 module's API): every page of the file
    and of its WAL encrypted with `key` (raw, 256 bits: no passphrase stretching on each open)."""

    def __init__(self, database: str, key: bytes, **kwargs: Any) -> None:
        self._key = key
        super().__init__(database, **kwargs)

    def _connect(self):  # noqa: ANN202 (peewee's signature)
        from sqlcipher3 import dbapi2

        conn = dbapi2.connect(self.database, timeout=self._timeout, isolation_level=None,
                              **self.connect_params)
        try:
            sqlite_files.unlock(conn, self._key)  # before anything else touches the file
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn


def connect(url: str, key: bytes | None = None) -> peewee.Database:
    """Open the database at `url` and bind every model to it; an encrypted SQLite file needs its
    `key` (station_app.core.vault: unlocked by logging in).

    Raises DatabaseUnavailable (with a Chinese explanation) when the file is not a database, is
    read-only, the folder is missing, or the server cannot be reached; DatabaseLocked when the
    file is encrypted and no key was given.
    """
    from station_app.core import vault

    location = parse_location(url)
    if location.backend == "sqlite":
        assert location.sqlite_path is not None
        if not location.sqlite_path.parent.is_dir():
            raise DatabaseUnavailable(f"数据库所在的文件夹不存在：{location.sqlite_path.parent}")
        _refuse_read_only_file(location.sqlite_path)
        key = key or vault.unlocked_key(location.sqlite_path)
        if key is None and vault.is_locked(location.sqlite_path):
            raise vault.DatabaseLocked("数据库已加密：请用本所的账户登录后再打开。")
        # One writing transaction at a time, taken at BEGIN: a deferred BEGIN that later needs
        # the write lock fails with SQLITE_BUSY at once instead of waiting out busy_timeout.
        path = str(location.sqlite_path)
        options: dict[str, Any] = {"pragmas": SQLITE_PRAGMAS, "lock_type": "IMMEDIATE"}
        database: peewee.Database = (EncryptedSqliteDatabase(path, key, **options) if key is not None
                                     else peewee.SqliteDatabase(path, **options))
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
    if key is not None and location.sqlite_path is not None:
        vault.remember(location.sqlite_path, key)  # worker threads and backups open it too
    log.info("opened database %s%s", location.display, "（已加密）" if key is not None else "")
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


def current_key() -> bytes | None:
    """The key of the open database when it is encrypted (SQLCipher), else None."""
    database = current()
    if isinstance(database, EncryptedSqliteDatabase):  # also opened by URI (read-only on a full disk)
        return database._key
    if not isinstance(database, peewee.SqliteDatabase):
        return None
    from station_app.core import vault

    return vault.unlocked_key(Path(database.database))


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
        try:
            with database.atomic():
                turns.pg_take_turn(database, task, PG_WRITER_LOCK)
                try:
                    yield
                except KeyboardInterrupt:
                    raise writer.WriteCancelled(turns.INTERRUPTED) from None
        except (peewee.OperationalError, peewee.InterfaceError, peewee.DatabaseError) as exc:
            explained = turns.explained(database, exc, None, None)
            if explained is None:
                raise
            raise explained from exc
        return
    files = turns.files_of(database)
    if not _WRITER.acquire(blocking=False):
        writer.wait_for_turn(lambda: _WRITER.acquire(timeout=writer.POLL_SECONDS), writer.in_process_holder)
    try:
        free_before = turns.free_bytes(files.folder) if files else None
        try:
            atomic = turns.begin_in_turn(database, files, SQLITE_PRAGMAS["busy_timeout"])
            try:
                writer.began(task)
                if files is not None and task:
                    writer.write_note(files.path, task)
                elif files is not None and os.path.exists(files.note):
                    writer.clear_note(files.path)  # left by a program killed while it held the lock
                try:
                    yield
                except KeyboardInterrupt:
                    raise writer.WriteCancelled(turns.INTERRUPTED) from None
                finally:
                    if files is not None and task:
                        writer.clear_note(files.path)  # before COMMIT: the next holder writes its own
            except BaseException:
                atomic.__exit__(*sys.exc_info())  # ROLLBACK
                raise
            atomic.__exit__(None, None, None)  # COMMIT
        except (peewee.OperationalError, peewee.InterfaceError, peewee.DatabaseError) as exc:
            explained = turns.explained(database, exc, files.folder if files else None, free_before)
            if explained is None:
                raise
            raise explained from exc
    finally:
        writer.ended()
        _WRITER.release()


@contextlib.contextmanager
def writer_lock() -> Iterator[None]:
    """This process's writers kept out without a transaction, while the database file itself is
    replaced (encryption); waits its turn as a transaction does."""
    if not _WRITER.acquire(blocking=False):
        writer.wait_for_turn(lambda: _WRITER.acquire(timeout=writer.POLL_SECONDS), writer.in_process_holder)
    try:
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
