"""A station with one village's areas and a few residents (one of them a child), cases in any
workflow state built through the real services, and the disputes page in a window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.mediation import cases, steps
from station_app.mediation.views import CaseDetail
from station_app.residents import areas, service

ADULT_ID = "152222198503120013"  # 阿拉坦仓, born 1985-03-12
ELDER_ID = "152222196802150037"  # 巴特尔·额尔敦, born 1968-02-15
CHILD_ID = "152222201405010026"  # 萨仁, born 2014-05-01: under 16 for years to come

AGREEMENT = {
    "kind": "police", "facts": "2026年11月20日，双方因院墙边界发生争吵，乙方推倒甲方院墙约5米。",
    "responsibility": "乙方负主要责任。",
    "terms": [{"text": "乙方向甲方赔偿院墙修复费用", "amount": "3万"},
              {"text": "双方今后和睦相处，互不追究"}],
    "performance_method": "现金一次性支付", "performance_place": "高力板派出所调解室",
    "performance_deadline": date(2099, 12, 31),
}


@dataclass
class Station:
    actor: Actor
    grid_id: object
    people: dict[str, object]


@pytest.fixture
def station(sqlite_admin) -> Station:
    actor = sqlite_admin
    town = areas.create_area(actor, "town", "高力板镇")
    village = areas.create_area(actor, "village", "查干陶勒盖嘎查", town.id)
    grid = areas.create_area(actor, "grid", "第1网格", village.id)
    people = {}
    for name, id_number, phone in (("阿拉坦仓", ADULT_ID, "13904821234"), ("巴特尔·额尔敦", ELDER_ID, ""),
                                   ("萨仁", CHILD_ID, ""), ("张三", "", "13800001111")):
        view = service.create_resident(actor, {"name": name, "id_number": id_number, "phone": phone,
                                               "grid_id": grid.id})
        people[name] = view.id
    return Station(actor, grid.id, people)


def new_case(station: Station, names: tuple[str, ...] = ("阿拉坦仓", "巴特尔·额尔敦")) -> CaseDetail:
    return cases.open_case(
        station.actor,
        {"source": "网格员上报", "category": "邻里纠纷", "summary": "两户因院墙边界争吵，要求派出所调解。",
         "reporter_kind": "grid_worker", "reporter_name": "乌兰", "place_area_id": station.grid_id},
        [{"resident_id": station.people[name]} for name in names],
    )


def mark_printed(case: CaseDetail) -> None:
    """What printing records (tests of signing need not build the PDF)."""
    from station_app.mediation.documents import current_agreement_code
    from station_app.mediation.models import Agreement

    Agreement.update(document_sha256="a" * 64, verification_code=current_agreement_code(case)).where(
        Agreement.id == case.agreement.id).execute()


def advance(station: Station, case: CaseDetail, state: str) -> CaseDetail:
    """Move `case` along the main path until it is in `state`."""
    actor = station.actor
    moves = {
        "registered": lambda c: steps.assess_risk(actor, c.id, c.version, ["alcohol"]),
        "assessed": lambda c: steps.record_session(actor, c.id, c.version,
                                                   {"place": "嘎查委员会", "mediators": ["崔鑫龙"],
                                                    "note_taker": "乌兰"}),
        "mediating": lambda c: steps.draft_agreement(actor, c.id, c.version, AGREEMENT),
        "agreed": lambda c: (mark_printed(c), steps.mark_signed(actor, c.id, c.version, local_today()))[1],
        "performing": lambda c: steps.record_follow_up(actor, c.id, c.version,
                                                       {"performed": True, "satisfaction": "满意"}),
        "followed_up": lambda c: steps.close_case(actor, c.id, c.version),
    }
    while case.state != state:
        case = moves[case.state](case)
    return case


@pytest.fixture
def case_in(station):
    def build(state: str, names: tuple[str, ...] = ("阿拉坦仓", "巴特尔·额尔敦")) -> CaseDetail:
        return advance(station, new_case(station, names), state)

    return build


@pytest.fixture
def disputes_page(qtbot, station):
    from ui.mediation.page import DisputesPage

    page = DisputesPage(station.actor)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    return page
