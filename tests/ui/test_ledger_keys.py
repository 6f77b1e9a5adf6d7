"""Issue 13 items 4 and 14, fixed once in ui/common: Ctrl+Enter saves every form, Enter takes the
only suggestion, a click on 保存 while a list of suggestions is open saves, times are typed the
way people write them; the window is remembered per user; the dashboard is ordered and coloured
by urgency; Ctrl+L says who locked the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

from station_app.core.urgency import DUE_TODAY, OVERDUE, UPCOMING
from tests.ui.conftest import visible_text

# The offscreen platform cannot raise a popup or grab the keyboard for it; a desktop can.
OFFSCREEN_POPUP = "This plugin does not support (raise|grabbing)"


def test_ctrl_enter_registers_a_dispute(qtbot, sqlite_admin) -> None:  # noqa: ANN001
    from ui.mediation.register_dialog import RegisterDialog

    dialog = RegisterDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.summary.setFocus()
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert visible_text(dialog, "error_source")  # it tried to register: the missing source is named


def test_ctrl_enter_saves_a_one_line_form(qtbot, sqlite_admin) -> None:  # noqa: ANN001
    from ui.accounts.users_page import AccountDialog

    dialog = AccountDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.findChild(QLineEdit)
    field.setFocus()
    keypad_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier
    QTest.keyClick(field, Qt.Key.Key_Enter, keypad_ctrl)
    assert any(label.objectName().startswith("error_") and label.text()
               for label in dialog.findChildren(QLabel))


def _combo_dialog(qtbot):  # noqa: ANN001, ANN202
    from ui.mediation.widgets import typeahead_combo

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    save = QPushButton("保存")
    layout.addWidget(save)
    layout.addSpacing(200)
    combo = typeahead_combo(["群众来访", "网格员上报", "巡逻发现"])
    layout.addWidget(combo)
    dialog.resize(300, 320)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "qz")
    completer = combo.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.completionCount() == 1
    return combo, completer, save, dialog  # the caller keeps the dialog alive (qtbot holds it weakly)


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_enter_takes_the_only_suggestion(qtbot) -> None:  # noqa: ANN001
    combo, completer, _save, _dialog = _combo_dialog(qtbot)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentText() == "群众来访"  # was: "qz"


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_one_click_on_save_while_suggestions_are_open(qtbot) -> None:  # noqa: ANN001
    _combo, completer, save, _dialog = _combo_dialog(qtbot)
    clicks: list[bool] = []
    save.clicked.connect(lambda: clicks.append(True))
    popup = completer.popup()
    target = save.mapToGlobal(save.rect().center())
    assert not popup.geometry().contains(target)
    local = QPointF(popup.mapFromGlobal(target))
    # While the list is open it receives every click (a popup grabs the mouse), as Qt delivers it.
    press = QMouseEvent(QEvent.Type.MouseButtonPress, local, QPointF(target), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(popup, press)
    assert clicks == [True] and not popup.isVisible()


def test_a_time_is_typed_from_the_month_and_stays_in_its_field(qtbot) -> None:  # noqa: ANN001
    from datetime import datetime

    from ui.common.fields import datetime_edit, picked_datetime

    box = QDialog()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    edit = datetime_edit(datetime(2026, 12, 7, 20, 15))
    distance = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(distance)
    box.show()
    qtbot.waitExposed(box)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "11-30 13:30")
    assert picked_datetime(edit) == datetime(2026, 11, 30, 13, 30)
    assert distance.text() == ""  # was: "…13:30" spilled into 里程


def test_a_date_typed_with_its_year_is_that_date(qtbot) -> None:  # noqa: ANN001
    """Typing starts at the month, but an officer who writes the year ("2025-11-30", a recovery or
    a report from last year) got 2026-02-02 06:12 without a word: the year now goes to the year."""
    from datetime import date, datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    from ui.common.fields import date_edit, datetime_edit, picked_date, picked_datetime

    box = QDialog()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    moment = datetime_edit(datetime(2026, 12, 7, 20, 15))
    day = date_edit(date(2026, 12, 7))
    after = QLineEdit()
    for widget in (moment, day, after):
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()  # Tab commits what is typed only in the active window
    qtbot.waitUntil(box.isActiveWindow)
    for typed, expected in (("2025-11-30 09:30", datetime(2025, 11, 30, 9, 30)),
                            ("1999-01-02 3:04", datetime(1999, 1, 2, 3, 4)),
                            ("12-05 09:30", datetime(2026, 12, 5, 9, 30))):  # still from the month
        moment.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(20, 15)))  # as the form opens: now
        moment.setFocus()
        QTest.keyClick(moment, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(moment, typed)
        assert picked_datetime(moment) == expected, typed
    for typed, expected in (("2025-11-30", date(2025, 11, 30)), ("20251130", date(2025, 11, 30)),
                            ("2025/1/3", date(2025, 1, 3)), ("11-30", date(2026, 11, 30))):
        day.setDate(QDate(2026, 12, 7))
        day.setFocus()
        QTest.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(day, typed)
        qtbot.keyClick(day, Qt.Key.Key_Tab)  # on to the next field: the day "3" is taken as typed
        assert picked_date(day) == expected, typed
    assert after.text() == ""


def test_the_window_is_remembered_per_user_maximized_too(qtbot, sqlite_admin, main_window_for) -> None:  # noqa: ANN001
    window = main_window_for(sqlite_admin)
    free = QApplication.primaryScreen().availableGeometry()
    assert window.width() == min(1280, free.width())  # not the cramped 1100×700
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()  # as 切换用户 does
    again = main_window_for(sqlite_admin)
    assert again.isMaximized()


def test_the_dashboard_orders_and_colours_by_urgency(qtbot, sqlite_admin, monkeypatch) -> None:  # noqa: ANN001
    from ui.common.attention import COLOURS
    from ui.pages import ledger_attention
    from ui.pages.ledger_attention import LedgerAttentionPanel, LedgerItem

    items = [LedgerItem("hotline", "open_order", 1, "12345工单", "A", "明天到期", UPCOMING),
             LedgerItem("hotline", "open_order", 2, "12345工单", "B", "已逾期 2 天", OVERDUE),
             LedgerItem("hotline", "open_order", 3, "12345工单", "C", "今天到期", DUE_TODAY)]
    monkeypatch.setattr(ledger_attention, "PROVIDERS", (lambda actor: items,))
    panel = LedgerAttentionPanel(sqlite_admin)
    qtbot.addWidget(panel)
    panel.refresh()
    assert [panel.list.topLevelItem(row).text(1) for row in range(3)] == ["B", "C", "A"]
    colours = [panel.view.colour_of(row) for row in range(3)]
    assert colours[:2] == [COLOURS[OVERDUE], COLOURS[DUE_TODAY]] and colours[2] not in colours[:2]


def test_ctrl_l_says_the_user_locked_the_window(qtbot, sqlite_admin, main_window_for) -> None:  # noqa: ANN001
    window = main_window_for(sqlite_admin)
    lock = next(action for action in window.findChildren(QAction)
                if action.shortcut() == QKeySequence("Ctrl+L"))
    lock.trigger()
    assert window.lock_dialog is not None
    text = window.lock_dialog.findChild(QLabel, "lock_reason").text()
    assert "锁定了窗口" in text and "长时间无人操作" not in text
    window.lock_dialog.password.setText("Admin1234")
    window.lock_dialog.submit()
    window.lock()  # the idle timer's lock keeps its own words
    assert "长时间无人操作" in window.lock_dialog.findChild(QLabel, "lock_reason").text()
