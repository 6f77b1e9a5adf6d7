"""Hotline work orders, what happened on each (the 办理记录), and the working-day calendar.

The calendar is national (国务院 holiday notice), so its rows carry no station: one table per
database, keyed by the day.
"""

from __future__ import annotations

import uuid

import peewee

from station_app.core.clock import utcnow
from station_app.core.models import BaseModel, StationRecord
from station_app.mediation.models import DisputeCase


class HotlineOrder(StationRecord):
    order_number = peewee.CharField(max_length=64)
    received_at = peewee.DateTimeField(index=True)
    caller_name = peewee.CharField(max_length=100, default="")
    caller_phone = peewee.CharField(max_length=32, default="")
    content = peewee.TextField()
    category = peewee.CharField(max_length=32, default="")
    platform_unit = peewee.CharField(max_length=100, default="")  # 承办单位 as the platform names it
    deadline = peewee.DateField(index=True)
    deadline_rule = peewee.CharField(max_length=32, default="")  # "5个工作日" when computed
    status = peewee.CharField(max_length=16, index=True)
    dispatched_to = peewee.CharField(max_length=100, default="")
    dispatched_at = peewee.DateTimeField(null=True)
    result = peewee.TextField(default="")
    completed_at = peewee.DateTimeField(null=True)
    satisfaction = peewee.CharField(max_length=8, default="")
    feedback_at = peewee.DateTimeField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    returned_count = peewee.IntegerField(default=0)
    case = peewee.ForeignKeyField(DisputeCase, null=True, column_name="case_id", on_delete="SET NULL")
    case_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    source = peewee.CharField(max_length=16, default="manual")
    registered_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("station", "order_number"), True),)


class HotlineEvent(StationRecord):
    """One line of an order's 办理记录: dispatch, note, result, feedback call, return, …"""

    order = peewee.ForeignKeyField(HotlineOrder, column_name="order_id", on_delete="CASCADE",
                                   backref="events")
    order_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    seq = peewee.IntegerField(default=1)  # order within the order's record (times tie to the second)
    kind = peewee.CharField(max_length=16)
    at = peewee.DateTimeField()
    by = peewee.CharField(max_length=64, default="")
    text = peewee.TextField(default="")
    satisfaction = peewee.CharField(max_length=8, default="")


class CalendarDay(BaseModel):
    """A day that differs from the plain week: a holiday ("off") or a make-up working day ("work")."""

    day = peewee.DateField(primary_key=True)
    kind = peewee.CharField(max_length=8)
    name = peewee.CharField(max_length=32, default="")
    provisional = peewee.BooleanField(default=False)
    origin = peewee.CharField(max_length=16, default="user")  # "shipped" or "user"
    updated_at = peewee.DateTimeField(default=utcnow)
    updated_by = peewee.CharField(max_length=64, default="")
