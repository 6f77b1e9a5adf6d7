"""First start: the station's identity and the first administrator, on one keyboard-friendly form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.backup.encryption import encrypt_database
from station_app.core import db
from station_app.core.actor import Actor
from station_app.station.service import initialise_station
from ui.common.forms import FieldErrors, general_error, run_service


class SetupWizard(QDialog):
    """Asks for 派出所 name, code, county, town and the administrator account; creates them."""

    def __init__(self, database_display: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admin: Actor | None = None
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("平安台账 — 首次设置"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "欢迎使用平安台账。第一次使用，请填写本所信息并设置管理员账户。\n数据将保存在：{db}"
        ).replace("{db}", database_display))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.errors = FieldErrors()

        station_box = QGroupBox(self.tr("本所信息"))
        station_form = QFormLayout(station_box)
        self.station_name = QLineEdit(placeholderText=self.tr("如：高力板派出所"))
        self.station_code = QLineEdit(placeholderText=self.tr("如：152222-GLB"))
        self.county = QLineEdit(placeholderText=self.tr("如：科右中旗"))
        self.town = QLineEdit(placeholderText=self.tr("如：高力板镇"))
        self.errors.add_row(station_form, self.tr("派出所名称*"), "station_name", self.station_name)
        self.errors.add_row(station_form, self.tr("单位代码*"), "station_code", self.station_code)
        self.errors.add_row(station_form, self.tr("所属旗/县*"), "county", self.county)
        self.errors.add_row(station_form, self.tr("所在镇/苏木"), "town", self.town)
        layout.addWidget(station_box)

        admin_box = QGroupBox(self.tr("管理员账户"))
        admin_form = QFormLayout(admin_box)
        self.admin_full_name = QLineEdit(placeholderText=self.tr("管理员的姓名"))
        self.admin_username = QLineEdit(placeholderText=self.tr("登录用的用户名，如 admin"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(admin_form, self.tr("姓名*"), "admin_full_name", self.admin_full_name)
        self.errors.add_row(admin_form, self.tr("用户名*"), "admin_username", self.admin_username)
        self.errors.add_row(admin_form, self.tr("密码*"), "admin_password", self.password)
        self.errors.add_row(admin_form, self.tr("再输一次*"), "password_again", self.password_again)
        rule = QLabel(self.tr("密码至少 8 位，须同时包含字母和数字。"))
        rule.setStyleSheet("color: #555;")
        admin_form.addRow("", rule)
        layout.addWidget(admin_box)

        self.general = general_error(layout, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("完成设置"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.station_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        from station_app.core.errors import ValidationError

        def create() -> Actor:
            if self.password.text() != self.password_again.text():
                raise ValidationError.single("password_again", self.tr("两次输入的密码不一致。"))
            admin = initialise_station(
                self.station_code.text(), self.station_name.text(), self.county.text(),
                self.town.text(), self.admin_username.text(), self.admin_full_name.text(),
                self.password.text(),
            )
            # A SQLite database is encrypted before anything else is written into it; the code
            # that opens it without a password is shown next, once (RecoveryCodeDialog).
            if db.is_sqlite():
                done = encrypt_database(admin, self.password.text(), keep_plain_copy=False)
                self.recovery_code = done.recovery_code
            return admin

        admin = run_service(self, create, self.errors, self.general)
        if admin is not None:
            self.admin = admin
            self.accept()
