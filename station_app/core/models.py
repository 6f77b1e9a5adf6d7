"""The base models every record stands on.

Every station record has a UUID primary key (records from many stations merge at the county
without clashes), the station it belongs to, UTC timestamps and a `version` for optimistic locking
(core/versioning.update_versioned).
"""

from __future__ import annotations

import uuid

import peewee

from station_app.core.clock import utcnow
from station_app.core.db import database_proxy


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Station(BaseModel):
    """A police station (派出所). The database's own station has `is_home` set."""

    id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
    code = peewee.CharField(max_length=32, unique=True)
    name = peewee.CharField(max_length=100)
    county = peewee.CharField(max_length=100)
    town = peewee.CharField(max_length=100, default="")
    is_home = peewee.BooleanField(default=False)
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow)
    version = peewee.IntegerField(default=1)


class StationRecord(BaseModel):
    """Abstract base of every record a station keeps."""

    id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
    station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
    station_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow)
    version = peewee.IntegerField(default=1)


class Setting(BaseModel):
    """Station-wide settings as key → JSON text."""

    key = peewee.CharField(max_length=64, primary_key=True)
    value = peewee.TextField()
