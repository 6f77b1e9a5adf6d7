"""The main window: navigation, unbuilt modules, status bar, settings page, About."""

from __future__ import annotations

import platform
import sqlite3

import peewee
import PySide6
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from station_app.accounts import service as accounts
from station_app.audit.chain import recent_entries
from station_app.core import paths
from station_app.settings.service import load_settings
from ui.main_window import MainWindow

EXPECTED_NAVIGATION = ["工作台", "矛盾纠纷", "巡逻", "居民/网格", "12345工单", "返赃", "走访", "报表导出",
                       "设置"]
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def window(main_window_for, sqlite_admin) -> MainWindow:
    return main_window_for(sqlite_admin)


def navigate(qtbot, window: MainWindow, label: str) -> QWidget:
    """Click the navigation entry `label`; return the page now shown."""
    item = window.navigation.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), CLICK, pos=rect.center())
    return window.stack.currentWidget()


def test_navigation_lists_exactly_the_modules(window: MainWindow) -> None:
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels == EXPECTED_NAVIGATION
    assert window.navigation.currentRow() == 0
    heading = window.stack.currentWidget().findChildren(QLabel)[0].text()
    assert heading == "工作台 — 高力板派出所"
    assert window.windowTitle() == "平安台账 — 高力板派出所"


@pytest.mark.parametrize("label", EXPECTED_NAVIGATION)
def test_every_page_opens_and_none_is_a_placeholder(qtbot, window: MainWindow, label: str) -> None:
    page = navigate(qtbot, window, label)

    assert page.isVisible()
    assert page.findChild(QLabel, "placeholder_text") is None


def test_pages_are_built_once_and_kept(qtbot, window: MainWindow) -> None:
    first = navigate(qtbot, window, "巡逻")
    navigate(qtbot, window, "工作台")
    assert navigate(qtbot, window, "巡逻") is first


def test_status_bar_shows_user_station_and_database(window: MainWindow, opened_sqlite) -> None:
    texts = [label.text() for label in window.statusBar().findChildren(QLabel) if label.isVisible()]
    assert "用户：崔鑫龙（管理员）" in texts
    assert "本所：高力板派出所" in texts
    assert f"数据库：{opened_sqlite.location.display}" in texts
    assert "station.sqlite3" in opened_sqlite.location.display


def test_settings_show_where_the_data_lives_read_only(qtbot, window: MainWindow, opened_sqlite) -> None:
    page = navigate(qtbot, window, "设置")

    data_dir = page.findChild(QLineEdit, "data_dir")
    database = page.findChild(QLineEdit, "database_location")
    assert data_dir.text() == str(paths.data_dir()) and data_dir.isReadOnly()
    assert database.text() == opened_sqlite.location.display and database.isReadOnly()
    type_into = data_dir.text()
    QTest.keyClicks(data_dir, "xyz")
    assert data_dir.text() == type_into


def test_settings_list_the_chinese_fonts_found(qtbot, window: MainWindow) -> None:
    page = navigate(qtbot, window, "设置")
    fonts = page.general.font_choice
    names = [fonts.itemText(index) for index in range(fonts.count())]

    assert any(name.startswith("WenQuanYi Micro Hei") for name in names), names
    assert "未找到中文字体" not in " ".join(names)
    assert isinstance(fonts, QComboBox) and fonts.isEnabled()
    assert page.findChild(QLabel, "font_note").text()


def test_idle_minutes_cannot_be_zero(qtbot, window: MainWindow) -> None:
    spin = navigate(qtbot, window, "设置").general.idle_minutes
    assert isinstance(spin, QSpinBox) and spin.minimum() == 1

    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "0")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 10, "typing 0 is not accepted"
    for _ in range(15):
        QTest.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 1


def test_saving_idle_minutes_persists_and_updates_the_window(qtbot, window: MainWindow) -> None:
    page = navigate(qtbot, window, "设置").general
    spin = page.idle_minutes
    assert spin.value() == load_settings().idle_lock_minutes == 10

    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "5")
    qtbot.mouseClick(page.save_button, CLICK)

    assert page.findChild(QLabel, "settings_status").text() == "设置已保存。"
    assert load_settings().idle_lock_minutes == 5
    assert window.idle.findChild(QTimer).interval() == 5 * 60_000
    assert recent_entries(limit=1)[0].action == "settings.update"


def test_a_read_only_role_sees_the_settings_disabled(qtbot, main_window_for, sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "chakan", "查看员", "readonly", "Look1234")
    window = main_window_for(accounts.login("chakan", "Look1234"))
    page = navigate(qtbot, window, "设置").general

    for widget in (page.idle_minutes, page.language, page.font_choice, page.backup_dir, page.save_button):
        assert not widget.isEnabled()
    assert page.findChild(QLabel, "settings_status").text() == "只有管理员或所长可以修改设置。"
    # still shows where the data lives
    assert page.findChild(QLineEdit, "data_dir").text() == str(paths.data_dir())


def test_about_text_names_versions_and_data_dir(opened_sqlite) -> None:
    from ui.about import about_text

    text = about_text(opened_sqlite.location.display)
    for expected in (platform.python_version(), PySide6.__version__, peewee.__version__,
                     sqlite3.sqlite_version, str(paths.data_dir()), opened_sqlite.location.display):
        assert expected in text, expected
