"""At the county bureau: import a station's bundle from the reports page, see every station summed
and per station, and decide a conflict side by side."""

from __future__ import annotations

from pathlib import Path

from station_app.core.clock import local_today
from station_app.exchange.bundle import build_bundle
from station_app.reports.periods import period_containing
from station_app.residents.models import Resident
from tests.unit.exchange.test_bundle import EVER, PASSWORD, _county, _other_station, _until
from tests.unit.exchange.test_conflicts import _conflict_on_notes


def test_import_a_bundle_and_see_the_stations(qtbot, tmp_path: Path) -> None:
    from ui.reports.bundles import BundleCenterDialog
    from ui.reports.page import ReportsPage

    _, station = _other_station(tmp_path)
    bundle = tmp_path / "代钦塔拉派出所_数据包.pajt"
    bundle.write_bytes(build_bundle(station, EVER, _until(), PASSWORD))
    _, county = _county(tmp_path)
    page = ReportsPage(county)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.bundles_button.isVisible() and not page.scope.isVisible()

    dialog = BundleCenterDialog(county, page)
    qtbot.addWidget(dialog)
    dialog.import_file(bundle, "不是这个密码")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30000)
    assert "密码错误" in dialog.status.text()
    dialog.import_file(bundle, PASSWORD)
    qtbot.waitUntil(lambda: "导入完成" in dialog.status.text(), timeout=30000)
    assert dialog.last_summary is not None and dialog.last_summary.inserted > 100
    assert "冲突待处理 0" in dialog.status.text()
    dialog.close()

    page.set_period(period_containing("week", local_today()).previous())
    assert page.scope.isVisible() and page.scope.itemText(0) == "全部单位合计"
    assert page.tabs.indexOf(page.per_station) >= 0
    names = {page.per_station.item(row, 0).text() for row in range(page.per_station.rowCount())}
    assert names == {"科右中旗公安局", "代钦塔拉派出所"}
    page.scope.setCurrentIndex(page.scope.findText("代钦塔拉派出所"))
    page.refresh()
    assert page.summary is not None and page.summary.station_name == "代钦塔拉派出所"
    assert page.tabs.indexOf(page.per_station) < 0


def test_a_conflict_is_decided_side_by_side(qtbot, tmp_path: Path) -> None:
    from ui.reports.bundles import BundleCenterDialog

    _, _, _, county, person = _conflict_on_notes(tmp_path)
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
