"""Enrolment done end to end through the screens: the station's file to the county, fingerprints
compared, the county's file back; then the station's USB export asks no password and the county
imports it without one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from station_app.residents.models import Resident
from station_app.residents.service import create_resident
from tests.unit.exchange.exchange_helpers import new_county, new_station, sqlite_url, use


def _panel(qtbot, actor):  # noqa: ANN001, ANN202
    from ui.settings.enrolment_panel import EnrolmentPanel

    panel = EnrolmentPanel(actor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _confirm(qtbot, panel, path: Path) -> None:  # noqa: ANN001
    box = panel.import_from(path)
    assert box is not None and box.isVisible()
    qtbot.waitExposed(box)
    assert panel.digits.text() not in box.text()  # the other side's fingerprint, not ours
    box.button(QMessageBox.StandardButton.Yes).click()


def test_enrol_through_the_settings_then_export_and_import_without_a_password(qtbot, tmp_path: Path,
                                                                             drive_modal) -> None:
    from ui.reports.bundles import BundleCenterDialog
    from ui.reports.page import ReportsPage
    from ui.reports.usb_dialog import UsbExportDialog

    stick = tmp_path / "stick"
    stick.mkdir()
    station_url, county_url = sqlite_url(tmp_path, "sending_station"), sqlite_url(tmp_path, "county")
    station = new_station(station_url)
    create_resident(station, {"name": "巴特尔", "phone": "13904751111"})
    station_panel = _panel(qtbot, station)
    station_digits = station_panel.digits.text()
    assert len(station_digits.split()) == 6
    station_file = station_panel.export_to(stick)
    assert station_file is not None and station_digits in station_panel.status.text()

    county = new_county(county_url)
    county_panel = _panel(qtbot, county)
    box = county_panel.import_from(station_file)
    assert station_digits in box.text()  # what the county reads out on the phone
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "已登记" in county_panel.status.text()
    assert county_panel.table.rowCount() == 1 and county_panel.table.item(0, 3).text() == station_digits
    county_file = county_panel.export_to(stick)

    use(station_url)
    _confirm(qtbot, station_panel, county_file)
    assert "已登记" in station_panel.status.text()

    page = ReportsPage(station)
    qtbot.addWidget(page)
    page.show()

    def answer(dialog: UsbExportDialog) -> None:
        assert dialog.signed and not dialog.first.isVisible()
        dialog.choose_folder(stick)
        dialog.accept()

    driver = drive_modal(UsbExportDialog, answer)
    page.usb_button.click()
    driver.check()
    qtbot.waitUntil(lambda: "可以安全拔出" in page.status.text(), timeout=30000)
    page.message_box.close()
    bundle = next(stick.rglob("*.pajt"))

    use(county_url)
    center = BundleCenterDialog(county)
    qtbot.addWidget(center)
    center.import_file(bundle, None)
    qtbot.waitUntil(lambda: "导入完成" in center.status.text(), timeout=30000)
    assert Resident.select().where(Resident.name == "巴特尔").exists()
