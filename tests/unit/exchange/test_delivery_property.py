"""The invariant of the weekly trip to the county, driven by random histories (hypothesis).

A station lives a random history through its real services — residents created, edited, merged and
bulk-imported, patrols logged and corrected (their members and areas deleted and re-created), grid
workers assigned and removed, orders, restitution recoveries added and removed, visits, disputes —
exporting now and then. The county then receives those bundles in a random order, some twice, some
never until the end. After every import that applied, the county's copy of the station's records
equals the station's own as it was when that bundle was made, table by table and row by row, and so
do the weekly summaries; a bundle after a gap is refused and changes nothing; an old one changes
nothing. Run on SQLite and on PostgreSQL (the county's database).
"""

from __future__ import annotations

import contextlib
import random
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app.core import paths
from station_app.core.actor import Actor
from station_app.core.clock import local_now, local_today, to_local
from station_app.core.errors import StationError
from station_app.exchange.bundle_import import REPLAY, GapError
from station_app.reports.periods import period_containing
from station_app.reports.summary import weekly_summary
from station_app.residents.models import Resident
from tests.conftest import reset_postgres
from tests.unit.exchange.exchange_helpers import (
    export,
    new_county,
    new_station,
    receive,
    sqlite_url,
    station_rows,
    use,
)
from tests.unit.patrols.conftest import Scene, build_scene

OPERATIONS = ("resident", "edit_resident", "merge", "import", "patrol", "edit_patrol", "grid_role",
              "remove_grid_role", "order", "order_step", "recovery", "remove_recovery", "visit", "dispute",
              "export", "export")


@dataclass
class Sent:
    data: bytes
    rows: dict[str, list[dict[str, Any]]]
    summaries: list[Any]
    to_seq: int


@dataclass
class History:
    station: Actor
    scene: Scene
    rnd: random.Random
    residents: list[uuid.UUID] = field(default_factory=list)
    patrols: list[Any] = field(default_factory=list)
    roles: list[uuid.UUID] = field(default_factory=list)
    orders: list[Any] = field(default_factory=list)
    restitution: Any = None
    sent: list[Sent] = field(default_factory=list)


def _weeks() -> list[Any]:
    this = period_containing("week", local_today())
    return [this, this.previous(), this.previous().previous()]


def _figures(summary: Any) -> Any:
    return ([(s.key, [(r.key, r.figure) for r in s.rows]) for s in summary.sections], summary.trend,
            [(a.module, a.number, a.kind, a.text, a.due, a.overdue) for a in summary.attention])


def _step(history: History, operation: str) -> None:
    from station_app.hotline import steps as order_steps
    from station_app.hotline.orders import create_order
    from station_app.mediation.cases import open_case
    from station_app.patrols import service as patrols
    from station_app.residents import areas
    from station_app.residents import service as residents
    from station_app.restitution import cases, ledger
    from station_app.visits.visits import record_visit

    actor, scene, rnd = history.station, history.scene, history.rnd
    alive = [r for r in history.residents if Resident.get_by_id(r).merged_into_id is None]
    if operation == "resident":
        name = rnd.choice("巴特尔其其格乌云萨仁图雅") + str(rnd.randrange(99))
        view = residents.create_resident(actor, {"name": name, "phone": f"139{rnd.randrange(10**8):08d}",
                                                 "grid_id": scene.grid}, confirm=True)
        history.residents.append(view.id)
    elif operation == "edit_resident" and alive:
        view = residents.get_resident(actor, rnd.choice(alive))
        edited = {**view.as_form(), "notes": f"备注{rnd.random()}"}
        residents.update_resident(actor, view.id, view.version, edited, confirm=True)
    elif operation == "merge" and len(alive) >= 2:
        survivor, duplicate = rnd.sample(alive, 2)
        residents.merge_residents(actor, survivor, duplicate)
    elif operation == "import":
        from station_app.demo.loader import load_demo_residents

        load_demo_residents(actor, rnd.randrange(10**6), 3)
    elif operation == "patrol":
        start = local_now() - timedelta(hours=rnd.randrange(1, 24 * 12))
        members = rnd.sample([m.id for m in scene.team.members], rnd.randint(1, len(scene.team.members)))
        history.patrols.append(patrols.log_patrol(actor, {
            "team_id": scene.team.id, "kind": "routine", "started_at": start,
            "ended_at": start + timedelta(hours=2), "members": members,
            "area_ids": rnd.sample([scene.town, scene.village, scene.grid], rnd.randint(1, 3))}))
    elif operation == "edit_patrol" and history.patrols:
        index = rnd.randrange(len(history.patrols))
        patrol = patrols.get_patrol(actor, history.patrols[index].id)
        history.patrols[index] = patrols.update_patrol(actor, patrol.id, patrol.version, {
            "team_id": scene.team.id, "kind": "routine", "started_at": to_local(patrol.row.started_at),
            "ended_at": to_local(patrol.row.ended_at), "members": [rnd.choice(scene.team.members).id],
            "area_ids": [rnd.choice([scene.town, scene.village, scene.grid])]})
    elif operation == "grid_role" and alive:
        history.roles.append(areas.assign_grid_role(actor, scene.grid, "grid_worker",
                                                    resident_id=rnd.choice(alive)).id)
    elif operation == "remove_grid_role" and history.roles:
        areas.remove_grid_role(actor, history.roles.pop(rnd.randrange(len(history.roles))))
    elif operation == "order":
        history.orders.append(create_order(actor, {
            "order_number": f"XA2026{rnd.randrange(10**7):07d}", "caller_name": "白先生",
            "caller_phone": "13912345678", "content": "反映物业乱收费。", "category": "物业管理",
            "working_days": 5, "received_at": local_now() - timedelta(days=rnd.randrange(10))}))
    elif operation == "order_step" and history.orders:
        index = rnd.randrange(len(history.orders))
        order = history.orders[index]
        if order.status == "received":
            history.orders[index] = order_steps.dispatch_order(actor, order.id, order.version, "社区警务室")
    elif operation == "recovery":
        if history.restitution is None:
            history.restitution = cases.open_case(actor, {"case_type": "电信网络诈骗", "summary": "冒充客服",
                                                          "description": "多人报警。", "suspects": "包某"})
        case = history.restitution
        history.restitution = ledger.add_recovery(actor, case.id, case.version, {
            "amount": f"{rnd.randrange(1, 5000)}.00", "source": "犯罪嫌疑人退赔"})
    elif operation == "remove_recovery" and history.restitution and history.restitution.recoveries:
        case = history.restitution
        history.restitution = ledger.remove_recovery(actor, case.id, case.version,
                                                     rnd.choice(case.recoveries).id, "录入错误")
    elif operation == "visit" and alive:
        record_visit(actor, {"visited_on": local_today() - timedelta(days=rnd.randrange(10))},
                     [{"resident_id": r, "household": ""} for r in rnd.sample(alive, min(2, len(alive)))])
    elif operation == "dispute" and alive:
        open_case(actor, {"source": "群众来访", "category": "邻里纠纷", "summary": "因宅基地界线争吵。"},
                  [{"resident_id": r} for r in rnd.sample(alive, min(2, len(alive)))])
    elif operation == "export":
        data = export(history.station)
        from station_app.exchange.models import JournalState

        history.sent.append(Sent(data, station_rows(actor.station_id),
                                 [_figures(weekly_summary(actor, week)) for week in _weeks()],
                                 int(JournalState.get().last_seq)))


def _live_and_deliver(folder: Path, county_url: str, operations: list[str], seed: int,
                      deliveries: list[int]) -> None:
    paths.set_data_dir(folder / "data")
    station_url = sqlite_url(folder, "station")
    station = new_station(station_url)
    history = History(station, build_scene(station), random.Random(seed))
    for operation in operations:
        with contextlib.suppress(StationError):  # a refusal writes nothing: the history goes on
            _step(history, operation)
    _step(history, "export")
    if county_url.startswith("postgresql"):
        reset_postgres(county_url)
    county = new_county(county_url)
    order = [index % len(history.sent) for index in deliveries] + list(range(len(history.sent)))
    applied = 0  # the county holds the station's changes up to this number
    for index in order:
        sent = history.sent[index]
        previous = station_rows(station.station_id)
        try:
            summary = receive(county, sent.data)
        except GapError:
            assert station_rows(station.station_id) == previous  # refused: nothing written
            continue
        if summary.outcome == REPLAY:
            assert sent.to_seq <= applied and station_rows(station.station_id) == previous
            continue
        applied = sent.to_seq
        assert station_rows(station.station_id) == sent.rows
        county_figures = [_figures(weekly_summary(county, week, [station.station_id])) for week in _weeks()]
        assert county_figures == sent.summaries
    assert applied == history.sent[-1].to_seq and station_rows(station.station_id) == history.sent[-1].rows


HISTORIES = settings(max_examples=25, deadline=None, derandomize=True, database=None, print_blob=False,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@HISTORIES
@given(st.lists(st.sampled_from(OPERATIONS), min_size=4, max_size=30), st.integers(0, 2**32),
       st.lists(st.integers(0, 50), max_size=8))
def test_random_histories_reach_the_county_exactly_sqlite(tmp_path: Path, operations: list[str], seed: int,
                                                          deliveries: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="station-property-") as folder:
        try:
            _live_and_deliver(Path(folder), sqlite_url(Path(folder), "county"), operations, seed, deliveries)
        finally:
            use(sqlite_url(tmp_path, "spare"))  # release the files before they are removed


@pytest.mark.postgres
@settings(HISTORIES, max_examples=10)
@given(st.lists(st.sampled_from(OPERATIONS), min_size=4, max_size=30), st.integers(0, 2**32),
       st.lists(st.integers(0, 50), max_size=8))
def test_random_histories_reach_the_county_exactly_postgres(operations: list[str], seed: int,
                                                            deliveries: list[int]) -> None:
    from tests.conftest import require_postgres

    with tempfile.TemporaryDirectory(prefix="station-property-") as folder:
        try:
            _live_and_deliver(Path(folder), require_postgres(), operations, seed, deliveries)
        finally:
            use(sqlite_url(Path(folder), "spare"))  # leave no connection to the shared server
