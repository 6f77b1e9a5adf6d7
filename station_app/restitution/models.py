"""Restitution records. Amounts are integer fen (分) in BIGINT columns: the 1 亿元 ceiling of
`documents.money` is 10^10 fen, beyond a 32-bit integer."""

from __future__ import annotations

import uuid

import peewee

from station_app.core.models import StationRecord
from station_app.residents.models import Resident


class RestitutionCase(StationRecord):
    """A case whose proceeds are recovered and handed back (e.g. online fraud "卖车收取定金")."""

    year = peewee.IntegerField()
    sequence = peewee.IntegerField()
    case_number = peewee.CharField(max_length=64)
    case_type = peewee.CharField(max_length=32)
    summary = peewee.CharField(max_length=200)
    description = peewee.TextField(default="")
    suspects = peewee.TextField(default="[]")  # JSON list of names as typed (包某 …)
    reference = peewee.CharField(max_length=64, default="")  # the criminal case's own number, if any
    registered_at = peewee.DateTimeField(index=True)
    registered_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("station", "year", "sequence"), True), (("station", "case_number"), True))


class RestitutionVictim(StationRecord):
    """A victim: a registered resident or anyone else (victims of online fraud live all over China)."""

    case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    position = peewee.IntegerField(default=0)
    resident = peewee.ForeignKeyField(Resident, null=True, column_name="resident_id", on_delete="RESTRICT")
    resident_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    name = peewee.CharField(max_length=100)
    place = peewee.CharField(max_length=200, default="")
    amount_lost = peewee.BigIntegerField()
    note = peewee.TextField(default="")


class RestitutionRecovery(StationRecord):
    """Money recovered for the case (seized, frozen and returned by a bank, repaid by the suspect)."""

    case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    recovered_on = peewee.DateField(index=True)
    amount = peewee.BigIntegerField()
    source = peewee.CharField(max_length=200)
    note = peewee.TextField(default="")
    recorded_by = peewee.CharField(max_length=64, default="")


class RestitutionEvent(StationRecord):
    """A 集中返赃 event: one receipt sheet, many victims. planned → done (or cancelled)."""

    case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    held_on = peewee.DateField()
    place = peewee.CharField(max_length=200)
    handed_over_by = peewee.CharField(max_length=100)
    state = peewee.CharField(max_length=16, default="planned")
    document_sha256 = peewee.CharField(max_length=64, default="")
    verification_code = peewee.CharField(max_length=32, default="")
    completed_at = peewee.DateTimeField(null=True)


class RestitutionReturn(StationRecord):
    """Money handed back to one victim. `state` "pending" while it is listed on a planned event
    (it already counts against the balances, so two events cannot promise the same money)."""

    case = peewee.ForeignKeyField(RestitutionCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    victim = peewee.ForeignKeyField(RestitutionVictim, column_name="victim_id", on_delete="CASCADE")
    victim_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    event = peewee.ForeignKeyField(RestitutionEvent, null=True, column_name="event_id", on_delete="CASCADE")
    event_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    returned_on = peewee.DateField(index=True)
    amount = peewee.BigIntegerField()
    handed_over_by = peewee.CharField(max_length=100, default="")
    receipt_signed = peewee.BooleanField(default=False)
    state = peewee.CharField(max_length=16, default="returned")
    recorded_by = peewee.CharField(max_length=64, default="")


MODELS = [RestitutionCase, RestitutionVictim, RestitutionRecovery, RestitutionEvent, RestitutionReturn]
