"""At the county bureau: import stations' bundles from the reports page, see who reported, every
station summed with a 合计 line and per station, and decide a conflict an older release kept."""

from __future__ import annotations

from pathlib import Path

from station_app.core.clock import local_today
from station_app.reports.periods import period_containing
from station_app.residents.models import Resident
from station_app.residents.service import create_resident
from tests.unit.exchange.exchange_helpers import PASSWORD, export, new_county, new_station, sqlite_url
from tests.unit.exchange.test_conflicts import _legacy_conflict


def _page(qtbot, county):  # noqa: ANN001, ANN202
    from ui.reports.page import ReportsPage

    page = ReportsPage(county)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_import_bundles_and_see_who_reported(qtbot, tmp_path: Path) -> None:
    from station_app.demo.loader import load_demo
    from ui.reports.bundles import BundleCenterDialog

    station_url = sqlite_url(tmp_path, "sending_station")
    station = new_station(station_url)
    load_demo(3, residents=200, cases=10, weeks=2, actor=station)
    first = tmp_path / "代钦塔拉派出所_第1次.pajt"
    first.write_bytes(export(station))
    create_resident(station, {"name": "其其格", "phone": "13904750001"})
    export(station)  # never reaches the county
    create_resident(station, {"name": "乌日娜", "phone": "13904750002"})
    third = tmp_path / "代钦塔拉派出所_第3次.pajt"
    third.write_bytes(export(station))
    county = new_county(sqlite_url(tmp_path, "county"))
    page = _page(qtbot, county)
    assert page.bundles_button.isVisible() and not page.scope.isVisible()

    dialog = BundleCenterDialog(county, page)
    qtbot.addWidget(dialog)
    dialog.import_file(first, "不是这个密码")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30000)
    assert "密码错误" in dialog.status.text()
    dialog.import_file(first, PASSWORD)
    qtbot.waitUntil(lambda: "导入完成" in dialog.status.text(), timeout=30000)
    assert dialog.last_summary is not None and dialog.last_summary.inserted > 100
    dialog.import_file(third, PASSWORD)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and "缺少" in dialog.status.text(),
                    timeout=30000)
    assert "请让该所重新导出" in dialog.status.text()
    dialog.import_file(first, PASSWORD)
    qtbot.waitUntil(lambda: "已经有了" in dialog.status.text(), timeout=30000)
    dialog.close()

    page.set_period(period_containing("week", local_today()).previous())
    assert page.scope.isVisible() and page.scope.itemText(0) == "全部单位合计"
    names = {page.per_station.item(row, 0).text() for row in range(page.per_station.rowCount())}
    assert names == {"代钦塔拉派出所", "合计"}  # the bureau keeps no ledgers: not a reporting unit
    assert page.per_station.item(0, 1).text() == "已报送"
    assert page.tabs.indexOf(page.reporting) >= 0
    status = page.reporting
    assert status.rowCount() == 1 and status.item(0, 0).text() == "152222-DBS"
    assert "号变更" in status.item(0, 2).text()
    page.scope.setCurrentIndex(page.scope.findText("代钦塔拉派出所"))
    page.refresh()
    assert page.summary is not None and page.summary.station_name == "代钦塔拉派出所"
    assert page.tabs.indexOf(page.per_station) < 0


def test_a_restored_station_is_imported_only_after_the_county_agrees(qtbot, tmp_path: Path) -> None:
    from station_app.core import db
    from station_app.exchange.journal import renew_epoch
    from ui.reports.bundles import BundleCenterDialog

    station_url = sqlite_url(tmp_path, "sending_station")
    station = new_station(station_url)
    create_resident(station, {"name": "额尔敦", "phone": "13904750007"})
    first = tmp_path / "first.pajt"
    first.write_bytes(export(station))
    with db.transaction():
        renew_epoch(station.station_id)  # what restoring a backup does
    after = tmp_path / "after-restore.pajt"
    after.write_bytes(export(station))
    county = new_county(sqlite_url(tmp_path, "county"))
    dialog = BundleCenterDialog(county)
    qtbot.addWidget(dialog)
    dialog.import_file(first, PASSWORD)
    qtbot.waitUntil(lambda: "导入完成" in dialog.status.text(), timeout=30000)
    dialog.import_file(after, PASSWORD)
    qtbot.waitUntil(lambda: dialog.restart_question is not None and dialog.restart_question.isVisible(),
                    timeout=30000)
    assert "重新开始" in dialog.restart_question.text()
    from PySide6.QtWidgets import QMessageBox

    dialog.restart_question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "导入完成" in dialog.status.text() and dialog.import_button.isEnabled(),
                    timeout=30000)


def test_a_conflict_is_decided_side_by_side(qtbot, tmp_path: Path) -> None:
    from ui.reports.bundles import BundleCenterDialog

    county, person = _legacy_conflict(tmp_path)
    center = BundleCenterDialog(county)
    qtbot.addWidget(center)
    assert center.table.rowCount() == 1 and center.table.item(0, 0).text() == "代钦塔拉派出所"
    dialog = center.open_conflict(0)
    qtbot.waitExposed(dialog)
    rows = {dialog.differences.item(r, 0).text(): (dialog.differences.item(r, 1).text(),
                                                    dialog.differences.item(r, 2).text())
            for r in range(dialog.differences.rowCount())}
    assert rows["备注"] == ("县局核实：仍住村里", "又搬回村里")
    dialog.take.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert center.table.rowCount() == 0 and "采用数据包中的记录" in center.status.text()
    assert Resident.get_by_id(person.id).notes == "又搬回村里"
    center.show_decided.setChecked(True)
    assert center.table.rowCount() == 1 and center.table.item(0, 4).text() == "采用数据包中的记录"


def test_a_conflict_is_decided_field_by_field(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from ui.reports.bundles import BundleCenterDialog

    county, person = _legacy_conflict(tmp_path)
    center = BundleCenterDialog(county)
    qtbot.addWidget(center)
    dialog = center.open_conflict(0)
    qtbot.waitExposed(dialog)
    labels = [dialog.differences.item(r, 0).text() for r in range(dialog.differences.rowCount())]
    phone = dialog.differences.item(labels.index("联系电话"), 3)
    assert phone.flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.take_fields.click()  # nothing ticked: told so, nothing decided
    assert "勾选" in dialog.status.text() and dialog.isVisible()
    phone.setCheckState(Qt.CheckState.Checked)
    dialog.take_fields.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    now = Resident.get_by_id(person.id)
    assert (now.notes, now.phone) == ("县局核实：仍住村里", "13912345678")
