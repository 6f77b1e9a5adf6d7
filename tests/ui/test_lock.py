"""The idle lock: the window hides its data by itself and only the same user's password brings it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from station_app.audit.chain import recent_entries
from tests.ui.conftest import ADMIN_PASSWORD, type_text
from ui.accounts.login_dialog import LockDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(main_window_for, sqlite_admin) -> MainWindow:
    return main_window_for(sqlite_admin)


def wait_locked(qtbot, window: MainWindow) -> LockDialog:
    qtbot.waitUntil(lambda: window.lock_dialog is not None and window.lock_dialog.isVisible(), timeout=3000)
    assert window.is_locked
    assert not window.centralWidget().isVisible(), "the data must be hidden while locked"
    return window.lock_dialog


def enter_password(qtbot, dialog: LockDialog, password: str) -> None:
    type_text(qtbot, dialog.password, password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_window_locks_by_itself_after_idle_minutes(qtbot, window: MainWindow) -> None:
    assert window.centralWidget().isVisible() and not window.is_locked
    window.idle.set_minutes(0.0005)  # 30 ms

    dialog = wait_locked(qtbot, window)

    assert dialog.windowTitle() == "平安台账 — 已锁定"
    assert dialog.isModal()
    assert "崔鑫龙（admin）" in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_keyboard_and_mouse_use_postpone_the_lock(qtbot, window: MainWindow) -> None:
    window.idle.set_minutes(0.01)  # 600 ms
    for _ in range(20):  # 1.2 s of typing and moving the mouse: never 600 ms without input
        QTest.keyClick(window.navigation, Qt.Key.Key_Down)
        QTest.mouseMove(window.navigation)
        qtbot.wait(60)
        assert not window.is_locked, "the window locked while the user was working"

    wait_locked(qtbot, window)  # and once the user stops, it locks


def test_wrong_password_keeps_it_locked_with_a_message(qtbot, window: MainWindow) -> None:
    window.idle.set_minutes(0.0005)
    dialog = wait_locked(qtbot, window)

    enter_password(qtbot, dialog, "Wrong1234")

    assert "用户名或密码不正确" in dialog.message.text() and dialog.message.isVisible()
    assert dialog.password.text() == ""
    assert dialog.isVisible() and window.is_locked and window.lock_dialog is dialog
    assert not window.centralWidget().isVisible()
    assert recent_entries(limit=1)[0].action == "login.failed"


def test_right_password_unlocks_and_shows_the_data_again(qtbot, window: MainWindow) -> None:
    window.idle.set_minutes(0.0005)
    dialog = wait_locked(qtbot, window)
    window.idle.set_minutes(10)  # so it does not lock again at once after unlocking

    with qtbot.waitSignal(dialog.finished, timeout=3000):
        enter_password(qtbot, dialog, ADMIN_PASSWORD)

    assert not dialog.isVisible()
    assert not window.is_locked and window.lock_dialog is None
    assert window.centralWidget().isVisible()
    assert window.navigation.isVisible() and window.navigation.count() == 9


def test_escape_does_not_unlock(qtbot, window: MainWindow) -> None:
    window.idle.set_minutes(0.0005)
    dialog = wait_locked(qtbot, window)

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    QTest.keyClick(dialog.password, Qt.Key.Key_Escape)
    dialog.close()  # the title bar's close button
    qtbot.wait(50)

    assert dialog.isVisible() and window.is_locked
    assert not window.centralWidget().isVisible()


def test_switch_user_logs_out(qtbot, window: MainWindow) -> None:
    window.idle.set_minutes(0.0005)
    dialog = wait_locked(qtbot, window)
    switch = next(button for button in dialog.findChildren(QPushButton) if button.text() == "切换用户")

    with qtbot.waitSignal(window.sig_logout, timeout=3000):
        qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert window.lock_dialog is None


def test_ctrl_l_locks(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)

    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    dialog = wait_locked(qtbot, window)
    # the user can type the password at once
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=3000)


def privacy_covers(form: QWidget) -> list[QWidget]:
    return form.findChildren(QWidget, "privacy_cover")


def test_an_open_form_is_covered_while_locked_and_keeps_what_was_typed(qtbot, window: MainWindow) -> None:
    from ui.accounts.users_page import AccountDialog

    form = AccountDialog(window.actor, parent=window)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.full_name, "巴特尔")
    window.lock()
    dialog = wait_locked(qtbot, window)
    covers = privacy_covers(form)
    assert len(covers) == 1 and covers[0].isVisible() and covers[0].geometry() == form.rect()

    enter_password(qtbot, dialog, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked and not privacy_covers(form), timeout=3000)
    assert form.isVisible() and form.full_name.text() == "巴特尔"
