"""Demo data consistency, the weekly figures and the `station restitution` commands."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from station_app.audit.chain import verify_chain
from station_app.cli.main import main
from station_app.core.clock import from_local, local_today
from station_app.demo.restitution import load_demo_restitution
from station_app.restitution import cases, events
from station_app.restitution.figures import restitution_figures
from station_app.restitution.receipt import event_receipt_pdf
from tests.cli_login import logged_in
from tests.unit.restitution.conftest import give_back, planned, recover, with_victims


def local_midnight(day) -> datetime:
    return from_local(datetime.combine(day, time()))


def test_demo_is_consistent_and_loads_once(admin) -> None:
    assert load_demo_restitution(admin, seed=3, weeks=12) == 5
    assert load_demo_restitution(admin, seed=3, weeks=12) == 0
    rows = cases.list_cases(admin)
    seed = next(row for row in rows if "卖车收取定金" in row.summary)
    detail = cases.get_case(admin, seed.id)
    assert detail.suspects == ["包某"] and len(detail.victims) == 12
    assert 3_000_000 < detail.totals.lost < 4_000_000  # 3万余元
    assert detail.totals.recovered == detail.totals.lost == detail.totals.returned
    assert detail.row.status == "已全部返还"
    places = "".join(v.place for v in detail.victims)
    for city in ("山东省聊城市", "呼和浩特市", "通辽市", "乌兰浩特市"):
        assert city in places
    assert [e.state for e in detail.events] == ["done"] and detail.events[0].verification_code
    statuses = {row.status for row in rows}
    assert {"已全部返还", "部分返还", "待返还", "待追赃"} & statuses >= {"已全部返还", "待追赃"}
    theft = next(row for row in rows if row.case_type == "盗窃" and "牛" in row.summary)
    partial = cases.get_case(admin, theft.id)
    balances = sorted(v.balance for v in partial.victims)
    assert balances[0] == 0 and all(b > 0 for b in balances[1:])  # one paid in full, others in part or not
    today = local_today()
    for row in rows:
        case = cases.get_case(admin, row.id)
        assert case.totals.returned <= case.totals.recovered
        assert all(0 <= v.returned <= v.lost for v in case.victims)
        assert all(r.recovered_on <= today for r in case.recoveries)
        assert all(r.returned_on <= today and r.state == "returned" for r in case.returns)
    assert verify_chain().ok


def test_weekly_figures(admin) -> None:
    today = local_today()
    monday = today - timedelta(days=today.weekday())
    last_week = monday - timedelta(days=7)
    case = with_victims(admin, registered_at=datetime.combine(last_week, time(9)))  # owed 8,300
    case = recover(admin, case, "1,000", last_week)
    case = recover(admin, case, "5,000", today)
    case = give_back(admin, case, 0, "800", returned_on=last_week)
    case = give_back(admin, case, 1, "3,000", returned_on=today)
    case, _event = planned(admin, case, {2: "500"})  # pending: not returned yet
    next_monday = monday + timedelta(days=7)
    this_week = restitution_figures(admin.station_id, local_midnight(monday), local_midnight(next_monday))
    assert (this_week.recovered, this_week.returned, this_week.owed) == (500_000, 300_000, 450_000)
    assert (this_week.recoveries, this_week.returns) == (1, 1)
    before = restitution_figures(admin.station_id, local_midnight(last_week), local_midnight(monday))
    assert (before.recovered, before.returned, before.owed) == (100_000, 80_000, 750_000)
    earlier = restitution_figures(admin.station_id, local_midnight(last_week - timedelta(days=7)),
                                  local_midnight(last_week))
    assert (earlier.recovered, earlier.returned, earlier.owed) == (0, 0, 0)  # not registered yet


@pytest.fixture
def cli_db(sqlite_admin, sqlite_url: str) -> str:
    case = recover(sqlite_admin, with_victims(sqlite_admin), "8,300")
    case = give_back(sqlite_admin, case, 0, "800")
    case, event_id = planned(sqlite_admin, case, {1: "3000"})
    event_receipt_pdf(sqlite_admin, case.id, event_id)
    case = cases.get_case(sqlite_admin, case.id)
    events.complete_event(sqlite_admin, case.id, case.version, event_id)
    return sqlite_url


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(logged_in(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_list_and_show(cli_db: str, capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", cli_db, "restitution", "list", "--json")
    assert code == 0, err
    [row] = json.loads(out)
    assert (row["lost_fen"], row["recovered_fen"], row["returned_fen"], row["owed_fen"]) == (
        830_000, 830_000, 380_000, 450_000)
    code, out, _ = run(capsys, "--db", cli_db, "restitution", "list")
    assert code == 0 and row["case_number"] in out and "待返还 4,500.00" in out
    code, out, _ = run(capsys, "--db", cli_db, "restitution", "show", row["case_number"], "--json")
    data = json.loads(out)
    assert [v["balance_fen"] for v in data["victims"]] == [200_000, 0, 250_000]
    assert data["events"][0]["state"] == "done" and data["events"][0]["total_fen"] == 300_000
    code, out, _ = run(capsys, "--db", cli_db, "restitution", "show", row["case_number"])
    assert code == 0 and "王建国" in out and "余额 2,000.00" in out and "集中返赃" in out and "已签收" in out
    code, _, err = run(capsys, "--db", cli_db, "restitution", "show", "返赃〔1999〕第1号")
    assert code == 1 and "找不到返赃案件" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", cli_db, "restitution"])
    assert usage.value.code == 2


def test_demo_without_a_usable_font_records_single_returns(sqlite_admin, monkeypatch) -> None:
    from station_app.core.errors import StationError
    from station_app.demo import restitution as demo

    def no_font(*_args, **_kwargs):
        raise StationError("没有找到可用的中文字体")

    monkeypatch.setattr(demo, "event_receipt_pdf", no_font)
    assert load_demo_restitution(sqlite_admin, seed=5, weeks=2) == 3
    seed = next(row for row in cases.list_cases(sqlite_admin) if "卖车收取定金" in row.summary)
    detail = cases.get_case(sqlite_admin, seed.id)
    assert detail.row.status == "已全部返还" and [e.state for e in detail.events] == ["cancelled"]
    assert len(detail.returns) == 12 and all(r.receipt_signed and r.event_id is None for r in detail.returns)


@pytest.mark.parametrize("weeks", [1, 30])
def test_demo_fits_any_span(sqlite_admin, weeks) -> None:
    created = load_demo_restitution(sqlite_admin, seed=9, weeks=weeks)
    assert created == 3 + min(max(weeks - 4, 0) // 4, 10)
    first_day = local_today() - timedelta(days=weeks * 7 - 1)
    for row in cases.list_cases(sqlite_admin):
        case = cases.get_case(sqlite_admin, row.id)
        days = [r.recovered_on for r in case.recoveries] + [r.returned_on for r in case.returns]
        assert all(first_day <= day <= local_today() for day in days)
        assert case.totals.returned <= case.totals.recovered
