"""The encrypted database as an officer meets it (issue 16), through ui.app.AppController: a plain
database encrypted at an administrator's login, the key unlocked by the login window, the recovery
code from the sheet when no password works. Real SQLCipher files; the bytes on disk are checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from station_app.accounts.service import create_account
from station_app.backup.service import backup_now
from station_app.core import db, vault
from station_app.core.startup import open_database
from station_app.residents.service import create_resident
from tests.ui.conftest import ADMIN_PASSWORD, keep_recovery_code, make_station, type_text
from ui.accounts.encryption_dialogs import EncryptDatabaseDialog, RecoveryCodeDialog, RecoveryDialog
from ui.accounts.login_dialog import LoginDialog
from ui.app import AppController

CLICK = Qt.MouseButton.LeftButton
NAME, ID_NUMBER = "乌兰其其格", "152222199203154523"


def plain_station(url: str) -> Path:
    open_database(url)
    admin = make_station()
    create_account(admin, "zhangsan", "张三", "officer", "Zhang1234")
    create_resident(admin, {"name": NAME, "id_number": ID_NUMBER, "phone": "13904751234"})
    backup = backup_now(admin).info.path
    db.close()
    return backup


def log_in(qtbot, username: str, password: str):
    def answer(dialog: LoginDialog) -> None:
        type_text(qtbot, dialog.username, username)
        type_text(qtbot, dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    return answer


def test_an_administrator_encrypts_a_plain_database_and_its_backups(
        qtbot, sqlite_url: str, drive_modal) -> None:
    backup = plain_station(sqlite_url)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert ID_NUMBER.encode() in path.read_bytes() + backup.read_bytes()
    controller = AppController(sqlite_url)
    codes: list[str] = []
    answers: list[str] = []

    def encrypt(dialog: EncryptDatabaseDialog) -> None:
        type_text(qtbot, dialog.password, "NotMine123")
        qtbot.mouseClick(dialog.encrypt_button, CLICK)
        refused = dialog.findChild(QLabel, "error_password")
        qtbot.waitUntil(lambda: "密码不正确" in refused.text(), timeout=10_000)
        dialog.password.clear()
        type_text(qtbot, dialog.password, ADMIN_PASSWORD)
        qtbot.mouseClick(dialog.encrypt_button, CLICK)

    def answer_box(box: QMessageBox) -> None:
        answers.append(box.text())
        yes = box.button(QMessageBox.StandardButton.Yes) or box.button(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(yes, CLICK)

    login = drive_modal(LoginDialog, log_in(qtbot, "admin", ADMIN_PASSWORD))
    offer = drive_modal(EncryptDatabaseDialog, encrypt)
    code = drive_modal(RecoveryCodeDialog,
                       lambda dialog: codes.append(keep_recovery_code(qtbot, dialog)))
    boxes = [drive_modal(QMessageBox, answer_box) for _ in range(3)]
    assert controller.start() is True
    for driver in (login, offer, code, *boxes):
        driver.check()
    assert "zhangsan" in answers[0]  # whose password does not open the file yet
    assert "2 份没有加密的旧备份" in answers[1] and "已把 2 份旧备份换成加密的" in answers[2]
    controller.window.close()
    db.close()
    vault.forget()

    for file in (path, *backup.parent.glob("*.sqlite3")):
        assert vault.is_encrypted(file), file
        assert ID_NUMBER.encode() not in file.read_bytes() and NAME.encode() not in file.read_bytes()
    assert vault.key_from_code(codes[0]) and len(codes[0].split()) == 8

    # the next start: the login window unlocks; a colleague without a key slot is told what to do
    again = AppController(sqlite_url)
    messages: list[str] = []

    def colleague_then_admin(dialog: LoginDialog) -> None:
        log_in(qtbot, "zhangsan", "Zhang1234")(dialog)
        messages.append(dialog.findChild(QLabel, "login_message").text())
        dialog.username.clear()
        log_in(qtbot, "admin", ADMIN_PASSWORD)(dialog)

    login = drive_modal(LoginDialog, colleague_then_admin)
    assert again.start() is True
    login.check()
    assert "重设密码" in messages[0]
    assert again.window.actor.username == "admin"
    again.window.close()


def test_the_recovery_code_opens_the_database_from_the_login_window(qtbot, sqlite_url: str,
                                                                    drive_modal) -> None:
    from station_app.accounts.service import login
    from station_app.backup.encryption import encrypt_database

    plain_station(sqlite_url)
    open_database(sqlite_url)
    admin = login("admin", ADMIN_PASSWORD)
    code = encrypt_database(admin, ADMIN_PASSWORD).recovery_code
    db.close()
    vault.forget()
    controller = AppController(sqlite_url)

    def recover_from_login(dialog: LoginDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton, "recover"), CLICK)

    def fill(dialog: RecoveryDialog) -> None:
        type_text(qtbot, dialog.code, "AAAAA-" * 7 + "AAAAA")
        type_text(qtbot, dialog.username, "admin")
        type_text(qtbot, dialog.password, "Recovered2026")
        type_text(qtbot, dialog.again, "Recovered2026")
        qtbot.mouseClick(dialog.findChildren(QPushButton)[0], CLICK)
        assert "恢复密钥不正确" in dialog.findChild(QLabel, "error_code").text()
        dialog.code.clear()
        type_text(qtbot, dialog.code, code.lower())
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    login_driver = drive_modal(LoginDialog, recover_from_login)
    recovery = drive_modal(RecoveryDialog, fill)
    assert controller.start() is True
    login_driver.check()
    recovery.check()
    assert controller.window.actor.username == "admin"
    controller.window.close()
    db.close()
    vault.forget()
    again = AppController(sqlite_url)
    relogin = drive_modal(LoginDialog, log_in(qtbot, "admin", "Recovered2026"))
    assert again.start() is True
    relogin.check()
    again.window.close()
