"""Is this SQLite file sound? Read through a read-only connection, so checking changes nothing.

Kept apart from the rest of the backup package: the start-up check runs before the first window
and must not pull in what only backing up and restoring need.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station_app.core import sqlite_files
from station_app.core.errors import DatabaseUnavailable, explain_database_error

_DAMAGE_WORDS = ("not a database", "malformed", "encrypted", "corrupt")


def connect_read_only(path: Path, timeout: float = 10.0, immutable: bool = False,
                      key: bytes | None = None) -> Any:
    """Open without any chance of writing: no checkpoint on close, no file created if missing.
    An encrypted file needs its `key` (the key of the open database unlocks its backups too).

    `immutable` is for backups, which nothing writes: no locks and no -shm/-wal beside them, even
    for an old backup whose header still says WAL. Never for the live database (it would ignore
    the -wal, where the newest transactions are).
    """
    # A -wal beside it (a live database copied by hand) holds data: then read it the normal way.
    immutable = immutable and not Path(f"{path}-wal").exists()
    return sqlite_files.connect(path, key=key, read_only=True, immutable=immutable, timeout=timeout)


def is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def file_problem(path: Path, quick: bool = False, immutable: bool = False,
                 key: bytes | None = None) -> str | None:
    """What SQLite finds wrong inside the file (its own words), or None when the check passes.

    Raises DatabaseUnavailable when the file cannot be read at all for another reason (missing,
    no permission, locked): that is not damage.
    """
    pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
    try:
        connection = connect_read_only(path, immutable=immutable, key=key)
    except sqlite_files.errors() as exc:
        raise _unavailable(exc, path) from exc
    try:
        rows = [str(row[0]) for row in connection.execute(pragma).fetchall()]
    except sqlite_files.database_errors() as exc:
        if is_damage(exc):
            return str(exc)
        raise _unavailable(exc, path) from exc
    finally:
        connection.close()
    return None if rows == ["ok"] else "；".join(rows[:5])


def _unavailable(exc: BaseException, path: Path) -> DatabaseUnavailable:
    from station_app.core.diskspace import explain_fault

    # A read-only connection to a live database still needs room for its -shm: on a full disk
    # SQLite says "disk I/O error", which is the disk being full, not a pulled stick.
    return (explain_fault(exc, Path(path).parent, None) or explain_database_error(exc)
            or DatabaseUnavailable(f"无法读取 {path}：{exc}"))


def refuse_damaged(path: Path, key: bytes | None = None) -> None:
    """Raise DatabaseDamaged if the SQLite file at `path` fails `PRAGMA quick_check`; the error
    names the newest good backup (looked for only then)."""
    if not path.is_file() or path.stat().st_size == 0:
        return  # a new database
    problem = file_problem(path, quick=True, key=key)
    if problem is not None:
        from station_app.backup.service import damaged

        raise damaged(path, problem)
