"""The summary on demo data: figures equal independent counts; PDF, XLSX and CLI with real tools."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from station_app.cli.main import main
from station_app.core.actor import Actor, command_line_actor
from station_app.core.clock import local_today
from station_app.demo.loader import load_demo
from station_app.hotline.models import HotlineOrder
from station_app.mediation.models import Agreement, DisputeCase
from station_app.patrols.models import Patrol
from station_app.reports.periods import Period, period_containing, week_period
from station_app.reports.summary import weekly_summary
from station_app.reports.summary_pdf import build_summary_pdf
from station_app.reports.summary_xlsx import write_summary_xlsx
from station_app.visits.models import Visit
from tests.cli_login import logged_in


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed")
    return path


@pytest.fixture
def demo(sqlite_admin: Actor) -> tuple[Actor, Period]:
    load_demo(seed=1, residents=300, cases=20, weeks=6)
    actor = command_line_actor(sqlite_admin.station_id)
    this_week = period_containing("week", local_today())
    return actor, this_week.previous()  # a full week of demo data


def test_figures_equal_independent_counts(demo) -> None:
    actor, week = demo
    summary = weekly_summary(actor, week)
    start, end = week.start_utc, week.end_utc
    disputes = summary.section("disputes")
    registered = DisputeCase.select().where(
        (DisputeCase.reported_at >= start) & (DisputeCase.reported_at < end))
    assert disputes.row("registered").figure.value == registered.count() > 0
    assert sum(r.figure.value for r in disputes.rows if r.key.startswith("category:")) == registered.count()
    assert sum(r.figure.value for r in disputes.rows if r.key.startswith("risk:")) == registered.count()
    this_week = weekly_summary(actor, period_containing("week", local_today())).section("disputes")
    closed = [c for c in DisputeCase.select() if c.state in ("closed", "failed") and c.closed_at]
    agreed = {a.case_id for a in Agreement.select()}
    resolved = sum(1 for c in closed if c.state == "closed" and c.id in agreed)
    assert this_week.row("ended").figure.value == len(closed)  # the demo ends cases "now"
    assert this_week.row("resolved").figure.value == resolved
    rate = round(resolved * 100 / len(closed), 1) if closed else None
    assert this_week.row("success_rate").figure.value == rate
    patrols = Patrol.select().where((Patrol.started_at >= start) & (Patrol.started_at < end)).count()
    assert summary.section("patrols").row("patrols").figure.value == patrols
    received = HotlineOrder.select().where(
        (HotlineOrder.received_at >= start) & (HotlineOrder.received_at < end)).count()
    assert summary.section("hotline").row("received").figure.value == received
    visits = Visit.select().where((Visit.visited_on >= week.first_day) & (Visit.visited_on <= week.last_day))
    assert summary.section("visits").row("visits").figure.value == visits.count()
    # 环比 compares with the week before, whose own summary says the same number
    before = weekly_summary(actor, week.previous()).section("patrols").row("patrols").figure.value
    assert summary.section("patrols").row("patrols").figure.previous == before
    # nothing a year ago: every 同比 is "—"
    assert all(row.figure.change_vs_last_year is None for s in summary.sections for row in s.rows)
    assert [key for key, _ in summary.trend][-1] == week.key and len(summary.trend) == 12
    assert sum(count for _, count in summary.trend) == DisputeCase.select().where(
        (DisputeCase.reported_at >= week_period(summary.trend[0][0]).start_utc)
        & (DisputeCase.reported_at < end)).count()
    assert summary.high_risk


def test_pdf_with_real_tools(demo, tmp_path: Path) -> None:
    actor, week = demo
    summary = weekly_summary(actor, week)
    built = build_summary_pdf(summary)
    path = tmp_path / "summary.pdf"
    path.write_bytes(built.pdf)
    text = subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert summary.station_name in text and week.label in text and "所长签字" in text
    patrols = summary.section("patrols").row("patrols").figure.value
    assert re.search(rf"巡逻（次）\s+{patrols}\b", text) or f"\n{patrols}\n" in text
    assert not re.search(r"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)", text)
    fonts = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(re.match(r"[A-Z]{6}\+", row) and " yes yes " in row for row in rows), fonts
    assert built.page_count >= 2 and built.verification_code


def test_xlsx_numbers_and_masking(demo, tmp_path: Path) -> None:
    actor, week = demo
    summary = weekly_summary(actor, week)
    path = write_summary_xlsx(summary, tmp_path / "out" / "summary.xlsx")
    assert [p.name for p in path.parent.iterdir()] == ["summary.xlsx"]  # no temp file left
    book = openpyxl.load_workbook(path)
    sections = {"矛盾纠纷", "巡逻防控", "12345工单", "追赃返赃", "走访和普法宣传", "需要关注"}
    assert sections <= set(book.sheetnames)
    sheet = book["巡逻防控"]
    assert [c.value for c in sheet[1]][:3] == ["指标", "单位", "本期"]
    for row in sheet.iter_rows(min_row=2):
        assert isinstance(row[2].value, int | float) and isinstance(row[3].value, int | float)
    owed = next(r for r in book["追赃返赃"].iter_rows(min_row=2) if r[0].value.startswith("尚未发还"))
    assert owed[2].value == summary.section("restitution").row("owed").figure.value / 100
    personal = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == summary.audit_anchor:
                    continue  # a hash: hexadecimal, it may hold a run of eleven digits
                assert not personal.search(str(cell.value or "")), (ws.title, cell.value)


def test_cli_writes_both_files(demo, capsys, sqlite_url: str, tmp_path: Path) -> None:
    _actor, week = demo
    out = tmp_path / "usb"
    code = main(logged_in(["--db", sqlite_url, "report", "weekly", "--week", week.key, "--out", str(out)]))
    printed = capsys.readouterr().out.split()
    assert code == 0 and len(printed) == 2
    assert Path(printed[0]).suffix == ".pdf" and Path(printed[1]).suffix == ".xlsx"
    assert all(Path(p).stat().st_size > 1000 for p in printed)
    assert main(logged_in(["--db", sqlite_url, "report", "weekly", "--month", "2026-11",
                           "--out", str(out)])) == 0
    assert len(list(out.glob("*.pdf"))) == 2
