"""Times are stored as naive UTC datetimes and shown in Asia/Shanghai."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import overload
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def utcnow() -> datetime:
    """Now, in UTC, naive (both SQLite and PostgreSQL store it the same way)."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@overload
def to_local(value: datetime) -> datetime: ...
@overload
def to_local(value: None) -> None: ...
@overload
def to_local(value: datetime | None) -> datetime | None: ...


def to_local(value: datetime | None) -> datetime | None:
    """A stored naive-UTC datetime as an aware Asia/Shanghai datetime."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(LOCAL_ZONE)


def format_local(value: datetime | None, with_seconds: bool = False) -> str:
    local = to_local(value)
    if local is None:
        return ""
    return local.strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")


def from_local(value: datetime) -> datetime:
    """A datetime the user entered (naive = Asia/Shanghai) as the stored naive UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_ZONE)
    return value.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)


def local_today() -> date:
    """Today's date at the station (Asia/Shanghai), whatever the PC's time zone."""
    return datetime.now(LOCAL_ZONE).date()


def local_now() -> datetime:
    """Now at the station, naive (what a form shows and sends back)."""
    return datetime.now(LOCAL_ZONE).replace(tzinfo=None, microsecond=0)
