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
from station_app.exchange.bundle import build_bundle, read_bundle
from station_app.exchange.bundle_import import import_bundle
from station_app.reports.periods import Period, period_containing
from station_app.reports.summary import combine, report_stations, weekly_summary
from station_app.reports.summary_pdf import build_summary_pdf
from station_app.reports.summary_xlsx import write_summary_xlsx
from station_app.station.service import initialise_station
from tests.unit.exchange.test_bundle import EVER, PASSWORD, _until

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
    return actor, build_bundle(actor, EVER, _until(), PASSWORD), figures


def test_county_sums_the_stations_and_lists_each(tmp_path: Path) -> None:
    week = period_containing("week", local_today()).previous()
    stations = [_station(tmp_path, code, name, seed, week) for code, name, seed in STATIONS]
    county_url = f"sqlite:///{(tmp_path / 'county.sqlite3').as_posix()}"
    _use(county_url)
    county = initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国", "Admin1234")
    for _, data, _ in stations:
        import_bundle(county, read_bundle(data, PASSWORD))

    known = report_stations(county)
    assert known[0][0] == county.station_id and {code for _, code, _ in known} == {
        "152222-XJ", "152222-GLB", "152222-DBS"}
    station_ids = [actor.station_id for actor, _, _ in stations]
    total = weekly_summary(county, week, station_ids)
    assert total.station_name == "全部2个单位合计"
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
    assert "审计链锚点" in text
    book = openpyxl.load_workbook(write_summary_xlsx(total, tmp_path / "county.xlsx"))
    rows = list(book["各单位"].iter_rows(values_only=True))
    assert rows[0][:3] == ("单位代码", "单位", "纠纷登记") and {r[1] for r in rows[1:]} == {
        "代钦塔拉派出所", "高力板派出所"}

    db.close()
    out = tmp_path / "out"
    assert main(["--db", county_url, "report", "weekly", "--week", week.key, "--station", "all",
                 "--out", str(out)]) == 0
    assert {p.suffix for p in out.iterdir()} == {".pdf", ".xlsx"}
    assert main(["--db", county_url, "report", "weekly", "--station", "NOPE", "--out", str(out)]) == 2


def test_rates_are_recomputed_not_added() -> None:
    merged = combine([{"resolved": 1, "ended": 2, "success_rate": 50.0, "hours": 1.25},
                      {"resolved": 3, "ended": 3, "success_rate": 100.0, "hours": 2.5}])
    assert merged == {"resolved": 4, "ended": 5, "success_rate": 80.0, "hours": 3.8}
    assert combine([{"on_time": 0, "closed": 0, "on_time_rate": None}] * 2)["on_time_rate"] is None
