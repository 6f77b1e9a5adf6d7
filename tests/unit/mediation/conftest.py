"""A case in any workflow state, built through the real services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.mediation import cases, steps
from station_app.mediation.views import CaseDetail

VALID_ID_A = "152222199001011233"
VALID_ID_B = "11010519491231002X"

AGREEMENT = {
    "kind": "police",
    "facts": "2026年11月20日，双方因院墙边界发生争吵。",
    "responsibility": "乙方负主要责任。",
    "terms": [{"text": "乙方向甲方赔偿损失", "amount": "3万"}, {"text": "双方今后和睦相处"}],
    "performance_method": "现金一次性支付",
    "performance_place": "高力板派出所",
    "performance_deadline": date(2099, 12, 31),
}


def new_case(actor: Actor, **details) -> CaseDetail:
    return cases.open_case(
        actor,
        {
            "source": "网格员上报",
            "category": "邻里纠纷",
            "summary": "两户因院墙边界争吵，要求派出所调解。",
            "reporter_kind": "official",
            "reporter_name": "铁明",
            **details,
        },
        [
            {"resident": {"name": "包音德力格尔", "id_number": VALID_ID_A, "phone": "13912345678"}},
            {"resident": {"name": "张三", "id_number": VALID_ID_B}},
        ],
    )


def mark_printed(case: CaseDetail) -> None:
    """What printing records (the documents layer is tested on its own)."""
    from station_app.mediation.documents import current_agreement_code
    from station_app.mediation.models import Agreement

    Agreement.update(document_sha256="a" * 64, verification_code=current_agreement_code(case)).where(
        Agreement.id == case.agreement.id
    ).execute()


PATH: list[tuple[str, Callable[[Actor, CaseDetail], CaseDetail]]] = [
    ("assessed", lambda a, c: steps.assess_risk(a, c.id, c.version, ["alcohol"])),
    (
        "mediating",
        lambda a, c: steps.record_session(
            a, c.id, c.version, {"place": "嘎查委员会", "mediators": ["崔鑫龙"]}
        ),
    ),
    ("agreed", lambda a, c: steps.draft_agreement(a, c.id, c.version, AGREEMENT)),
    (
        "performing",
        lambda a, c: (mark_printed(c), steps.mark_signed(a, c.id, c.version + 0, local_today()))[1],
    ),
    (
        "followed_up",
        lambda a, c: steps.record_follow_up(a, c.id, c.version, {"performed": True, "satisfaction": "满意"}),
    ),
    ("closed", lambda a, c: steps.close_case(a, c.id, c.version)),
]
SIDE: dict[str, tuple[str, Callable[[Actor, CaseDetail], CaseDetail]]] = {
    "failed": (
        "mediating",
        lambda a, c: steps.record_failure(a, c.id, c.version, "引导向人民法院起诉", "双方分歧大"),
    ),
    "withdrawn": ("assessed", lambda a, c: steps.withdraw_case(a, c.id, c.version, "当事人自行和解")),
    "not_mediable": ("registered", lambda a, c: steps.mark_not_mediable(a, c.id, c.version, "涉嫌寻衅滋事")),
}


def case_in_state(actor: Actor, state: str) -> CaseDetail:
    case = new_case(actor)
    target, side = (SIDE[state][0], SIDE[state][1]) if state in SIDE else (state, None)
    for reached, move in PATH:
        if case.state == target:
            break
        case = move(actor, case)
        assert case.state == reached
    if side is not None:
        case = side(actor, case)
    assert case.state == state
    return case


@pytest.fixture
def in_state(sqlite_admin):
    return lambda state: case_in_state(sqlite_admin, state)
