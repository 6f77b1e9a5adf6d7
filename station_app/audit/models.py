"""The audit trail: append-only rows linked by SHA-256 (see chain.py)."""

from __future__ import annotations

import peewee

from station_app.core.models import BaseModel


class AuditEntry(BaseModel):
    seq = peewee.AutoField()
    at = peewee.DateTimeField(index=True)
    station_id = peewee.UUIDField(null=True)
    user_id = peewee.UUIDField(null=True)
    username = peewee.CharField(max_length=64)
    action = peewee.CharField(max_length=64, index=True)
    entity = peewee.CharField(max_length=64)
    entity_id = peewee.CharField(max_length=64, default="")
    changes = peewee.TextField()
    prev_hash = peewee.CharField(max_length=64)
    hash = peewee.CharField(max_length=64, unique=True)
