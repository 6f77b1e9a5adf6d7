"""The base models every record stands on.

Every station record has a UUID primary key (records from many stations merge at the county
without clashes), the station it belongs to, UTC timestamps and a `version` for optimistic locking.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

import peewee

from station_app.core.clock import utcnow
from station_app.core.db import database_proxy
from station_app.core.errors import ConflictError, NotFound


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
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow)
    version = peewee.IntegerField(default=1)


class Setting(BaseModel):
    """Station-wide settings as key → JSON text."""

    key = peewee.CharField(max_length=64, primary_key=True)
    value = peewee.TextField()


Record = TypeVar("Record", bound=StationRecord)


def update_versioned(record: Record, expected_version: int, **changes: Any) -> Record:
    """Save `changes` only if nobody saved the record since `expected_version` was read.

    Raises ConflictError with {field: (stored now, wanted)} for the fields that differ; NotFound if
    the record was deleted meanwhile.
    """
    model = type(record)
    values = dict(changes, updated_at=utcnow(), version=expected_version + 1)
    updated = (
        model.update(**values)
        .where((model.id == record.id) & (model.version == expected_version))
        .execute()
    )
    if updated == 0:
        current = model.get_or_none(model.id == record.id)
        if current is None:
            raise NotFound("该记录已被删除。")
        # What the other save left that differs from what this user is saving: {field: (theirs, yours)}
        differing = {
            name: (getattr(current, name), value)
            for name, value in changes.items()
            if name in model._meta.fields and getattr(current, name) != value
        }
        raise ConflictError(
            f"保存失败：这条记录在您打开之后已被其他人修改（版本 {expected_version} → {current.version}），"
            "为免覆盖别人的修改，本次未保存。请重新打开查看后再修改。",
            differing,
        )
    for name, value in values.items():
        setattr(record, name, value)
    return record
