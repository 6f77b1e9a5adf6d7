"""Dispute cases and everything recorded on them. Lists (factors, terms, statements) are JSON text:
they are read and printed with their case, never queried on their own."""

from __future__ import annotations

import uuid

import peewee

from station_app.core.models import BaseModel, Station, StationRecord
from station_app.residents.models import Area, Resident


class NumberCounter(BaseModel):
    """Last number handed out per station, kind (case / agreement) and year."""

    station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
    station_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    kind = peewee.CharField(max_length=16)
    year = peewee.IntegerField()
    last = peewee.IntegerField(default=0)

    class Meta:
        primary_key = peewee.CompositeKey("station", "kind", "year")


class DisputeCase(StationRecord):
    year = peewee.IntegerField()
    sequence = peewee.IntegerField()
    case_number = peewee.CharField(max_length=64)
    source = peewee.CharField(max_length=32)
    reporter_kind = peewee.CharField(max_length=16, default="")
    reporter_name = peewee.CharField(max_length=100, default="")
    reporter_phone = peewee.CharField(max_length=32, default="")
    reported_at = peewee.DateTimeField(index=True)
    place_area = peewee.ForeignKeyField(Area, null=True, column_name="place_area_id", on_delete="SET NULL")
    place_area_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    place_text = peewee.CharField(max_length=200, default="")
    category = peewee.CharField(max_length=32)
    summary = peewee.TextField()
    state = peewee.CharField(max_length=16, index=True)
    risk_level = peewee.CharField(max_length=4, default="")
    closed_at = peewee.DateTimeField(null=True)
    registered_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("station", "year", "sequence"), True), (("station", "case_number"), True))


class CaseParty(StationRecord):
    case = peewee.ForeignKeyField(DisputeCase, column_name="case_id", on_delete="CASCADE", backref="parties")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    resident = peewee.ForeignKeyField(Resident, column_name="resident_id", on_delete="RESTRICT")
    resident_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    position = peewee.IntegerField(default=0)
    role_label = peewee.CharField(max_length=16, default="")
    occupation = peewee.CharField(max_length=64, default="")
    guardian = peewee.CharField(max_length=100, default="")
    representative = peewee.CharField(max_length=100, default="")


class RiskAssessment(StationRecord):
    case = peewee.ForeignKeyField(DisputeCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    factors = peewee.TextField(default="[]")
    level = peewee.CharField(max_length=4)
    note = peewee.TextField(default="")
    assessed_by = peewee.CharField(max_length=64)
    assessed_at = peewee.DateTimeField()


class EarlyWarning(StationRecord):
    case = peewee.ForeignKeyField(DisputeCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    recipient = peewee.CharField(max_length=100)
    content = peewee.TextField()
    sent_at = peewee.DateTimeField()
    sent_by = peewee.CharField(max_length=64)
    acknowledged_by = peewee.CharField(max_length=100, default="")
    acknowledged_at = peewee.DateTimeField(null=True)


class CasePlan(StationRecord):
    """一事一策."""

    case = peewee.ForeignKeyField(DisputeCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    measures = peewee.TextField()
    responsible = peewee.CharField(max_length=200)
    deadline = peewee.DateField()
    done_at = peewee.DateTimeField(null=True)


class MediationSession(StationRecord):
    case = peewee.ForeignKeyField(DisputeCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    started_at = peewee.DateTimeField()
    ended_at = peewee.DateTimeField(null=True)
    place = peewee.CharField(max_length=200)
    mediators = peewee.TextField(default="[]")
    note_taker = peewee.CharField(max_length=64, default="")
    attendees = peewee.TextField(default="[]")
    notices_given = peewee.TextField(default="")
    statements = peewee.TextField(default="[]")
    facts_verified = peewee.TextField(default="")
    outcome = peewee.TextField(default="")


class Agreement(StationRecord):
    case = peewee.ForeignKeyField(DisputeCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    kind = peewee.CharField(max_length=8)
    year = peewee.IntegerField()
    sequence = peewee.IntegerField()
    number = peewee.CharField(max_length=64)
    facts = peewee.TextField(default="")
    responsibility = peewee.TextField(default="")
    terms = peewee.TextField(default="[]")
    performance_method = peewee.TextField(default="")
    performance_place = peewee.CharField(max_length=200, default="")
    performance_deadline = peewee.DateField(null=True)
    copies = peewee.IntegerField(null=True)
    agreement_date = peewee.DateField()
    signed_on = peewee.DateField(null=True)
    performed = peewee.BooleanField(null=True)
    document_sha256 = peewee.CharField(max_length=64, default="")
    verification_code = peewee.CharField(max_length=32, default="")

    class Meta:
        indexes = ((("station", "kind", "year", "sequence"), True),)


class FollowUp(StationRecord):
    case = peewee.ForeignKeyField(DisputeCase, column_name="case_id", on_delete="CASCADE")
    case_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    due_on = peewee.DateField(index=True)
    done_at = peewee.DateTimeField(null=True)
    visitor = peewee.CharField(max_length=64, default="")
    performed = peewee.BooleanField(null=True)
    outcome = peewee.CharField(max_length=16, default="")  # 已履行 / 部分履行 / 未履行 (schema 13)
    satisfaction = peewee.CharField(max_length=8, default="")
    lawsuit = peewee.BooleanField(default=False)
    remaining_risk = peewee.CharField(max_length=4, default="")
    measures = peewee.TextField(default="")
