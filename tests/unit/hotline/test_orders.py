"""Registering orders, every step in every status, the 不满意 return, and what is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from station_app.audit.chain import verify_chain
from station_app.audit.models import AuditEntry
from station_app.core.clock import local_now, local_today
from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.hotline import orders, steps
from station_app.hotline.models import HotlineOrder
from station_app.hotline.vocab import STATUSES
from tests.unit.hotline.conftest import new_order

# Written out by hand from DOMAIN.md's workflow, not derived from the code under test.
EXPECTED: dict[str, set[str]] = {
    "received": {"dispatch", "open_case"},
    "dispatched": {"dispatch", "start", "note", "open_case"},
    "handling": {"note", "complete", "open_case"},
    "completed": {"feedback"},
    "visited": {"archive"},
    "archived": set(),
}
CALLS = {
    "dispatch": lambda a, o: steps.dispatch_order(a, o.id, o.version, "司法所"),
    "start": lambda a, o: steps.start_handling(a, o.id, o.version),
    "note": lambda a, o: steps.add_note(a, o.id, o.version, "已电话联系来电人"),
    "complete": lambda a, o: steps.complete_order(a, o.id, o.version, "已办结"),
    "feedback": lambda a, o: steps.record_feedback(a, o.id, o.version, "基本满意"),
    "archive": lambda a, o: steps.archive_order(a, o.id, o.version),
}
REASONS = {
    "dispatch": "不能再转派", "start": "请先把工单转派", "note": "才能记录办理情况", "complete": "不能办结",
    "feedback": "不能回访", "archive": "回访后才能归档",
}


def test_create_computes_the_deadline_masks_the_phone_and_audits(admin) -> None:
    order = new_order(admin, working_days=3)
    assert order.status == "received" and order.row.status_label == "接收"
    assert order.row.deadline_rule == "3个工作日" and order.row.deadline > local_today()
    assert order.row.caller_phone_masked == "139****5678"
    assert order.caller_phone == "13912345678"  # an admin may see it, for the feedback call
    assert order.allowed_steps == ["dispatch", "open_case"]
    entry = AuditEntry.select().where(AuditEntry.action == "hotline.create").get()
    assert "13912345678" not in entry.changes and "139****5678" in entry.changes
    assert verify_chain().ok


def test_an_auxiliary_sees_the_phone_masked(sqlite_admin) -> None:
    order = new_order(sqlite_admin)
    auxiliary = replace(sqlite_admin, role="auxiliary")
    assert orders.get_order(auxiliary, order.id).caller_phone == "139****5678"


@pytest.mark.parametrize("status", list(STATUSES))
@pytest.mark.parametrize("step", list(CALLS))
def test_each_step_in_each_status(sqlite_admin, in_status, status: str, step: str) -> None:
    order = in_status(status)
    assert set(order.allowed_steps) == EXPECTED[status]
    if step in EXPECTED[status]:
        after = CALLS[step](sqlite_admin, order)
        assert after.version == order.version + 1
        assert after.row.status_label in STATUSES.values()
        return
    before = HotlineOrder.get_by_id(order.id)
    with pytest.raises(ValidationError) as caught:
        CALLS[step](sqlite_admin, order)
    assert f"当前状态为“{STATUSES[status]}”" in caught.value.errors["status"]
    assert REASONS[step] in caught.value.errors["status"]
    assert HotlineOrder.get_by_id(order.id).version == before.version


def test_the_full_path_and_the_unsatisfied_return(admin) -> None:
    order = new_order(admin)
    order = steps.dispatch_order(admin, order.id, order.version, "住建部门（物业监管）", "请核实收费依据")
    order = steps.start_handling(admin, order.id, order.version)
    order = steps.complete_order(admin, order.id, order.version, "责令物业公司退还工本费。")
    with pytest.raises(ValidationError) as caught:
        steps.record_feedback(admin, order.id, order.version, "不满意")
    assert "写明原因" in caught.value.errors["note"]
    order = steps.record_feedback(admin, order.id, order.version, "不满意", "钱还没退")
    assert order.status == "handling" and order.returned_count == 1 and order.completed_at is None
    assert order.row.satisfaction == "不满意"
    order = steps.add_note(admin, order.id, order.version, "再次约谈物业公司")
    order = steps.complete_order(admin, order.id, order.version, "工本费已全额退还。")
    order = steps.record_feedback(admin, order.id, order.version, "满意", "电话回访")
    order = steps.archive_order(admin, order.id, order.version)
    assert order.status == "archived" and order.row.satisfaction == "满意"
    assert [event.kind_label for event in order.events] == [
        "登记", "转派", "开始办理", "办结", "回访", "办理记录", "办结", "回访", "归档"]
    assert "退回重新办理" in order.events[4].text
    assert order.result == "工本费已全额退还。"
    assert verify_chain().ok


def test_a_stale_version_is_a_conflict(sqlite_admin) -> None:
    order = new_order(sqlite_admin)
    steps.dispatch_order(sqlite_admin, order.id, order.version, "治安组")
    with pytest.raises(ConflictError):
        steps.dispatch_order(sqlite_admin, order.id, order.version, "户籍室")


def test_bad_input_is_refused_with_the_field(sqlite_admin) -> None:
    with pytest.raises(ValidationError) as caught:
        orders.create_order(sqlite_admin, {"order_number": "", "content": "", "caller_phone": "12345"})
    assert set(caught.value.errors) >= {"order_number", "content", "caller_phone", "deadline"}
    past = local_now() - timedelta(days=20)
    with pytest.raises(ValidationError) as caught:
        new_order(sqlite_admin, received_at=past, working_days=2)
    assert "已经过去" in caught.value.errors["deadline"] and "导入" in caught.value.errors["deadline"]
    with pytest.raises(ValidationError, match="早于受理日期"):
        new_order(sqlite_admin, working_days=None, deadline=local_today() - timedelta(days=2))
    with pytest.raises(ValidationError, match="晚于现在"):
        new_order(sqlite_admin, received_at=local_now() + timedelta(days=1))
    first = new_order(sqlite_admin)
    with pytest.raises(ValidationError, match="已经登记过"):
        new_order(sqlite_admin, order_number=first.number)
    with pytest.raises(ValidationError, match="承办科室"):
        steps.dispatch_order(sqlite_admin, first.id, first.version, "  ")
    with pytest.raises(ValidationError, match="早于工单受理时间"):
        steps.dispatch_order(sqlite_admin, first.id, first.version, "治安组",
                             at=local_now() - timedelta(days=3))
    with pytest.raises(ValidationError, match="满意度"):
        steps.record_feedback(sqlite_admin, first.id, first.version, "还行")


def test_deadline_as_a_date_and_as_text(sqlite_admin) -> None:
    due = local_today() + timedelta(days=10)
    order = new_order(sqlite_admin, working_days=None, deadline=due)
    assert order.row.deadline == due and order.row.deadline_rule == ""
    order = new_order(sqlite_admin, working_days=None, deadline="３天")
    assert order.row.deadline_rule == "3天"
    order = new_order(sqlite_admin, working_days=None, deadline="5个工作日内")
    assert order.row.deadline_rule == "5个工作日"


def test_readonly_cannot_handle_orders(sqlite_admin) -> None:
    order = new_order(sqlite_admin)
    reader = replace(sqlite_admin, role="readonly")
    assert orders.list_orders(reader)
    with pytest.raises(PermissionDenied):
        steps.dispatch_order(reader, order.id, order.version, "治安组")
    with pytest.raises(PermissionDenied):
        new_order(reader)


def test_list_filters_search_and_overdue(sqlite_admin) -> None:
    fresh = new_order(sqlite_admin, caller_name="乌云其木格", content="烧烤店噪音扰民",
                      caller_phone="15847125678")
    late = new_order(sqlite_admin)
    HotlineOrder.update(deadline=date(2026, 1, 5)).where(HotlineOrder.id == late.id).execute()
    assert [row.id for row in orders.list_orders(sqlite_admin, overdue=True)] == [late.id]
    assert orders.list_orders(sqlite_admin, overdue=True)[0].overdue
    assert [row.id for row in orders.list_orders(sqlite_admin, query="噪音")] == [fresh.id]
    assert [row.id for row in orders.list_orders(sqlite_admin, query="乌云")] == [fresh.id]
    assert [row.id for row in orders.list_orders(sqlite_admin, query="125678")] == [fresh.id]
    assert [row.id for row in orders.list_orders(sqlite_admin, query=fresh.number)] == [fresh.id]
    assert len(orders.list_orders(sqlite_admin, status="received")) == 2
    assert orders.find_order(sqlite_admin, late.number).id == late.id
