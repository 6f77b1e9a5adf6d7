"""The weekly summary prints (issue 13, item 16): the Excel has A4 page setup fitted to the width,
its header row repeated, the station and period on every page and headers aligned over numbers; the
PDF lists only what is due within the period (the rest counted), cut texts end with "…", and 去年同期
reads "—" where nothing was recorded a year ago, not 0."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import openpyxl

from station_app.core.actor import Actor, command_line_actor
from station_app.core.clock import local_today
from station_app.demo.loader import load_demo
from station_app.hotline.models import HotlineOrder
from station_app.hotline.vocab import OPEN_STATUSES
from station_app.reports.periods import period_containing
from station_app.reports.summary import weekly_summary
from station_app.reports.summary_pdf import build_summary_pdf
from station_app.reports.summary_xlsx import write_summary_xlsx
from tests.unit.reports.test_summary import tool


def test_every_sheet_prints_on_a4_fitted_to_the_width_with_its_title(sqlite_admin: Actor,
                                                                     tmp_path: Path) -> None:
    load_demo(seed=1, residents=200, cases=20, weeks=6)
    actor = command_line_actor(sqlite_admin.station_id)
    week = period_containing("week", local_today()).previous()
    summary = weekly_summary(actor, week)
    book = openpyxl.load_workbook(write_summary_xlsx(summary, tmp_path / "summary.xlsx"))
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert str(setup.paperSize) == str(sheet.PAPERSIZE_A4), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1, sheet.title
        assert setup.fitToHeight == 0, sheet.title  # as many pages down as the rows need
        assert sheet.oddHeader.left.text == summary.station_name, sheet.title
        assert summary.period.label in sheet.oddHeader.center.text, sheet.title
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
        if sheet.title != book.worksheets[0].title:  # the cover has no header row to repeat
            assert sheet.print_title_rows == "$1:$1", sheet.title
    figures = book["巡逻防控"]
    assert figures["A1"].alignment.horizontal == "left"
    assert all(cell.alignment.horizontal == "right" for cell in figures[1][2:]), "headers over numbers"
    for row in figures.iter_rows(min_row=2):  # a "—" among the numbers too, not against the next one
        assert all(cell.alignment.horizontal == "right" for cell in row[2:]), row[0].value
    anchor = next(row[1] for row in book.worksheets[0].iter_rows() if row[0].value == "审计链锚点")
    assert anchor.alignment.wrap_text  # the anchor stays on the cover's page


def test_a_station_new_this_year_shows_no_zero_for_last_year(sqlite_admin: Actor, tmp_path: Path) -> None:
    load_demo(seed=1, residents=60, cases=8, weeks=3)  # the demo's records are all recent
    actor = command_line_actor(sqlite_admin.station_id)
    week = period_containing("week", local_today()).previous()
    summary = weekly_summary(actor, week)
    assert not summary.last_year_known
    book = openpyxl.load_workbook(write_summary_xlsx(summary, tmp_path / "summary.xlsx"))
    sheet = book["矛盾纠纷"]
    assert [cell.value for cell in sheet[1]][5] == "去年同期"
    assert {row[5].value for row in sheet.iter_rows(min_row=2)} == {"—"}
    path = tmp_path / "summary.pdf"
    path.write_bytes(build_summary_pdf(summary).pdf)
    text = subprocess.run([tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    registered = next(line for line in text.splitlines() if line.strip().startswith("登记（件）"))
    assert registered.split()[-2:] == ["—", "—"], registered


def test_the_pdf_lists_what_is_due_in_the_period_and_counts_the_rest(sqlite_admin: Actor,
                                                                     tmp_path: Path) -> None:
    load_demo(seed=1, residents=200, cases=30, weeks=6)
    # An open order due tomorrow: on today's attention list, but no business of last week's report.
    order = HotlineOrder.select().where(HotlineOrder.status.in_(OPEN_STATUSES)).first()
    tomorrow = local_today() + timedelta(days=1)
    HotlineOrder.update(deadline=tomorrow).where(HotlineOrder.id == order.id).execute()
    actor = command_line_actor(sqlite_admin.station_id)
    week = period_containing("week", local_today()).previous()
    summary = weekly_summary(actor, week)
    later = [item for item in summary.attention if item.due is not None and item.due > week.last_day]
    assert [item.number for item in later] == [order.order_number]
    path = tmp_path / "summary.pdf"
    path.write_bytes(build_summary_pdf(summary).pdf)
    text = subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", "")
    assert f"另有 {len(later)} 项期限在本期之后，未列出" in text
    for item in later:
        assert item.number not in text, item.number
    assert any(len(item.text) > 20 for item in summary.attention)
    assert "…" in text  # a long 事项 is cut visibly
