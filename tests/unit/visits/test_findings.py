"""A dispute found on a visit opens a mediation case with one action, linked both ways; a refused
case leaves both the finding and the case list as they were."""

from __future__ import annotations

import pytest

from station_app.accounts.service import login
from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.mediation import cases
from station_app.visits import findings, visits
from station_app.visits.models import VisitFinding
from tests.unit.visits.conftest import dispute, new_visit


def test_a_dispute_finding_opens_a_case_linked_both_ways(place) -> None:
    detail = new_visit(place, findings=(dispute(place),))
    finding = detail.findings[0]
    assert finding.can_open_case and detail.row.disputes == 1

    after = findings.open_case_for_finding(
        place.actor, finding.id, finding.version, {"category": "邻里纠纷"},
        [{"resident_id": place.people["张三"]}, {"resident_id": place.people["李四"]}])

    linked = after.findings[0]
    assert linked.case_id is not None and not linked.can_open_case
    case = cases.get_case(place.actor, linked.case_id)
    assert linked.case_number == case.row.case_number and linked.case_state_label == "登记"
    assert (case.row.source, case.row.category, case.state) == ("走访排查", "邻里纠纷", "registered")
    assert [party.name for party in case.parties] == ["张三", "李四"]
    assert case.row.summary.startswith("与邻居李四因院墙边界争吵")
    assert "乌力吉走访巴特尔户、张三（户未登记）时发现" in case.row.summary
    assert (case.reporter_kind, case.reporter_name) == ("officer", "乌力吉")
    assert case.place_area_id == place.grid_id  # where the party lives
    assert case.row.reported_at.date() <= detail.row.visited_on  # noon of the visit day, in UTC

    origin = findings.case_origin(place.actor, case.id)
    assert origin is not None
    assert (origin.visit_id, origin.finding_id, origin.officer_name) == (detail.id, finding.id, "乌力吉")
    assert origin.households == ("巴特尔户", "张三（户未登记）")


def test_the_finding_resident_is_the_party_by_default(place) -> None:
    detail = new_visit(place, findings=(dispute(place, "李四"),))
    finding = detail.findings[0]
    after = findings.open_case_for_finding(place.actor, finding.id, finding.version,
                                           {"category": "债权债务", "summary": "赊购化肥款未还"})
    case = cases.get_case(place.actor, after.findings[0].case_id)
    assert [party.name for party in case.parties] == ["李四"]
    assert case.row.summary.startswith("赊购化肥款未还（")


def test_a_refused_case_changes_nothing(place) -> None:
    detail = new_visit(place, findings=(dispute(place),))
    finding = detail.findings[0]
    with pytest.raises(ValidationError) as refused:
        findings.open_case_for_finding(place.actor, finding.id, finding.version, {"category": ""})
    assert "纠纷类别" in refused.value.errors["category"]
    assert cases.list_cases(place.actor) == []
    assert VisitFinding.get_by_id(finding.id).case_id is None


def test_a_case_is_opened_once_and_only_for_a_dispute(place) -> None:
    detail = new_visit(place, findings=(dispute(place), {"kind": "hazard", "description": "烟道未清理"}))
    first, hazard = detail.findings
    with pytest.raises(ValidationError, match="只有“矛盾纠纷”"):
        findings.open_case_for_finding(place.actor, hazard.id, hazard.version, {"category": "其他"})
    opened = findings.open_case_for_finding(place.actor, first.id, first.version, {"category": "邻里纠纷"})
    again = opened.findings[0]
    with pytest.raises(ValidationError, match=f"已开立案件 {again.case_number}"):
        findings.open_case_for_finding(place.actor, again.id, again.version, {"category": "邻里纠纷"})
    with pytest.raises(ConflictError):  # a stale page: the version it read is gone
        VisitFinding.update(case=None).where(VisitFinding.id == first.id).execute()
        findings.open_case_for_finding(place.actor, first.id, first.version, {"category": "邻里纠纷"})
    assert len(cases.list_cases(place.actor)) == 1


def test_a_case_from_elsewhere_has_no_visit_origin(place) -> None:
    case = cases.open_case(place.actor, {"source": "群众来访", "category": "其他", "summary": "来所反映"},
                           [{"resident_id": place.people["张三"]}])
    assert findings.case_origin(place.actor, case.id) is None


def test_a_grid_worker_records_and_opens_but_read_only_cannot(place) -> None:
    from station_app.accounts.service import create_account

    create_account(place.actor, "wangge", "乌兰", "grid_worker", "Grid20261")
    worker = login("wangge", "Grid20261")
    detail = visits.record_visit(worker, {}, [{"resident_id": place.people["张三"]}], [dispute(place)])
    finding = detail.findings[0]
    create_account(place.actor, "reader", "只读", "readonly", "Read20261")
    with pytest.raises(PermissionDenied):
        findings.open_case_for_finding(login("reader", "Read20261"), finding.id, finding.version,
                                       {"category": "邻里纠纷"})
    assert findings.open_case_for_finding(worker, finding.id, finding.version,
                                          {"category": "邻里纠纷"}).findings[0].case_id is not None
