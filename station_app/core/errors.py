"""Errors the user is meant to read. Each carries a plain Chinese message.

Anything that is not a `StationError` is a bug: the UI shows it in the exception dialog with the
log path, the CLI prints one line and logs the traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path


class StationError(Exception):
    """An expected failure with a message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(StationError):
    """Bad input. `errors` maps a field name to what is wrong with it, in Chinese."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("；".join(self.errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class PermissionDenied(StationError):
    pass


class AuthenticationError(StationError):
    pass


class NotFound(StationError):
    pass


class ConflictError(StationError):
    """Someone else saved the record since it was read (optimistic locking)."""

    def __init__(self, message: str, changed_fields: Mapping[str, tuple[object, object]] | None = None):
        super().__init__(message)
        self.changed_fields = dict(changed_fields or {})


class DatabaseUnavailable(StationError):
    """Environmental database trouble: locked, read-only, disk full, corrupt, unreachable."""


class SchemaTooNew(DatabaseUnavailable):
    pass


class DatabaseDamaged(DatabaseUnavailable):
    """The database file fails SQLite's check at start. It is left exactly as it is (never opened
    for writing, never migrated); `backup` is the newest backup that passed its own check."""

    def __init__(self, message: str, problem: str, database_path: Path | None = None,
                 backup: Path | None = None, backup_taken_at: datetime | None = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.database_path = database_path
        self.backup = backup
        self.backup_taken_at = backup_taken_at


class NotInitialised(StationError):
    pass


class AlreadyInitialised(StationError):
    pass


class OtherStationRecord(StationError):
    """A write to a record another station keeps (a county database holds the stations' records
    from their bundles): those are shown read-only; the station corrects them and reports again."""


# Matched against the lower-cased driver message: sqlite3 and psycopg2 only give text.
_KNOWN_DATABASE_PROBLEMS: list[tuple[tuple[str, ...], str]] = [
    (("database is locked", "database table is locked"),
     "数据库正被另一个程序占用（可能另一台电脑或另一个窗口正在保存）。请稍候再试。"),
    (("readonly database", "read-only", "read only"),
     "数据库文件是只读的，无法保存。请检查文件权限，或确认U盘/磁盘没有写保护。"),
    (("database or disk is full", "disk full", "no space left"),
     "磁盘空间已满，无法保存。请清理磁盘后再试，已输入的内容仍保留在窗口中。"),
    (("file is not a database", "malformed", "disk image is malformed", "file is encrypted"),
     "数据库文件已损坏或不是本程序的数据库。请不要覆盖该文件，可从备份恢复。"),
    (("unable to open database file",),
     "无法打开数据库文件：文件或文件夹没有写入权限、是只读的（如写保护的U盘），或文件夹不存在。"),
    (("password authentication failed", "no pg_hba.conf entry", "fatal:  role"),
     "数据库服务器拒绝登录：用户名或密码不正确。"),
    (("fatal:  database", "fatal: database"),
     "数据库服务器上没有这个数据库，请检查数据库名。"),
    (("could not connect", "connection refused", "could not translate host name",
      "timeout expired", "server closed the connection", "connection to server"),
     "无法连接数据库服务器，请检查网络和服务器地址。"),
    (("disk i/o error",),
     "读写磁盘出错（磁盘已满、U盘被拔出或磁盘故障？）。请检查剩余空间和存储设备。"),
]


def explain_database_error(exc: BaseException) -> DatabaseUnavailable | None:
    """Turn an environmental driver error into a user message; None if it looks like a bug."""
    text = str(exc).lower()
    for needles, message in _KNOWN_DATABASE_PROBLEMS:
        if any(needle in text for needle in needles):
            detail = " ".join(str(exc).split())[:200]
            return DatabaseUnavailable(f"{message}（{detail}）")
    return None
