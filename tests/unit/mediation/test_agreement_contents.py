"""What the case puts into its agreement: each party's address (never the grid path), where it
was signed (where the parties met), on SQLite and PostgreSQL."""

from __future__ import annotations

from station_app.mediation import cases, documents, steps
from station_app.residents import areas, service
from tests.unit.mediation.conftest import AGREEMENT


def _case(actor, session_place: str):
    town = areas.create_area(actor, "town", "高力板镇")
    village = areas.create_area(actor, "village", "高力板嘎查", town.id)
    grid = areas.create_area(actor, "grid", "高力板嘎查第1网格", village.id)
    with_address = service.create_resident(actor, {"name": "巴特尔·额尔敦", "grid_id": grid.id,
                                                   "address": "高力板嘎查二组12号"})
    without = service.create_resident(actor, {"name": "阿拉坦仓", "grid_id": grid.id})
    case = cases.open_case(actor, {"source": "群众来访", "category": "邻里纠纷", "summary": "院墙边界争吵。"},
                           [{"resident_id": with_address.id}, {"resident_id": without.id}])
    case = steps.assess_risk(actor, case.id, case.version, [])
    case = steps.record_session(actor, case.id, case.version,
                                {"place": session_place, "mediators": ["崔鑫龙", "李强"]})
    return steps.draft_agreement(actor, case.id, case.version, AGREEMENT)


def test_the_address_is_the_registered_one_or_the_town_and_village(admin) -> None:
    document = documents.agreement_input(_case(admin, "高力板嘎查委员会"))
    first, second = document.parties
    assert first.address == "高力板嘎查二组12号"
    assert second.address == "高力板镇高力板嘎查"  # not "高力板镇 / 高力板嘎查 / 高力板嘎查第1网格"
    assert "/" not in second.address and "网格" not in second.address


def test_the_agreement_is_signed_where_the_parties_met(admin) -> None:
    assert documents.agreement_input(_case(admin, "高力板嘎查委员会")).signed_place == "高力板嘎查委员会"

