"""Household visits, the people seen on them, what was found, and legal-awareness events.

Topic lists are JSON text: they are read and printed with their record, never queried on their own.
Photos of events are attachments (owner_kind "outreach_event"), not a table of this module.
"""

from __future__ import annotations

import uuid

import peewee

from station_app.accounts.models import Account
from station_app.core.models import StationRecord
from station_app.mediation.models import DisputeCase
from station_app.residents.models import Area, Resident


class Visit(StationRecord):
    """One officer's household visit (百万警进千万家) on one day, to one or more households."""

    officer = peewee.ForeignKeyField(Account, column_name="officer_id", on_delete="RESTRICT")
    officer_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    officer_name = peewee.CharField(max_length=64)  # as it was on the day: accounts get renamed
    visited_on = peewee.DateField()  # the local (Asia/Shanghai) date of the visit
    publicity_topics = peewee.TextField(default="[]")  # e.g. ["反电诈"]: publicity done at the door
    materials_count = peewee.IntegerField(default=0)  # leaflets and other materials handed out
    note = peewee.TextField(default="")
    recorded_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("station", "visited_on"), False),)


class VisitResident(StationRecord):
    """A resident seen on a visit, with the household label as it was on the day."""

    visit = peewee.ForeignKeyField(Visit, column_name="visit_id", on_delete="CASCADE", backref="people")
    visit_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    resident = peewee.ForeignKeyField(Resident, column_name="resident_id", on_delete="RESTRICT")
    resident_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    household = peewee.CharField(max_length=100, default="")  # "" = counted as a household of one
    position = peewee.IntegerField(default=0)


class VisitFinding(StationRecord):
    """Something found on a visit; a dispute finding may have opened a mediation case."""

    visit = peewee.ForeignKeyField(Visit, column_name="visit_id", on_delete="CASCADE", backref="findings")
    visit_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    kind = peewee.CharField(max_length=16)
    description = peewee.TextField()
    resident = peewee.ForeignKeyField(Resident, null=True, column_name="resident_id", on_delete="SET NULL")
    resident_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    case = peewee.ForeignKeyField(DisputeCase, null=True, column_name="case_id", on_delete="SET NULL")
    case_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    position = peewee.IntegerField(default=0)


class OutreachEvent(StationRecord):
    """A 普法宣传 event: where, when, for how many people, on which topics."""

    held_on = peewee.DateField()
    place_area = peewee.ForeignKeyField(Area, null=True, column_name="place_area_id", on_delete="SET NULL")
    place_area_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    place_text = peewee.CharField(max_length=200, default="")
    audience = peewee.IntegerField(default=0)
    topics = peewee.TextField(default="[]")
    officer = peewee.ForeignKeyField(Account, null=True, column_name="officer_id", on_delete="RESTRICT")
    officer_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    officer_name = peewee.CharField(max_length=64, default="")
    partners = peewee.CharField(max_length=200, default="")  # 司法所、学校、嘎查委员会 …
    content = peewee.TextField(default="")
    recorded_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("station", "held_on"), False),)
