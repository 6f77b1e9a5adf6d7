"""账户管理: the administrator adds accounts, changes roles, resets passwords, disables accounts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import limits, permissions
from station_app.accounts import service as accounts
from station_app.accounts.service import AccountInfo
from station_app.core.actor import Actor
from station_app.core.clock import format_local
from station_app.core.errors import ValidationError
from ui.common.core_text import core_text
from ui.common.forms import FieldErrors, run_service, save_buttons
from ui.common.noop import QT_TRANSLATE_NOOP


class AccountDialog(QDialog):
    """Add an account (with a first password) or edit name, role and police number."""

    def __init__(self, actor: Actor, existing: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.existing = actor, existing
        self.result_info: AccountInfo | None = None
        self.setWindowTitle(self.tr("修改账户") if existing else self.tr("添加账户"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.username = QLineEdit(existing.username if existing else "")
        self.username.setEnabled(existing is None)
        self.full_name = QLineEdit(existing.full_name if existing else "")
        self.role = QComboBox()
        for code, label in permissions.ROLES.items():
            self.role.addItem(label, code)
        self.role.setCurrentIndex(self.role.findData(existing.role if existing else "officer"))
        self.police_number = QLineEdit(existing.police_number if existing else "")
        self.errors.add_row(form, self.tr("用户名*"), "username", self.username)
        self.errors.add_row(form, self.tr("姓名*"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("角色*"), "role", self.role)
        self.errors.add_row(form, self.tr("警号"), "police_number", self.police_number)
        self.errors.apply_limits(limits.ACCOUNT)
        if existing is None:
            self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
            self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
            self.errors.add_row(form, self.tr("初始密码*"), "password", self.password)
            self.errors.add_row(form, self.tr("再输一次*"), "again", self.again)
        layout.addLayout(form)
        layout.addWidget(save_buttons(self, self.submit)[0])

    def submit(self) -> None:
        role = self.role.currentData()

        def save() -> AccountInfo:
            if self.existing is not None:
                return accounts.update_account(
                    self.actor, self.existing.id, self.existing.version, self.full_name.text(),
                    role, self.police_number.text())
            if self.password.text() != self.again.text():
                raise ValidationError.single("again", self.tr("两次输入的密码不一致。"))
            return accounts.create_account(self.actor, self.username.text(), self.full_name.text(),
                                           role, self.password.text(), self.police_number.text())

        info = run_service(self, save, self.errors)
        if info is not None:
            self.result_info = info
            self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, actor: Actor, target: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.target = actor, target
        self.setWindowTitle(self.tr("重置密码 — {user}").replace("{user}", target.username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("临时密码"), "password", self.password)
        self.errors.add_row(form, self.tr("再输一次"), "again", self.again)
        layout.addLayout(form)
        layout.addWidget(save_buttons(self, self.submit)[0])

    def submit(self) -> None:
        def reset() -> AccountInfo:
            if self.password.text() != self.again.text():
                raise ValidationError.single("again", self.tr("两次输入的密码不一致。"))
            return accounts.reset_password(self.actor, self.target.id, self.password.text())

        if run_service(self, reset, self.errors) is not None:
            self.accept()


class UsersPage(QWidget):
    COLUMNS = (
        QT_TRANSLATE_NOOP("UsersPage", "用户名"), QT_TRANSLATE_NOOP("UsersPage", "姓名"),
        QT_TRANSLATE_NOOP("UsersPage", "角色"), QT_TRANSLATE_NOOP("UsersPage", "警号"),
        QT_TRANSLATE_NOOP("UsersPage", "状态"), QT_TRANSLATE_NOOP("UsersPage", "上次登录"),
    )

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.rows: list[AccountInfo] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加账户"))
        self.edit_button = QPushButton(self.tr("修改"))
        self.reset_button = QPushButton(self.tr("重置密码"))
        self.toggle_button = QPushButton(self.tr("停用"))
        for button in (self.add_button, self.edit_button, self.reset_button, self.toggle_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit_account)
        self.refresh()

    def refresh(self) -> None:
        rows = run_service(self, lambda: accounts.list_accounts(self.actor))
        self.rows = rows or []
        self.table.setRowCount(len(self.rows))
        for index, info in enumerate(self.rows):
            values = (info.username, info.full_name, core_text(info.role_label), info.police_number,
                      self.tr("可用") if info.is_active else self.tr("已停用"),
                      format_local(info.last_login_at))
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self._update_buttons()

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_username(self, username: str) -> None:
        for index, info in enumerate(self.rows):
            if info.username == username:
                self.table.selectRow(index)

    def _update_buttons(self) -> None:
        info = self.selected()
        for button in (self.edit_button, self.reset_button, self.toggle_button):
            button.setEnabled(info is not None)
        self.toggle_button.setText(self.tr("启用") if info and not info.is_active else self.tr("停用"))

    def add_account(self) -> None:
        dialog = AccountDialog(self.actor, parent=self)
        if dialog.exec() and dialog.result_info:
            self.refresh()
            self.select_username(dialog.result_info.username)

    def edit_account(self) -> None:
        info = self.selected()
        if info and AccountDialog(self.actor, info, self).exec():
            self.refresh()
            self.select_username(info.username)

    def reset_password(self) -> None:
        info = self.selected()
        if info:
            ResetPasswordDialog(self.actor, info, self).exec()
            self.refresh()
            self.select_username(info.username)

    def toggle_active(self) -> None:
        info = self.selected()
        if info and run_service(self, lambda: accounts.set_account_active(
                self.actor, info.id, not info.is_active)):
            self.refresh()
            self.select_username(info.username)
