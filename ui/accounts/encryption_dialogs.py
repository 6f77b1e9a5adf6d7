"""The encrypted database as a user meets it: the recovery code shown once and printed for the safe,
encrypting a database made by an earlier release, and opening one with the recovery code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts.signin import SignedIn, recover
from station_app.backup import encryption
from station_app.core.actor import Actor
from ui.common.forms import FieldErrors, general_error, run_service, save_buttons, text_label


def _begin(dialog: QDialog, title: str, width: int, intro: str) -> QVBoxLayout:
    """The dialog's title and width, and its column opening with what the step is about."""
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(width)
    layout = QVBoxLayout(dialog)
    label = text_label()
    label.setText(intro)
    layout.addWidget(label)
    return layout


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown this once: printed on the sheet for the station's safe before the
    officer may go on (the code is stored nowhere; without it a lost key file loses the data)."""

    def __init__(self, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.code = actor, code
        self.printed = False
        layout = _begin(self, self.tr("平安台账 — 恢复密钥"), 560, self.tr(
            "本所数据库已加密：没有账户密码，拿到电脑或备份盘的人也读不出任何内容。\n"
            "下面是数据库的恢复密钥，只显示这一次。所有管理员都忘记密码、或钥匙文件丢失时，"
            "只有它能打开数据库。请立即打印恢复密钥单，封好放入所内保险柜。"))
        groups = code.split("-")  # two lines of four groups, as on the sheet
        shown = text_label("recovery_code", selectable=True)
        shown.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(16)
        font.setWeight(QFont.Weight.Bold)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setStyleSheet("border: 1px solid #888; padding: 12px; background: #fffbe6;")
        layout.addWidget(shown)
        self.print_button = QPushButton(self.tr("打印恢复密钥单…"))
        self.print_button.clicked.connect(self.show_sheet)
        layout.addWidget(self.print_button)
        self.confirmed = QCheckBox(self.tr("我已打印恢复密钥单，并会放入保险柜"))
        layout.addWidget(self.confirmed)
        buttons = QDialogButtonBox()
        self.go_on = buttons.addButton(self.tr("继续"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_on.setEnabled(False)
        self.confirmed.toggled.connect(self.go_on.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def show_sheet(self) -> None:
        from ui.common.pdf_preview import PdfPreviewDialog

        pdf = run_service(self, lambda: encryption.recovery_sheet_pdf(self.actor, self.code))
        if pdf is None:
            return
        self.printed = True
        PdfPreviewDialog(pdf, self.tr("恢复密钥单"), "恢复密钥单.pdf", self).exec()

    def reject(self) -> None:
        """Esc does not skip the code: it is never shown again."""

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 (Qt's event)
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


class EncryptDatabaseDialog(QDialog):
    """Offered to an administrator logging in to a plain database (made before encryption)."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.result_value: encryption.EncryptedDatabase | None = None
        layout = _begin(self, self.tr("平安台账 — 加密数据库"), 520, self.tr(
            "本所数据库还没有加密：电脑或备份盘丢失时，居民的身份证号、电话和调解内容都能被直接读出。\n"
            "加密前会先做一份检查过的备份；加密后每个账户用自己的密码打开数据库，"
            "并生成一份恢复密钥单放入保险柜。数据越多用时越长（十万居民约一分钟）。"))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("您的密码"), "password", self.password)
        layout.addLayout(form)
        self.general = general_error(layout, "")
        buttons, self.encrypt_button = save_buttons(self, self.submit, self.tr("现在加密"),
                                                    self.tr("以后再说"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("later")
        layout.addWidget(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        from station_app.core import db
        from ui.common.tasks import run_task

        self.errors.clear()
        self.general.clear()
        self.encrypt_button.setEnabled(False)
        password = self.password.text()
        db.close()  # this thread's connection: the file is replaced (Windows cannot replace an open one)
        self.task = run_task(self, self.tr("正在备份并加密数据库…"),
                             lambda progress, cancelled: encryption.encrypt_database(self.actor, password),
                             on_done=self._done, on_failed=self._failed, cancellable=False)

    def _done(self, result: encryption.EncryptedDatabase) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.encrypt_button.setEnabled(True)
        run_service(self, lambda: _raise(exc), self.errors, self.general)


def _raise(exc: BaseException) -> None:
    raise exc


def offer_encryption(actor: Actor, parent: QWidget | None = None) -> None:
    """After an administrator's login to a plain SQLite database: offer to encrypt it, show the
    recovery code, then ask before replacing the plain backups by encrypted ones."""
    if not encryption.encryption_offered(actor):
        return
    dialog = EncryptDatabaseDialog(actor, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
        return
    done = dialog.result_value
    RecoveryCodeDialog(actor, done.recovery_code, parent).exec()
    if done.without_key:
        QMessageBox.information(parent, _tr("平安台账 — 其他账户"), _tr(
            "这些账户的密码还打不开加密的数据库：{names}。\n请在“账户管理”中为他们重设密码，"
            "或让他们在本次程序运行时用“切换用户”登录一次。").replace("{names}", "、".join(done.without_key)))
    if not done.plain_backups:
        return
    answer = QMessageBox.question(parent, _tr("平安台账 — 旧备份"), _tr(
        "备份文件夹里还有 {count} 份没有加密的旧备份（包括刚才加密前做的那份）。\n"
        "把它们换成加密的吗？换好后只有本所账户的密码或恢复密钥能打开。").replace(
        "{count}", str(len(done.plain_backups))))
    if answer != QMessageBox.StandardButton.Yes:
        return
    outcome = run_service(parent or dialog, lambda: encryption.encrypt_backups(actor))
    if outcome is not None:
        replaced, problems = outcome
        text = _tr("已把 {count} 份旧备份换成加密的。").replace("{count}", str(replaced))
        if problems:
            text += "\n" + _tr("未能加密：") + "\n".join(problems)
        QMessageBox.information(parent, _tr("平安台账 — 旧备份"), text)


class RecoveryDialog(QDialog):
    """用恢复密钥打开: the code from the sheet in the safe, an administrator and a new password."""

    def __init__(self, url: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.signed: SignedIn | None = None
        layout = _begin(self, self.tr("平安台账 — 用恢复密钥打开"), 520, self.tr(
            "请从保险柜取出恢复密钥单，逐组输入恢复密钥（不分大小写），再为一个管理员账户设置新密码。"))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.code = QLineEdit(placeholderText="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username = QLineEdit(placeholderText=self.tr("管理员的用户名，如 admin"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("恢复密钥"), "code", self.code)
        self.errors.add_row(form, self.tr("管理员用户名"), "username", self.username)
        self.errors.add_row(form, self.tr("新密码"), "password", self.password)
        self.errors.add_row(form, self.tr("再输一次"), "again", self.again)
        layout.addLayout(form)
        self.general = general_error(layout, "recovery_message")
        buttons, _open = save_buttons(self, self.submit, self.tr("打开"))
        layout.addWidget(buttons)
        self.code.setFocus()

    def submit(self) -> None:
        from station_app.core.errors import ValidationError
        from station_app.core.vault import VaultError

        def open_with_code() -> SignedIn:
            if self.password.text() != self.again.text():
                raise ValidationError.single("again", self.tr("两次输入的新密码不一致。"))
            try:
                return recover(self.url, self.code.text(), self.username.text(), self.password.text())
            except VaultError as exc:
                raise ValidationError.single("code", exc.message) from None

        signed = run_service(self, open_with_code, self.errors, self.general)
        if signed is not None:
            self.signed = signed
            self.accept()


def _tr(text: str) -> str:
    return QCoreApplication.translate("EncryptionDialogs", text)
