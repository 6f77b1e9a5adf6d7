"""账户管理: the administrator adds accounts, resets passwords and disables accounts from the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from station_app.accounts import service as accounts
from station_app.audit.chain import recent_entries
from station_app.core.actor import Actor
from station_app.core.errors import AuthenticationError
from tests.ui.conftest import type_text, visible_text
from ui.accounts.users_page import AccountDialog, ResetPasswordDialog, UsersPage

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, sqlite_admin) -> UsersPage:
    widget = UsersPage(sqlite_admin)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table_rows(page: UsersPage) -> list[list[str]]:
    table = page.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def row_of(page: UsersPage, username: str) -> list[str]:
    return next(row for row in table_rows(page) if row[0] == username)


def select(qtbot, page: UsersPage, username: str) -> None:
    row = next(index for index, values in enumerate(table_rows(page)) if values[0] == username)
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), CLICK, pos=rect.center())
    assert page.selected() is not None and page.selected().username == username


def fill_account(qtbot, dialog: AccountDialog, username: str, full_name: str, role_label: str,
                 password: str, again: str | None = None, police_number: str = "") -> None:
    type_text(qtbot, dialog.username, username)
    type_text(qtbot, dialog.full_name, full_name)
    dialog.role.setCurrentIndex(dialog.role.findText(role_label))
    type_text(qtbot, dialog.police_number, police_number)
    type_text(qtbot, dialog.password, password)
    type_text(qtbot, dialog.again, password if again is None else again)


def save_button(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)


def actor_of(username: str, admin: Actor) -> Actor:
    info = next(info for info in accounts.list_accounts(admin) if info.username == username)
    return Actor(info.id, info.username, info.full_name, info.role, admin.station_id)


def test_the_table_lists_the_administrator(page: UsersPage) -> None:
    headers = [page.table.horizontalHeaderItem(column).text() for column in range(page.table.columnCount())]
    assert headers == ["用户名", "姓名", "角色", "警号", "状态", "上次登录"]
    assert [row[:3] + row[4:5] for row in table_rows(page)] == [["admin", "崔鑫龙", "管理员", "可用"]]
    # nothing selected: only 添加账户 can be pressed
    assert page.add_button.isEnabled()
    assert not page.reset_button.isEnabled() and not page.toggle_button.isEnabled()


def test_admin_adds_an_account_through_the_dialog(qtbot, page: UsersPage, drive_modal, sqlite_admin) -> None:
    def answer(dialog: AccountDialog) -> None:
        assert dialog.windowTitle() == "添加账户"
        fill_account(qtbot, dialog, "zhangsan", "张三", "民警", "Zhang1234", police_number="150101")
        qtbot.mouseClick(save_button(dialog), CLICK)

    driver = drive_modal(AccountDialog, answer)
    qtbot.mouseClick(page.add_button, CLICK)
    dialog = driver.check()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert row_of(page, "zhangsan")[:5] == ["zhangsan", "张三", "民警", "150101", "可用"]
    assert page.selected() is not None and page.selected().username == "zhangsan"
    stored = {info.username: info for info in accounts.list_accounts(sqlite_admin)}
    assert stored["zhangsan"].role == "officer" and stored["zhangsan"].full_name == "张三"
    assert accounts.login("zhangsan", "Zhang1234").role == "officer"
    assert any(entry.action == "account.create" and entry.username == "admin" for entry in recent_entries())


def test_a_duplicate_user_name_is_shown_under_the_field(qtbot, sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "zhangsan", "张三", "officer", "Zhang1234")
    dialog = AccountDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    fill_account(qtbot, dialog, "zhangsan", "张三丰", "辅警", "Other1234")
    qtbot.mouseClick(save_button(dialog), CLICK)

    assert "已被使用" in visible_text(dialog, "error_username")
    assert dialog.isVisible() and dialog.result_info is None
    assert (dialog.username.text(), dialog.full_name.text(), dialog.password.text()) == (
        "zhangsan", "张三丰", "Other1234")
    assert [info.full_name for info in accounts.list_accounts(sqlite_admin)
            if info.username == "zhangsan"] == ["张三"]


def test_mismatched_passwords_in_the_dialog_write_nothing(qtbot, sqlite_admin) -> None:
    dialog = AccountDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    fill_account(qtbot, dialog, "lisi", "李四", "民警", "Lisi1234", again="Lisi12345")
    qtbot.mouseClick(save_button(dialog), CLICK)

    assert "不一致" in visible_text(dialog, "error_again")
    assert [info.username for info in accounts.list_accounts(sqlite_admin)] == ["admin"]


def test_reset_password_forces_a_change_at_next_login(qtbot, page: UsersPage, drive_modal,
                                                      sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "zhangsan", "张三", "officer", "Zhang1234")
    page.refresh()
    user = actor_of("zhangsan", sqlite_admin)
    assert not accounts.must_change_password(user)
    select(qtbot, page, "zhangsan")

    def answer(dialog: ResetPasswordDialog) -> None:
        assert dialog.windowTitle() == "重置密码 — zhangsan"
        type_text(qtbot, dialog.password, "Temp5678")
        type_text(qtbot, dialog.again, "Temp5678")
        qtbot.mouseClick(save_button(dialog), CLICK)

    driver = drive_modal(ResetPasswordDialog, answer)
    qtbot.mouseClick(page.reset_button, CLICK)
    assert driver.check().result() == ResetPasswordDialog.DialogCode.Accepted

    assert accounts.must_change_password(user)
    assert accounts.login("zhangsan", "Temp5678").username == "zhangsan"
    with pytest.raises(AuthenticationError):
        accounts.login("zhangsan", "Zhang1234")
    assert page.selected() is not None and page.selected().username == "zhangsan"


def test_a_weak_temporary_password_is_refused_inline(qtbot, page: UsersPage, drive_modal,
                                                     sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "zhangsan", "张三", "officer", "Zhang1234")
    page.refresh()
    select(qtbot, page, "zhangsan")
    seen: list[str] = []

    def answer(dialog: ResetPasswordDialog) -> None:
        type_text(qtbot, dialog.password, "short1")
        type_text(qtbot, dialog.again, "short1")
        qtbot.mouseClick(save_button(dialog), CLICK)
        seen.append(visible_text(dialog, "error_password"))
        assert dialog.isVisible()
        dialog.reject()

    driver = drive_modal(ResetPasswordDialog, answer)
    qtbot.mouseClick(page.reset_button, CLICK)
    driver.check()

    assert "太短" in seen[0]
    assert not accounts.must_change_password(actor_of("zhangsan", sqlite_admin))
    assert accounts.login("zhangsan", "Zhang1234").username == "zhangsan"


def test_disabling_from_the_page_shows_it_and_refuses_login(qtbot, page: UsersPage, sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "zhangsan", "张三", "officer", "Zhang1234")
    page.refresh()
    select(qtbot, page, "zhangsan")
    assert page.toggle_button.text() == "停用" and page.toggle_button.isEnabled()

    qtbot.mouseClick(page.toggle_button, CLICK)

    assert row_of(page, "zhangsan")[4] == "已停用"
    assert page.toggle_button.text() == "启用"
    with pytest.raises(AuthenticationError, match="已停用"):
        accounts.login("zhangsan", "Zhang1234")

    qtbot.mouseClick(page.toggle_button, CLICK)
    assert row_of(page, "zhangsan")[4] == "可用"
    assert accounts.login("zhangsan", "Zhang1234").username == "zhangsan"


def test_the_administrator_cannot_disable_themselves(qtbot, page: UsersPage, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    select(qtbot, page, "admin")

    qtbot.mouseClick(page.toggle_button, CLICK)

    assert shown and "不能停用自己" in shown[0]
    assert row_of(page, "admin")[4] == "可用"


def test_settings_of_a_non_admin_have_no_account_management(main_window_for, sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "zhangsan", "张三", "officer", "Zhang1234")
    officer = accounts.login("zhangsan", "Zhang1234")

    settings = main_window_for(officer).show_page("settings")

    assert isinstance(settings, QTabWidget)
    tabs = [settings.tabText(index) for index in range(settings.count())]
    assert tabs[0] == "常规" and "账户管理" not in tabs  # 与县局互认密钥 is shown read-only to everyone
    assert settings.findChild(UsersPage) is None


def test_settings_of_the_admin_have_account_management(main_window_for, sqlite_admin) -> None:
    settings = main_window_for(sqlite_admin).show_page("settings")
    tabs = [settings.tabText(index) for index in range(settings.count())]
    assert tabs == ["常规", "备份与恢复", "与县局互认密钥", "账户管理"]
