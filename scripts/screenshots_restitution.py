"""Render the restitution screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_restitution.py [OUT_DIR]     # default: docs/screenshots

restitution.png          the 返赃 page in the main window: the cases, the seed report's fraud case
                         (12 victims, 集中返赃 done) beside a case with partial returns
restitution-event.png    the 集中返赃 dialog after a refused amount: the row in red, the figures
restitution-receipt.png  page 1 of the seed case's receipt sheet (pdftoppm -r 60)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    folder = Path(tempfile.mkdtemp(prefix="station-shots-restitution-"))
    paths.set_data_dir(folder)
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.demo.restitution import load_demo_restitution
    from station_app.restitution import cases
    from station_app.restitution.receipt import event_receipt_pdf
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.restitution.event_table import COL_AMOUNT
    from ui.restitution.page import RestitutionPage

    opened = open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1, residents=500)
    station = home_station()
    actor = login("admin", DEMO_PASSWORD)
    load_demo_restitution(actor, seed=1, weeks=12)
    rows = cases.list_cases(actor)
    seed = next(row for row in rows if "卖车收取定金" in row.summary)
    partial = next(row for row in rows if row.case_type == "盗窃" and "牛" in row.summary)

    window = MainWindow(actor, station, opened.location.display, load_settings())
    window.resize(1366, 768)
    page = RestitutionPage(actor)  # the lead wires the page into the navigation; shown in place here
    window._pages["restitution"] = page
    window.stack.addWidget(page)
    window.show()
    window.show_page("restitution")
    page.splitter.setSizes([520, 846])
    page.open_case(seed.id)
    app.processEvents()
    window.grab().save(str(out / "restitution.png"))

    page.open_case(partial.id)
    dialog = page.case_view.new_event()
    dialog.place.setText("高力板派出所一楼会议室")
    dialog.table.item(0, COL_AMOUNT).setText("9,000")  # more than this victim is still owed
    dialog.print_receipt()
    app.processEvents()
    dialog.grab().save(str(out / "restitution-event.png"))
    dialog.reject()

    detail = cases.get_case(actor, seed.id)
    built = event_receipt_pdf(actor, seed.id, detail.events[0].id)
    pdf = folder / "receipt.pdf"
    pdf.write_bytes(built.pdf)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not installed: restitution-receipt.png not written", file=sys.stderr)
    else:
        subprocess.run([pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(out / "restitution-receipt")], check=True)
    window.close()
    print(f"restitution screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
