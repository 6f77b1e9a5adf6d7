"""Schema 8: conflicting edits met while importing a data bundle, kept side by side (frozen copy)."""

from __future__ import annotations

import uuid

import peewee


def apply(database: peewee.Database) -> None:
    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Station(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class BundleConflict(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        table_name = peewee.CharField(max_length=64)
        record_id = peewee.CharField(max_length=64)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        bundle_station = peewee.ForeignKeyField(
            Station, column_name="bundle_station_id", on_delete="RESTRICT"
        )
        bundle_created_at = peewee.DateTimeField()
        local_version = peewee.IntegerField()
        incoming_version = peewee.IntegerField()
        local_json = peewee.TextField()
        incoming_json = peewee.TextField()
        incoming_sha256 = peewee.CharField(max_length=64)
        reason = peewee.CharField(max_length=200, default="")
        detected_at = peewee.DateTimeField()
        resolved_at = peewee.DateTimeField(null=True)
        resolved_by = peewee.CharField(max_length=64, default="")
        resolution = peewee.CharField(max_length=16, default="")

        class Meta:
            indexes = ((("table_name", "record_id", "incoming_sha256"), True),)

    with database.bind_ctx([Station, BundleConflict]):
        database.create_tables([BundleConflict])
