"""Plain read objects for orders: the list rows and the order page."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from station_app.hotline.vocab import OPEN_STATUSES


def is_overdue(status: str, deadline: date, today: date) -> bool:
    """Past its deadline and not yet handled (已办结/已回访/归档 are never overdue)."""
    return status in OPEN_STATUSES and deadline < today


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    order_number: str
    received_at: datetime
    caller_name: str
    caller_phone_masked: str
    content: str
    category: str
    deadline: date
    deadline_rule: str
    status: str
    status_label: str
    dispatched_to: str
    satisfaction: str
    overdue: bool
    case_number: str
    source: str
    version: int
    station_id: uuid.UUID | None = None  # whose record (a county database holds many)


@dataclass(frozen=True)
class EventView:
    at: datetime
    kind: str
    kind_label: str
    by: str
    text: str
    satisfaction: str


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    caller_phone: str  # in full for accounts allowed to see it (for the feedback call), else masked
    platform_unit: str
    result: str
    dispatched_at: datetime | None
    completed_at: datetime | None
    feedback_at: datetime | None
    archived_at: datetime | None
    returned_count: int
    case_id: uuid.UUID | None
    registered_by: str
    working_days_left: int | None  # None once handled
    events: list[EventView] = field(default_factory=list)
    allowed_steps: list[str] = field(default_factory=list)

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version

    @property
    def status(self) -> str:
        return self.row.status

    @property
    def number(self) -> str:
        return self.row.order_number
