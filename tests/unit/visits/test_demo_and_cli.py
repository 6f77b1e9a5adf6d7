"""Demo visits are consistent (every finding → case link resolves both ways) and the `station
visits|outreach` commands list them, with exit codes 0/1/2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station_app.audit.chain import verify_chain
from station_app.cli.main import main
from station_app.core.actor import command_line_actor
from station_app.core.clock import local_today
from station_app.demo.loader import load_demo
from station_app.demo.visits import load_demo_visits
from station_app.mediation import cases
from station_app.station.service import home_station
from station_app.visits import findings, outreach, visits
from station_app.visits.figures import utc_window, visit_figures, week_of
from station_app.visits.models import OutreachEvent, Visit, VisitFinding
from tests.cli_login import ADMIN_PASSWORD, DEMO_PASSWORD, logged_in


def run(capsys: pytest.CaptureFixture[str], *args: str,
        password: str = DEMO_PASSWORD) -> tuple[int, str, str]:
    try:
        code = main(logged_in(args, password=password))  # the demo station's admin by default
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(opened_sqlite):
    load_demo(seed=3, accounts=8, residents=300)
    station = home_station()
    actor = command_line_actor(station.id)
    made = load_demo_visits(actor, seed=3, weeks=4)
    return actor, made


def test_demo_visits_are_consistent_and_load_once(demo) -> None:
    actor, made = demo
    assert made == Visit.select().count() + OutreachEvent.select().count() + 2
    assert len({row.officer_name for row in visits.list_visits(actor)}) >= 3
    linked = list(VisitFinding.select().where(VisitFinding.case.is_null(False)))
    assert len(linked) == 2
    for finding in linked:
        case = cases.get_case(actor, finding.case_id)
        assert case.row.source == "走访排查" and len(case.parties) == 2
        origin = findings.case_origin(actor, case.id)
        assert origin is not None and origin.finding_id == finding.id
        assert origin.officer_name in case.row.summary
    still_open = VisitFinding.select().where(VisitFinding.kind == "dispute", VisitFinding.case.is_null())
    assert still_open.count() >= 1

    events = outreach.list_events(actor)
    assert all(row.photos == 1 and row.held_on <= local_today() for row in events)
    for topic, place in (("反电诈", "嘎查"), ("禁毒", "中学"), ("交通安全", "集市")):
        assert any(topic in row.topics and place in row.place for row in events), topic
    assert all(row.visited_on <= local_today() for row in visits.list_visits(actor))

    figures = visit_figures(actor.station_id, *utc_window(local_today().replace(day=1).replace(year=2000),
                                                          local_today()))
    assert figures.visits == Visit.select().count() and figures.cases_opened == 2
    assert load_demo_visits(actor, seed=3, weeks=4) == 0  # the same seed adds nothing twice
    assert verify_chain().ok


def test_cli_lists_visits_events_and_figures(demo, capsys, sqlite_url: str) -> None:
    actor, _made = demo
    code, out, err = run(capsys, "--db", sqlite_url, "visits", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == Visit.select().count()
    assert {"visited_on", "officer_name", "households"} <= set(rows[0])
    week = week_of(local_today())
    code, out, _ = run(capsys, "--db", sqlite_url, "visits", "list", "--week", week)
    assert code == 0 and "户" in out
    code, out, _ = run(capsys, "--db", sqlite_url, "outreach", "list", "--json")
    assert code == 0 and all(item["photos"] == 1 for item in json.loads(out))
    code, out, _ = run(capsys, "--db", sqlite_url, "outreach", "list", "--query", "禁毒")
    assert code == 0 and "禁毒" in out
    code, out, _ = run(capsys, "--db", sqlite_url, "visits", "figures", "--json")
    assert code == 0 and json.loads(out)["week"] == week
    code, out, _ = run(capsys, "--db", sqlite_url, "visits", "figures", "--week", "2020-W02")
    assert code == 0 and "走访 0 次" in out

    code, _, err = run(capsys, "--db", sqlite_url, "visits", "list", "--week", "48")
    assert code == 2 and "2026-W48" in err and "Traceback" not in err


def test_cli_on_an_empty_database_says_so(capsys, tmp_path: Path, sqlite_url: str) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "visits", "list")
    assert code == 1 and "尚未初始化" in err
    from station_app.core import db
    from tests.conftest import make_station

    db.close()
    make_station()
    code, out, _ = run(capsys, "--db", sqlite_url, "outreach", "list", password=ADMIN_PASSWORD)
    assert code == 0 and "没有普法宣传记录" in out
