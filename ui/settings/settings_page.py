"""设置: where the data lives, idle lock, language, document font, backup folder and how many
backups to keep; the 备份与恢复 tab; the accounts tab."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions, preferences
from station_app.core import paths
from station_app.core.actor import Actor
from station_app.settings import limits as settings_limits
from station_app.settings import service as settings_service
from ui.common import file_dialogs
from ui.common.forms import FieldErrors, push_button, run_service, text_label


class GeneralSettings(QWidget):
    def __init__(self, actor: Actor, database_display: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.current = settings_service.load_settings()
        editable = permissions.allowed(actor.role, "settings.edit")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        data_dir = QLineEdit(str(paths.data_dir()), readOnly=True)
        data_dir.setObjectName("data_dir")
        database = QLineEdit(database_display, readOnly=True)
        database.setObjectName("database_location")
        form.addRow(self.tr("数据目录"), data_dir)
        form.addRow(self.tr("数据库位置"), database)
        self.idle_minutes = QSpinBox(minimum=1, maximum=240, suffix=self.tr(" 分钟"))
        self.idle_minutes.setValue(self.current.idle_lock_minutes)
        self.errors.add_row(form, self.tr("无操作自动锁定"), "idle_lock_minutes", self.idle_minutes)
        self.language = QComboBox()
        for code, label in settings_service.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.current.language)))
        self.errors.add_row(form, self.tr("本所默认界面语言"), "language", self.language)
        self.own_language = QComboBox()
        self.own_language.setObjectName("own_language")
        self.own_language.addItem(self.tr("跟随本所默认"), "")
        for code, label in settings_service.LANGUAGES.items():
            self.own_language.addItem(label, code)  # each language in its own words, to be found by anyone
        self.own_language.setCurrentIndex(max(0, self.own_language.findData(preferences.own_language(actor))))
        self.own_language_button = push_button(
            self.tr("立即切换"), "own_language_apply", self.apply_own_language,
            tooltip=self.tr("只改变您自己的界面语言，其他用户不受影响"))
        own_row = QWidget()
        own_layout = QHBoxLayout(own_row)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_layout.addWidget(self.own_language, 1)
        own_layout.addWidget(self.own_language_button)
        self.errors.add_row(form, self.tr("我的界面语言"), "own_language", own_row)
        self.font_choice = QComboBox()
        self.font_note = text_label("font_note")
        self.errors.add_row(form, self.tr("打印文书字体"), "document_font", self.font_choice)
        form.addRow("", self.font_note)
        backup_row = QHBoxLayout()
        self.backup_dir = QLineEdit(self.current.backup_dir)
        self.backup_dir.setPlaceholderText(str(paths.default_backup_dir()))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self.choose_backup_dir)
        backup_row.addWidget(self.backup_dir)
        backup_row.addWidget(browse)
        backup_holder = QWidget()
        backup_holder.setLayout(backup_row)
        backup_row.setContentsMargins(0, 0, 0, 0)
        backup_holder.setFocusProxy(self.backup_dir)  # typing stops at the limit there
        self.errors.add_row(form, self.tr("备份文件夹"), "backup_dir", backup_holder)
        self.errors.apply_limits(settings_limits.SETTINGS)
        self.keep_spins: dict[str, QSpinBox] = {}
        for name, label, high in (("keep_daily", self.tr("保留每日备份"), 60),
                                  ("keep_weekly", self.tr("保留每周备份"), 52),
                                  ("keep_monthly", self.tr("保留每月备份"), 120)):
            spin = QSpinBox(minimum=1 if name == "keep_daily" else 0, maximum=high, suffix=self.tr(" 份"))
            spin.setObjectName(name)
            spin.setValue(getattr(self.current, name))
            self.keep_spins[name] = spin
            self.errors.add_row(form, label, name, spin)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("settings_status")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save_button = push_button(self.tr("保存设置"), "", self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load_fonts()
        if not editable:
            for widget in (self.idle_minutes, self.language, self.font_choice, self.backup_dir, browse,
                           self.save_button, *self.keep_spins.values()):
                widget.setEnabled(False)
            self.status.setText(self.tr("只有管理员或所长可以修改设置。"))

    def load_fonts(self) -> None:
        from station_app.core.fonts import NoCjkFontError, find_cjk_fonts

        fonts = find_cjk_fonts()
        self.font_choice.clear()
        for font in fonts:
            label = font.family + (self.tr("（含生僻字）") if font.covers_ext_b else "")
            self.font_choice.addItem(label, font.key)
            self.font_choice.setItemData(self.font_choice.count() - 1, font.path, 3)  # tooltip: the file
        if not fonts:
            self.font_choice.addItem(self.tr("（未找到中文字体）"), "")
            self.font_note.setText(NoCjkFontError().message)
            self.font_note.setStyleSheet("color: #b00020;")
            return
        index = self.font_choice.findData(self.current.document_font)
        self.font_choice.setCurrentIndex(index if index >= 0 else 0)
        if not any(font.covers_ext_b for font in fonts):
            self.font_note.setText(self.tr(
                "提示：未找到含生僻字（如“𠮷”）的字体，这类字打印时会提示。"
                "Windows 自带 SimSun-ExtB；Linux 可安装 fonts-hanazono。"))
        else:
            found = self.tr("已找到 {n} 种可嵌入 PDF 的中文字体。")
            self.font_note.setText(found.replace("{n}", str(len(fonts))))

    def choose_backup_dir(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("选择备份文件夹"), self.backup_dir.text().strip())
        if folder:
            self.backup_dir.setText(folder)

    def apply_own_language(self) -> None:
        """This user's language, now: the window is built again in it (no restart)."""
        chosen = self.own_language.currentData() or ""
        language = run_service(self, lambda: preferences.set_own_language(self.actor, chosen), self.errors,
                               self.status)
        if language is None:
            return
        window = self.window()
        if hasattr(window, "sig_language"):
            window.sig_language.emit(language)

    def save(self) -> None:
        saved = run_service(self, lambda: settings_service.update_settings(
            self.actor,
            idle_lock_minutes=self.idle_minutes.value(),
            language=self.language.currentData(),
            document_font=self.font_choice.currentData() or "",
            backup_dir=self.backup_dir.text().strip(),
            **{name: spin.value() for name, spin in self.keep_spins.items()},
        ), self.errors, self.status)
        if saved is not None:
            self.current = saved
            self.status.setText(self.tr("设置已保存。"))
            window = self.window()
            if hasattr(window, "apply_settings"):
                window.apply_settings(saved)


class SettingsPage(QTabWidget):
    def __init__(self, actor: Actor, database_display: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = GeneralSettings(actor, database_display)
        self.addTab(self.general, self.tr("常规"))
        if any(permissions.allowed(actor.role, action) for action in ("backup.create", "backup.restore")):
            from ui.backup.panel import BackupPanel

            self.backup = BackupPanel(actor)
            self.backup.sig_restored.connect(self.restored)
            self.addTab(self.backup, self.tr("备份与恢复"))
        if permissions.allowed(actor.role, "settings.view"):
            from ui.settings.enrolment_panel import EnrolmentPanel

            self.enrolment = EnrolmentPanel(actor)
            self.addTab(self.enrolment, self.tr("与县局互认密钥"))
        if permissions.allowed(actor.role, "users.manage"):
            from ui.accounts.users_page import UsersPage

            self.users = UsersPage(actor)
            self.addTab(self.users, self.tr("账户管理"))

    def restored(self) -> None:
        """The database under the window was replaced: back to the login (after this click returns)."""
        window = self.window()
        if hasattr(window, "sig_logout"):
            QTimer.singleShot(0, window, window.sig_logout.emit)
