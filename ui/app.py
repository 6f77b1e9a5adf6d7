"""The app once Qt is known to load (ui/start.py checks that first): open the database, log in.

Start-up flow: open the database → first-start form if the station is not set up, else the login
→ the main window. Imports stay minimal here: the first window must paint fast on an old PC.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

# The core comes before PySide6: once imported, PySide6 hooks every later import (for its
# __feature__ switches), so each module loads slower. Every start-up path needs these anyway.
from station_app.core import logs, paths
from station_app.core.actor import Actor
from station_app.core.errors import DatabaseDamaged, StationError
from station_app.core.startup import OpenedDatabase, open_database
from station_app.settings.service import load_settings
from station_app.station.service import home_station

# isort: split
from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui.common.app_icon import app_icon
from ui.common.errors import install_excepthook

if TYPE_CHECKING:
    from ui.backup.automatic import AutomaticBackups
    from ui.main_window import MainWindow
from ui.common.language import apply_language

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station-desk", description="平安台账 Station Ledger")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path 或 postgresql://user@host/db")
    parser.add_argument("--data-dir", metavar="DIR", help="数据目录 (data directory)")
    return parser.parse_args(argv)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Chinese is the source language; English loads our .qm. Qt's own dialogs follow too."""
    return apply_language(language)


class AppController(QObject):
    """Walks the user from opening the database to the main window, and back on log-out."""

    def __init__(self, url: str | None) -> None:
        super().__init__()
        self.url = url
        self.opened: OpenedDatabase | None = None
        self.window: MainWindow | None = None
        self.backups: AutomaticBackups | None = None  # made with the first main window

    def open(self) -> bool:
        try:
            self.opened = open_database(self.url)
        except DatabaseDamaged as exc:
            if exc.backup is None:  # nothing to offer: say what is wrong, touch nothing
                self.refuse(exc)
                return False
            if not self.restore_damaged(exc):
                return False
        except StationError as exc:
            self.refuse(exc)
            return False
        apply_language(load_settings().language)
        return True

    @staticmethod
    def refuse(exc: StationError) -> None:
        log.warning("cannot open database: %s", exc.message)
        QMessageBox.critical(None, "平安台账 — 无法打开数据库", exc.message)

    def restore_damaged(self, exc: DatabaseDamaged) -> bool:
        """Offer the newest good backup; on yes keep the damaged file aside and restore it."""
        from station_app.backup.restore import restore_damaged
        from ui.backup.damaged_dialog import DamagedDatabaseDialog

        log.warning("database damaged: %s", exc.problem)
        if DamagedDatabaseDialog(exc).exec() != QDialog.DialogCode.Accepted:
            return False
        assert exc.database_path is not None and exc.backup is not None
        try:
            result = restore_damaged(exc.database_path, exc.backup)
        except StationError as failure:
            self.refuse(failure)
            return False
        self.opened = result.opened
        box = QMessageBox(QMessageBox.Icon.Information, "平安台账 — 已从备份恢复",
                          f"已从 {exc.backup_taken_at:%Y-%m-%d %H:%M} 的备份恢复，请登录。\n"
                          f"损坏的数据库文件已原样保留为：{result.kept_aside}",
                          QMessageBox.StandardButton.Ok)
        box.setObjectName("restored_message")
        box.exec()
        return True

    def start(self) -> bool:
        if not self.open():
            return False
        assert self.opened is not None
        if not self.opened.initialised:
            from ui.setup_wizard import SetupWizard

            wizard = SetupWizard(self.opened.location.display)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.admin is None:
                return False
            # The administrator logs in like everyone after: the password is typed once more,
            # and the first session starts where every later one does.
            return self.login(wizard.admin.username, QApplication.translate(
                "AppController", "本所设置完成。请用刚设置的管理员账户登录。"))
        return self.login()

    def login(self, username: str = "", notice: str = "") -> bool:
        from station_app.accounts.service import must_change_password
        from ui.accounts.login_dialog import ChangePasswordDialog, LoginDialog

        station = home_station()
        dialog = LoginDialog(station.name if station else "", username=username, notice=notice)
        self.login_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        if must_change_password(dialog.actor) and not ChangePasswordDialog(dialog.actor, forced=True).exec():
            return False
        self.show_main(dialog.actor)
        return True

    def show_main(self, actor: Actor, page: str = "") -> None:
        """The main window in this user's language (their own choice, else the station's)."""
        from station_app.accounts.preferences import language_for
        from ui.main_window import MainWindow

        station = home_station()
        assert station is not None and self.opened is not None
        apply_language(language_for(actor))
        window = MainWindow(actor, station, self.opened.location.display, load_settings())
        window.sig_logout.connect(self.logout)
        window.sig_language.connect(lambda _language: self.rebuild(actor))
        if page:
            window.show_page(page)
        window.show()
        self.window = window
        self.start_daily_backup()

    def rebuild(self, actor: Actor) -> None:
        """Another interface language for this user, now: the window is built again in it, on the
        page it showed (the new one first, so the app never has no window)."""
        old = self.window
        page = old.current_page_key() if old is not None else ""
        self.show_main(actor, page)
        if old is not None:
            old.close()
            old.deleteLater()

    def start_daily_backup(self) -> None:
        """Once the window is on screen: a backup on a worker if the last is older than a day."""
        from PySide6.QtCore import QTimer

        from ui.backup.automatic import AutomaticBackups

        if self.backups is None:
            self.backups = AutomaticBackups(self)
        window, backups = self.window, self.backups
        if window is not None:
            QTimer.singleShot(0, window, lambda: backups.start_if_due(window))

    def finish(self) -> None:
        """After the event loop: the exit backup (a failure is told, the data is not at risk)."""
        if self.opened is None or self.backups is None:
            return
        problem = self.backups.backup_on_exit()
        if problem:
            QMessageBox.warning(None, "平安台账 — 退出时备份没有完成", problem)

    def logout(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        apply_language(load_settings().language)  # the login screen speaks the station's language
        if not self.login():
            QApplication.quit()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths.set_data_dir(args.data_dir)
    logs.setup_logging()
    paths.clear_temp_dir()  # what a run cut short by a power cut left behind
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("平安台账")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("station-ledger")  # the .desktop entry the kit installs (taskbar icon)
    app.setQuitOnLastWindowClosed(True)
    install_excepthook()
    controller = AppController(args.db)
    if not controller.start():
        return 1
    code = app.exec()
    controller.finish()
    paths.clear_temp_dir()
    return code


if __name__ == "__main__":
    sys.exit(main())
