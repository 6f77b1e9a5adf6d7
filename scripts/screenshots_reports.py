"""Render the reports screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_reports.py [OUT_DIR]     # default: docs/screenshots

reports.png       the page in the main window: last week's summary with 环比/同比 and the attention list
reports-usb.png   导出到U盘: the drives seen, a folder chosen, the password entered twice
county-reports.png, county-status.png, county-bundles.png, county-conflict.png
                  the county bureau: all units summed with the per-unit tab and its 合计 line, who
                  reported up to when (报送情况), the bundle window refusing a bundle after a gap,
                  and a conflict kept by the previous release side by side
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def show_reports(window):  # noqa: ANN001, ANN201
    window.show_page("reports")
    return window.page("reports")


def _as_if_received(week) -> None:  # noqa: ANN001
    """Date the bundle just received as if it had come at the end of `week` (screenshots only: the
    weeks a county sees take weeks to happen)."""
    from datetime import datetime, time

    from station_app.core.clock import from_local
    from station_app.exchange.models import ExchangePeer, ReceivedBundle

    at = from_local(datetime.combine(week.last_day, time(17, 30)))
    newest = ReceivedBundle.select().order_by(ReceivedBundle.received_at.desc()).first()
    ReceivedBundle.update(period_key=week.key, received_at=at, created_at=at).where(
        ReceivedBundle.id == newest.id).execute()
    peer = ExchangePeer.get(ExchangePeer.station == newest.station_id)
    ExchangePeer.update(covered_until=at, last_received_at=at,
                        first_received_at=min(peer.first_received_at, at)).where(
        ExchangePeer.station == newest.station_id).execute()


def county_shots(app, out: Path) -> None:  # noqa: ANN001
    """A county database holding two stations' bundles: one up to date, one that missed a week
    (its later bundle refused, the gap named); a third station known but never heard from."""
    from datetime import timedelta

    from station_app.core.clock import local_today
    from station_app.core.models import Station
    from station_app.demo.loader import load_demo
    from station_app.reports.periods import period_containing
    from station_app.residents.service import create_resident
    from tests.unit.exchange.exchange_helpers import PASSWORD, export, new_county, new_station, sqlite_url
    from tests.unit.exchange.test_conflicts import _legacy_conflict
    from ui.reports.bundles import BundleCenterDialog
    from ui.reports.page import ReportsPage

    folder = Path(tempfile.mkdtemp(prefix="station-shots-county-"))
    bundles = {}
    for code, name, seed in (("152222-GLB", "高力板派出所", 11), ("152222-DBS", "代钦塔拉派出所", 12)):
        station = new_station(sqlite_url(folder, code), code, name)
        load_demo(seed, residents=300, cases=20, weeks=4, actor=station)
        bundles[code] = [export(station)]
        create_resident(station, {"name": "其其格", "phone": "13904750001"})
        bundles[code].append(export(station))
        create_resident(station, {"name": "乌日娜", "phone": "13904750002"})
        bundles[code].append(export(station))
    county = new_county(sqlite_url(folder, "county"))
    from tests.unit.exchange.exchange_helpers import receive

    weeks = [period_containing("week", local_today() - timedelta(weeks=back)) for back in (4, 3, 1)]
    for data, week in zip(bundles["152222-GLB"], weeks, strict=True):
        receive(county, data)
        _as_if_received(week)  # the trips of the last weeks, one of them skipped
    receive(county, bundles["152222-DBS"][0])
    _as_if_received(weeks[0])
    Station.create(code="152222-BYH", name="巴彦呼舒派出所", county="科右中旗")
    late = folder / "代钦塔拉派出所_2026-W49_数据包.pajt"
    late.write_bytes(bundles["152222-DBS"][2])
    page = ReportsPage(county)
    page.resize(1366, 700)
    page.show()
    page.set_period(period_containing("week", local_today()).previous())
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.per_station))
    app.processEvents()
    page.grab().save(str(out / "county-reports.png"))
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.reporting))
    app.processEvents()
    page.grab().save(str(out / "county-status.png"))
    center = BundleCenterDialog(county, page)
    center.show()
    task = center.import_file(late, PASSWORD)
    while center.task is task and not center.import_button.isEnabled():
        app.processEvents()
    app.processEvents()
    center.grab().save(str(out / "county-bundles.png"))
    center.close()
    page.close()
    conflict_county, _ = _legacy_conflict(Path(tempfile.mkdtemp(prefix="station-shots-conflict-")))
    center = BundleCenterDialog(conflict_county)
    center.show()
    conflict = center.open_conflict(0)
    app.processEvents()
    conflict.grab().save(str(out / "county-conflict.png"))
    conflict.close()
    center.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-shots-reports-"))
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.reports.usb_dialog import UsbExportDialog

    opened = open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1, residents=1000, cases=40, weeks=6)
    actor = login("admin", DEMO_PASSWORD)
    window = MainWindow(actor, home_station(), opened.location.display, load_settings())
    window.resize(1366, 768)
    window.show()
    page = show_reports(window)
    page.go_last_week()
    app.processEvents()
    window.grab().save(str(out / "reports.png"))

    dialog = UsbExportDialog(page.period.label, window)
    dialog.choose_folder(Path(tempfile.gettempdir()))
    dialog.first.setText("草原雪城2026")
    dialog.second.setText("草原雪城2026")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "reports-usb.png"))
    dialog.close()
    window.close()
    county_shots(app, out)
    print(f"reports screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
