"""Demo restitution cases, driven through the real services (numbers, balances, audit trail and
receipt sheets are what an officer would produce).

1. The seed report's case: online fraud "卖车收取定金", suspect 包某, 12 victims in 山东省聊城市,
   呼和浩特市, 通辽市, 乌兰浩特市 …, 3万余元, all recovered and returned at one 集中返赃 event.
2. A theft of cattle sold on: part of the money recovered, one victim paid in full, one in part,
   one still waiting (partial returns).
3. A "刷单返利" fraud with nothing recovered yet.
Longer spans (weeks > 4) add one small case per further four weeks, so every week of the
weekly report has figures. Everything is dated inside the last `weeks` weeks, never in the future.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.core.errors import StationError
from station_app.demo.people import generate_people
from station_app.residents.search import search_residents
from station_app.restitution import cases, events, ledger
from station_app.restitution.models import RestitutionCase
from station_app.restitution.receipt import event_receipt_pdf
from station_app.restitution.views import CaseDetail

SEED_PLACES = (
    "山东省聊城市东昌府区", "山东省聊城市临清市", "山东省聊城市茌平区",
    "内蒙古呼和浩特市赛罕区", "内蒙古呼和浩特市新城区", "内蒙古呼和浩特市玉泉区",
    "内蒙古通辽市科尔沁区", "内蒙古通辽市开鲁县", "内蒙古通辽市霍林郭勒市",
    "内蒙古兴安盟乌兰浩特市", "内蒙古兴安盟乌兰浩特市", "内蒙古兴安盟科右中旗",
)
SEED_SUMMARY = "网上以“卖车收取定金”为名，诱骗二手车商线上付款后消失"
SEED_DESCRIPTION = (
    "2月6日至2月10日，辖区多名二手车商报警称，有人在网上以“卖车收取定金”的方式"
    "诱骗受害人线上付款后消失无踪。经侦查锁定并抓获犯罪嫌疑人包某，经深挖扩线，"
    "查证其骗取12名分布在山东省聊城市，内蒙古呼和浩特市、通辽市、乌兰浩特市等地的受害人，"
    "涉案金额3万余元，已全部追回。"
)
NO_FONT = "本机没有可用的中文字体，无法打印签收单，改为逐笔登记"
EXTRA_KINDS = (("电信网络诈骗", "冒充客服以“退款理赔”为名诈骗", "冻结账户返还"),
               ("盗窃", "夜间盗窃农用三轮车电瓶后变卖", "追缴变卖所得"),
               ("诈骗", "以“代办低保”为名收取好处费", "犯罪嫌疑人退赔"),
               ("侵占", "代收牛羊款后拒不交还", "亲属代为退赔"))


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0))


def _reference(seed: int, year: int) -> str:
    return f"科右中旗公(刑)立字〔{year}〕{100 + seed % 900}号"


def load_demo_restitution(actor: Actor, seed: int, weeks: int) -> int:
    """Add the demo restitution cases for the last `weeks` weeks; returns how many were created.
    Running it again with the same seed adds nothing (the seed case's reference is looked up)."""
    permissions.require(actor, "demo.load")
    rng = random.Random(seed * 7_919 + 5)
    today = local_today()
    span = max(weeks, 1) * 7
    start = today - timedelta(days=span - 1)
    reference = _reference(seed, start.year)
    if RestitutionCase.select().where((RestitutionCase.station == actor.station_id)
                                      & (RestitutionCase.reference == reference)).exists():
        return 0
    created = [_seed_case(actor, rng, start, span, reference), _theft_case(actor, rng, start, span),
               _unrecovered_case(actor, rng, start, span)]
    for index in range(min(max(weeks - 4, 0) // 4, 10)):
        created.append(_small_case(actor, rng, start + timedelta(days=28 + index * 28), today, index))
    return len(created)


def _day(start: date, span: int, fraction: float) -> date:
    """A day `fraction` of the way through the span (0 = its first day, 1 = today)."""
    return start + timedelta(days=round((span - 1) * fraction))


def _with_victims(actor: Actor, case: CaseDetail, victims: list[dict[str, object]]) -> CaseDetail:
    for victim in victims:
        case = ledger.add_victim(actor, case.id, case.version, victim)
    return case


def _seed_case(actor: Actor, rng: random.Random, start: date, span: int, reference: str) -> CaseDetail:
    case = cases.open_case(actor, {
        "case_type": "电信网络诈骗", "summary": SEED_SUMMARY, "description": SEED_DESCRIPTION,
        "suspects": ["包某"], "reference": reference, "registered_at": _at(start, 9),
    })
    names = [person.name for person in generate_people(rng.randrange(10**6), 12)]
    victims = [{"name": name, "place": place, "amount_lost": rng.randint(26, 32) * 10_000}
               for name, place in zip(names, SEED_PLACES, strict=True)]
    case = _with_victims(actor, case, victims)
    case = ledger.add_recovery(actor, case.id, case.version, {
        "recovered_on": _day(start, span, 0.3), "amount": case.totals.lost, "source": "犯罪嫌疑人退赔",
        "note": "包某家属代为全额退赔"})
    held_on = _day(start, span, 0.45)
    return _hand_back(actor, case, held_on, "派出所一楼会议室", actor.full_name)


def _hand_back(actor: Actor, case: CaseDetail, held_on: date, place: str, officer: str) -> CaseDetail:
    """A 集中返赃 of every suggested amount; without a usable CJK font (no receipt can be printed)
    the same money is recorded as single returns instead."""
    lines = [{"victim_id": line.victim_id, "amount": line.suggested}
             for line in events.event_lines(actor, case.id) if line.suggested]
    if not lines:
        return case
    case, event_id = events.plan_event(actor, case.id, case.version,
                                       {"held_on": held_on, "place": place, "handed_over_by": officer}, lines)
    try:
        event_receipt_pdf(actor, case.id, event_id)
    except StationError:
        case = events.cancel_event(actor, case.id, case.version, event_id, NO_FONT)
        for line in lines:
            case = ledger.record_return(actor, case.id, case.version, {
                **line, "returned_on": held_on, "handed_over_by": officer, "receipt_signed": True})
        return case
    case = cases.get_case(actor, case.id)
    return events.complete_event(actor, case.id, case.version, event_id)


def _residents(actor: Actor, rng: random.Random, count: int) -> list:
    """Some registered residents to be victims, when the demo has residents at all."""
    found = search_residents(actor.home, "", limit=50)
    return rng.sample(found, min(count, len(found)))


def _theft_case(actor: Actor, rng: random.Random, start: date, span: int) -> CaseDetail:
    case = cases.open_case(actor, {
        "case_type": "盗窃", "summary": "夜间盗窃牧民牛只后跨旗变卖", "suspects": "李某某、王某",
        "description": "犯罪嫌疑人夜间从草场盗走牛只，运至外旗县变卖，已抓获，部分变卖款被追缴。",
        "registered_at": _at(_day(start, span, 0.2), 15),
    })
    people = [{"resident_id": r.id} for r in _residents(actor, rng, 2)]
    people += [{"name": "吉日嘎拉", "place": "科右中旗高力板镇查干陶勒盖嘎查"},
               {"name": "白音仓", "place": "科右中旗高力板镇五家子嘎查"}][: 3 - len(people)]
    losses = (1_850_000, 1_260_000, 980_000)
    case = _with_victims(actor, case, [{**person, "amount_lost": lost} for person, lost in zip(people, losses,
                                                                                               strict=False)])
    case = ledger.add_recovery(actor, case.id, case.version, {
        "recovered_on": _day(start, span, 0.5), "amount": 2_400_000, "source": "追缴变卖所得"})
    first, second = case.victims[0], case.victims[1]
    case = ledger.record_return(actor, case.id, case.version, {
        "victim_id": first.id, "amount": first.lost, "returned_on": _day(start, span, 0.6),
        "handed_over_by": actor.full_name, "receipt_signed": True})
    return ledger.record_return(actor, case.id, case.version, {
        "victim_id": second.id, "amount": 400_000, "returned_on": _day(start, span, 0.8),
        "handed_over_by": actor.full_name, "receipt_signed": True})


def _unrecovered_case(actor: Actor, rng: random.Random, start: date, span: int) -> CaseDetail:
    case = cases.open_case(actor, {
        "case_type": "电信网络诈骗", "summary": "以“刷单返利”为名诱骗垫付资金", "suspects": "（身份待查）",
        "registered_at": _at(_day(start, span, 0.9), 11),
    })
    names = [person.name for person in generate_people(rng.randrange(10**6), 2)]
    return _with_victims(actor, case, [
        {"name": names[0], "place": "科右中旗巴彦呼舒镇", "amount_lost": "1.28万"},
        {"name": names[1], "place": "乌兰浩特市和平街道", "amount_lost": "5,600"},
    ])


def _small_case(actor: Actor, rng: random.Random, day: date, today: date, index: int) -> CaseDetail:
    case_type, summary, source = EXTRA_KINDS[index % len(EXTRA_KINDS)]
    case = cases.open_case(actor, {"case_type": case_type, "summary": summary, "suspects": "张某",
                                   "registered_at": _at(day, 14)})
    person = generate_people(rng.randrange(10**6), 1)[0]
    lost = rng.randint(8, 60) * 10_000
    case = _with_victims(actor, case, [{"name": person.name, "place": "科右中旗", "amount_lost": lost}])
    recovered_on = min(day + timedelta(days=rng.randint(2, 10)), today)
    recovered = lost if rng.random() < 0.6 else lost // 2
    case = ledger.add_recovery(actor, case.id, case.version,
                               {"recovered_on": recovered_on, "amount": recovered, "source": source})
    return ledger.record_return(actor, case.id, case.version, {
        "victim_id": case.victims[0].id, "amount": recovered,
        "returned_on": min(recovered_on + timedelta(days=rng.randint(1, 7)), today), "receipt_signed": True})
