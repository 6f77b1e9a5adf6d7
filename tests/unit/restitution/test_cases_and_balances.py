"""Cases, victims, recoveries and single returns on both databases: balances and every refusal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station_app.accounts.service import create_account, login
from station_app.audit.chain import verify_chain
from station_app.core.clock import local_today
from station_app.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from station_app.restitution import cases, ledger
from tests.unit.restitution.conftest import give_back, new_case, recover, with_victims


def test_cases_are_numbered_per_year(admin) -> None:
    first, second = new_case(admin), new_case(admin, summary="盗窃牛羊")
    year = local_today().year
    assert first.row.case_number == f"返赃〔{year}〕第1号"
    assert second.row.case_number == f"返赃〔{year}〕第2号"
    assert first.suspects == ["包某"] and first.row.status == "待登记被害人"
    listed = [row.case_number for row in cases.list_cases(admin)]
    assert listed == [second.row.case_number, first.row.case_number]
    assert cases.find_case(admin, first.row.case_number).id == first.id


def test_a_case_needs_a_type_and_a_summary(admin) -> None:
    with pytest.raises(ValidationError) as caught:
        cases.open_case(admin, {"case_type": " ", "summary": "", "suspects": "包某、李某，王某"})
    assert set(caught.value.errors) == {"case_type", "summary"}
    assert cases.list_cases(admin) == []


def test_balances_per_victim_and_per_case(admin) -> None:
    case = with_victims(admin)
    assert [v.lost for v in case.victims] == [280_000, 300_000, 250_000]
    case = recover(admin, case, "5,000.50")
    case = give_back(admin, case, 0, "2800", receipt_signed=True, handed_over_by="崔鑫龙")
    case = give_back(admin, case, 1, "1000")
    first, second, third = case.victims
    assert (first.returned, first.balance) == (280_000, 0)
    assert (second.returned, second.balance) == (100_000, 200_000)
    assert third.balance == 250_000
    totals = case.totals
    assert (totals.lost, totals.recovered, totals.returned) == (830_000, 500_050, 380_000)
    assert (totals.owed, totals.available) == (450_000, 120_050)
    assert case.row.status == "待返还"
    assert case.returns[0].receipt_signed and case.returns[0].handed_over_by == "崔鑫龙"
    assert case.returns[1].handed_over_by == admin.full_name
    listed = cases.list_cases(admin, query="李秀英")[0]
    assert listed.totals == totals and listed.victims == 3
    assert verify_chain().ok


def test_returning_more_than_the_victim_lost_is_refused_with_the_figures(admin) -> None:
    case = recover(admin, with_victims(admin), "3万")
    case = give_back(admin, case, 0, "2000")
    with pytest.raises(ValidationError) as caught:
        give_back(admin, case, 0, "900")
    message = caught.value.errors["amount"]
    for figure in ("王建国", "2,800.00 元", "2,000.00 元", "800.00 元", "900.00 元", "超过了被骗金额"):
        assert figure in message
    again = cases.get_case(admin, case.id)
    assert again.victims[0].returned == 200_000 and again.version == case.version  # nothing written


def test_returning_more_than_was_recovered_is_refused_with_the_figures(admin) -> None:
    case = recover(admin, with_victims(admin), "3000")
    case = give_back(admin, case, 1, "2500")
    with pytest.raises(ValidationError) as caught:
        give_back(admin, case, 0, "600")
    message = caught.value.errors["amount"]
    for figure in ("本案已追回 3,000.00 元", "已返还 2,500.00 元", "现可返还 500.00 元",
                   "本次合计 600.00 元"):
        assert figure in message
    assert cases.get_case(admin, case.id).totals.returned == 250_000


def test_both_reasons_are_given_when_both_rules_break(admin) -> None:
    case = recover(admin, with_victims(admin), "100")
    with pytest.raises(ValidationError) as caught:
        give_back(admin, case, 0, "5000")
    assert "超过了被骗金额" in caught.value.errors["amount"]
    assert "超过了已追回的赃款" in caught.value.errors["amount"]


@pytest.mark.parametrize(("amount", "expected"), [
    ("0", "不能为零"), ("-5", "不能为负数"), ("abc", "无法识别"), ("1.234", "精确到分"), (0, "必须大于零"),
    (-100, "必须大于零"), ("", "未填写"),
])
def test_bad_amounts_are_refused(sqlite_admin, amount, expected) -> None:
    case = recover(sqlite_admin, with_victims(sqlite_admin), "3000")
    with pytest.raises(ValidationError) as caught:
        give_back(sqlite_admin, case, 0, amount)
    assert expected in caught.value.errors["amount"]
    with pytest.raises(ValidationError) as caught:
        ledger.add_victim(sqlite_admin, case.id, case.version, {"name": "甲", "amount_lost": amount})
    assert expected in caught.value.errors["amount_lost"]


def test_dates_in_the_future_are_refused(sqlite_admin) -> None:
    case = with_victims(sqlite_admin)
    tomorrow = local_today() + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        recover(sqlite_admin, case, "1000", tomorrow)
    assert "不能晚于今天" in caught.value.errors["recovered_on"]
    case = recover(sqlite_admin, case, "1000", local_today() - timedelta(days=3))
    with pytest.raises(ValidationError) as caught:
        give_back(sqlite_admin, case, 0, "100", returned_on=tomorrow.isoformat())
    assert "不能晚于今天" in caught.value.errors["returned_on"]
    with pytest.raises(ValidationError) as caught:
        give_back(sqlite_admin, case, 0, "100", returned_on="2026-02-30")
    assert "日期不存在" in caught.value.errors["returned_on"]
    assert cases.get_case(sqlite_admin, case.id).returns == []


def test_a_stale_version_is_a_conflict(admin) -> None:
    case = recover(admin, with_victims(admin), "3000")
    give_back(admin, case, 0, "100")
    with pytest.raises(ConflictError):
        give_back(admin, case, 1, "100")  # read before the first return
    assert len(cases.get_case(admin, case.id).returns) == 1


def test_victims_residents_or_not_and_corrections(sqlite_admin) -> None:
    from station_app.residents.service import create_resident

    resident = create_resident(sqlite_admin, {"name": "包音德力格尔", "address": "高力板镇查干陶勒盖嘎查"},
                               confirm=True)
    case = new_case(sqlite_admin)
    case = ledger.add_victim(sqlite_admin, case.id, case.version,
                             {"resident_id": resident.id, "amount_lost": "500"})
    victim = case.victims[0]
    assert (victim.name, victim.place) == ("包音德力格尔", "高力板镇查干陶勒盖嘎查")
    assert victim.resident_id == resident.id
    with pytest.raises(ValidationError) as caught:
        ledger.add_victim(sqlite_admin, case.id, case.version,
                          {"resident_id": resident.id, "amount_lost": "5"})
    assert "已经是本案的被害人" in caught.value.errors["resident_id"]
    case = recover(sqlite_admin, case, "500")
    case = give_back(sqlite_admin, case, 0, "300")
    with pytest.raises(ValidationError) as caught:
        ledger.update_victim(sqlite_admin, case.id, case.version, victim.id,
                             {"name": victim.name, "place": victim.place, "amount_lost": "200"})
    assert "不能改为少于 300.00 元" in caught.value.errors["amount_lost"]
    case = ledger.update_victim(sqlite_admin, case.id, case.version, victim.id,
                                {"name": "包音德力格尔", "place": "高力板镇", "amount_lost": "450"})
    assert (case.victims[0].place, case.victims[0].balance) == ("高力板镇", 15_000)


def test_a_recovery_already_returned_cannot_be_removed(sqlite_admin) -> None:
    case = recover(sqlite_admin, with_victims(sqlite_admin), "1000")
    case = recover(sqlite_admin, case, "2000")
    case = give_back(sqlite_admin, case, 0, "1500")
    with pytest.raises(ValidationError) as caught:
        ledger.remove_recovery(sqlite_admin, case.id, case.version, case.recoveries[1].id, "录入错误")
    assert "不能删除" in caught.value.errors["recovery"] and "1,500.00 元" in caught.value.errors["recovery"]
    with pytest.raises(ValidationError):
        ledger.remove_recovery(sqlite_admin, case.id, case.version, case.recoveries[0].id, "")
    case = ledger.remove_recovery(sqlite_admin, case.id, case.version, case.recoveries[0].id, "重复录入")
    assert case.totals.recovered == 200_000


def test_permissions(sqlite_admin) -> None:
    case = with_victims(sqlite_admin)
    create_account(sqlite_admin, "viewer", "只读员", "readonly", "Viewer1234")
    create_account(sqlite_admin, "grid", "网格员", "grid_worker", "Grid12345")
    viewer, grid = login("viewer", "Viewer1234"), login("grid", "Grid12345")
    assert cases.get_case(viewer, case.id).id == case.id
    with pytest.raises(PermissionDenied):
        recover(viewer, case, "100")
    with pytest.raises(PermissionDenied):
        cases.list_cases(grid)
    with pytest.raises(NotFound):
        cases.find_case(sqlite_admin, "返赃〔1999〕第9号")
