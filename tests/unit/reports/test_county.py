"""The county bureau: bundles of two stations imported, summed and reported per station."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl

from station_app.cli.main import main
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.core.startup import open_database
from station_app.demo.loader import load_demo
from station_app.reports.periods import Period, period_containing
from station_app.reports.summary import combine, report_stations, weekly_summary
from station_app.reports.summary_pdf import build_summary_pdf
from station_app.reports.summary_xlsx import write_summary_xlsx
from station_app.station.service import initialise_station
from tests.cli_login import logged_in
from tests.unit.exchange.exchange_helpers import export, receive

STATIONS = (("152222-GLB", "高力板派出所", 11), ("152222-DBS", "代钦塔拉派出所", 12))


def _use(url: str) -> None:
    db.close()
    open_database(url)


def _station(tmp_path: Path, code: str, name: str, seed: int, week: Period) -> tuple[Actor, bytes, dict]:
    _use(f"sqlite:///{(tmp_path / f'{code}.sqlite3').as_posix()}")
    actor = initialise_station(code, name, "科右中旗", "", "admin", "管理员", "Admin1234")
    load_demo(seed, residents=200, cases=25, weeks=6, actor=actor)
    own = weekly_summary(actor, week)
    figures = {(s.key, r.key): r.figure.value for s in own.sections for r in s.rows}
    return actor, export(actor), figures


def test_county_sums_the_stations_and_lists_each(tmp_path: Path) -> None:
    week = period_containing("week", local_today()).previous()
    stations = [_station(tmp_path, code, name, seed, week) for code, name, seed in STATIONS]
    county_url = f"sqlite:///{(tmp_path / 'county.sqlite3').as_posix()}"
    _use(county_url)
    county = initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国", "Admin1234")
    for _, data, _ in stations:
        receive(county, data)

    known = report_stations(county)  # the bureau keeps no ledgers of its own: not a reporting unit
    assert {code for _, code, _ in known} == {"152222-GLB", "152222-DBS"}
    station_ids = [actor.station_id for actor, _, _ in stations]
    total = weekly_summary(county, week, station_ids)
    assert total.station_name == "全部2个单位合计"  # both reported after the week ended
    assert all(line.complete and line.report_state == "已报送" for line in total.stations)
    assert total.total is not None and total.total.name == "合计"
    assert total.total.value("registered") == total.section("disputes").row("registered").figure.value
    for section in total.sections:
        for row in section.rows:
            parts = [figures[(section.key, row.key)] for _, _, figures in stations]
            if row.kind == "rate":
                continue
            expected = sum(p or 0 for p in parts)
            expected = round(expected, 1) if isinstance(expected, float) else expected
            assert row.figure.value == expected, row.key
    disputes = total.section("disputes")
    ended, resolved = disputes.row("ended").figure.value, disputes.row("resolved").figure.value
    assert disputes.row("registered").figure.value > 0
    assert disputes.row("success_rate").figure.value == (round(resolved * 100 / ended, 1) if ended else None)
    assert [line.name for line in total.stations] == ["代钦塔拉派出所", "高力板派出所"]  # by code
    for line in total.stations:
        by_code = {code: figures for (_, _, figures), (code, _, _) in zip(stations, STATIONS, strict=True)}
        figures = by_code[line.code]
        assert line.value("registered") == figures[("disputes", "registered")]
        assert line.value("recovered") == figures[("restitution", "recovered")]

    one = weekly_summary(county, week, [station_ids[0]])
    assert one.station_name == "高力板派出所" and one.stations == []
    first_station_registered = stations[0][2][("disputes", "registered")]
    assert one.section("disputes").row("registered").figure.value == first_station_registered

    pdf = tmp_path / "county.pdf"
    pdf.write_bytes(build_summary_pdf(total).pdf)
    text = subprocess.run([shutil.which("pdftotext") or "pdftotext", "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "各单位情况" in text and "代钦塔拉派出所" in text and "高力板派出所" in text
    assert "审计链锚点" in text and "合计" in text and "已报送" in text
    book = openpyxl.load_workbook(write_summary_xlsx(total, tmp_path / "county.xlsx"))
    rows = list(book["各单位"].iter_rows(values_only=True))
    assert rows[0][:4] == ("单位代码", "单位", "报送", "纠纷登记") and [r[1] for r in rows[1:]] == [
        "代钦塔拉派出所", "高力板派出所", "合计"]
    assert rows[-1][3] == total.total.value("registered")

    db.close()
    out = tmp_path / "out"
    assert main(logged_in(["--db", county_url, "report", "weekly", "--week", week.key, "--station", "all",
                 "--out", str(out)])) == 0
    assert {p.suffix for p in out.iterdir()} == {".pdf", ".xlsx"}
    assert main(logged_in(["--db", county_url, "report", "weekly", "--station", "NOPE",
                           "--out", str(out)])) == 2


def test_a_station_that_has_not_reported_for_the_week_says_so_instead_of_zero(tmp_path: Path) -> None:
    this_week = period_containing("week", local_today())
    last_week = this_week.previous()
    reporting, silent = (_station(tmp_path, code, name, seed, last_week) for code, name, seed in STATIONS)
    _use(f"sqlite:///{(tmp_path / 'county.sqlite3').as_posix()}")
    county = initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国", "Admin1234")
    receive(county, reporting[1])
    from station_app.core.models import Station

    Station.create(id=silent[0].station_id, code="152222-DBS", name="代钦塔拉派出所", county="科右中旗")
    summary = weekly_summary(county, last_week, [reporting[0].station_id, silent[0].station_id])
    assert summary.station_name == "全部2个单位合计（1个已报送本期）"
    states = {line.name: (line.report_state, line.reported) for line in summary.stations}
    assert states == {"高力板派出所": ("已报送", True), "代钦塔拉派出所": ("未报送", False)}
    # This week's data at the county is as of the export: not complete until the week has ended.
    current = weekly_summary(county, this_week, [reporting[0].station_id, silent[0].station_id])
    line = next(line for line in current.stations if line.name == "高力板派出所")
    assert not line.complete and line.report_state.startswith("截至 ") and line.reported
    one = weekly_summary(county, last_week, [silent[0].station_id])
    assert one.coverage_note.startswith("该单位尚未报送本期数据")
    book = openpyxl.load_workbook(write_summary_xlsx(summary, tmp_path / "county.xlsx"))
    silent_row = next(r for r in book["各单位"].iter_rows(values_only=True) if r[1] == "代钦塔拉派出所")
    assert silent_row[2] == "未报送" and set(silent_row[3:]) == {"未报送"}


def test_rates_are_recomputed_not_added() -> None:
    merged = combine([{"resolved": 1, "ended": 2, "success_rate": 50.0, "hours": 1.25},
                      {"resolved": 3, "ended": 3, "success_rate": 100.0, "hours": 2.5}])
    assert merged == {"resolved": 4, "ended": 5, "success_rate": 80.0, "hours": 3.8}
    assert combine([{"on_time": 0, "closed": 0, "on_time_rate": None}] * 2)["on_time_rate"] is None
