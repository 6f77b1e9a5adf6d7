"""Render the reports screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_reports.py [OUT_DIR]     # default: docs/screenshots

reports.png       the page in the main window: last week's summary with 环比/同比 and the attention list
reports-usb.png   导出到U盘: the drives seen, a folder chosen, the password entered twice
county-reports.png, county-bundles.png, county-conflict.png
                  the county bureau: all units summed with the per-unit tab, the bundle window with
                  a conflict waiting, and that conflict side by side
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


def county_shots(app, out: Path) -> None:  # noqa: ANN001
    """A county database holding one station's bundles, one record edited on both sides."""
    from station_app.core.clock import local_today
    from station_app.reports.periods import period_containing
    from tests.unit.exchange.test_conflicts import _conflict_on_notes
    from ui.reports.bundles import BundleCenterDialog
    from ui.reports.page import ReportsPage

    _, _, _, county, _ = _conflict_on_notes(Path(tempfile.mkdtemp(prefix="station-shots-county-")))
    page = ReportsPage(county)
    page.resize(1366, 700)
    page.show()
    page.set_period(period_containing("week", local_today()).previous())
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.per_station))
    app.processEvents()
    page.grab().save(str(out / "county-reports.png"))
    center = BundleCenterDialog(county, page)
    center.show()
    app.processEvents()
    center.grab().save(str(out / "county-bundles.png"))
    conflict = center.open_conflict(0)
    app.processEvents()
    conflict.grab().save(str(out / "county-conflict.png"))
    conflict.close()
    center.close()
    page.close()


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
