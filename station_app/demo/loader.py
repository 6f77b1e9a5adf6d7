"""`station demo`: fill a database with realistic, deterministic records for trying the app.

Later modules add their records here (residents, disputes, patrols …).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from station_app.accounts import permissions
from station_app.accounts.models import Account
from station_app.accounts.service import create_account
from station_app.core.actor import Actor, command_line_actor
from station_app.core.db import tuples
from station_app.demo.people import generate_people
from station_app.station.service import home_station, initialise_station

DEMO_PASSWORD = "Demo1234"
DEMO_STATION = {"code": "152222-GLB", "name": "高力板派出所", "county": "科右中旗", "town": "高力板镇"}
# One chief, then officers, auxiliaries and grid workers as at a rural station; one read-only.
_ROLE_CYCLE = ("chief", "officer", "officer", "auxiliary", "grid_worker", "officer", "auxiliary",
               "readonly", "grid_worker", "officer")


@dataclass
class DemoSummary:
    station: str
    station_created: bool
    accounts_created: list[str] = field(default_factory=list)
    residents_created: int = 0
    cases_created: int = 0
    ledger_records: dict[str, int] = field(default_factory=dict)
    password: str = DEMO_PASSWORD

    def describe(self) -> str:
        lines = [f"演示数据已载入：{self.station}"]
        if self.station_created:
            lines.append(f"新建本所与管理员 admin（密码 {self.password}）")
        lines.append(f"新增账户 {len(self.accounts_created)} 个：{'、'.join(self.accounts_created) or '无'}"
                     f"（演示密码均为 {self.password}，正式使用前请修改）")
        if self.residents_created:
            lines.append(f"新增居民 {self.residents_created} 人")
        if self.cases_created:
            lines.append(f"新增矛盾纠纷案件 {self.cases_created} 件（各种办理状态）")
        labels = {"patrols": "巡逻", "hotline": "12345工单", "restitution": "返赃", "visits": "走访与普法"}
        for key, count in self.ledger_records.items():
            lines.append(f"新增{labels.get(key, key)}记录 {count} 条")
        return "\n".join(lines)


def create_demo_station() -> Actor:
    """A new database's demo station and its administrator `admin` (the demo password)."""
    return initialise_station(DEMO_STATION["code"], DEMO_STATION["name"], DEMO_STATION["county"],
                              DEMO_STATION["town"], "admin", "演示管理员", DEMO_PASSWORD)


def load_demo(seed: int = 1, accounts: int = 8, residents: int = 0, cases: int = 0, weeks: int = 0,
              actor: Actor | None = None) -> DemoSummary:
    """Add demo records; running it again with the same seed adds nothing twice.

    All of it is ONE unit of work (the services inside are savepoints of it): stopped half-way —
    Ctrl+C, a full disk, a bug — it leaves the database exactly as it was, never half a station.
    """
    from station_app.core import db

    with db.transaction(task="demo.load"):
        return _load_demo(seed, accounts, residents, cases, weeks, actor)


def _load_demo(seed: int, accounts: int, residents: int, cases: int, weeks: int,
               actor: Actor | None) -> DemoSummary:
    station = home_station()
    created = station is None
    if station is None:
        actor = create_demo_station()
        station = home_station()
    assert station is not None
    created = created or (actor is not None and actor.user_id is not None and _only_account(actor))
    actor = actor or command_line_actor(station.id)
    permissions.require(actor, "demo.load")
    summary = DemoSummary(station.name, created)
    existing = {name for (name,) in tuples(Account.select(Account.username))}
    for index, person in enumerate(generate_people(seed, accounts)):
        role = _ROLE_CYCLE[index % len(_ROLE_CYCLE)]
        username = f"{role.replace('_', '')}{index + 1:02d}"
        if username in existing:
            continue
        police_number = "" if role in ("grid_worker", "readonly") else f"15{seed % 100:02d}{index:02d}"
        create_account(actor, username, person.name, role, DEMO_PASSWORD, police_number)
        summary.accounts_created.append(username)
    # Accounts first: patrols, visits and cases name officers as well as residents.
    if residents:
        summary.residents_created = load_demo_residents(actor, seed, residents)
    if cases:
        from station_app.demo.cases import load_demo_cases

        summary.cases_created = load_demo_cases(actor, seed, cases)
    if weeks:
        summary.ledger_records = load_demo_ledgers(actor, seed, weeks)
    return summary


def _only_account(actor: Actor) -> bool:
    """The demo station was just made for this run (its administrator is the only account)."""
    return actor.username == "admin" and Account.select().count() == 1


def load_demo_residents(actor: Actor, seed: int, count: int) -> int:
    """`count` residents spread over the grids of the station's county (created if missing).

    People already present (same ID number) are skipped, so repeating a seed adds nothing.
    """
    import random

    from station_app.audit import chain as audit
    from station_app.core import db
    from station_app.demo.people import PLACES, generate_grids
    from station_app.residents.areas import find_or_create_area
    from station_app.residents.bulk import insert_residents, stored_values
    from station_app.residents.fields import ResidentFields
    from station_app.residents.models import Resident

    permissions.require(actor, "demo.load")
    station = home_station()
    assert station is not None
    county = station.county if station.county in PLACES else "科右中旗"
    rng = random.Random(seed)
    with db.transaction():
        grids = []
        for town_name, villages in PLACES[county].items():
            town, _ = find_or_create_area(station.id, "town", town_name, None)
            for village_name in villages:
                village, _ = find_or_create_area(station.id, "village", village_name, town.id)
                for grid_name in generate_grids(rng, village_name):
                    grid, _ = find_or_create_area(station.id, "grid", grid_name, village.id)
                    grids.append((town_name, village_name, grid.id))
        known = {number for (number,) in tuples(Resident.select(Resident.id_number).where(
            Resident.id_number.is_null(False)))}
        rows = []
        for person in generate_people(seed * 7919 + 1, count):
            town_name, village_name, grid_id = grids[rng.randrange(len(grids))]
            if person.id_number in known:
                continue
            fields = ResidentFields(
                name=person.name, gender=person.gender, ethnicity=person.ethnicity,
                id_number=person.id_number, birth_date=person.birth_date, phone=person.phone,
                address=f"{town_name}{village_name}{rng.randint(1, 9)}组", grid_id=grid_id,
            )
            rows.append(stored_values(station.id, fields))
        created = insert_residents(rows)
        audit.record(actor, "demo.residents", "resident", "", extra={"seed": seed, "created": created})
    return created


# Feature ledgers with demo data, in the order their links need (cases first, then what links to them).
LEDGERS = ("patrols", "hotline", "restitution", "visits")


def load_demo_ledgers(actor: Actor, seed: int, weeks: int) -> dict[str, int]:
    """Patrols, hotline orders, restitution and visits over the last `weeks` weeks."""
    import importlib

    counts = {}
    for name in LEDGERS:
        module = importlib.import_module(f"station_app.demo.{name}")
        counts[name] = getattr(module, f"load_demo_{name}")(actor, seed, weeks)
    return counts
