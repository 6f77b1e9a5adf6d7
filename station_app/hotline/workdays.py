"""Working days as a Chinese office counts them — pure functions, no database.

A day is a working day when it is Monday-Friday and not a public holiday, or when it is a
make-up working day (调休上班, usually a Saturday or Sunday next to a long holiday). "N working
days" from a day counts from the next day on: an order received on Friday with 1 working day is
due on Monday (or later, if Monday is a holiday).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

MAX_COUNT = 366


@dataclass(frozen=True)
class WorkCalendar:
    """The days that break the weekly rhythm, and the years the table was filled for."""

    days_off: frozenset[date] = frozenset()
    make_up_days: frozenset[date] = frozenset()
    years: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, days_off: Iterable[date] = (), make_up_days: Iterable[date] = (),
           years: Iterable[int] | None = None) -> WorkCalendar:
        off, work = frozenset(days_off), frozenset(make_up_days)
        covered = frozenset(years) if years is not None else frozenset(day.year for day in off | work)
        return cls(off, work, covered)

    def is_working_day(self, day: date) -> bool:
        if day in self.make_up_days:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < 5


def add_working_days(start: date, count: int, calendar: WorkCalendar) -> date:
    """The day `count` working days after `start` (`start` itself is not counted; 0 gives `start`).

    Raises ValueError for a negative count or one above a year's worth of days.
    """
    if not 0 <= count <= MAX_COUNT:
        raise ValueError(f"工作日数应在 0 到 {MAX_COUNT} 之间：{count}")
    day, remaining = start, count
    while remaining:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, calendar: WorkCalendar) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is earlier."""
    if end < start:
        return -working_days_between(end, start, calendar)
    return sum(1 for offset in range(1, (end - start).days + 1)
               if calendar.is_working_day(start + timedelta(days=offset)))


def uncovered_years(start: date, end: date, calendar: WorkCalendar) -> list[int]:
    """Years between the two days that the calendar has no holidays for (weekends only there)."""
    first, last = sorted((start, end))
    return [year for year in range(first.year, last.year + 1) if year not in calendar.years]
