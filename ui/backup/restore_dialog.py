"""Confirming a restore: when the backup was taken, what it holds, and what happens next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from station_app.backup.files import COUNTED, BackupContents, BackupInfo
from ui.backup import core_name
from ui.common.forms import confirm_buttons, warning_label
from ui.common.text import human_size


class RestoreDialog(QDialog):
    """Accepted only by the 恢复 button; Esc and 取消 leave everything as it is."""

    def __init__(self, info: BackupInfo, contents: BackupContents, current: BackupContents | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("从备份恢复"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("用 {time} 的备份替换当前数据库？")
                         .replace("{time}", f"{info.taken_at:%Y-%m-%d %H:%M}"))
        heading.setObjectName("restore_heading")
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        heading.setWordWrap(True)
        layout.addWidget(heading)

        about = QFormLayout()
        self.file_label = QLabel(str(info.path))
        self.file_label.setObjectName("restore_file")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about.addRow(self.tr("备份文件："), self.file_label)
        about.addRow(self.tr("类型："), QLabel(core_name(info.kind_label)))
        about.addRow(self.tr("大小："), QLabel(human_size(info.size)))
        about.addRow(self.tr("派出所："), QLabel(contents.station_name))
        about.addRow(self.tr("数据结构版本："), QLabel(str(contents.schema_version)))
        layout.addLayout(about)

        box = QGroupBox(self.tr("备份中的记录（括号内为当前数据库）") if current else self.tr("备份中的记录"))
        counts = QFormLayout(box)
        self.count_labels: dict[str, QLabel] = {}
        for key, _table, label in COUNTED:
            if key not in contents.counts:
                continue
            text = str(contents.counts[key])
            if current is not None and key in current.counts:
                text += f"（{current.counts[key]}）"
            value = QLabel(text)
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            counts.addRow(core_name(label) + self.tr("："), value)
        layout.addWidget(box)

        layout.addWidget(warning_label(self.tr(
            "恢复前，当前数据库会先完整另存一份到备份文件夹（类型“恢复前保留”），需要时可以再恢复回来。"
            "恢复后程序回到登录界面，请重新登录；备份之后录入的内容不在恢复的数据中。"), "restore_warning"))

        buttons, self.confirm_button, cancel = confirm_buttons(self, self.tr("恢复"), self.tr("取消"))
        self.confirm_button.setObjectName("confirm_restore")
        cancel.setDefault(True)  # Enter must not replace the database by accident
        cancel.setFocus()
        layout.addWidget(buttons)
