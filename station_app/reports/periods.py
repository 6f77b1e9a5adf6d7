"""Report periods at the station (Asia/Shanghai): an ISO week, a month, a quarter or a year.

Written "2026-W48", "2026-11", "2026-Q4" and "2026". Every period runs from local midnight of its
first day to local midnight after its last day, given as naive UTC [start_utc, end_utc) — what the
figure queries take. 环比 compares with the period just before (`previous`); 同比 with the same
period a year earlier (`last_year`): for a week the same ISO week number of the previous ISO year,
and for week 53 of a year whose predecessor has only 52 weeks, that year's week 52.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from station_app.core.clock import from_local
from station_app.core.errors import ValidationError
from station_app.patrols.weeks import monday_of, shift_week, week_bounds, week_label

KINDS = ("week", "month", "quarter", "year")
QUARTER_NAMES = "一二三四"

_MONTH = re.compile(r"^\s*(\d{4})\s*-\s*(\d{1,2})\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


@dataclass(frozen=True)
class Period:
    """One report period. `key` is its written form ("2026-W48"), `label` the Chinese title."""

    kind: str
    key: str
    label: str
    first_day: date  # local, inclusive
    last_day: date  # local, inclusive
    start_utc: datetime
    end_utc: datetime

    def previous(self) -> Period:
        """The period just before (环比)."""
        if self.kind == "week":
            return parse_period(shift_week(self.key, -1))
        return _calendar_period(self.kind, self.first_day - timedelta(days=1))

    def last_year(self) -> Period:
        """The same period one year earlier (同比)."""
        if self.kind == "week":
            year, week, _ = self.first_day.isocalendar()
            weeks_then = iso_weeks_in(year - 1)
            return parse_period(f"{year - 1}-W{min(week, weeks_then):02d}")
        return _calendar_period(self.kind, self.first_day.replace(year=self.first_day.year - 1))

    @property
    def dates_text(self) -> str:
        return f"{self.first_day.isoformat()} 至 {self.last_day.isoformat()}"


def iso_weeks_in(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last."""
    return date(year, 12, 28).isocalendar()[1]


def _local_window(first: date, last: date) -> tuple[datetime, datetime]:
    start = datetime(first.year, first.month, first.day)
    after = last + timedelta(days=1)
    return from_local(start), from_local(datetime(after.year, after.month, after.day))


def week_period(key: str) -> Period:
    """The ISO week "2026-W48" (also "2026w48"); ValidationError if the year has no such week."""
    monday = monday_of(key)
    key = week_label(monday)
    start, end = week_bounds(key)
    year, week, _ = monday.isocalendar()
    return Period("week", key, f"{year}年第{week}周", monday, monday + timedelta(days=6), start, end)


def _calendar_period(kind: str, day: date) -> Period:
    """The month, quarter or year containing `day`."""
    if kind == "year":
        first, last = date(day.year, 1, 1), date(day.year, 12, 31)
        key, label = f"{day.year}", f"{day.year}年"
    elif kind == "quarter":
        quarter = (day.month - 1) // 3 + 1
        first = date(day.year, 3 * quarter - 2, 1)
        last = _month_end(date(day.year, 3 * quarter, 1))
        key, label = f"{day.year}-Q{quarter}", f"{day.year}年第{QUARTER_NAMES[quarter - 1]}季度"
    elif kind == "month":
        first = day.replace(day=1)
        last = _month_end(first)
        key, label = f"{day.year}-{day.month:02d}", f"{day.year}年{day.month}月"
    else:
        raise ValueError(f"unknown period kind {kind!r}")
    return Period(kind, key, label, first, last, *_local_window(first, last))


def _month_end(first: date) -> date:
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def parse_period(text: str) -> Period:
    """"2026-W48", "2026-11", "2026-Q4" or "2026" as a Period. Raises ValidationError (field
    "period") with a Chinese message for anything else."""
    text = (text or "").strip()
    if "w" in text.lower():
        return week_period(text)
    if match := _QUARTER.match(text):
        return _calendar_period("quarter", date(int(match.group(1)), 3 * int(match.group(2)), 1))
    if match := _MONTH.match(text):
        month = int(match.group(2))
        if not 1 <= month <= 12:
            raise ValidationError.single("period", f"没有 {month} 月：{text}。")
        return _calendar_period("month", date(int(match.group(1)), month, 1))
    if match := _YEAR.match(text):
        return _calendar_period("year", date(int(match.group(1)), 1, 1))
    raise ValidationError.single(
        "period", f"统计期写法不对：{text}（应为 2026-W48、2026-11、2026-Q4 或 2026）。")


def period_containing(kind: str, day: date) -> Period:
    """The period of `kind` that contains the local date `day` (e.g. this week)."""
    if kind == "week":
        return week_period(week_label(day))
    return _calendar_period(kind, day)


def weeks_ending(period: Period, count: int = 12) -> list[Period]:
    """The `count` ISO weeks ending with the week containing the period's last day, oldest first."""
    last = week_period(week_label(period.last_day))
    weeks = [last]
    for _ in range(count - 1):
        weeks.append(weeks[-1].previous())
    return weeks[::-1]
