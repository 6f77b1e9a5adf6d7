"""Opening a SQLite file directly (checks, backups, restores): plain with Python's sqlite3, or
encrypted with SQLCipher (`sqlcipher3`, the same API) when a key is given.

The two drivers raise their own exception classes, so code here catches `errors()` /
`database_errors()` (evaluated when an exception is being matched); sqlcipher3 is imported only
when an encrypted file is opened (start-up of a plain database does not pay for it).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def unlock(connection: Any, key: bytes) -> None:
    """Give a new SQLCipher connection its raw key, before anything reads the file. SQLCipher's own
    log (to stderr, in English) is silenced: a wrong key or a damaged page is reported in Chinese
    by the caller, not as "ERROR CORE sqlcipher_page_cipher" lines in an officer's window."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(key))


def connect(path: Path | str, *, key: bytes | None = None, read_only: bool = False, immutable: bool = False,
            timeout: float = 10.0) -> Any:
    """A connection to the file at `path` (URI flags for read-only / immutable access)."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro" if read_only else ""
    target = f"{Path(path).resolve().as_uri()}?{flags}" if flags else str(path)
    if key is None:
        return sqlite3.connect(target, uri=bool(flags), timeout=timeout)
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(target, uri=bool(flags), timeout=timeout)
    try:
        unlock(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def library_version(encrypted: bool) -> str:
    """The SQLite under the driver in use (SQLCipher brings its own)."""
    if not encrypted:
        return sqlite3.sqlite_version
    from sqlcipher3 import dbapi2

    return str(dbapi2.sqlite_version)


def errors(*others: type[BaseException]) -> tuple[type[BaseException], ...]:
    """Every SQLite error class a connection from `connect` may raise, then `others`: for an
    `except sqlite_files.errors(OSError):` (a tuple mypy knows holds exception classes)."""
    found: list[type[BaseException]] = [sqlite3.Error, *others]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        found.append(cipher.Error)
    return tuple(found)


def database_errors() -> tuple[type[BaseException], ...]:
    found: list[type[BaseException]] = [sqlite3.DatabaseError]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        found.append(cipher.DatabaseError)
    return tuple(found)


def operational_errors() -> tuple[type[BaseException], ...]:
    found: list[type[BaseException]] = [sqlite3.OperationalError]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        found.append(cipher.OperationalError)
    return tuple(found)


def export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """Copy the plain SQLite file `source` into a new file `target` encrypted with `key`
    (SQLCipher's sqlcipher_export: schema, rows, indexes, triggers, user_version)."""
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(str(source), timeout=10.0)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
