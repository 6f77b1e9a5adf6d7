"""Logging in, and unlocking the window after the idle lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import service as accounts
from station_app.accounts.signin import SignedIn
from station_app.core.actor import Actor
from ui.common.forms import general_error, run_service


class LoginDialog(QDialog):
    """The login window. On an encrypted database not yet open, `unlock(username, password)` opens
    the account's key slot instead of logging in (the caller opens the database with `key`, then
    logs in); a button then offers the recovery code (`recovered` once used)."""

    def __init__(self, station_name: str, parent: QWidget | None = None, username: str = "",
                 notice: str = "", unlock: Callable[[str, str], bytes | None] | None = None,
                 recovery_url: str | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.key: bytes | None = None
        self.recovered: SignedIn | None = None
        self._unlock, self._recovery_url = unlock, recovery_url
        self.setWindowTitle(self.tr("平安台账 — 登录"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(station_name)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 18px; font-weight: bold; padding: 8px;")
        layout.addWidget(heading)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        if notice:
            note = QLabel(notice)
            note.setObjectName("login_notice")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        self.message = general_error(layout, "login_message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        if unlock is not None:
            recover = buttons.addButton(self.tr("用恢复密钥打开…"), QDialogButtonBox.ButtonRole.ActionRole)
            recover.setObjectName("recover")
            recover.setAutoDefault(False)
            recover.clicked.connect(self.recover)
        layout.addWidget(buttons)
        self.username.setText(username)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        if self._unlock is not None:
            unlock = self._unlock
            opened = run_service(self, lambda: (unlock(self.username.text(), self.password.text()),),
                                 general=self.message)
            if opened is None:
                self.password.clear()
                self.password.setFocus()
                return
            self.key = opened[0]
            self.accept()
            return
        actor = run_service(
            self, lambda: accounts.login(self.username.text(), self.password.text()),
            general=self.message,
        )
        if actor is None:
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = actor
        self.accept()

    def recover(self) -> None:
        from ui.accounts.encryption_dialogs import RecoveryDialog

        dialog = RecoveryDialog(self._recovery_url, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.signed is not None:
            self.recovered = dialog.signed
            self.accept()


class LockDialog(QDialog):
    """The window is locked after idle minutes: the same user's password unlocks it."""

    SWITCH_USER = 2

    def __init__(self, actor: Actor, parent: QWidget | None = None, by_user: bool = False) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("平安台账 — 已锁定"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        why = self.tr("{name}锁定了窗口。") if by_user else self.tr("长时间无人操作，窗口已锁定。")
        text = QLabel((why + "\n" + self.tr("{name}（{user}），请输入密码解锁。"))
                      .replace("{name}", actor.full_name).replace("{user}", actor.username))
        text.setObjectName("lock_reason")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        layout.addWidget(self.password)
        self.message = general_error(layout, "")
        buttons = QDialogButtonBox()
        unlock = buttons.addButton(self.tr("解锁"), QDialogButtonBox.ButtonRole.AcceptRole)
        unlock.setDefault(True)
        switch = QPushButton(self.tr("切换用户"))
        buttons.addButton(switch, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.submit)
        switch.clicked.connect(lambda: self.done(self.SWITCH_USER))
        layout.addWidget(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        actor = run_service(self, lambda: accounts.unlock_session(self.actor, self.password.text()),
                            general=self.message)
        if actor is None:
            self.password.clear()
            return
        self.actor = actor
        self.accept()

    def reject(self) -> None:
        """Esc and the close button do not unlock."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


class ChangePasswordDialog(QDialog):
    """A user changes their own password (forced after an administrator reset it)."""

    def __init__(self, actor: Actor, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.common.forms import FieldErrors

        self.actor = actor
        self.setWindowTitle(self.tr("修改密码"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("管理员重置了您的密码，请设置一个只有您知道的新密码。"))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.old_password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("原密码"), "old_password", self.old_password)
        self.errors.add_row(form, self.tr("新密码"), "new_password", self.new_password)
        self.errors.add_row(form, self.tr("再输一次"), "again", self.again)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        from station_app.core.errors import ValidationError

        def change() -> bool:
            if self.new_password.text() != self.again.text():
                raise ValidationError.single("again", self.tr("两次输入的新密码不一致。"))
            accounts.change_own_password(self.actor, self.old_password.text(), self.new_password.text())
            return True

        if run_service(self, change, self.errors):
            self.accept()
