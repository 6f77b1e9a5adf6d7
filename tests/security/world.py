"""A small station built through the real services, once per test module: an account of every
role, areas, residents with known ID and mobile numbers, and a record of every kind.

Shared by the permission walk and the privacy scan. `fresh_*` helpers make a new target for a
call that consumes it (a case moved to its next state, an order archived …).
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

from station_app.accounts import permissions
from station_app.accounts.service import create_account
from station_app.core.actor import Actor
from station_app.core.clock import local_now, local_today
from station_app.core.idnumber import make_id_number
from station_app.hotline import orders
from station_app.mediation import cases as mediation_cases
from station_app.mediation import steps
from station_app.mediation.views import CaseDetail
from station_app.patrols import service as patrols
from station_app.patrols import teams
from station_app.residents import areas
from station_app.residents import service as residents
from station_app.restitution import cases as restitution_cases
from station_app.restitution import ledger
from station_app.visits import outreach, visits

PASSWORD = "Station2026"
BUNDLE_PASSWORD = "bundle-password"
_COUNTER = itertools.count(1)


def unique() -> int:
    return next(_COUNTER)


@dataclass(frozen=True)
class Person:
    """A resident whose numbers a scan looks for."""

    name: str
    id_number: str
    phone: str
    id: uuid.UUID


@dataclass
class World:
    admin: Actor
    actors: dict[str, Actor]
    town: uuid.UUID
    village: uuid.UUID
    grid: uuid.UUID
    people: list[Person] = field(default_factory=list)
    team_id: uuid.UUID | None = None
    patrol_id: uuid.UUID | None = None
    order_id: uuid.UUID | None = None
    order_number: str = ""
    case: CaseDetail | None = None
    restitution_id: uuid.UUID | None = None
    restitution_number: str = ""
    visit_id: uuid.UUID | None = None
    event_id: uuid.UUID | None = None
    photo: Path | None = None
    foreign_bundles: list[bytes] = field(default_factory=list)  # another station's, each full and newer

    def person(self, index: int) -> Person:
        return self.people[index]


def new_id_number(index: int) -> str:
    """A valid ID number of 科右中旗 (152222), distinct per index."""
    return make_id_number("152222", date(1940, 1, 1) + timedelta(days=23 * (index % 1000)), 100 + index % 800)


def new_mobile(index: int) -> str:
    return f"139{48_000_000 + index * 7_919:08d}"


def add_person(world: World, name: str, **extra: object) -> Person:
    index = unique()
    number, phone = new_id_number(index), new_mobile(index)
    view = residents.create_resident(world.admin, {
        "name": name, "id_number": number, "phone": phone, "grid_id": world.grid,
        "address": "高力板镇查干陶勒盖嘎查二组", **extra})
    person = Person(name, number, phone, view.id)
    world.people.append(person)
    return person


def build_world(admin: Actor, tmp: Path) -> World:
    actors = {"admin": admin}
    for role in permissions.ROLES:
        if role != "admin":
            info = create_account(admin, f"u{role.replace('_', '')}", f"测试{permissions.role_label(role)}",
                                  role, PASSWORD)
            actors[role] = Actor(info.id, info.username, info.full_name, role, admin.station_id)
    town = areas.create_area(admin, "town", "高力板镇")
    village = areas.create_area(admin, "village", "查干陶勒盖嘎查", town.id)
    grid = areas.create_area(admin, "grid", "第1网格", village.id)
    world = World(admin, actors, town.id, village.id, grid.id)
    for name in ("巴特尔·额尔敦", "乌云其木格", "包音德力格尔", "张三"):
        add_person(world, name)
    world.team_id = teams.create_team(admin, {"name": "红城义警", "kind": "volunteer"}, [
        {"account_id": actors["officer"].user_id, "is_leader": True},
        {"resident_id": world.person(0).id}]).id
    world.patrol_id = fresh_patrol(world).id
    order = fresh_order(world)
    world.order_id, world.order_number = order.id, order.row.order_number
    case = fresh_case(world)
    world.case = steps.assess_risk(admin, case.id, case.version, ["alcohol"])  # a notice needs the level
    restitution = fresh_restitution(world)
    world.restitution_id, world.restitution_number = restitution.id, restitution.row.case_number
    world.visit_id = fresh_visit(world).id
    world.event_id = fresh_event(world).id
    world.photo = tmp / "photo.png"
    world.photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    return world


def fresh_patrol(world: World):
    start = local_now() - timedelta(hours=5)
    return patrols.log_patrol(world.admin, {
        "team_id": world.team_id, "kind": "routine", "started_at": start,
        "ended_at": start + timedelta(hours=2),
        "members": [_member(world, "测试民警")],
        "area_ids": [world.village], "route": "村道—草场围栏"})


def _member(world: World, name: str) -> uuid.UUID:
    team = teams.get_team(world.admin, world.team_id)
    return next(member.id for member in team.members if member.name == name)


def fresh_order(world: World, **details: object):
    values: dict[str, object] = {
        "order_number": f"XA2026{unique():07d}", "caller_name": "白先生",
        "caller_phone": world.person(1).phone,
        "content": "反映小区物业公司乱收费，要求核实。", "category": "物业管理", "working_days": 5,
        "received_at": local_now() - timedelta(hours=1), **details}
    return orders.create_order(world.admin, values)


def fresh_case(world: World, *, first: int = 0, second: int = 3) -> CaseDetail:
    return mediation_cases.open_case(world.admin, {
        "source": "网格员上报", "category": "邻里纠纷", "summary": "两户因院墙边界争吵，要求派出所调解。",
        "reporter_kind": "official", "reporter_name": "铁明"},
        [{"resident_id": world.person(first).id}, {"resident_id": world.person(second).id}])


AGREEMENT = {
    "kind": "police", "facts": "2026年11月20日，双方因院墙边界发生争吵。",
    "responsibility": "乙方负主要责任。",
    "terms": [{"text": "乙方向甲方赔偿损失", "amount": "3000"}, {"text": "双方今后和睦相处"}],
    "performance_method": "现金一次性支付", "performance_place": "高力板派出所",
    "performance_deadline": date(2099, 12, 31),
}


def case_at(world: World, state: str) -> CaseDetail:
    """A new case moved along the workflow to `state` (registered … closed)."""
    admin, case = world.admin, fresh_case(world)
    path = ["assessed", "mediating", "agreed", "performing", "followed_up", "closed"]
    moves = {
        "assessed": lambda c: steps.assess_risk(admin, c.id, c.version, ["alcohol"]),
        "mediating": lambda c: steps.record_session(admin, c.id, c.version, {
            "place": "嘎查委员会", "mediators": ["崔鑫龙"], "note_taker": "赵敏",
            "statements": [["巴特尔·额尔敦", "他家的牛羊多次进入我家草场。"]],
            "facts_verified": "双方对事实无异议。", "outcome": "双方达成调解协议。"}),
        "agreed": lambda c: steps.draft_agreement(admin, c.id, c.version, AGREEMENT),
        "performing": lambda c: _signed(world, c),
        "followed_up": lambda c: _closing().record_follow_up(
            admin, c.id, c.version, {"performed": True, "satisfaction": "满意"}),
        "closed": lambda c: _closing().close_case(admin, c.id, c.version),
    }
    for reached in path:
        if case.state == state:
            break
        case = moves[reached](case)
    assert case.state == state, (case.state, state)
    return case


def _closing() -> ModuleType:
    # Imported late: mediation.closing imported first (before mediation.cases) is a circular import.
    from station_app.mediation import closing

    return closing


def _signed(world: World, case: CaseDetail) -> CaseDetail:
    """Signed, as far as a setup needs: what printing records is written directly (printing
    itself is probed on its own), then the real mark_signed."""
    from station_app.mediation.documents import current_agreement_code
    from station_app.mediation.models import Agreement

    Agreement.update(document_sha256="a" * 64, verification_code=current_agreement_code(case)).where(
        Agreement.id == case.agreement.id).execute()
    return _closing().mark_signed(world.admin, case.id, case.version, local_today())


def fresh_restitution(world: World):
    case = restitution_cases.open_case(world.admin, {
        "case_type": "电信网络诈骗", "summary": "网上以“卖车收取定金”为名诱骗付款后消失", "suspects": "包某"})
    for name, amount in (("王建国", "2,800"), ("李秀英", "3,000")):
        case = ledger.add_victim(world.admin, case.id, case.version,
                                 {"name": name, "place": "山东省聊城市东昌府区", "amount_lost": amount})
    return ledger.add_recovery(world.admin, case.id, case.version,
                               {"amount": "5,000", "source": "犯罪嫌疑人退赔"})


def fresh_visit(world: World, finding: bool = True):
    return visits.record_visit(world.admin, {
        "officer_id": world.actors["officer"].user_id, "visited_on": local_today() - timedelta(days=1),
        "publicity_topics": ["反电诈"], "materials_count": 3},
        [{"resident_id": world.person(2).id, "household": ""}],
        [{"kind": "dispute", "description": "与邻居因院墙边界争吵。", "resident_id": world.person(2).id}]
        if finding else [])


def fresh_event(world: World):
    return outreach.record_event(world.admin, {
        "held_on": local_today() - timedelta(days=2), "place_area_id": world.village,
        "place_text": "嘎查委员会院内", "audience": 80, "topics": ["反电诈"],
        "officer_id": world.actors["officer"].user_id})
