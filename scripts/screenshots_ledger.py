"""Screenshots of the shared ledger pattern: the county's station-filtered pages with another
station's records read-only, a fresh station's empty lists with their hints, the dashboard
ordered by urgency, and the lock a user asked for.

    python scripts/screenshots_ledger.py [OUT_DIR]     # default: docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _window(actor):  # noqa: ANN001, ANN202
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.main_window import MainWindow

    window = MainWindow(actor, home_station(), "sqlite", load_settings())
    window.resize(1366, 760)
    window.show()
    return window


def county_shots(app, out: Path, folder: Path) -> None:  # noqa: ANN001
    """A county bureau that imported one station's bundle: its ledgers over 全部单位, and one of that
    station's cases, read-only."""
    from station_app.core import db
    from station_app.core.startup import open_database
    from station_app.station.service import initialise_station
    from tests.unit.county.conftest import import_other_station

    url = f"sqlite:///{(folder / 'county.sqlite3').as_posix()}"
    db.close()
    open_database(url)
    county = initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国", "Admin1234")
    import_other_station(county, url, folder)
    window = _window(county)
    page = window.show_page("disputes")
    app.processEvents()
    window.grab().save(str(out / "county-disputes.png"))
    page.open_case(page.model.id_at(0))
    app.processEvents()
    window.grab().save(str(out / "county-case-read-only.png"))
    for key in ("residents", "hotline", "restitution"):
        window.show_page(key)
        app.processEvents()
        window.grab().save(str(out / f"county-{key}.png"))
    window.close()


def station_shots(app, out: Path, folder: Path) -> None:  # noqa: ANN001
    """A fresh station: the empty 矛盾纠纷 list says what to do; then demo data for the dashboard."""
    from station_app.core import db
    from station_app.core.startup import open_database
    from station_app.demo.loader import load_demo
    from station_app.station.service import initialise_station

    db.close()
    open_database(f"sqlite:///{(folder / 'station.sqlite3').as_posix()}")
    admin = initialise_station("152222-GLB", "高力板派出所", "科右中旗", "高力板镇", "admin", "崔鑫龙",
                               "Admin1234")
    window = _window(admin)
    window.show_page("disputes")
    app.processEvents()
    window.grab().save(str(out / "empty-disputes.png"))
    window.close()
    load_demo(seed=1, residents=300, cases=30, weeks=6, actor=admin)
    window = _window(admin)
    window.show_page("dashboard").refresh()
    app.processEvents()
    window.grab().save(str(out / "dashboard.png"))
    window.lock(by_user=True)
    app.processEvents()
    window.lock_dialog.grab().save(str(out / "lock-by-user.png"))
    window.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    folder = Path(tempfile.mkdtemp(prefix="station-shots-ledger-"))
    paths.set_data_dir(folder / "data")
    app = QApplication.instance() or QApplication([])
    from ui.app import install_translators

    install_translators(app, "zh_CN")
    county_shots(app, out, folder)
    station_shots(app, out, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
