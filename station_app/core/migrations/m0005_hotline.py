"""Schema 5: 12345 hotline work orders, their 办理记录, and the working-day calendar (frozen copy
of the models).

The calendar table is created empty: the shipped holidays (holidays_cn.json) are seeded on first
use by station_app.hotline.calendar, so that a later release can ship a new or corrected year as
data, without a migration, and without overwriting days the officers edited.
"""

from __future__ import annotations

import uuid

import peewee


def apply(database: peewee.Database) -> None:
    """Create the hotline tables."""

    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Station(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class DisputeCase(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Record(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=1)

    class HotlineOrder(Record):
        order_number = peewee.CharField(max_length=64)
        received_at = peewee.DateTimeField(index=True)
        caller_name = peewee.CharField(max_length=100, default="")
        caller_phone = peewee.CharField(max_length=32, default="")
        content = peewee.TextField()
        category = peewee.CharField(max_length=32, default="")
        platform_unit = peewee.CharField(max_length=100, default="")
        deadline = peewee.DateField(index=True)
        deadline_rule = peewee.CharField(max_length=32, default="")
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
        source = peewee.CharField(max_length=16, default="manual")
        registered_by = peewee.CharField(max_length=64, default="")

        class Meta:
            indexes = ((("station", "order_number"), True),)

    class HotlineEvent(Record):
        order = peewee.ForeignKeyField(HotlineOrder, column_name="order_id", on_delete="CASCADE")
        seq = peewee.IntegerField(default=1)
        kind = peewee.CharField(max_length=16)
        at = peewee.DateTimeField()
        by = peewee.CharField(max_length=64, default="")
        text = peewee.TextField(default="")
        satisfaction = peewee.CharField(max_length=8, default="")

    class CalendarDay(Frozen):
        day = peewee.DateField(primary_key=True)
        kind = peewee.CharField(max_length=8)
        name = peewee.CharField(max_length=32, default="")
        provisional = peewee.BooleanField(default=False)
        origin = peewee.CharField(max_length=16, default="user")
        updated_at = peewee.DateTimeField()
        updated_by = peewee.CharField(max_length=64, default="")

    models = [HotlineOrder, HotlineEvent, CalendarDay]
    with database.bind_ctx([Station, DisputeCase, *models]):
        database.create_tables(models)
