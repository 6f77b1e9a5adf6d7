"""Schema 7: household visits, the people seen, findings (a dispute finding links to its case) and
legal-awareness events (frozen copy of the models)."""

from __future__ import annotations

import uuid

import peewee


def apply(database: peewee.Database) -> None:
    """Create the visits tables."""

    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Station(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Account(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Area(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Resident(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class DisputeCase(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Record(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=1)

    class Visit(Record):
        officer = peewee.ForeignKeyField(Account, column_name="officer_id", on_delete="RESTRICT")
        officer_name = peewee.CharField(max_length=64)
        visited_on = peewee.DateField()
        publicity_topics = peewee.TextField(default="[]")
        materials_count = peewee.IntegerField(default=0)
        note = peewee.TextField(default="")
        recorded_by = peewee.CharField(max_length=64, default="")

        class Meta:
            indexes = ((("station", "visited_on"), False),)

    class VisitResident(Record):
        visit = peewee.ForeignKeyField(Visit, column_name="visit_id", on_delete="CASCADE")
        resident = peewee.ForeignKeyField(Resident, column_name="resident_id", on_delete="RESTRICT")
        household = peewee.CharField(max_length=100, default="")
        position = peewee.IntegerField(default=0)

    class VisitFinding(Record):
        visit = peewee.ForeignKeyField(Visit, column_name="visit_id", on_delete="CASCADE")
        kind = peewee.CharField(max_length=16)
        description = peewee.TextField()
        resident = peewee.ForeignKeyField(
            Resident, null=True, column_name="resident_id", on_delete="SET NULL"
        )
        case = peewee.ForeignKeyField(DisputeCase, null=True, column_name="case_id", on_delete="SET NULL")
        position = peewee.IntegerField(default=0)

    class OutreachEvent(Record):
        held_on = peewee.DateField()
        place_area = peewee.ForeignKeyField(
            Area, null=True, column_name="place_area_id", on_delete="SET NULL"
        )
        place_text = peewee.CharField(max_length=200, default="")
        audience = peewee.IntegerField(default=0)
        topics = peewee.TextField(default="[]")
        officer = peewee.ForeignKeyField(Account, null=True, column_name="officer_id", on_delete="RESTRICT")
        officer_name = peewee.CharField(max_length=64, default="")
        partners = peewee.CharField(max_length=200, default="")
        content = peewee.TextField(default="")
        recorded_by = peewee.CharField(max_length=64, default="")

        class Meta:
            indexes = ((("station", "held_on"), False),)

    models = [Visit, VisitResident, VisitFinding, OutreachEvent]
    with database.bind_ctx([Station, Account, Area, Resident, DisputeCase, *models]):
        database.create_tables(models)
