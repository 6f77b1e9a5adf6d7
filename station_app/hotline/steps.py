"""The workflow steps of an order. Each: check permission and status, write in one transaction
with optimistic locking on the order, one 办理记录 line, one audit entry, return the fresh page.

Every step takes an optional `at` (local time, default now): officers often record a feedback
call or a result some hours after it happened. It may not be in the future nor before the order
was received.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from station_app.accounts import permissions
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.clock import format_local, from_local, utcnow
from station_app.core.errors import ValidationError
from station_app.core.textnorm import clean_text
from station_app.core.versioning import require_version, update_versioned
from station_app.hotline import limits as hotline_limits
from station_app.hotline import workflow
from station_app.hotline.models import HotlineOrder
from station_app.hotline.orders import add_event, audit_order, get_order, order_to_change
from station_app.hotline.views import OrderDetail
from station_app.hotline.vocab import SATISFACTION, UNSATISFIED

# write(order, when) → (event kind, event text, satisfaction, order field changes)
Write = Callable[[HotlineOrder, datetime], tuple[str, str, str, dict[str, object]]]


def _when(at: datetime | None) -> datetime:
    if at is None:
        return utcnow()
    stored = from_local(at)
    if stored > utcnow() + timedelta(minutes=10):
        raise ValidationError.single("at", "时间不能晚于现在。")
    return stored


def _required(value: object, field: str, message: str, allowed: Mapping[str, int]) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError.single(field, message)
    limits.check({field: text}, allowed)
    return text


def _optional(value: object, field: str, allowed: Mapping[str, int]) -> str:
    text = clean_text(value)
    limits.check({field: text}, allowed)
    return text


def _step(actor: Actor, order_id: uuid.UUID, expected_version: int, step: str, at: datetime | None,
          write: Write) -> OrderDetail:
    """Run one step: `write` says what to record; the order moves to the step's next status."""
    permissions.require(actor, "hotline.edit")
    when = _when(at)
    with db.transaction():
        order = order_to_change(order_id)
        require_version(order, expected_version)
        workflow.require_step(step, order.status)
        if when < order.received_at:
            raise ValidationError.single(
                "at", f"时间早于工单受理时间（{format_local(order.received_at)}）。")
        before = order.status
        kind, text, satisfaction, changes = write(order, when)
        changes.setdefault("status", workflow.next_status(step, order.status, satisfaction))
        update_versioned(order, expected_version, **changes)
        add_event(order, kind, actor.full_name, text, when, satisfaction)
        audit_order(actor, f"hotline.{step}", order.id, order.order_number, {"status": before},
                    {key: value for key, value in changes.items() if key in ("status", "satisfaction")},
                    summary=text[:300], by=actor.full_name)
    return get_order(actor, order_id)


def dispatch_order(actor: Actor, order_id: uuid.UUID, expected_version: int, office: str,
                   note: str = "", at: datetime | None = None) -> OrderDetail:
    """转派 to an office or department (again, to correct it, until handling starts)."""
    target = _required(office, "office", "请填写承办科室或部门（如 社区警务室、司法所）。",
                       hotline_limits.DISPATCH)
    extra = _optional(note, "note", hotline_limits.DISPATCH)

    def write(order: HotlineOrder, when: datetime) -> tuple[str, str, str, dict[str, object]]:
        text = f"转派至{target}" + (f"：{extra}" if extra else "")
        return "dispatch", text, "", {"dispatched_to": target, "dispatched_at": when}

    return _step(actor, order_id, expected_version, "dispatch", at, write)


def start_handling(actor: Actor, order_id: uuid.UUID, expected_version: int, note: str = "",
                   at: datetime | None = None) -> OrderDetail:
    """The office took the order on (办理中)."""
    extra = _optional(note, "note", hotline_limits.START)
    def write(order: HotlineOrder, when: datetime) -> tuple[str, str, str, dict[str, object]]:
        return "start", f"{order.dispatched_to}开始办理" + (f"：{extra}" if extra else ""), "", {}

    return _step(actor, order_id, expected_version, "start", at, write)


def add_note(actor: Actor, order_id: uuid.UUID, expected_version: int, text: str,
             at: datetime | None = None) -> OrderDetail:
    """A handling note (联系来电人、现场核实 …); the status stays."""
    note = _required(text, "text", "请填写办理情况。", hotline_limits.NOTE)
    return _step(actor, order_id, expected_version, "note", at, lambda order, when: ("note", note, "", {}))


def complete_order(actor: Actor, order_id: uuid.UUID, expected_version: int, result: str,
                   at: datetime | None = None) -> OrderDetail:
    """办结 with the result (what was done, what the caller was told)."""
    outcome = _required(result, "result", "请填写办理结果。", hotline_limits.COMPLETE)
    return _step(actor, order_id, expected_version, "complete", at,
                 lambda order, when: ("complete", outcome, "", {"result": outcome, "completed_at": when}))


def record_feedback(actor: Actor, order_id: uuid.UUID, expected_version: int, satisfaction: str,
                    note: str = "", at: datetime | None = None) -> OrderDetail:
    """回访: the feedback call and the caller's satisfaction. 不满意 (with the reason, required)
    returns the order to 办理中 to be handled again."""
    value = clean_text(satisfaction)
    if value not in SATISFACTION:
        raise ValidationError.single("satisfaction", "请选择满意度：" + "、".join(SATISFACTION))
    remark = _optional(note, "note", hotline_limits.FEEDBACK)
    if value == UNSATISFIED and not remark:
        raise ValidationError.single("note", "来电人不满意：请写明原因，以便重新办理。")

    def write(order: HotlineOrder, when: datetime) -> tuple[str, str, str, dict[str, object]]:
        changes: dict[str, object] = {"satisfaction": value, "feedback_at": when}
        text = f"回访：{value}" + (f"，{remark}" if remark else "")
        if value == UNSATISFIED:
            changes.update(returned_count=order.returned_count + 1, completed_at=None)
            text += "；退回重新办理"
        return "feedback", text, value, changes

    return _step(actor, order_id, expected_version, "feedback", at, write)


def archive_order(actor: Actor, order_id: uuid.UUID, expected_version: int,
                  at: datetime | None = None) -> OrderDetail:
    """归档 after the feedback call: the order is done (一张单子管到底)."""
    return _step(actor, order_id, expected_version, "archive", at,
                 lambda order, when: ("archive", "归档", "", {"archived_at": when}))
