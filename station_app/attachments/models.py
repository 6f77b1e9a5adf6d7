"""Attachment records; the files themselves live in the data directory under their SHA-256."""

from __future__ import annotations

import peewee

from station_app.core.models import StationRecord


class Attachment(StationRecord):
    """A file kept in the data directory by its SHA-256, attached to any record."""

    owner_kind = peewee.CharField(max_length=32)
    owner_id = peewee.CharField(max_length=64)
    sha256 = peewee.CharField(max_length=64)
    file_name = peewee.CharField(max_length=255)
    size = peewee.BigIntegerField()
    purpose = peewee.CharField(max_length=32, default="")
    added_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("owner_kind", "owner_id"), False),)
