"""Plain read objects for visits and events: list rows, the detail panes, the week's figures."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date

from station_app.attachments.service import AttachmentView


@dataclass(frozen=True)
class VisitedPerson:
    resident_id: uuid.UUID
    name: str
    details: str  # gender, masked ID, place: enough to tell two 张三 apart
    address: str


@dataclass(frozen=True)
class Household:
    """The people seen in one household; `label` is "" when the register names no household."""

    label: str
    people: tuple[VisitedPerson, ...]

    @property
    def title(self) -> str:
        return self.label or f"{self.people[0].name}（户未登记）"


@dataclass(frozen=True)
class FindingView:
    id: uuid.UUID
    kind: str
    kind_label: str
    description: str
    resident_id: uuid.UUID | None
    resident_name: str
    case_id: uuid.UUID | None
    case_number: str
    case_state_label: str
    version: int

    @property
    def can_open_case(self) -> bool:
        return self.kind == "dispute" and self.case_id is None


@dataclass(frozen=True)
class VisitRow:
    id: uuid.UUID
    visited_on: date
    officer_name: str
    households: int
    people: str  # names joined with 、
    findings: int
    disputes: int
    publicity_topics: tuple[str, ...]  # publicity done at the doors, e.g. ("反电诈",)
    materials_count: int
    note: str
    version: int
    station_id: uuid.UUID | None = None  # whose record (a county database holds many)


@dataclass(frozen=True)
class VisitDetail:
    row: VisitRow
    officer_id: uuid.UUID
    recorded_by: str
    households: tuple[Household, ...]
    findings: tuple[FindingView, ...]

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True)
class CaseOrigin:
    """Where a dispute case came from when a visit found it (the link from the case's side)."""

    visit_id: uuid.UUID
    finding_id: uuid.UUID
    visited_on: date
    officer_name: str
    households: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    held_on: date
    place: str
    topics: tuple[str, ...]
    audience: int
    officer_name: str
    photos: int
    version: int
    station_id: uuid.UUID | None = None  # whose record (a county database holds many)


@dataclass(frozen=True)
class EventDetail:
    row: EventRow
    place_area_id: uuid.UUID | None
    place_text: str
    officer_id: uuid.UUID | None
    partners: str
    content: str
    recorded_by: str
    photos: tuple[AttachmentView, ...]

    @property
    def id(self) -> uuid.UUID:
        return self.row.id


@dataclass(frozen=True)
class VisitFigures:
    """Visits and outreach for one period (the weekly report's section)."""

    visits: int = 0
    households: int = 0
    residents: int = 0
    findings_by_kind: dict[str, int] = field(default_factory=dict)  # kind → count, every kind listed
    cases_opened: int = 0
    publicity_visits: int = 0
    materials: int = 0
    events: int = 0
    audience: int = 0
    events_by_topic: dict[str, int] = field(default_factory=dict)


def loads(text: str | None) -> list:
    return json.loads(text) if text else []


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
