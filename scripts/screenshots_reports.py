"""Render the reports screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_reports.py [OUT_DIR]     # default: docs/screenshots

reports.png       the page in the main window: last week's summary with 环比/同比 and the attention list
reports-usb.png   导出到U盘: the drives seen, a folder chosen, the password entered twice
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def show_reports(window, actor):  # noqa: ANN001, ANN201
    """The 报表导出 page in the main window (put in place here if the window does not build it yet)."""
    from ui.reports.page import ReportsPage

    page = window.page("reports")
    if not isinstance(page, ReportsPage):
        window.stack.removeWidget(page)
        page = ReportsPage(actor)
        window._pages["reports"] = page
        window.stack.addWidget(page)
    window.show_page("reports")
    return page


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
    page = show_reports(window, actor)
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
    print(f"reports screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
