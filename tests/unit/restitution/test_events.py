"""集中返赃 on both databases: suggested amounts, refusals per victim and per case, print, mark."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.restitution import cases, events
from station_app.restitution.receipt import event_receipt_pdf
from tests.unit.restitution.conftest import give_back, planned, recover, with_victims


def test_suggested_amounts_are_balances_limited_by_what_is_available(admin) -> None:
    case = recover(admin, with_victims(admin), "6,000")  # owed 2,800 + 3,000 + 2,500
    case = give_back(admin, case, 0, "800")
    lines = events.event_lines(admin, case.id, "balance")
    assert [(line.name, line.open, line.suggested) for line in lines] == [
        ("王建国", 200_000, 200_000), ("李秀英", 300_000, 300_000), ("张伟", 250_000, 20_000)]


def test_by_default_the_recovered_sum_is_shared_in_proportion_to_the_losses(admin) -> None:
    case = recover(admin, with_victims(admin), "1,000")  # owed 2,800 + 3,000 + 2,500 = 8,300
    lines = events.event_lines(admin, case.id)
    # 100,000 分 × 280,000 / 830,000 = 33,734.9… → 33,734 (+1), 36,144.5… → 36,144 (+1), 30,120.4… → 30,120
    assert [line.suggested for line in lines] == [33_735, 36_145, 30_120]
    assert sum(line.suggested for line in lines) == 100_000  # every 分 handed out, none twice
    assert all(line.suggested <= line.open for line in lines)
    enough = recover(admin, case, "9,000")
    assert [line.suggested for line in events.event_lines(admin, enough.id)] == [280_000, 300_000, 250_000]
    with pytest.raises(ValidationError):
        events.event_lines(admin, case.id, "first")


def test_an_event_end_to_end(admin) -> None:
    case = recover(admin, with_victims(admin), "8,300")
    case, event_id = planned(admin, case)
    event = case.event(event_id)
    assert event.state == "planned" and event.total == 830_000 and len(event.lines) == 3
    assert case.totals.pending == 830_000 and case.totals.available == 0
    assert case.victims[0].balance == 280_000 and case.victims[0].open == 0  # promised, not yet handed over
    with pytest.raises(ValidationError) as caught:
        events.complete_event(admin, case.id, case.version, event_id)
    assert "请先打印签收单" in caught.value.errors["event"]
    built = event_receipt_pdf(admin, case.id, event_id)
    case = cases.get_case(admin, case.id)
    assert case.event(event_id).verification_code == built.verification_code
    case = events.complete_event(admin, case.id, case.version, event_id)
    event = case.event(event_id)
    assert event.state == "done"
    assert all(line.state == "returned" and line.receipt_signed for line in event.lines)
    assert (case.totals.returned, case.totals.owed, case.row.status) == (830_000, 0, "已全部返还")
    with pytest.raises(ValidationError) as caught:
        events.cancel_event(admin, case.id, case.version, event_id, "")
    assert "已标记返还" in caught.value.errors["event"]


def test_an_event_line_above_the_balance_is_refused_by_name(admin) -> None:
    case = recover(admin, with_victims(admin), "3万")
    case = give_back(admin, case, 1, "2,000")
    with pytest.raises(ValidationError) as caught:
        planned(admin, case, {0: "2800", 1: "1500", 2: "100"})
    assert set(caught.value.errors) == {"lines.1"}
    message = caught.value.errors["lines.1"]
    assert "李秀英" in message and "最多还可返还 1,000.00 元" in message and "1,500.00 元" in message
    assert cases.get_case(admin, case.id).events == []


def test_an_event_above_what_was_recovered_is_refused_with_the_total(admin) -> None:
    case = recover(admin, with_victims(admin), "5,000")
    with pytest.raises(ValidationError) as caught:
        planned(admin, case, {0: "2800", 1: "3000"})
    assert "本案已追回 5,000.00 元" in caught.value.errors["total"]
    assert "本次合计 5,800.00 元" in caught.value.errors["total"]


def test_a_second_event_cannot_promise_money_already_promised(sqlite_admin) -> None:
    case = recover(sqlite_admin, with_victims(sqlite_admin), "5,000")
    case, _first = planned(sqlite_admin, case, {0: "2800"})
    with pytest.raises(ValidationError) as caught:
        planned(sqlite_admin, case, {0: "100", 1: "2300"})
    assert "另有 2,800.00 元已列入待发还的集中返赃" in caught.value.errors["lines.0"]
    assert "现可返还 2,200.00 元" in caught.value.errors["total"]


def test_bad_event_input(sqlite_admin) -> None:
    case = recover(sqlite_admin, with_victims(sqlite_admin), "5,000")
    victim = case.victims[0].id
    with pytest.raises(ValidationError) as caught:
        events.plan_event(sqlite_admin, case.id, case.version, {"place": ""}, [])
    assert {"place", "lines"} <= set(caught.value.errors)
    with pytest.raises(ValidationError) as caught:
        events.plan_event(sqlite_admin, case.id, case.version, {"place": "会议室"},
                          [{"victim_id": victim, "amount": "0"},
                           {"victim_id": case.victims[1].id, "amount": "-1"}])
    assert "不能为零" in caught.value.errors["lines.0"] and "负数" in caught.value.errors["lines.1"]
    with pytest.raises(ValidationError) as caught:
        events.plan_event(sqlite_admin, case.id, case.version, {"place": "会议室"},
                          [{"victim_id": victim, "amount": "1"}, {"victim_id": victim, "amount": "2"}])
    assert "重复" in caught.value.errors["lines"]
    far = local_today() + timedelta(days=60)
    with pytest.raises(ValidationError) as caught:
        events.plan_event(sqlite_admin, case.id, case.version, {"place": "会议室", "held_on": far},
                          [{"victim_id": victim, "amount": "1"}])
    assert "太远" in caught.value.errors["held_on"]


def test_an_event_planned_for_tomorrow_is_marked_only_on_the_day(sqlite_admin) -> None:
    case = recover(sqlite_admin, with_victims(sqlite_admin), "5,000")
    case, event_id = events.plan_event(
        sqlite_admin, case.id, case.version,
        {"place": "会议室", "held_on": local_today() + timedelta(days=1)},
        [{"victim_id": case.victims[0].id, "amount": "100"}])
    event_receipt_pdf(sqlite_admin, case.id, event_id)
    case = cases.get_case(sqlite_admin, case.id)
    with pytest.raises(ValidationError) as caught:
        events.complete_event(sqlite_admin, case.id, case.version, event_id)
    assert "日期未到" in caught.value.errors["event"]


def test_absent_victims_are_taken_off_and_cancelling_frees_the_money(admin) -> None:
    case = recover(admin, with_victims(admin), "8,300")
    case, event_id = planned(admin, case)
    event_receipt_pdf(admin, case.id, event_id)
    case = cases.get_case(admin, case.id)
    with pytest.raises(ValidationError) as caught:
        events.complete_event(admin, case.id, case.version, event_id, signed_victim_ids=[])
    assert "没有勾选" in caught.value.errors["event"]
    came = [case.victims[0].id, case.victims[2].id]
    case = events.complete_event(admin, case.id, case.version, event_id, signed_victim_ids=came)
    assert [line.victim_name for line in case.event(event_id).lines] == ["王建国", "张伟"]
    assert (case.totals.returned, case.totals.pending, case.totals.available) == (530_000, 0, 300_000)
    case, second = planned(admin, case)
    assert case.totals.available == 0
    case = events.cancel_event(admin, case.id, case.version, second, "被害人改约时间")
    assert case.event(second).state == "cancelled" and case.event(second).lines == []
    assert case.totals.available == 300_000 and case.row.status == "待返还"
