"""Conflicting edits found while importing a bundle, kept for a person to decide (schema 8)."""

from __future__ import annotations

import uuid

import peewee

from station_app.core.clock import utcnow
from station_app.core.models import BaseModel, Station


class BundleConflict(BaseModel):
    """One record whose local copy and the bundle's copy were both edited since the last exchange.

    Neither copy is applied automatically; both are kept as JSON until `resolved_at` is set.
    """

    id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
    table_name = peewee.CharField(max_length=64)
    record_id = peewee.CharField(max_length=64)
    station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
    bundle_station = peewee.ForeignKeyField(
        Station, column_name="bundle_station_id", on_delete="RESTRICT", backref="+"
    )
    bundle_created_at = peewee.DateTimeField()
    local_version = peewee.IntegerField()
    incoming_version = peewee.IntegerField()
    local_json = peewee.TextField()
    incoming_json = peewee.TextField()
    incoming_sha256 = peewee.CharField(max_length=64)
    reason = peewee.CharField(max_length=200, default="")
    detected_at = peewee.DateTimeField(default=utcnow)
    resolved_at = peewee.DateTimeField(null=True)
    resolved_by = peewee.CharField(max_length=64, default="")
    resolution = peewee.CharField(max_length=16, default="")

    class Meta:
        indexes = ((("table_name", "record_id", "incoming_sha256"), True),)


class BundleBase(BaseModel):
    """The copy of a record last received from its station (schema 9): an import compares both the
    local copy and the incoming one with it to tell who changed what since the last exchange."""

    table_name = peewee.CharField(max_length=64)
    record_id = peewee.CharField(max_length=64)
    sha256 = peewee.CharField(max_length=64)
    version = peewee.IntegerField()
    received_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        primary_key = peewee.CompositeKey("table_name", "record_id")
