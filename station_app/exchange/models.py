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
    station_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    bundle_station = peewee.ForeignKeyField(
        Station, column_name="bundle_station_id", on_delete="RESTRICT", backref="+"
    )
    bundle_station_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
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


class JournalState(BaseModel):
    """The change journal of a station whose writes are journalled (schema 10): at a station its
    home station, at the county the bureau's own. `epoch` names this run of change numbers; it is
    renewed when the numbers start again (a restored backup), so the county can tell."""

    station_id = peewee.UUIDField(primary_key=True)
    epoch = peewee.CharField(max_length=32)
    last_seq = peewee.BigIntegerField(default=0)
    started_at = peewee.DateTimeField(default=utcnow)


class ChangeEntry(BaseModel):
    """One change of a home-station record: its number, the table, the record, and whether the
    change deleted it (a tombstone). Appended by database triggers in the writing transaction
    (migration 10), never by hand; a record's latest entry decides what travels."""

    seq = peewee.BigIntegerField(primary_key=True)
    table_name = peewee.CharField(max_length=64)
    record_id = peewee.UUIDField()
    deleted = peewee.BooleanField(default=False)

    class Meta:
        table_name = "change_journal"


class BundleExport(BaseModel):
    """At a station: an export whose files were written and read back correctly. The changes it
    carried count as delivered; the next export starts after the last of them."""

    id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
    station_id = peewee.UUIDField()
    epoch = peewee.CharField(max_length=32)
    from_seq = peewee.BigIntegerField()
    to_seq = peewee.BigIntegerField()
    full = peewee.BooleanField()
    period_key = peewee.CharField(max_length=16)
    created_at = peewee.DateTimeField()
    verified_at = peewee.DateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=64)
    folder = peewee.CharField(max_length=1000, default="")
    bundle_sha256 = peewee.CharField(max_length=64)
    changes = peewee.IntegerField()
    audit_seq = peewee.BigIntegerField(default=0)  # the audit head the bundle's history reached

    class Meta:
        indexes = ((("station_id", "epoch", "to_seq"), False),)


class ExchangePeer(BaseModel):
    """At the county: per station, the journal whose changes were applied and how far."""

    station = peewee.ForeignKeyField(Station, primary_key=True, column_name="station_id",
                                     on_delete="RESTRICT", backref="+")
    station_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    epoch = peewee.CharField(max_length=32)
    last_seq = peewee.BigIntegerField()
    covered_until = peewee.DateTimeField()  # the station's data is here as it stood at this time
    first_received_at = peewee.DateTimeField(default=utcnow)
    last_received_at = peewee.DateTimeField(default=utcnow)


class ReceivedBundle(BaseModel):
    """At the county: a bundle that was applied (or was already here: a replay)."""

    id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
    station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT",
                                     backref="+")
    station_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    epoch = peewee.CharField(max_length=32)
    from_seq = peewee.BigIntegerField()
    to_seq = peewee.BigIntegerField()
    full = peewee.BooleanField()
    period_key = peewee.CharField(max_length=16)
    created_at = peewee.DateTimeField()
    received_at = peewee.DateTimeField(default=utcnow)
    received_by = peewee.CharField(max_length=64)
    outcome = peewee.CharField(max_length=16)  # "applied" or "replay"
    counts = peewee.TextField(default="{}")
    file_sha256 = peewee.CharField(max_length=64)

    class Meta:
        indexes = ((("station", "received_at"), False),)


class ExchangeIdentity(BaseModel):
    """This database's own public keys (schema 11); the private ones are in its key file."""

    station_id = peewee.UUIDField(primary_key=True)
    sign_public = peewee.CharField(max_length=64)  # Ed25519, base64
    box_public = peewee.CharField(max_length=64)  # X25519, base64
    fingerprint = peewee.CharField(max_length=64)  # SHA-256 of both, hex
    created_at = peewee.DateTimeField(default=utcnow)


class ExchangePartner(BaseModel):
    """At the county, an enrolled station; at a station, its county (role "county")."""

    id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
    role = peewee.CharField(max_length=8)
    station_id = peewee.UUIDField(index=True)
    code = peewee.CharField(max_length=32)
    name = peewee.CharField(max_length=100)
    county = peewee.CharField(max_length=100, default="")
    sign_public = peewee.CharField(max_length=64)
    box_public = peewee.CharField(max_length=64)
    fingerprint = peewee.CharField(max_length=64)
    enrolled_at = peewee.DateTimeField(default=utcnow)
    enrolled_by = peewee.CharField(max_length=64)
    revoked_at = peewee.DateTimeField(null=True)
    revoked_by = peewee.CharField(max_length=64, default="")


class StationAudit(BaseModel):
    """At the county: a station's audit entries as its bundles carried them (masked as they are)."""

    station_id = peewee.UUIDField()
    seq = peewee.BigIntegerField()
    at = peewee.CharField(max_length=32)
    user_id = peewee.CharField(max_length=40, null=True)
    username = peewee.CharField(max_length=64)
    action = peewee.CharField(max_length=64)
    entity = peewee.CharField(max_length=64)
    entity_id = peewee.CharField(max_length=64)
    changes = peewee.TextField()
    prev_hash = peewee.CharField(max_length=64)
    hash = peewee.CharField(max_length=64)

    class Meta:
        primary_key = peewee.CompositeKey("station_id", "seq")
