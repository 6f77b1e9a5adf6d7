"""Render the README's screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots.py [OUT_DIR]     # default: docs/screenshots
"""

from __future__ import annotations

import os
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

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-shots-"))
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.accounts.login_dialog import LoginDialog
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.setup_wizard import SetupWizard

    opened = open_database()
    install_translators(app, "zh_CN")
    wizard = SetupWizard(opened.location.display)
    wizard.station_name.setText("高力板派出所")
    wizard.station_code.setText("152222-GLB")
    wizard.county.setText("科右中旗")
    wizard.admin_username.setText("admin")
    wizard.password.setText("short")
    wizard.password_again.setText("short")
    wizard.submit()  # shows the inline messages for the missing town/name and the weak password
    wizard.show()
    app.processEvents()
    wizard.grab().save(str(out / "setup-wizard.png"))
    wizard.close()

    load_demo(seed=1, residents=800, cases=30, weeks=6)
    station = home_station()
    login_dialog = LoginDialog(station.name)
    login_dialog.username.setText("officer02")
    login_dialog.show()
    app.processEvents()
    login_dialog.grab().save(str(out / "login.png"))
    login_dialog.close()

    actor = login("admin", DEMO_PASSWORD)
    window = MainWindow(actor, station, opened.location.display, load_settings())
    window.show()
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))
    window.show_page("settings")
    app.processEvents()
    window.grab().save(str(out / "settings.png"))
    window.page("settings").setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(out / "accounts.png"))
    window.show_page("disputes")
    app.processEvents()
    window.grab().save(str(out / "placeholder.png"))
    window.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
