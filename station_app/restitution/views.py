"""Plain read objects of the restitution ledger: list rows, the case page and its figures."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from station_app.restitution import vocab


@dataclass(frozen=True)
class Totals:
    """A case's money in fen. `pending` is listed on planned 集中返赃 events, not handed over yet."""

    lost: int = 0
    recovered: int = 0
    returned: int = 0
    pending: int = 0

    @property
    def owed(self) -> int:
        """Still owed to the victims (their losses less what they got back)."""
        return self.lost - self.returned

    @property
    def available(self) -> int:
        """Recovered money not yet returned nor promised on a planned event."""
        return self.recovered - self.returned - self.pending

    @property
    def unrecovered(self) -> int:
        return max(self.lost - self.recovered, 0)


def case_status(totals: Totals, victims: int) -> str:
    """Where the case stands, read from its figures."""
    if victims == 0:
        return vocab.STATUS_NO_VICTIMS
    if totals.owed <= 0:
        return vocab.STATUS_ALL_RETURNED
    if totals.recovered == 0:
        return vocab.STATUS_NOTHING_RECOVERED
    if totals.available > 0 or totals.pending > 0:
        return vocab.STATUS_TO_RETURN
    return vocab.STATUS_PARTLY


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    case_number: str
    case_type: str
    summary: str
    suspects: str  # joined with 、
    registered_at: datetime
    victims: int
    totals: Totals
    status: str
    version: int
    station_id: uuid.UUID | None = None  # whose record (a county database holds many)


@dataclass(frozen=True)
class VictimView:
    id: uuid.UUID
    position: int
    name: str
    place: str
    resident_id: uuid.UUID | None
    lost: int
    returned: int
    pending: int
    note: str
    version: int

    @property
    def balance(self) -> int:
        """Still owed to this victim."""
        return self.lost - self.returned

    @property
    def open(self) -> int:
        """What may still be returned: the balance less what a planned event already lists."""
        return self.lost - self.returned - self.pending


@dataclass(frozen=True)
class RecoveryView:
    id: uuid.UUID
    recovered_on: date
    amount: int
    source: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class ReturnView:
    id: uuid.UUID
    victim_id: uuid.UUID
    victim_name: str
    victim_place: str
    returned_on: date
    amount: int
    handed_over_by: str
    receipt_signed: bool
    state: str
    event_id: uuid.UUID | None

    @property
    def state_label(self) -> str:
        return vocab.RETURN_STATES.get(self.state, self.state)


@dataclass(frozen=True)
class EventView:
    id: uuid.UUID
    held_on: date
    place: str
    handed_over_by: str
    state: str
    lines: list[ReturnView]
    verification_code: str
    document_sha256: str
    completed_at: datetime | None

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def state_label(self) -> str:
        return vocab.EVENT_STATES.get(self.state, self.state)


@dataclass(frozen=True)
class EventLine:
    """A victim offered on a new 集中返赃 event with the amount the core suggests."""

    victim_id: uuid.UUID
    name: str
    place: str
    lost: int
    returned: int
    open: int
    suggested: int


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    description: str
    suspects: list[str]
    reference: str
    registered_by: str
    victims: list[VictimView]
    recoveries: list[RecoveryView]
    returns: list[ReturnView]
    events: list[EventView] = field(default_factory=list)

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version

    @property
    def totals(self) -> Totals:
        return self.row.totals

    def victim(self, victim_id: uuid.UUID | str) -> VictimView | None:
        return next((v for v in self.victims if str(v.id) == str(victim_id)), None)

    def event(self, event_id: uuid.UUID | str) -> EventView | None:
        return next((e for e in self.events if str(e.id) == str(event_id)), None)


@dataclass(frozen=True)
class RestitutionFigures:
    """The week's restitution for the weekly report, in fen."""

    recovered: int
    returned: int
    owed: int
    recoveries: int = 0
    returns: int = 0


def loads(text: str | None) -> list:
    return json.loads(text) if text else []


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
