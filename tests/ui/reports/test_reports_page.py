"""The 报表导出 page on demo data: this week's figures with 环比/同比, weeks and other periods,
the Excel file, the PDF preview, and the USB export into a folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from station_app.core.clock import local_today
from station_app.demo.loader import load_demo
from station_app.reports.periods import period_containing
from ui.reports.figures import COL_CHANGE_PREVIOUS, COL_CHANGE_YEAR, WORSE, change_colour, change_label

CHANGE = re.compile(r"^(—|持平|[↑↓]\d+(\.\d)?(%|个百分点))$")


@pytest.fixture
def reports_page(qtbot, sqlite_admin):
    from ui.reports.page import ReportsPage

    load_demo(seed=1, residents=300, cases=15, weeks=3, actor=sqlite_admin)
    page = ReportsPage(sqlite_admin)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_changes_are_arrows_or_a_dash_and_more_disputes_is_red() -> None:
    assert change_label(None) == "—"
    assert change_label(12.5) == "↑12.5%"
    assert change_label(-3.0, points=True) == "↓3个百分点"
    assert change_label(0) == "持平"
    assert change_colour("disputes", "registered", 20.0) == WORSE
    assert change_colour("disputes", "category:邻里纠纷", 5.0) == WORSE
    assert change_colour("disputes", "success_rate", -5.0) == WORSE
    assert change_colour("disputes", "registered", -20.0) != WORSE
    assert change_colour("patrols", "km", -20.0) is None  # neither plainly good nor bad


def test_the_page_shows_this_weeks_figures_and_switches_weeks(qtbot, reports_page) -> None:
    this_week = period_containing("week", local_today())
    assert reports_page.period.key == this_week.key
    assert reports_page.key_edit.text() == this_week.key
    assert this_week.label in reports_page.period_label.text()
    summary = reports_page.summary
    registered = summary.section("disputes").row("registered").figure
    table = reports_page.tables["disputes"]
    assert table.cell_text("registered", 1) == str(registered.value)
    for key in ("registered", "success_rate"):
        for column in (COL_CHANGE_PREVIOUS, COL_CHANGE_YEAR):
            assert CHANGE.match(table.cell_text(key, column)), table.cell_text(key, column)
    if registered.last_year == 0:  # no demo data a year ago: no base
        assert table.cell_text("registered", COL_CHANGE_YEAR) == "—"
    assert set(reports_page.tables) == {"disputes", "patrols", "hotline", "restitution", "visits"}
    assert reports_page.trend.rowCount() == 12
    assert reports_page.attention.rowCount() == len(summary.attention)
    assert not reports_page.next_button.isEnabled()  # no future weeks

    reports_page.last_week.click()
    assert reports_page.period.key == this_week.previous().key
    assert this_week.previous().label in reports_page.period_label.text()
    assert reports_page.next_button.isEnabled()
    reports_page.next_button.click()
    assert reports_page.period.key == this_week.key


def test_a_week_can_be_typed_and_months_quarters_years_chosen(qtbot, reports_page) -> None:
    assert reports_page.go_key("2026-W02")
    assert reports_page.period.key == "2026-W02" and "2026年第2周" in reports_page.period_label.text()
    assert not reports_page.go_key("2026-W60")  # no such week: the error shows, the week stays
    assert reports_page.key_edit.text() == "2026-W02" and "60" in reports_page.status.text()
    reports_page.set_kind("month")
    assert reports_page.period.key == "2026-01"
    assert not reports_page.usb_button.isEnabled()  # the USB export goes by week
    reports_page.set_kind("quarter")
    assert reports_page.period.key == "2026-Q1"
    reports_page.set_kind("year")
    assert reports_page.period.key == "2026" and reports_page.summary.period.kind == "year"
    reports_page.this_week.click()
    assert reports_page.period.kind == "week" and reports_page.usb_button.isEnabled()


def test_excel_export_writes_the_file(qtbot, reports_page, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "周报"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    reports_page.excel_button.click()
    written = target.with_suffix(".xlsx")
    assert written.exists()
    assert str(written) in reports_page.status.text()
    assert "矛盾纠纷" in load_workbook(written).sheetnames


def test_pdf_preview_opens(qtbot, reports_page, drive_modal) -> None:
    from ui.common.pdf_preview import PdfPreviewDialog

    seen = []
    driver = drive_modal(PdfPreviewDialog, lambda dialog: (seen.append(dialog.page_count), dialog.accept()))
    reports_page.pdf_button.click()
    driver.check()
    assert seen and seen[0] >= 1


def test_the_usb_dialog_checks_the_password_and_exports_into_a_folder(qtbot, reports_page, tmp_path,
                                                                       drive_modal) -> None:
    from ui.reports.usb_dialog import UsbExportDialog

    def answer(dialog: UsbExportDialog) -> None:
        dialog.choose_folder(tmp_path)
        assert dialog.chosen_path() == tmp_path
        dialog.first.setText("short")
        dialog.second.setText("short")
        dialog.accept()
        assert dialog.isVisible() and "8" in dialog.error.text()
        dialog.first.setText("12345678")  # the first password anyone with the stick would try
        dialog.second.setText("12345678")
        dialog.accept()
        assert dialog.isVisible() and "不能只是数字" in dialog.error.text()
        dialog.first.setText("草原雪城2026")
        dialog.second.setText("草原雪城2025")
        dialog.accept()
        assert dialog.isVisible() and "不一致" in dialog.error.text()
        dialog.second.setText("草原雪城2026")
        dialog.accept()

    driver = drive_modal(UsbExportDialog, answer)
    task = reports_page.usb_button.click()
    driver.check()
    qtbot.waitUntil(lambda: "可以安全拔出" in reports_page.status.text(), timeout=30000)
    del task
    folder = reports_page.last_export
    assert folder is not None and folder.parent == tmp_path
    assert folder.name in reports_page.status.text()
    names = {path.name for path in Path(folder).iterdir()}
    assert "MANIFEST.sha256" in names and any(name.endswith(".pdf") for name in names)
    assert not any(name.endswith(".partial") for name in names)
    assert "可以安全拔出" in reports_page.message_box.text()
    assert "本所全部数据" in reports_page.message_box.text()  # the first export carries everything
    reports_page.message_box.close()


def test_the_usb_dialog_refuses_a_folder_that_is_not_there_and_offers_what_to_send(qtbot, tmp_path) -> None:
    from ui.reports.usb_dialog import UsbExportDialog

    dialog = UsbExportDialog("2026年第49周")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_folder(tmp_path / "没插上的U盘")
    assert "不存在" in dialog.error.text() and dialog.chosen_path() != tmp_path / "没插上的U盘"
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog.choose_folder(stick)
    stick.rmdir()  # pulled out after it was chosen
    dialog.first.setText("草原雪城2026")
    dialog.second.setText("草原雪城2026")
    dialog.accept()
    assert dialog.isVisible() and "可能已被拔出" in dialog.error.text()
    stick.mkdir()
    assert not dialog.since_edit.isVisibleTo(dialog)
    dialog.contents.setCurrentIndex(dialog.contents.findData("since"))
    assert dialog.since_edit.isVisibleTo(dialog)
    dialog.since_edit.setValue(501)
    dialog.accept()
    assert not dialog.isVisible() and (dialog.since, dialog.full, dialog.target) == (501, False, stick)


def test_only_removable_volumes_are_offered(monkeypatch) -> None:
    from station_app.exchange import drives

    monkeypatch.setattr(drives.sys, "platform", "linux")
    monkeypatch.setattr(drives, "_linux_removable", lambda device: device == "/dev/sdb1")
    assert drives.is_removable(Path("/mnt/data"), "/dev/sdb1")
    assert not drives.is_removable(Path("/mnt/data"), "/dev/sda2")
    assert drives.is_removable(Path("/media/officer/KINGSTON"), "/dev/sdc1")  # a desktop's mount


def test_a_failed_export_shows_its_message(qtbot, reports_page, tmp_path, drive_modal, monkeypatch) -> None:
    from station_app.exchange.safe_write import MSG_NO_SPACE, ExportFailed
    from station_app.reports import export
    from ui.reports.usb_dialog import UsbExportDialog

    def full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ExportFailed(MSG_NO_SPACE)

    monkeypatch.setattr(export, "export_week", full)

    def answer(dialog: UsbExportDialog) -> None:
        dialog.choose_folder(tmp_path)
        dialog.first.setText("草原雪城2026")
        dialog.second.setText("草原雪城2026")
        dialog.accept()

    driver = drive_modal(UsbExportDialog, answer)
    reports_page.usb_button.click()
    driver.check()
    qtbot.waitUntil(lambda: "空间不足" in reports_page.status.text(), timeout=10000)
    assert "可以安全拔出" not in reports_page.status.text()
    reports_page.message_box.close()


def test_the_drive_list_leaves_out_the_system(qtbot) -> None:
    from ui.reports.usb_dialog import removable_drives

    for drive in removable_drives():
        assert str(drive.root) != "/" and not str(drive.root).startswith(("/proc", "/sys", "/dev"))
