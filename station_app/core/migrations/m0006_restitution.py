"""Schema 6: restitution cases, victims, recoveries, 集中返赃 events and returns (frozen copy of
the models in station_app/restitution/models.py as they were at this number)."""

from __future__ import annotations

import uuid

import peewee


def apply(database: peewee.Database) -> None:
    """Create the restitution tables."""

    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Station(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Resident(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Record(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=1)

    class RestitutionCase(Record):
        year = peewee.IntegerField()
        sequence = peewee.IntegerField()
        case_number = peewee.CharField(max_length=64)
        case_type = peewee.CharField(max_length=32)
        summary = peewee.CharField(max_length=200)
        description = peewee.TextField(default="")
        suspects = peewee.TextField(default="[]")
        reference = peewee.CharField(max_length=64, default="")
        registered_at = peewee.DateTimeField(index=True)
        registered_by = peewee.CharField(max_length=64, default="")

        class Meta:
            indexes = ((("station", "year", "sequence"), True), (("station", "case_number"), True))

    class RestitutionVictim(Record):
        case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
        position = peewee.IntegerField(default=0)
        resident = peewee.ForeignKeyField(
            Resident, null=True, column_name="resident_id", on_delete="RESTRICT"
        )
        name = peewee.CharField(max_length=100)
        place = peewee.CharField(max_length=200, default="")
        amount_lost = peewee.BigIntegerField()
        note = peewee.TextField(default="")

    class RestitutionRecovery(Record):
        case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
        recovered_on = peewee.DateField(index=True)
        amount = peewee.BigIntegerField()
        source = peewee.CharField(max_length=200)
        note = peewee.TextField(default="")
        recorded_by = peewee.CharField(max_length=64, default="")

    class RestitutionEvent(Record):
        case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
        held_on = peewee.DateField()
        place = peewee.CharField(max_length=200)
        handed_over_by = peewee.CharField(max_length=100)
        state = peewee.CharField(max_length=16, default="planned")
        document_sha256 = peewee.CharField(max_length=64, default="")
        verification_code = peewee.CharField(max_length=32, default="")
        completed_at = peewee.DateTimeField(null=True)

    class RestitutionReturn(Record):
        case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
        victim = peewee.ForeignKeyField(RestitutionVictim, column_name="victim_id", on_delete="CASCADE")
        event = peewee.ForeignKeyField(
            RestitutionEvent, null=True, column_name="event_id", on_delete="CASCADE"
        )
        returned_on = peewee.DateField(index=True)
        amount = peewee.BigIntegerField()
        handed_over_by = peewee.CharField(max_length=100, default="")
        receipt_signed = peewee.BooleanField(default=False)
        state = peewee.CharField(max_length=16, default="returned")
        recorded_by = peewee.CharField(max_length=64, default="")

    models = [RestitutionCase, RestitutionVictim, RestitutionRecovery, RestitutionEvent, RestitutionReturn]
    with database.bind_ctx([Station, Resident, *models]):
        database.create_tables(models)
