"""Plain read objects for cases: the list rows and the whole case page."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from station_app.residents.views import ResidentView


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    case_number: str
    reported_at: datetime
    category: str
    source: str
    state: str
    state_label: str
    risk_level: str
    parties: str  # names joined with 、
    place: str
    summary: str
    version: int
    station_id: uuid.UUID | None = None  # whose record (a county database holds many)


@dataclass(frozen=True)
class PartyView:
    id: uuid.UUID
    resident: ResidentView
    role_label: str
    occupation: str
    guardian: str
    representative: str

    @property
    def name(self) -> str:
        return self.resident.name

    def age_on(self, day: date) -> int | None:
        birth = self.resident.birth_date
        if birth is None:
            return None
        return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    factors: list[str]
    level: str
    note: str
    assessed_by: str
    assessed_at: datetime


@dataclass(frozen=True)
class WarningView:
    id: uuid.UUID
    recipient: str
    content: str
    sent_at: datetime
    sent_by: str
    acknowledged_by: str
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    measures: str
    responsible: str
    deadline: date
    done_at: datetime | None


@dataclass(frozen=True)
class SessionView:
    id: uuid.UUID
    started_at: datetime
    ended_at: datetime | None
    place: str
    mediators: list[str]
    note_taker: str
    attendees: list[str]
    notices_given: str
    statements: list[tuple[str, str]]
    facts_verified: str
    outcome: str


@dataclass(frozen=True)
class TermView:
    text: str
    amount_fen: int | None = None


@dataclass(frozen=True)
class AgreementView:
    id: uuid.UUID
    kind: str
    number: str
    facts: str
    responsibility: str
    terms: list[TermView]
    performance_method: str
    performance_place: str
    performance_deadline: date | None
    copies: int | None
    agreement_date: date
    signed_on: date | None
    performed: bool | None
    document_sha256: str
    verification_code: str
    version: int


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    due_on: date
    done_at: datetime | None
    visitor: str
    performed: bool | None
    satisfaction: str
    lawsuit: bool
    remaining_risk: str
    measures: str
    outcome: str = ""  # 已履行 / 部分履行 / 未履行


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # when it was entered (UTC)
    who: str
    action: str
    description: str
    happened_at: datetime | date | None = None  # when it happened, where that was given (UTC / a day)


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    reporter_kind: str
    reporter_name: str
    reporter_phone: str
    place_area_id: uuid.UUID | None
    registered_by: str
    closed_at: datetime | None
    parties: list[PartyView]
    assessments: list[AssessmentView]
    warnings: list[WarningView]
    plans: list[PlanView]
    sessions: list[SessionView]
    agreement: AgreementView | None
    follow_ups: list[FollowUpView]
    attachments: list = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    allowed_steps: list[str] = field(default_factory=list)
    place_area: str = ""  # the grid (or village) the case happened in, with the areas above it

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version

    @property
    def state(self) -> str:
        return self.row.state


def loads(text: str | None) -> list:
    return json.loads(text) if text else []


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
