"""ISO weeks at the station (Monday to Sunday, Asia/Shanghai) as UTC bounds for queries."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from station_app.core.clock import from_local, local_today
from station_app.core.errors import ValidationError

_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


def monday_of(label: str) -> date:
    """The Monday of "2026-W48" (also "2026W48", "2026-w48"). Raises ValidationError."""
    match = _WEEK.match(label or "")
    if match is None:
        raise ValidationError.single("week", f"周次格式不对：{label}（应为 2026-W48）。")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError.single("week", f"{year} 年没有第 {week} 周。") from None


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def current_week() -> str:
    return week_label(local_today())


def shift_week(label: str, weeks: int) -> str:
    return week_label(monday_of(label) + timedelta(weeks=weeks))


def week_bounds(label: str) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) local, as naive UTC — what the query functions take."""
    monday = monday_of(label)
    start = datetime(monday.year, monday.month, monday.day)
    return from_local(start), from_local(start + timedelta(days=7))


def week_days(label: str) -> tuple[date, date]:
    """Monday and Sunday of the week (to show the user)."""
    monday = monday_of(label)
    return monday, monday + timedelta(days=6)
