"""5,000 pasted characters are never stored: the order's fields and every step's text (转派说明,
开始办理, 办理情况, 办理结果, 回访情况) have a limit, refused by the service naming the field with
the usual message; the order and its 办理记录 stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from station_app.core.errors import ValidationError
from station_app.hotline import limits, steps
from station_app.hotline.models import HotlineEvent, HotlineOrder
from tests.unit.hotline.conftest import new_order, order_in

PASTED = "长" * 5000

STEPS: dict[str, tuple[str, str, dict[str, int], Callable]] = {
    "dispatch office": ("received", "office", limits.DISPATCH,
                        lambda a, o: steps.dispatch_order(a, o.id, o.version, PASTED)),
    "dispatch note": ("received", "note", limits.DISPATCH,
                      lambda a, o: steps.dispatch_order(a, o.id, o.version, "社区警务室", PASTED)),
    "start note": ("dispatched", "note", limits.START,
                   lambda a, o: steps.start_handling(a, o.id, o.version, PASTED)),
    "handling note": ("handling", "text", limits.NOTE,
                      lambda a, o: steps.add_note(a, o.id, o.version, PASTED)),
    "result": ("handling", "result", limits.COMPLETE,
               lambda a, o: steps.complete_order(a, o.id, o.version, PASTED)),
    "feedback note": ("completed", "note", limits.FEEDBACK,
                      lambda a, o: steps.record_feedback(a, o.id, o.version, "满意", PASTED)),
}


@pytest.mark.parametrize("field", list(limits.ORDER))
def test_an_order_field_over_its_limit_is_refused(sqlite_admin, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        new_order(sqlite_admin, **{field: PASTED})
    assert caught.value.errors[field] == f"内容过长（最多 {limits.ORDER[field]} 个字）。"
    assert HotlineOrder.select().count() == 0


@pytest.mark.parametrize("step", list(STEPS))
def test_a_step_text_over_its_limit_is_refused(sqlite_admin, step: str) -> None:
    status, field, allowed, call = STEPS[step]
    order = order_in(sqlite_admin, status)
    events = HotlineEvent.select().count()
    with pytest.raises(ValidationError) as caught:
        call(sqlite_admin, order)
    assert caught.value.errors == {field: f"内容过长（最多 {allowed[field]} 个字）。"}
    stored = HotlineOrder.get_by_id(order.id)
    assert (stored.status, stored.version) == (status, order.version)
    assert HotlineEvent.select().count() == events
