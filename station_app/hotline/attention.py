"""What the dashboard shows about hotline orders: overdue ones (red) and those due today or
on the next working day."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.core.textnorm import shorten
from station_app.core.urgency import UPCOMING, urgency_of
from station_app.hotline.calendar import load_calendar
from station_app.hotline.models import HotlineOrder
from station_app.hotline.vocab import OPEN_STATUSES, STATUSES
from station_app.hotline.workdays import add_working_days


@dataclass(frozen=True)
class AttentionItem:
    record_id: uuid.UUID
    number: str
    kind: str  # "overdue" or "due_soon"
    text: str
    due: date
    overdue: bool
    urgency: int = UPCOMING  # core/urgency: the dashboard's order and colour


def attention_items(actor: Actor, stations: Sequence[uuid.UUID] = ()) -> list[AttentionItem]:
    """Open orders past their deadline, then those due by the next working day; most urgent first.
    `stations`: the actor's own by default."""
    permissions.require(actor, "hotline.view")
    today = local_today()
    horizon = add_working_days(today, 1, load_calendar(actor))
    query = (HotlineOrder.select()
             .where(HotlineOrder.station.in_(stations or [actor.station_id])
                    & HotlineOrder.status.in_(OPEN_STATUSES)
                    & (HotlineOrder.deadline <= horizon))
             .order_by(HotlineOrder.deadline, HotlineOrder.received_at))
    items = []
    for order in query:
        late = order.deadline < today
        where = f" · {order.dispatched_to}" if order.dispatched_to else ""
        lead = (f"已逾期 {(today - order.deadline).days} 天" if late
                else "今天到期" if order.deadline == today else "即将到期")
        items.append(AttentionItem(
            order.id, order.order_number, "overdue" if late else "due_soon",
            f"{lead} · {STATUSES[order.status]}{where} · {order.category or '12345工单'}："
            f"{shorten(order.content, 30)}",
            order.deadline, late, urgency_of(order.deadline, today)))
    return sorted(items, key=lambda item: (item.urgency, item.due))
