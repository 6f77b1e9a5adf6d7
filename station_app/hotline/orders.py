"""Registering an order by hand and reading orders back (list rows, the order page)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import local_today, utcnow
from station_app.core.db import tuples
from station_app.core.errors import NotFound, StationError, ValidationError
from station_app.core.masking import mask_phone, mask_sensitive_text
from station_app.core.scope import record_in_scope, record_to_change, scope
from station_app.hotline import workflow
from station_app.hotline.calendar import load_calendar
from station_app.hotline.fields import OrderFields, check_order
from station_app.hotline.models import HotlineEvent, HotlineOrder
from station_app.hotline.views import EventView, OrderDetail, OrderRow, is_overdue
from station_app.hotline.vocab import EVENT_LABELS, OPEN_STATUSES, STATUSES
from station_app.hotline.workdays import working_days_between
from station_app.mediation.models import DisputeCase

ENTITY = "hotline_order"


def station_of(actor: Actor) -> uuid.UUID:
    if actor.station_id is None:
        raise StationError("尚未设置本所信息，无法办理工单。")
    return actor.station_id


def audit_order(actor: Actor, action: str, order_id: uuid.UUID, number: str,
                before: Mapping[str, object] | None = None, after: Mapping[str, object] | None = None,
                **extra: object) -> None:
    """The one audit entry of an order step (the caller's phone is masked by the audit chain)."""
    audit.record(actor, action, ENTITY, order_id, before, after, extra={"number": number, **extra})


def add_event(order: HotlineOrder, kind: str, by: str, text: str = "", at: datetime | None = None,
              satisfaction: str = "") -> None:
    seq = HotlineEvent.select().where(HotlineEvent.order == order.id).count() + 1
    HotlineEvent.create(station=order.station_id, order=order.id, seq=seq, kind=kind, at=at or utcnow(),
                        by=by, text=text, satisfaction=satisfaction)


def insert_order(station_id: uuid.UUID, fields: OrderFields, source: str, by: str) -> HotlineOrder:
    return HotlineOrder.create(station=station_id, order_number=fields.order_number, status="received",
                               source=source, registered_by=by, **fields.platform_values())


def create_order(actor: Actor, details: Mapping[str, object]) -> OrderDetail:
    """Register an order typed in from the platform (status 接收).

    `details`: order_number, received_at (local; default now), caller_name, caller_phone, content,
    category, platform_unit, and either deadline (a date) or working_days (N, counted with the
    holiday calendar from the received day). A deadline already past is refused (see fields.py).
    """
    permissions.require(actor, "hotline.edit")
    station_id = station_of(actor)
    fields, problems = check_order(details, load_calendar(actor), historical=False)
    if problems:
        raise ValidationError(problems)
    try:
        with db.transaction():
            if HotlineOrder.select().where((HotlineOrder.station == station_id)
                                           & (HotlineOrder.order_number == fields.order_number)).exists():
                raise ValidationError.single("order_number", f"工单编号 {fields.order_number} 已经登记过。")
            order = insert_order(station_id, fields, "manual", actor.full_name)
            add_event(order, "create", actor.full_name, f"办理期限 {fields.deadline.isoformat()}")
            audit_order(actor, "hotline.create", order.id, order.order_number, None,
                        {"content": fields.content[:200], "caller_phone": fields.caller_phone,
                         "deadline": fields.deadline.isoformat()})
    except peewee.IntegrityError:  # another PC registered the same number a moment ago
        raise ValidationError.single("order_number", f"工单编号 {fields.order_number} 已经登记过。") from None
    return get_order(actor, order.id)


def load_order(actor: Actor, order_id: uuid.UUID, stations: Sequence[uuid.UUID] = ()) -> HotlineOrder:
    """An order of `stations` (the actor's own by default) to read."""
    return record_in_scope(actor, HotlineOrder, order_id, stations, "找不到该工单。")


def order_to_change(order_id: uuid.UUID) -> HotlineOrder:
    """An order a step is about to change: never another station's."""
    return record_to_change(HotlineOrder, order_id, "找不到该工单。")


def _case_numbers(case_ids: list[uuid.UUID]) -> dict[str, str]:
    if not case_ids:
        return {}
    query = DisputeCase.select(DisputeCase.id, DisputeCase.case_number).where(DisputeCase.id.in_(case_ids))
    return {str(case_id): number for case_id, number in tuples(query)}


def _row(order: HotlineOrder, today: date, case_number: str, full: bool) -> OrderRow:
    """The list's row; the content with any number in it masked unless `full` (personal.view_full)."""
    return OrderRow(
        order.id, order.order_number, order.received_at, order.caller_name, mask_phone(order.caller_phone),
        order.content if full else mask_sensitive_text(order.content), order.category, order.deadline,
        order.deadline_rule, order.status,
        STATUSES[order.status], order.dispatched_to, order.satisfaction,
        is_overdue(order.status, order.deadline, today), case_number, order.source, order.version,
        order.station_id,
    )


def overdue_condition(today: date) -> peewee.Expression:
    return HotlineOrder.status.in_(OPEN_STATUSES) & (HotlineOrder.deadline < today)


def list_orders(actor: Actor, status: str | None = None, query: str = "", overdue: bool = False,
                limit: int = 500, offset: int = 0, stations: Sequence[uuid.UUID] = ()) -> list[OrderRow]:
    """Orders newest first: of one status, only overdue ones, or matching a number, caller,
    content or phone ending. `stations`: whose orders (the actor's own by default)."""
    permissions.require(actor, "hotline.view")
    masked_reader = not permissions.allowed(actor.role, "personal.view_full")
    today = local_today()
    where = HotlineOrder.station.in_(scope(actor, stations))
    if status:
        where &= HotlineOrder.status == status
    if overdue:
        where &= overdue_condition(today)
    text = query.strip()
    if text:
        # A reader who sees phones masked (139****5678) searches a phone ending by the 4 digits it is
        # shown, and a long number not in the content: else "x5678" for each x tells a hidden digit.
        long_number = re.search(r"\d{5}", text) is not None
        match = (HotlineOrder.order_number.contains(text) | HotlineOrder.caller_name.contains(text)
                 | HotlineOrder.category.contains(text))
        if not (masked_reader and long_number):
            match |= HotlineOrder.content.contains(text)
        if text.isdigit() and len(text) >= 4:
            match |= HotlineOrder.caller_phone.endswith(text[-4:] if masked_reader else text)
        where &= match
    orders = list(HotlineOrder.select().where(where)
                  .order_by(HotlineOrder.received_at.desc(), HotlineOrder.order_number.desc())
                  .offset(offset).limit(limit))
    numbers = _case_numbers([order.case_id for order in orders if order.case_id])
    return [_row(order, today, numbers.get(str(order.case_id), ""), not masked_reader) for order in orders]


def find_order(actor: Actor, number: str, stations: Sequence[uuid.UUID] = ()) -> OrderDetail:
    permissions.require(actor, "hotline.view")
    order = HotlineOrder.get_or_none((HotlineOrder.station.in_(scope(actor, stations)))
                                     & (HotlineOrder.order_number == number.strip()))
    if order is None:
        raise NotFound(f"找不到工单编号“{number}”。")
    return get_order(actor, order.id, stations)


def get_order(actor: Actor, order_id: uuid.UUID, stations: Sequence[uuid.UUID] = ()) -> OrderDetail:
    """Everything on the order page (an order of `stations`, the actor's own by default)."""
    permissions.require(actor, "hotline.view")
    order = load_order(actor, order_id, stations)
    today = local_today()
    case_numbers = _case_numbers([order.case_id] if order.case_id else [])
    full = permissions.allowed(actor.role, "personal.view_full")
    row = _row(order, today, case_numbers.get(str(order.case_id), ""), full)
    text = str if full else mask_sensitive_text  # what people typed may hold someone's number
    events = [EventView(event.at, event.kind, EVENT_LABELS.get(event.kind, event.kind), event.by,
                        text(event.text), event.satisfaction)
              for event in HotlineEvent.select().where(HotlineEvent.order == order.id)
              .order_by(HotlineEvent.at, HotlineEvent.seq)]
    left = (working_days_between(today, order.deadline, load_calendar(actor))
            if order.status in OPEN_STATUSES else None)
    return OrderDetail(
        row=row, caller_phone=order.caller_phone if full else mask_phone(order.caller_phone),
        platform_unit=order.platform_unit, result=text(order.result), dispatched_at=order.dispatched_at,
        completed_at=order.completed_at, feedback_at=order.feedback_at, archived_at=order.archived_at,
        returned_count=order.returned_count, case_id=order.case_id, registered_by=order.registered_by,
        working_days_left=left, events=events,
        allowed_steps=[step for step in workflow.allowed_steps(order.status)
                       if not (step == "open_case" and order.case_id)],
    )


def reveal_caller_phone(actor: Actor, order_id: uuid.UUID, reason: str,
                        stations: Sequence[uuid.UUID] = ()) -> str:
    """The caller's phone in full (the order page shows it masked), for a role allowed to see it,
    with the reason given: audited on the order with the reason, never the number."""
    from station_app.residents.reading import checked_reason

    permissions.require(actor, "hotline.view")
    permissions.require(actor, "personal.view_full")
    why = checked_reason(reason)
    with db.transaction():
        order = load_order(actor, order_id, stations)
        audit_order(actor, "hotline.reveal_phone", order.id, order.order_number,
                    reason=why, summary=f"原因：{why}")
    return order.caller_phone
