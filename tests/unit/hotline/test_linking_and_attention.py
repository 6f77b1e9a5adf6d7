"""Opening a dispute from an order (linked both ways) and the dashboard items."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.hotline import attention, linking, steps
from station_app.hotline.models import HotlineOrder
from station_app.mediation import cases
from tests.unit.hotline.conftest import new_order, order_in


def test_an_order_opens_a_case_linked_both_ways(admin) -> None:
    order = new_order(admin, caller_name="王桂兰", content="楼上住户长期占用楼道，双方多次争吵。")
    order = steps.dispatch_order(admin, order.id, order.version, "社区警务室")
    linked = linking.open_dispute(admin, order.id, order.version, "邻里纠纷")
    case = cases.get_case(admin, linked.case_id)
    assert case.row.source == "12345转办" and order.number in case.row.summary
    assert [party.name for party in case.parties] == ["王桂兰"]
    assert case.reporter_name == "王桂兰" and case.reporter_kind == "caller"
    assert linked.row.case_number == case.row.case_number
    assert linking.order_of_case(admin, case.id).id == order.id
    assert linked.events[-1].kind == "case" and case.row.case_number in linked.events[-1].text
    with pytest.raises(ValidationError, match="已开立过"):
        linking.open_dispute(admin, order.id, linked.version, "邻里纠纷")


def test_opening_a_case_is_refused_after_completion_or_without_a_name(sqlite_admin) -> None:
    done = order_in(sqlite_admin, "completed")
    with pytest.raises(ValidationError) as caught:
        linking.open_dispute(sqlite_admin, done.id, done.version, "物业纠纷")
    assert "已办结" in caught.value.errors["status"]
    anonymous = new_order(sqlite_admin, caller_name="")
    with pytest.raises(ValidationError, match="当事人姓名"):
        linking.open_dispute(sqlite_admin, anonymous.id, anonymous.version, "物业纠纷")
    with pytest.raises(ValidationError, match="纠纷类别"):
        linking.open_dispute(sqlite_admin, anonymous.id, anonymous.version, "物业管理")
    named = linking.open_dispute(sqlite_admin, anonymous.id, anonymous.version, "物业纠纷",
                                 [{"resident": {"name": "刘建国"}}])
    assert named.case_id is not None
    assert linking.order_of_case(sqlite_admin, cases.list_cases(sqlite_admin)[0].id) is not None


def test_attention_lists_overdue_then_due_soon(admin) -> None:
    late = new_order(admin)
    three_days_ago = local_today() - timedelta(days=3)
    HotlineOrder.update(deadline=three_days_ago).where(HotlineOrder.id == late.id).execute()
    today = new_order(admin)
    HotlineOrder.update(deadline=local_today()).where(HotlineOrder.id == today.id).execute()
    later = new_order(admin, working_days=10)
    done = order_in(admin, "completed")
    HotlineOrder.update(deadline=date(2026, 1, 5)).where(HotlineOrder.id == done.id).execute()
    items = attention.attention_items(admin)
    assert [item.record_id for item in items] == [late.id, today.id]
    assert items[0].overdue and items[0].kind == "overdue" and "已逾期 3 天" in items[0].text
    assert not items[1].overdue and "今天到期" in items[1].text
    assert later.id not in {item.record_id for item in items} and items[0].number == late.number
