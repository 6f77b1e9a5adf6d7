"""Demo disputes in every workflow state, driven through the real services (so the timeline,
numbers and audit trail are what an officer would produce)."""

from __future__ import annotations

import random
from datetime import timedelta

from station_app.core.actor import Actor
from station_app.core.clock import local_now, local_today
from station_app.core.errors import StationError
from station_app.mediation import cases, steps
from station_app.mediation.documents import current_agreement_code
from station_app.mediation.models import Agreement
from station_app.mediation.vocab import CATEGORIES, RISK_FACTORS, SOURCES
from station_app.residents.search import search_residents

_SUMMARIES = {
    "邻里纠纷": "两户因院墙边界和排水沟发生争吵，一方扬言要动手。",
    "婚姻家庭": "夫妻因外出务工收入分配争吵，妻子回娘家，要求派出所调解。",
    "土地草场": "两户对草场围栏位置有争议，牛羊越界啃食牧草。",
    "山林水利": "上下游两户因灌溉用水先后发生口角。",
    "债权债务": "赊购化肥款 8000 元逾期未还，债权人多次上门催要。",
    "劳资纠纷": "牧场雇工讨要三个月工钱，雇主称工作未完成。",
    "损害赔偿": "饮酒后推搡致对方轻微伤，双方对医药费赔偿有争议。",
    "物业纠纷": "小区物业收取装修保证金，业主认为是乱收费。",
    "交通事故": "三轮车与摩托车在村道剐蹭，双方对修车费有争议。",
    "其他": "网络购物代收快递丢失，双方互相指责。",
}
_PATH = ("assessed", "mediating", "agreed", "performing", "followed_up", "closed")
_TARGETS = (
    "registered",
    "assessed",
    "mediating",
    "agreed",
    "performing",
    "followed_up",
    "closed",
    "failed",
    "withdrawn",
)


def _advance(actor: Actor, case, target: str, rng: random.Random):
    for state in _PATH:
        if case.state == target:
            return case
        if state == "assessed":
            factors = rng.sample(sorted(RISK_FACTORS), rng.randint(0, 3))
            case = steps.assess_risk(actor, case.id, case.version, factors, "现场了解情况后评估")
        elif state == "mediating":
            names = [party.name for party in case.parties]
            case = steps.record_session(
                actor,
                case.id,
                case.version,
                {
                    "place": "嘎查委员会调解室",
                    "mediators": [actor.full_name, "嘎查调解员"],
                    "note_taker": "辅警",
                    "statements": [(name, "陈述了事情经过，希望尽快解决。") for name in names],
                    "outcome": "双方同意协商解决。",
                    "guardians": {
                        party.id: "监护人"
                        for party in case.parties
                        if (party.age_on(local_today()) or 99) < 16
                    },
                },
            )
            if target in ("failed", "withdrawn"):
                break
        elif state == "agreed":
            case = steps.draft_agreement(
                actor,
                case.id,
                case.version,
                {
                    "kind": rng.choice(("police", "people")),
                    "facts": case.row.summary,
                    "responsibility": "双方均有过错，乙方负主要责任。",
                    "terms": [
                        {"text": "乙方向甲方赔礼道歉"},
                        {"text": "乙方赔偿甲方损失", "amount_fen": rng.randint(5, 300) * 10000},
                    ],
                    "performance_method": "现金当面支付",
                    "performance_place": "派出所",
                    "performance_deadline": local_today() + timedelta(days=15),
                    "agreement_date": local_today() - timedelta(days=10),
                },
            )
        elif state == "performing":
            # What printing records (demo data builds no PDFs): the copy to sign is the current one.
            Agreement.update(document_sha256="0" * 64, verification_code=current_agreement_code(case)).where(
                Agreement.id == case.agreement.id
            ).execute()
            case = steps.mark_signed(actor, case.id, case.version, local_today() - timedelta(days=8))
        elif state == "followed_up":
            case = steps.record_follow_up(
                actor,
                case.id,
                case.version,
                {"performed": True, "satisfaction": rng.choice(("满意", "基本满意"))},
            )
        elif state == "closed":
            case = steps.close_case(actor, case.id, case.version)
    if target == "failed":
        case = steps.record_failure(actor, case.id, case.version, "引导向人民法院起诉", "双方要价差距大")
    elif target == "withdrawn" and case.state != "withdrawn":
        case = steps.withdraw_case(actor, case.id, case.version, "当事人自行和解")
    return case


def load_demo_cases(actor: Actor, seed: int, count: int) -> int:
    """`count` disputes spread over every state; parties are picked from the demo residents."""
    rng = random.Random(seed * 31 + 7)
    people = search_residents(actor.home, "", limit=400)
    if len(people) < 2:
        raise StationError("演示案件需要居民：请同时使用 --residents（如 --residents 500）。")
    made = 0
    for index in range(count):
        category = rng.choice(CATEGORIES)
        first, second = rng.sample(people, 2)
        when = local_now() - timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
        case = cases.open_case(
            actor,
            {
                "source": rng.choice(SOURCES),
                "category": category,
                "summary": _SUMMARIES[category],
                "reporter_kind": "official",
                "reporter_name": "嘎查干部",
                "reported_at": when,
                "place_area_id": first.grid_id,
            },
            [{"resident_id": first.id}, {"resident_id": second.id}],
        )
        _advance(actor, case, _TARGETS[index % len(_TARGETS)], rng)
        made += 1
    return made
