"""Demo patrol teams and a few weeks of patrols, driven through the real services.

Teams from the seed report (红城义警, 雪城义警, 神山义警, 红枫巡防队) plus the station's own police
patrol and a border team, with resident volunteers and the station's accounts. Patrols of every
kind, night patrols across midnight, patrols in snow and -30 ℃, findings (some disputes, which
open mediation cases), one patrol under way and one left open since yesterday (the dashboard
shows it). Everything comes from a `random.Random(seed)`: the same seed gives the same teams and
the same kinds of patrols; a week a team already has patrols in is not filled again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from station_app.accounts.models import Account
from station_app.core.actor import Actor
from station_app.core.clock import from_local, local_now
from station_app.core.errors import StationError
from station_app.patrols import findings, service, teams
from station_app.patrols.models import Patrol
from station_app.patrols.views import TeamView
from station_app.residents.models import Area
from station_app.residents.search import search_residents


@dataclass(frozen=True)
class _TeamPlan:
    name: str
    kind: str
    volunteers: int  # resident members
    accounts: int  # officers / auxiliaries
    per_week: int
    kinds: tuple[str, ...]
    routes: tuple[str, ...]
    vehicles: tuple[str, ...]
    note: str


PLANS = (
    _TeamPlan("高力板派出所巡逻队", "police", 0, 4, 5, ("routine", "night", "night", "peak", "holiday"),
              ("S203省道高力板段—集贸市场—镇中心", "镇区主街—银行网点—学校周边", "高力板嘎查—五家子嘎查村道"),
              ("警车 蒙G·J0152", "警车 蒙G·J0152、巡逻摩托1辆"), "所内民警、辅警日常巡逻"),
    _TeamPlan("红城义警", "volunteer", 8, 1, 3, ("routine", "night", "night", "school", "peak"),
              ("查干陶勒盖嘎查—高力板嘎查", "嘎查文化广场—卫生室—小卖部", "学校门口—校车停靠点"),
              ("步巡", "私家车1辆", "步巡、电动车2辆"), "“红城义警”群防群治队伍，驻村民警联络"),
    _TeamPlan("雪城义警", "volunteer", 6, 0, 2, ("night", "night", "routine", "peak"),
              ("义和道卜嘎查村道", "草场围栏—饮水井—羊圈", "牧点之间的砂石路"),
              ("摩托车2辆", "雪地摩托1辆", "步巡"), "冬季冒雪巡逻为主"),
    _TeamPlan("神山义警", "volunteer", 6, 0, 2, ("routine", "school", "holiday"),
              ("巴仁太本嘎查—敖包山", "小学—幼儿园—村部", "林带防火道"),
              ("步巡", "私家车1辆"), "“神山义警”护林、护学"),
    _TeamPlan("红枫巡防队", "joint", 5, 1, 2, ("night", "peak", "holiday"),
              ("镇区夜市—网吧—KTV", "集贸市场—汽车站", "居民小区—广场"),
              ("巡逻车1辆", "步巡"), "警民联合巡防：辅警带队，商户和居民参加"),
    _TeamPlan("边境联防巡逻队", "border", 4, 1, 2, ("border",),
              ("边境线3号—7号界桩", "边防路—牧户点—哨所", "界河沿线冰面"),
              ("边防巡逻车", "马队4骑", "雪地摩托2辆"), "护边员与民警联合巡边"),
)
_WINTER_WEATHER = (("雪",), ("雪", "大风"), ("晴", "严寒"), ("暴雪",), ("多云",), ("大风",), ("晴",))
_SUMMER_WEATHER = (("晴",), ("多云",), ("雨",), ("大风",), ("阴",))
_FINDINGS = {
    "hazard": ("村道积雪结冰，坡陡易滑，已通知嘎查撒融雪剂", "废弃机井未封盖，已设警示并报镇政府",
               "商户门前私拉电线取暖，当场劝改"),
    "opinion": ("牧民反映冬季饮水井冻住，希望协调", "村民反映夜间路灯不亮，已转嘎查委员会",
                "群众反映有陌生人上门推销“保健品”，已提醒老人防骗"),
    "help": ("与牧民一起救助被围栏缠住的狍子，已放归", "帮助陷入雪窝的车辆脱困", "送迷路老人回家"),
    "dispute": ("两户因草场围栏位置争吵，一方扬言要拆围栏", "邻居因院外堆放柴草发生口角",
                "饮酒后两人在小卖部门口推搡"),
}
_CATEGORIES = {"两户因草场围栏位置争吵，一方扬言要拆围栏": "土地草场",
               "邻居因院外堆放柴草发生口角": "邻里纠纷", "饮酒后两人在小卖部门口推搡": "损害赔偿"}
_START_HOURS = {"routine": (9, 15), "night": (20, 23), "peak": (10, 17), "border": (8, 13),
                "school": (7, 7), "holiday": (9, 19)}
_HOURS = {"routine": (2, 4), "night": (3, 7), "peak": (2, 3), "border": (5, 9), "school": (1, 1),
          "holiday": (3, 6)}


def _ensure_teams(actor: Actor, rng: random.Random) -> list[TeamView]:
    existing = {team.name: team for team in teams.list_teams(actor)}
    people = search_residents(actor.home, "", limit=400)
    staff = [row.id for row in Account.select(Account.id).where(
        (Account.station == actor.station_id) & Account.role.in_(("chief", "officer", "auxiliary"))
        & (Account.is_active == True)).order_by(Account.username)]  # noqa: E712
    needed = sum(plan.volunteers for plan in PLANS)
    if len(people) < needed or not staff:
        raise StationError(f"演示巡逻需要至少 {needed} 位居民和民警/辅警账户："
                           "请同时使用 --residents（如 --residents 500）并载入演示账户。")
    volunteers = rng.sample(people, needed)
    made = []
    for plan in PLANS:
        mine, volunteers = volunteers[: plan.volunteers], volunteers[plan.volunteers:]
        accounts = rng.sample(staff, min(plan.accounts, len(staff)))
        if plan.name in existing:
            made.append(existing[plan.name])
            continue
        # a volunteer leads a volunteer team (its officer is the liaison); an officer leads the others
        members = [{"account_id": account} for account in accounts]
        residents = [{"resident_id": person.id} for person in mine]
        members = residents + members if plan.kind == "volunteer" else members + residents
        members[0]["is_leader"] = True
        made.append(teams.create_team(actor, {"name": plan.name, "kind": plan.kind, "note": plan.note},
                                      members))
    return made


def _weather(rng: random.Random, when: datetime) -> tuple[tuple[str, ...], int]:
    if when.month in (11, 12, 1, 2, 3):
        return rng.choice(_WINTER_WEATHER), rng.randint(-32, -6)
    return rng.choice(_SUMMER_WEATHER), rng.randint(8, 30)


def _has_patrols(team: TeamView, start: datetime, end: datetime) -> bool:
    return Patrol.select().where((Patrol.team == team.id) & (Patrol.started_at >= from_local(start))
                                 & (Patrol.started_at < from_local(end))).exists()


def _add_finding(actor: Actor, rng: random.Random, patrol, start: datetime, hours: float,  # noqa: ANN001
                 people: list) -> bool:
    kind = rng.choice(("hazard", "hazard", "opinion", "opinion", "help", "dispute"))
    description = rng.choice(_FINDINGS[kind])
    details = {"kind": kind, "description": description,
               "found_at": start + timedelta(minutes=rng.randint(10, max(11, int(hours * 60) - 10))),
               "place_area_id": patrol.areas[0][0] if patrol.areas else None,
               "people_helped": rng.randint(1, 3) if kind == "help" else 0,
               "handling": "现场劝解，已登记转调解" if kind == "dispute" else "已现场处置"}
    parties = []
    if kind == "dispute":
        details["category"] = _CATEGORIES[description]
        parties = [{"resident_id": person.id} for person in rng.sample(people, 2)]
    findings.add_finding(actor, patrol.id, details, parties)
    return kind == "dispute"


def load_demo_patrols(actor: Actor, seed: int, weeks: int) -> int:
    """Teams (made once) and `weeks` weeks of patrols up to now; returns how many patrols were added."""
    rng = random.Random(seed * 131 + 17)
    team_views = _ensure_teams(actor, rng)
    villages = [row.id for row in Area.select(Area.id).where(
        (Area.station == actor.station_id) & (Area.kind == "village")).order_by(Area.name)]
    people = search_residents(actor.home, "", limit=200)
    now = local_now()
    monday = datetime(now.year, now.month, now.day) - timedelta(days=now.weekday())
    added = 0
    for back in range(weeks):
        week_start = monday - timedelta(weeks=back)
        for plan, team in zip(PLANS, team_views, strict=True):
            fill = not _has_patrols(team, week_start, week_start + timedelta(weeks=1))
            for _ in range(plan.per_week):
                kind = rng.choice(plan.kinds)
                low, high = _START_HOURS[kind]
                start = week_start + timedelta(days=rng.randint(0, 6), hours=rng.randint(low, high),
                                               minutes=rng.choice((0, 15, 30, 45)))
                hours = rng.randint(*_HOURS[kind]) + rng.choice((0, 0.5))
                end = start + timedelta(hours=hours)
                weather, temperature = _weather(rng, start)
                members = team.active_members
                chosen = rng.sample(members, max(1, min(len(members), rng.randint(2, 5))))
                if team.leader is not None and team.leader not in chosen:
                    chosen[0] = team.leader
                details = {"team_id": team.id, "kind": kind, "started_at": start, "ended_at": end,
                           "members": [member.id for member in chosen], "route": rng.choice(plan.routes),
                           "area_ids": rng.sample(villages, min(len(villages), rng.randint(1, 2))),
                           "weather": list(weather), "temperature_c": temperature,
                           "vehicles": rng.choice(plan.vehicles),
                           "distance_km": round(rng.uniform(3, 40 if kind == "border" else 20), 1)}
                wants_finding = rng.random() < 0.45
                if not fill or end > now - timedelta(minutes=30):
                    continue
                patrol = service.log_patrol(actor, details)
                added += 1
                if wants_finding:
                    _add_finding(actor, rng, patrol, start, hours, people)
    return added + _under_way(actor, rng, team_views, villages)


def _under_way(actor: Actor, rng: random.Random, team_views: list[TeamView], villages: list) -> int:
    """One patrol out now and one left open since yesterday (a forgotten 结束巡逻)."""
    added = 0
    now = local_now()
    for team, hours_ago in ((team_views[0], 1), (team_views[1], 14)):
        start = now - timedelta(hours=hours_ago, minutes=rng.choice((0, 20, 40)))
        if Patrol.select().where((Patrol.team == team.id) & Patrol.ended_at.is_null()).exists():
            continue
        service.start_patrol(actor, {
            "team_id": team.id, "started_at": start,
            "members": [member.id for member in team.active_members[:3]],
            "area_ids": villages[:1], "route": "镇区—嘎查村道", "weather": ["雪"], "temperature_c": -18,
            "vehicles": "警车 蒙G·J0152"})
        added += 1
    return added

