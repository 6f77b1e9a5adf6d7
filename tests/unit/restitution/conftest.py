"""Restitution cases built through the real services: the seed report's fraud case and helpers."""

from __future__ import annotations

from datetime import date

from station_app.core.actor import Actor
from station_app.restitution import cases, events, ledger
from station_app.restitution.views import CaseDetail

# The seed report: 12 victims of "卖车收取定金" fraud, 3万余元, all recovered (amounts invented).
SEED_VICTIMS = [
    ("王建国", "山东省聊城市东昌府区", "2,800"),
    ("李秀英", "山东省聊城市临清市", "3,000"),
    ("张伟", "内蒙古呼和浩特市赛罕区", "2,500"),
    ("巴特尔·额尔敦", "内蒙古通辽市科尔沁区", "2,600"),
    ("刘洋", "内蒙古乌兰浩特市", "2,400"),
    ("陈静", "内蒙古呼和浩特市新城区", "2,200"),
    ("乌云其木格", "内蒙古通辽市开鲁县", "2,700"),
    ("赵磊", "内蒙古乌兰浩特市", "2,300"),
    ("孙丽", "山东省聊城市阳谷县", "2,900"),
    ("周𠮷祥", "内蒙古赤峰市", "2,500"),
    ("吴刚", "内蒙古兴安盟科右前旗", "2,650"),
    ("郑海峰", "吉林省白城市", "2,550"),
]
SEED_TOTAL_FEN = 3_110_000  # 31,100 元


def new_case(actor: Actor, **details) -> CaseDetail:
    return cases.open_case(actor, {
        "case_type": "电信网络诈骗",
        "summary": "网上以“卖车收取定金”为名诱骗付款后消失",
        "description": "2月6日至2月10日，多名二手车商报警。",
        "suspects": "包某",
        **details,
    })


def with_victims(actor: Actor, victims=SEED_VICTIMS[:3], **details) -> CaseDetail:
    case = new_case(actor, **details)
    for name, place, amount in victims:
        details = {"name": name, "place": place, "amount_lost": amount}
        case = ledger.add_victim(actor, case.id, case.version, details)
    return case


def recover(actor: Actor, case: CaseDetail, amount: str, day: date | None = None) -> CaseDetail:
    return ledger.add_recovery(actor, case.id, case.version,
                               {"amount": amount, "source": "犯罪嫌疑人退赔", "recovered_on": day})


def give_back(actor: Actor, case: CaseDetail, victim_index: int, amount: str, **extra) -> CaseDetail:
    return ledger.record_return(actor, case.id, case.version,
                                {"victim_id": case.victims[victim_index].id, "amount": amount, **extra})


def planned(actor: Actor, case: CaseDetail,
            amounts: dict[int, str] | None = None) -> tuple[CaseDetail, object]:
    """An event with the suggested amounts (or `amounts` by victim index)."""
    lines = events.event_lines(actor, case.id)
    chosen = [{"victim_id": line.victim_id, "amount": line.suggested} for line in lines if line.suggested]
    if amounts is not None:
        chosen = [{"victim_id": case.victims[i].id, "amount": amount} for i, amount in amounts.items()]
    return events.plan_event(actor, case.id, case.version,
                             {"place": "高力板派出所会议室", "handed_over_by": "崔鑫龙"}, chosen)
