"""End to end through ui.app.AppController: database → first-start form or login → main window."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from station_app.accounts import service as accounts
from station_app.core import db
from station_app.station.service import home_station
from tests.ui.conftest import ADMIN_PASSWORD, decline_encryption, keep_recovery_code, make_station, type_text
from ui.accounts.encryption_dialogs import RecoveryCodeDialog
from ui.accounts.login_dialog import ChangePasswordDialog, LoginDialog
from ui.app import AppController
from ui.main_window import MainWindow
from ui.setup_wizard import SetupWizard

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def controllers(qtbot):
    """Controllers made by a test; their main windows are closed afterwards."""
    made: list[AppController] = []

    def make(url: str) -> AppController:
        controller = AppController(url)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()


def fill_setup(qtbot, wizard: SetupWizard) -> None:
    assert wizard.isModal()
    for field, text in (("station_name", "高力板派出所"), ("station_code", "152222-GLB"),
                        ("county", "科右中旗"), ("town", "高力板镇"), ("admin_full_name", "崔鑫龙"),
                        ("admin_username", "admin"), ("password", ADMIN_PASSWORD),
                        ("password_again", ADMIN_PASSWORD)):
        type_text(qtbot, getattr(wizard, field), text)
    qtbot.mouseClick(wizard.ok_button, CLICK)


def log_in(qtbot, username: str, password: str):
    def answer(dialog: LoginDialog) -> None:
        assert dialog.isModal()
        assert "高力板派出所" in [label.text() for label in dialog.findChildren(QLabel)]
        type_text(qtbot, dialog.username, username)
        type_text(qtbot, dialog.password, password)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)

    return answer


def shown_window(qtbot, controller: AppController) -> MainWindow:
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert window.isVisible()
    return window


def test_first_start_then_second_start(qtbot, sqlite_url: str, controllers, drive_modal) -> None:
    first = controllers(sqlite_url)
    wizard = drive_modal(SetupWizard, lambda dialog: fill_setup(qtbot, dialog))
    code = drive_modal(RecoveryCodeDialog, lambda dialog: keep_recovery_code(qtbot, dialog))

    def first_login(dialog: LoginDialog) -> None:
        # After the wizard comes the login screen, the new administrator's name filled in.
        assert dialog.username.text() == "admin" and dialog.focusWidget() is dialog.password
        assert "管理员账户登录" in dialog.findChild(QLabel, "login_notice").text()
        wizard.check()
        code.check()
        type_text(qtbot, dialog.password, ADMIN_PASSWORD)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)

    login = drive_modal(LoginDialog, first_login)
    assert first.start() is True
    login.check()

    window = shown_window(qtbot, first)
    assert window.windowTitle() == "平安台账 — 高力板派出所"
    assert window.actor.username == "admin"
    assert home_station() is not None and home_station().code == "152222-GLB"

    # quit, and start again on the same database: now the login comes first
    window.close()
    db.close()
    second = controllers(sqlite_url)
    login = drive_modal(LoginDialog, log_in(qtbot, "admin", ADMIN_PASSWORD))
    assert second.start() is True
    login.check()

    window = shown_window(qtbot, second)
    assert window.actor.username == "admin"
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "用户：崔鑫龙（管理员）" in texts


def test_closing_the_login_ends_the_start(qtbot, sqlite_url: str, controllers, drive_modal) -> None:
    from station_app.core.startup import open_database

    open_database(sqlite_url)
    make_station()
    db.close()
    controller = controllers(sqlite_url)

    def cancel(dialog: LoginDialog) -> None:
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), CLICK)

    driver = drive_modal(LoginDialog, cancel)
    assert controller.start() is False
    driver.check()
    assert controller.window is None


def test_a_reset_password_must_be_changed_before_the_main_window(
    qtbot, sqlite_url: str, controllers, drive_modal
) -> None:
    from station_app.core.startup import open_database

    open_database(sqlite_url)
    admin = make_station()
    info = accounts.create_account(admin, "zhangsan", "张三", "officer", "Zhang1234")
    accounts.reset_password(admin, info.id, "Temp5678")
    db.close()
    controller = controllers(sqlite_url)

    def change(dialog: ChangePasswordDialog) -> None:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert any("管理员重置了您的密码" in text for text in texts)
        type_text(qtbot, dialog.old_password, "Temp5678")
        type_text(qtbot, dialog.new_password, "Mine9876")
        type_text(qtbot, dialog.again, "Mine9876")
        QTest.keyClick(dialog.again, Qt.Key.Key_Return)

    login = drive_modal(LoginDialog, log_in(qtbot, "zhangsan", "Temp5678"))
    forced = drive_modal(ChangePasswordDialog, change)
    assert controller.start() is True
    login.check()
    forced.check()

    window = shown_window(qtbot, controller)
    assert window.actor.username == "zhangsan"
    assert not accounts.must_change_password(window.actor)
    assert accounts.login("zhangsan", "Mine9876").username == "zhangsan"


def test_switch_user_goes_back_to_the_login(qtbot, sqlite_url: str, controllers, drive_modal) -> None:
    from station_app.core.startup import open_database

    open_database(sqlite_url)
    admin = make_station()
    accounts.create_account(admin, "zhangsan", "张三", "officer", "Zhang1234")
    db.close()
    controller = controllers(sqlite_url)
    login = drive_modal(LoginDialog, log_in(qtbot, "admin", ADMIN_PASSWORD))
    later = decline_encryption(drive_modal)
    assert controller.start() is True
    login.check()
    later.check()
    first_window = shown_window(qtbot, controller)

    again = drive_modal(LoginDialog, log_in(qtbot, "zhangsan", "Zhang1234"))
    first_window.sig_logout.emit()
    again.check()

    window = shown_window(qtbot, controller)
    assert window is not first_window
    assert window.actor.username == "zhangsan"


def test_a_garbage_database_file_is_refused_and_left_alone(
    qtbot, sqlite_url: str, tmp_path: Path, controllers, drive_modal
) -> None:
    path = tmp_path / "station.sqlite3"
    garbage = os.urandom(64 * 1024)  # as an encrypted database looks once its key file is lost
    path.write_bytes(garbage)
    shown: list[tuple[str, str]] = []

    def quit_unchanged(box: QMessageBox) -> None:
        assert box.objectName() == "unreadable_database"
        shown.append((box.windowTitle(), box.text()))
        [leave] = [button for button in box.buttons() if button.text().startswith("退出")]
        qtbot.mouseClick(leave, CLICK)

    told = drive_modal(QMessageBox, quit_unchanged)
    controller = controllers(sqlite_url)

    assert controller.start() is False
    told.check()

    assert len(shown) == 1
    title, text = shown[0]
    assert "无法识别数据库文件" in title
    assert "恢复密钥" in text and "损坏" in text and "没有改动" in text
    assert controller.window is None
    assert path.read_bytes() == garbage, "the damaged file must not be touched"
    assert [item.name for item in tmp_path.iterdir() if item.name.startswith("station.sqlite3")] == [
        "station.sqlite3"]


def test_the_apps_temporary_folder_is_emptied_at_start_and_at_exit(qtbot, qapp, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """Copies of opened attachments and bundles on their way to the stick live in <data>/tmp: what a
    power cut left is removed at the next start, what this run made is removed when it ends."""
    import ui.app
    from station_app.core import paths

    data = tmp_path / "data"
    left = data / "tmp" / "station-attachment-abc"
    left.mkdir(parents=True)
    (left / "调解协议扫描件.pdf").write_bytes(b"%PDF left by a power cut")
    seen: dict[str, list[str]] = {}

    def start(controller: AppController) -> bool:
        seen["at start"] = [entry.name for entry in paths.temp_dir().iterdir()]
        (paths.temp_dir() / "bundle.part").write_bytes(b"made by this run")
        return True

    monkeypatch.setattr(AppController, "start", start)
    monkeypatch.setattr(AppController, "finish", lambda controller: None)
    monkeypatch.setattr(type(qapp), "exec", lambda app: 0)
    handlers = list(logging.getLogger().handlers)
    try:
        assert ui.app.main(["--data-dir", str(data)]) == 0
    finally:  # main() logs to the data directory: the next tests log where they did
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert seen["at start"] == []
    assert list((data / "tmp").iterdir()) == []
