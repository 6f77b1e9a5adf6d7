"""Who is acting: passed to every service function."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """A logged-in user (or the command line) acting on the data."""

    user_id: uuid.UUID | None
    username: str
    full_name: str
    role: str
    station_id: uuid.UUID | None

    @property
    def is_command_line(self) -> bool:
        return self.user_id is None

    @property
    def home(self) -> uuid.UUID:
        """The actor's own station. Raises NotInitialised before the station is set up (only the
        command line acts then)."""
        if self.station_id is None:
            from station_app.core.errors import NotInitialised

            raise NotInitialised("本数据库还没有设置本所信息，请先运行 station init。")
        return self.station_id


def command_line_actor(station_id: uuid.UUID | None) -> Actor:
    """The `station` command acts as an administrator of the database it can open.

    Whoever can run it can already read and write the database file (SQLite) or holds the server's
    credentials (PostgreSQL); the audit trail records the operating-system user.
    """
    try:
        os_user = getpass.getuser()
    except Exception:  # no login name on some service accounts
        os_user = "unknown"
    return Actor(None, f"cli:{os_user}", "命令行", "admin", station_id)
