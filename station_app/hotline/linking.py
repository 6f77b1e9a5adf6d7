"""An order that turns out to be a dispute opens a mediation case, linked both ways: the order
keeps the case id, the case's source is 12345转办 and its summary names the order number
(`order_of_case` finds the order from the case)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from station_app.accounts import permissions
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import to_local
from station_app.core.errors import ValidationError
from station_app.core.textnorm import clean_text
from station_app.core.versioning import update_versioned
from station_app.hotline import workflow
from station_app.hotline.orders import add_event, audit_order, get_order, order_to_change
from station_app.hotline.views import OrderDetail
from station_app.mediation.cases import open_case
from station_app.mediation.vocab import CATEGORIES

CASE_SOURCE = "12345转办"


def case_summary(number: str, content: str) -> str:
    return f"（12345工单 {number}）{content}"


def open_dispute(actor: Actor, order_id: uuid.UUID, expected_version: int, category: str,
                 parties: Sequence[Mapping[str, object]] | None = None) -> OrderDetail:
    """开立矛盾纠纷: register a mediation case from the order (state 登记).

    `parties` as mediation.cases.open_case takes them; by default the caller (name and phone).
    Refused when the order already has a case or is already handled; the dispute's own checks
    (category, parties) are reported as the mediation module words them.
    """
    permissions.require(actor, "hotline.edit")
    permissions.require(actor, "disputes.register")
    if clean_text(category) not in CATEGORIES:
        raise ValidationError.single("category", "请选择纠纷类别：" + "、".join(CATEGORIES))
    with db.transaction():
        order = order_to_change(order_id)
        workflow.require_step("open_case", order.status)
        if order.case_id is not None:
            raise ValidationError.single("status", "该工单已开立过矛盾纠纷案件。")
        people = list(parties) if parties is not None else []
        if parties is None:
            if not order.caller_name:
                raise ValidationError.single("parties", "来电人姓名未登记：请填写当事人姓名。")
            people = [{"resident": {"name": order.caller_name, "phone": _phone(order.caller_phone)},
                       "role_label": "甲方"}]
        received = to_local(order.received_at)
        case = open_case(actor, {
            "source": CASE_SOURCE, "category": clean_text(category),
            "summary": case_summary(order.order_number, order.content),
            "reported_at": received.replace(tzinfo=None) if received else None,
            "reporter_kind": "caller", "reporter_name": order.caller_name,
            "reporter_phone": order.caller_phone,
        }, people)
        update_versioned(order, expected_version, case=case.id)
        add_event(order, "case", actor.full_name, f"开立矛盾纠纷案件 {case.row.case_number}")
        audit_order(actor, "hotline.open_case", order.id, order.order_number, None,
                    {"case_number": case.row.case_number}, by=actor.full_name)
    return get_order(actor, order_id)


def _phone(value: str) -> str:
    """A masked phone (as some platforms export it) is not a number to give a resident."""
    return "" if "*" in value else value


def order_of_case(actor: Actor, case_id: uuid.UUID) -> OrderDetail | None:
    """The hotline order a dispute case was opened from, if any (for the case page)."""
    from station_app.hotline.models import HotlineOrder

    permissions.require(actor, "hotline.view")
    order = HotlineOrder.get_or_none((HotlineOrder.case == case_id)
                                     & (HotlineOrder.station == actor.station_id))
    return get_order(actor, order.id) if order else None
