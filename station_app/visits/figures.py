"""Figures for the weekly report, and the ISO week (Monday-Sunday at the station) as dates and UTC.

Visits and events carry a local date, not a time: a day belongs to a period when its local
midnight falls inside [start_utc, end_utc). For the weekly report's Monday-to-Monday window in
Asia/Shanghai that is exactly the seven days of the week.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta

from station_app.core.clock import from_local, to_local
from station_app.core.db import tuples
from station_app.visits.models import OutreachEvent, Visit, VisitFinding, VisitResident
from station_app.visits.reading import household_key
from station_app.visits.views import VisitFigures, loads
from station_app.visits.vocab import FINDING_KINDS

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


def parse_week(text: str) -> tuple[date, date]:
    """'2026-W48' → (Monday, Sunday) of that ISO week. Raises ValueError with a Chinese message."""
    match = _WEEK.match(text.strip())
    if match is None:
        raise ValueError(f"周的写法不对：{text}（应如 2026-W48）")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"{year} 年没有第 {week} 周。") from None
    return monday, monday + timedelta(days=6)


def week_of(day: date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def utc_window(first: date, last: date) -> tuple[datetime, datetime]:
    """Local dates first..last (inclusive) as the stored-UTC window [start, end)."""
    return (from_local(datetime.combine(first, datetime.min.time())),
            from_local(datetime.combine(last + timedelta(days=1), datetime.min.time())))


def local_days(start_utc: datetime, end_utc: datetime) -> tuple[date, date]:
    """The local dates whose midnight is inside [start_utc, end_utc): (first, last exclusive)."""

    def first_midnight_at_or_after(moment: datetime) -> date:
        local = to_local(moment)
        assert local is not None
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return local.date() if local == midnight else local.date() + timedelta(days=1)

    return first_midnight_at_or_after(start_utc), first_midnight_at_or_after(end_utc)


def visit_figures(station_id: uuid.UUID, start_utc: datetime, end_utc: datetime) -> VisitFigures:
    """Visits, households and residents reached, findings by kind, cases opened, publicity at the
    door, events and their audience, for one station and period (no permission check: the report
    that calls it checks its own)."""
    first, after_last = local_days(start_utc, end_utc)
    visits = list(Visit.select(Visit.id, Visit.publicity_topics, Visit.materials_count).where(
        (Visit.station == station_id) & (Visit.visited_on >= first) & (Visit.visited_on < after_last)))
    ids = [visit.id for visit in visits]
    households: set[str] = set()
    residents: set[object] = set()
    by_kind = dict.fromkeys(FINDING_KINDS, 0)
    cases_opened = 0
    if ids:
        seen = VisitResident.select(VisitResident.resident, VisitResident.household).where(
            VisitResident.visit.in_(ids))
        for resident_id, household in tuples(seen):
            households.add(household_key(resident_id, household))
            residents.add(resident_id)
        for kind, case_id in tuples(VisitFinding.select(VisitFinding.kind, VisitFinding.case).where(
                VisitFinding.visit.in_(ids))):
            by_kind[kind] = by_kind.get(kind, 0) + 1
            cases_opened += case_id is not None
    events = list(OutreachEvent.select(OutreachEvent.audience, OutreachEvent.topics).where(
        (OutreachEvent.station == station_id) & (OutreachEvent.held_on >= first)
        & (OutreachEvent.held_on < after_last)))
    by_topic: dict[str, int] = {}
    for event in events:
        for topic in loads(event.topics):
            by_topic[topic] = by_topic.get(topic, 0) + 1
    return VisitFigures(
        visits=len(visits), households=len(households), residents=len(residents), findings_by_kind=by_kind,
        cases_opened=cases_opened,
        publicity_visits=sum(1 for visit in visits if loads(visit.publicity_topics)),
        materials=sum(visit.materials_count for visit in visits),
        events=len(events), audience=sum(event.audience for event in events), events_by_topic=by_topic,
    )
