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
from station_app.core import logs, paths, vault
from station_app.core.actor import Actor
from station_app.core.errors import DatabaseDamaged, StationError
from station_app.core.startup import OpenedDatabase, open_database
from station_app.settings.service import load_settings
from station_app.station.service import home_station

# isort: split
from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui.common import writer_wait
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
        self.recovered: Actor | None = None  # logged in by the recovery code while opening

    def open(self, key: bytes | None = None) -> bool:
        try:
            self.opened = open_database(self.url, key)
        except DatabaseDamaged as exc:
            if exc.database_path is not None and vault.is_encrypted(exc.database_path):
                return self.unreadable(exc)
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

    def unreadable(self, exc: DatabaseDamaged) -> bool:
        """Not a SQLite file, and no key file found for it: an encrypted database whose key file
        was lost (the recovery code opens it) or a damaged one (a backup may replace it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "平安台账 — 无法识别数据库文件", (
            f"无法识别数据库文件 {exc.database_path}，程序没有改动它。\n\n"
            "如果本所的数据库是加密的，而它旁边的钥匙文件（.keys）丢失了：请从保险柜取出恢复密钥单，"
            "点“用恢复密钥打开”。\n否则这个文件已经损坏" + ("，可以从最新的完好备份恢复。" if exc.backup else
                                                         "，而且没有找到完好的备份：请联系维护人员。")))
        box.setObjectName("unreadable_database")
        recover = box.addButton("用恢复密钥打开…", QMessageBox.ButtonRole.AcceptRole)
        restore = box.addButton("从备份恢复…", QMessageBox.ButtonRole.ActionRole) if exc.backup else None
        box.addButton("退出，不做改动", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            return self.restore_damaged(exc)
        if box.clickedButton() is not recover:
            return False
        from ui.accounts.encryption_dialogs import RecoveryDialog

        dialog = RecoveryDialog(self.url)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed is None:
            return False
        self.opened, self.recovered = dialog.signed.opened, dialog.signed.actor
        return True

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
        from station_app.accounts.signin import lock_state

        state = lock_state(self.url)
        if state.locked:  # encrypted: nothing can be read before a password opens the key
            return self.unlock(state.station_name)
        if not self.open():
            return False
        assert self.opened is not None
        if self.recovered is not None:
            return self.enter(self.recovered)
        if not self.opened.initialised:
            from ui.setup_wizard import SetupWizard

            wizard = SetupWizard(self.opened.location.display)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.admin is None:
                return False
            if wizard.recovery_code:
                from ui.accounts.encryption_dialogs import RecoveryCodeDialog

                RecoveryCodeDialog(wizard.admin, wizard.recovery_code).exec()
            # The administrator logs in like everyone after: the password is typed once more,
            # and the first session starts where every later one does.
            return self.login(wizard.admin.username, QApplication.translate(
                "AppController", "本所设置完成。请用刚设置的管理员账户登录。"))
        return self.login()

    def unlock(self, station_name: str) -> bool:
        """The login window of an encrypted database: the password opens this account's key slot,
        then the database is opened (checked, upgraded, a damaged one offered its backup) and the
        account logged in. The recovery code is the way in when no password works."""
        from station_app.accounts import service as accounts
        from station_app.accounts.signin import unlock
        from ui.accounts.login_dialog import LoginDialog

        dialog = LoginDialog(station_name, unlock=lambda user, password: unlock(self.url, user, password),
                             recovery_url=self.url)
        self.login_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.recovered is not None:
            self.opened = dialog.recovered.opened
            apply_language(load_settings().language)
            return self.enter(dialog.recovered.actor)
        if not self.open(dialog.key):
            return False
        try:
            actor = accounts.login(dialog.username.text(), dialog.password.text())
        except StationError as exc:  # a disabled or locked-out account: the database is open now
            return self.login(dialog.username.text(), exc.message)
        return self.enter(actor)

    def login(self, username: str = "", notice: str = "") -> bool:
        from ui.accounts.login_dialog import LoginDialog

        station = home_station()
        dialog = LoginDialog(station.name if station else "", username=username, notice=notice)
        self.login_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        return self.enter(dialog.actor)

    def enter(self, actor: Actor) -> bool:
        """After a login: a forced password change, the offer to encrypt a plain database (an
        administrator, once per login until done), then the main window."""
        from station_app.accounts.service import must_change_password
        from ui.accounts.encryption_dialogs import offer_encryption
        from ui.accounts.login_dialog import ChangePasswordDialog

        if must_change_password(actor) and not ChangePasswordDialog(actor, forced=True).exec():
            return False
        offer_encryption(actor)
        self.show_main(actor)
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
    writer_wait.install()  # a save that has to wait for another shows why, with 取消
    controller = AppController(args.db)
    if not controller.start():
        return 1
    code = app.exec()
    controller.finish()
    paths.clear_temp_dir()
    return code


if __name__ == "__main__":
    sys.exit(main())
