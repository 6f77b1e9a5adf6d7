"""Demo visits and outreach over the last weeks, driven through the real services: several
officers visiting households (百万警进千万家) with findings, a couple of dispute findings that
opened cases (source 走访排查), and 普法宣传 events — 反电诈 in a 嘎查, 禁毒 at a school, 交通安全
on a market day — each with a photo."""

from __future__ import annotations

import json
import random
import struct
import tempfile
import zlib
from datetime import date, timedelta
from pathlib import Path

from station_app.accounts import permissions
from station_app.accounts.models import Account
from station_app.audit import chain as audit
from station_app.audit.models import AuditEntry
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.core.db import tuples
from station_app.residents.models import Area, Resident
from station_app.visits import findings, outreach, visits

_FINDINGS: dict[str, tuple[str, ...]] = {
    "hazard": ("院内私拉电线给电动车充电，已当场提醒整改。",
               "冬季烧煤取暖，烟道未清理，提醒防范一氧化碳中毒。",
               "草垛紧挨住房，提醒移至安全距离防火。"),
    "opinion": ("反映村道夜间无路灯，群众出行不便。", "反映近期有陌生人收购旧手机，行踪可疑。",
                "希望派出所多组织冬季巡逻。"),
    "hardship": ("独居老人，子女在外务工，冬季取暖困难，已联系嘎查委员会帮扶。",
                 "家中有残疾人，行动不便，需上门办理身份证。"),
    "clue": ("反映邻村有人接到冒充公检法电话，已提醒不要转账。",),
}
_DISPUTES: tuple[tuple[str, str], ...] = (
    ("与邻居因院墙和排水沟边界发生争吵，双方情绪激动。", "邻里纠纷"),
    ("与邻户对草场围栏位置有争议，牛羊越界啃食牧草。", "土地草场"),
    ("赊购化肥款逾期未还，债权人多次上门催要。", "债权债务"),
)
_EVENTS: tuple[tuple[tuple[str, ...], str, int], ...] = (
    (("反电诈", "防范养老诈骗"), "village", 80),  # in a 嘎查: the village committee courtyard
    (("禁毒", "校园安全"), "高力板镇中学操场", 420),
    (("交通安全",), "高力板镇集市（逢五大集）", 260),
    (("民法典",), "village", 45),
    (("防溺水", "交通安全"), "高力板镇中心小学", 380),
    (("扫黑除恶", "反电诈"), "village", 60),
)
_NOTES = ("", "登记家庭成员变动情况，留下警民联系卡。", "宣传“百万警进千万家”，听取意见建议。")
_OFFICER_ROLES = ("chief", "officer", "auxiliary")
_MARKER = "demo.visits"


def _photo(path: Path, rng: random.Random) -> Path:
    """A small striped PNG standing in for a phone photo (no imaging library in the core)."""
    width, height = 160, 120
    colours = [bytes(rng.randrange(80, 230) for _ in range(3)) for _ in range(4)]
    rows = b"".join(b"\x00" + colours[(y // 30) % 4] * width for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
                     + chunk(b"IEND", b""))
    return path


def _already_loaded(seed: int) -> bool:
    for (changes,) in tuples(AuditEntry.select(AuditEntry.changes).where(AuditEntry.action == _MARKER)):
        if json.loads(changes).get("extra", {}).get("seed") == seed:
            return True
    return False


def _households(actor: Actor, rng: random.Random) -> list[list[Resident]]:
    """Residents grouped into plausible households: 1-4 people of one grid."""
    by_grid: dict[str, list[Resident]] = {}
    query = (Resident.select(Resident.id, Resident.name, Resident.grid, Resident.household)
             .where((Resident.station == actor.station_id) & Resident.merged_into.is_null())
             # name and ID number, not the random UUID: the same seed gives the same visits
             .order_by(Resident.name, Resident.id_number).limit(3000))
    for resident in query:
        by_grid.setdefault(str(resident.grid_id), []).append(resident)
    groups: list[list[Resident]] = []
    for people in by_grid.values():
        rng.shuffle(people)
        while people:
            size = min(len(people), rng.choice((1, 2, 2, 3, 3, 4)))
            groups.append([people.pop() for _ in range(size)])
    rng.shuffle(groups)
    return groups


def load_demo_visits(actor: Actor, seed: int, weeks: int) -> int:
    """Visits and events over the last `weeks` weeks; returns how many records were made.

    Needs residents (loads 300 demo residents if the register is empty). The same seed twice
    adds nothing the second time.
    """
    permissions.require(actor, "demo.load")
    if weeks <= 0 or _already_loaded(seed):
        return 0
    if not Resident.select().where(Resident.station == actor.station_id).exists():
        from station_app.demo.loader import load_demo_residents

        load_demo_residents(actor, seed, 300)
    rng = random.Random(seed * 101 + 5)
    officers = list(Account.select().where((Account.station == actor.station_id) & Account.is_active
                                           & Account.role.in_(_OFFICER_ROLES)).order_by(Account.username))
    officers = officers or list(Account.select().where(Account.station == actor.station_id).limit(1))
    groups = _households(actor, rng)
    today = local_today()
    made, disputes = 0, 0
    for week in range(weeks):
        monday = today - timedelta(days=today.weekday() + 7 * week)
        for officer in officers[:4]:
            # A week so far (this one) gets a visit per officer per day gone by, at most three.
            for _ in range(min(rng.randint(2, 3), (today - monday).days + 1)):
                if len(groups) < 2:
                    break
                day = monday + timedelta(days=rng.randint(0, min(6, (today - monday).days)))
                seen = [groups.pop(), *([groups.pop()] if rng.random() < 0.4 else [])]
                made += _visit(actor, officer, day, seen, rng, open_dispute=disputes < 3)
                disputes = _count_disputes(actor)
    made += _events(actor, officers, today, weeks, rng)
    audit.record(actor, _MARKER, "visit", "", extra={"seed": seed, "weeks": weeks, "created": made})
    return made


def _count_disputes(actor: Actor) -> int:
    from station_app.visits.models import VisitFinding

    return VisitFinding.select().where((VisitFinding.station == actor.station_id)
                                       & (VisitFinding.kind == "dispute")).count()


def _visit(actor: Actor, officer: Account, day: date, households: list[list[Resident]], rng: random.Random,
           open_dispute: bool) -> int:
    people = [{"resident_id": person.id, "household": person.household or f"{group[0].name}户"}
              for group in households for person in group]
    found = []
    if rng.random() < 0.45:
        kind = rng.choice(sorted(_FINDINGS))
        found.append({"kind": kind, "description": rng.choice(_FINDINGS[kind]),
                      "resident_id": households[0][0].id})
    dispute = rng.choice(_DISPUTES) if open_dispute and rng.random() < 0.3 else None
    if dispute:
        found.append({"kind": "dispute", "description": dispute[0], "resident_id": households[-1][0].id})
    topics = ["反电诈"] if rng.random() < 0.8 else []
    if topics and rng.random() < 0.3:
        topics.append(rng.choice(("禁毒", "防溺水", "交通安全", "草原防火")))
    detail = visits.record_visit(actor, {
        "officer_id": officer.id, "visited_on": day, "publicity_topics": topics,
        "materials_count": rng.randint(2, 8) if topics else 0,
        "note": rng.choice(_NOTES),
    }, people, found)
    made = 1
    # Two of the dispute findings became cases; the third stays open on the visit for the user to try.
    for finding in detail.findings:
        if dispute and finding.can_open_case and _opened_count(actor) < 2:
            neighbour = (Resident.select().where((Resident.grid == households[-1][0].grid_id)
                                                 & (Resident.id != finding.resident_id))
                         .order_by(Resident.name, Resident.id_number).first())
            parties = [{"resident_id": finding.resident_id}] + (
                [{"resident_id": neighbour.id}] if neighbour else [])
            findings.open_case_for_finding(actor, finding.id, finding.version, {"category": dispute[1]},
                                           parties)
            made += 1
    return made


def _opened_count(actor: Actor) -> int:
    from station_app.visits.models import VisitFinding

    return VisitFinding.select().where((VisitFinding.station == actor.station_id)
                                       & VisitFinding.case.is_null(False)).count()


def _events(actor: Actor, officers: list[Account], today: date, weeks: int, rng: random.Random) -> int:
    villages = list(Area.select().where((Area.station == actor.station_id) & (Area.kind == "village"))
                    .order_by(Area.name))
    made = 0
    with tempfile.TemporaryDirectory(prefix="station-demo-photos-") as folder:
        for index in range(max(3, weeks + weeks // 2)):
            made += _event(actor, officers, today, weeks, rng, villages, index, Path(folder))
    return made


def _event(actor: Actor, officers: list[Account], today: date, weeks: int, rng: random.Random,
           villages: list[Area], index: int, folder: Path) -> int:
    topics, place, audience = _EVENTS[index % len(_EVENTS)]
    in_village = place == "village" and bool(villages)
    day = max(today - timedelta(days=7 * weeks - 1), today - timedelta(days=index * 5 + rng.randint(0, 3)))
    school = "中学" in place or "小学" in place
    event = outreach.record_event(actor, {
        "held_on": day, "topics": list(topics), "audience": audience + rng.randint(-10, 30),
        "place_area_id": rng.choice(villages).id if in_village else None,
        "place_text": "嘎查委员会院内" if in_village else (place if place != "village" else "派出所门前"),
        "officer_id": officers[index % len(officers)].id,
        "partners": "司法所" if "民法典" in topics else ("学校" if school else ""),
        "content": f"围绕{'、'.join(topics)}讲解典型案例，发放宣传资料，现场解答群众咨询。",
    })
    outreach.attach_photo(actor, event.id, _photo(folder / f"宣传现场{index + 1}.png", rng))
    return 1
