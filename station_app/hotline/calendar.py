"""The editable working-day calendar: holidays and 调休 make-up days in a table, seeded from
holidays_cn.json on first use, changed by the officers when a notice comes out.

Seeding on first use rather than in the migration (a documented choice): the shipped data is
data, not schema. A later release can ship a corrected or a new year without a migration; a year
is seeded again only when its `revision` changes, and then only the rows the user never touched
(origin "shipped") are replaced. A day the user deleted stays deleted until the data changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.db import tuples
from station_app.core.errors import NotFound, ValidationError
from station_app.core.models import Setting
from station_app.core.textnorm import clean_text, parse_date
from station_app.hotline.models import CalendarDay
from station_app.hotline.workdays import WorkCalendar, add_working_days, uncovered_years

SHIPPED_FILE = Path(__file__).with_name("holidays_cn.json")
MARK_KEY = "hotline.calendar_shipped"  # {"2026": revision seeded, …}
KINDS = {"off": "放假", "work": "上班（调休）"}
WEEKDAYS = "一二三四五六日"
ENTITY = "calendar_day"


@dataclass(frozen=True)
class CalendarDayView:
    day: date
    kind: str
    name: str
    provisional: bool
    origin: str
    updated_by: str

    @property
    def weekday(self) -> str:
        return "周" + WEEKDAYS[self.day.weekday()]


@dataclass(frozen=True)
class ShippedYear:
    year: int
    provisional: bool
    source: str


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    return json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))


def shipped_rows(info: dict[str, Any]) -> list[tuple[date, str, str]]:
    """(day, kind, holiday name) for one year of the shipped data."""
    from datetime import timedelta

    rows = []
    for holiday in info["holidays"]:
        first, last = (date.fromisoformat(text) for text in holiday["off"])
        rows += [(first + timedelta(days=n), "off", holiday["name"]) for n in range((last - first).days + 1)]
        rows += [(date.fromisoformat(text), "work", holiday["name"]) for text in holiday["work"]]
    return rows


def shipped_years() -> list[ShippedYear]:
    return [ShippedYear(int(year), bool(info["provisional"]), info["source"])
            for year, info in sorted(_shipped()["years"].items())]


def _marks() -> dict[str, str]:
    row = Setting.get_or_none(Setting.key == MARK_KEY)
    return json.loads(row.value) if row else {}


def ensure_shipped(actor: Actor | None) -> list[int]:
    """Seed the shipped years not yet seeded at their current revision; returns those years."""
    years = _shipped()["years"]
    if all(_marks().get(year) == info["revision"] for year, info in years.items()):
        return []
    seeded = []
    with db.transaction():
        marks = _marks()  # again, inside the transaction: another PC may have just done it
        for year, info in sorted(years.items()):
            if marks.get(year) == info["revision"]:
                continue
            in_year = CalendarDay.day.between(date(int(year), 1, 1), date(int(year), 12, 31))
            CalendarDay.delete().where(in_year & (CalendarDay.origin == "shipped")).execute()
            kept = {row.day for row in CalendarDay.select(CalendarDay.day).where(in_year)}
            rows = [{"day": day, "kind": kind, "name": name, "provisional": bool(info["provisional"]),
                     "origin": "shipped", "updated_at": utcnow(), "updated_by": "随程序提供"}
                    for day, kind, name in shipped_rows(info) if day not in kept]
            if rows:
                CalendarDay.insert_many(rows).on_conflict_ignore().execute()
            marks[year] = info["revision"]
            seeded.append(int(year))
        text = json.dumps(marks, ensure_ascii=False)
        Setting.insert(key=MARK_KEY, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record(actor, "hotline.calendar_seed", ENTITY, "", username="system",
                     extra={"years": ",".join(str(year) for year in seeded)})
    return seeded


def load_calendar(actor: Actor | None = None) -> WorkCalendar:
    """The calendar as stored (seeding the shipped years first if needed)."""
    ensure_shipped(actor)
    off: set[date] = set()
    work: set[date] = set()
    for day, kind in tuples(CalendarDay.select(CalendarDay.day, CalendarDay.kind)):
        (off if kind == "off" else work).add(day if isinstance(day, date) else date.fromisoformat(str(day)))
    years = {int(year) for year in _marks()} | {day.year for day in off | work}
    return WorkCalendar.of(off, work, years)


def _view(row: CalendarDay) -> CalendarDayView:
    return CalendarDayView(row.day, row.kind, row.name, row.provisional, row.origin, row.updated_by)


def list_days(actor: Actor, year: int) -> list[CalendarDayView]:
    permissions.require(actor, "hotline.view")
    ensure_shipped(actor)
    query = CalendarDay.select().where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
    return [_view(row) for row in query.order_by(CalendarDay.day)]


def _day(value: object) -> date:
    try:
        day = parse_date(value)
    except ValueError as exc:
        raise ValidationError.single("day", str(exc)) from exc
    if day is None:
        raise ValidationError.single("day", "请填写日期。")
    return day


def set_day(actor: Actor, day: date | str, kind: str, name: str = "") -> CalendarDayView:
    """Mark `day` as a holiday ("off") or a make-up working day ("work"); replaces what was there."""
    permissions.require(actor, "hotline.edit")
    when, name = _day(day), clean_text(name)
    if kind not in KINDS:
        raise ValidationError.single("kind", "请选择“放假”或“上班（调休）”。")
    if kind == "work" and when.weekday() < 5:
        raise ValidationError.single(
            "kind", f"{when.isoformat()} 是周{WEEKDAYS[when.weekday()]}，本来就是工作日，无需设为调休上班。")
    if len(name) > 32:
        raise ValidationError.single("name", "名称过长（最多 32 个字）。")
    with db.transaction():
        ensure_shipped(actor)
        existing = CalendarDay.get_or_none(CalendarDay.day == when)
        before = {"kind": existing.kind, "name": existing.name} if existing else None
        values = {"kind": kind, "name": name, "provisional": False, "origin": "user",
                  "updated_at": utcnow(), "updated_by": actor.full_name}
        if existing is None:
            CalendarDay.create(day=when, **values)
        else:
            CalendarDay.update(**values).where(CalendarDay.day == when).execute()
        audit.record(actor, "hotline.calendar_set", ENTITY, when.isoformat(), before,
                     {"kind": kind, "name": name})
    return _view(CalendarDay.get(CalendarDay.day == when))


def remove_day(actor: Actor, day: date | str) -> None:
    """Make `day` an ordinary day of the week again."""
    permissions.require(actor, "hotline.edit")
    when = _day(day)
    with db.transaction():
        ensure_shipped(actor)
        existing = CalendarDay.get_or_none(CalendarDay.day == when)
        if existing is None:
            raise NotFound(f"{when.isoformat()} 不在节假日日历中。")
        existing.delete_instance()
        audit.record(actor, "hotline.calendar_remove", ENTITY, when.isoformat(),
                     {"kind": existing.kind, "name": existing.name}, None)


@dataclass(frozen=True)
class DeadlinePreview:
    due: date
    uncovered: list[int]  # years counted by weekends only (not in the calendar)


def preview_deadline(actor: Actor, start: date, working_days: int) -> DeadlinePreview:
    """What "N working days from `start`" gives with the calendar as stored (for forms)."""
    permissions.require(actor, "hotline.view")
    calendar = load_calendar(actor)
    try:
        due = add_working_days(start, working_days, calendar)
    except ValueError as exc:
        raise ValidationError.single("working_days", str(exc)) from exc
    return DeadlinePreview(due, uncovered_years(start, due, calendar))
