"""The login dialog: messages a user reads, lock-out, disabled accounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from station_app.accounts import service as accounts
from station_app.audit.chain import recent_entries
from tests.ui.conftest import ADMIN_PASSWORD, type_text, visible_text
from ui.accounts.login_dialog import LoginDialog


@pytest.fixture
def dialog(qtbot, sqlite_admin) -> LoginDialog:
    login = LoginDialog("高力板派出所")
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    return login


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    type_text(qtbot, dialog.username, username)
    type_text(qtbot, dialog.password, password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_station_name_heads_the_dialog(dialog: LoginDialog) -> None:
    from PySide6.QtWidgets import QLabel

    assert "高力板派出所" in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


def test_wrong_password_shows_the_message_and_clears_only_the_password(qtbot, dialog: LoginDialog) -> None:
    attempt(qtbot, dialog, "admin", "Wrong1234")

    assert "用户名或密码不正确" in visible_text(dialog, "login_message")
    assert "再错 4 次" in visible_text(dialog, "login_message")
    assert dialog.username.text() == "admin"
    assert dialog.password.text() == ""
    assert dialog.isVisible() and dialog.actor is None
    assert recent_entries(limit=1)[0].action == "login.failed"


def test_unknown_user_gets_the_same_message(qtbot, dialog: LoginDialog) -> None:
    attempt(qtbot, dialog, "nobody", ADMIN_PASSWORD)
    assert visible_text(dialog, "login_message") == "用户名或密码不正确。"
    assert dialog.actor is None


def test_five_wrong_passwords_lock_the_account(qtbot, dialog: LoginDialog) -> None:
    for _ in range(5):
        attempt(qtbot, dialog, "admin", "Wrong1234")
    assert "账户锁定 15 分钟" in visible_text(dialog, "login_message")

    attempt(qtbot, dialog, "admin", ADMIN_PASSWORD)
    message = visible_text(dialog, "login_message")
    assert "已锁定至" in message and "请管理员重置密码" in message
    assert dialog.actor is None and dialog.isVisible()


def test_right_password_accepts_and_sets_the_actor(qtbot, dialog: LoginDialog) -> None:
    attempt(qtbot, dialog, "admin", "Wrong1234")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        attempt(qtbot, dialog, "admin", ADMIN_PASSWORD)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.full_name, dialog.actor.role) == ("admin", "崔鑫龙", "admin")
    assert recent_entries(limit=1)[0].action == "login"


def test_a_disabled_account_is_refused(qtbot, dialog: LoginDialog, sqlite_admin) -> None:
    info = accounts.create_account(sqlite_admin, "zhangsan", "张三", "officer", "Zhang1234")
    accounts.set_account_active(sqlite_admin, info.id, False)

    attempt(qtbot, dialog, "zhangsan", "Zhang1234")

    assert "已停用" in visible_text(dialog, "login_message")
    assert dialog.actor is None and dialog.isVisible()
    assert recent_entries(limit=1)[0].action == "login.refused_disabled"
