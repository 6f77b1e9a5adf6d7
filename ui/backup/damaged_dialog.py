"""At start, the database failed its check: say so plainly and offer the newest good backup.

Shown before the translators are installed (the settings live in the damaged database), so the
Chinese source text is what the user reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from station_app.core.errors import DatabaseDamaged
from ui.common.forms import confirm_buttons, warning_label


class DamagedDatabaseDialog(QDialog):
    """Accepted: restore from `error.backup`. Rejected: leave everything alone and quit."""

    def __init__(self, error: DatabaseDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert error.backup is not None and error.backup_taken_at is not None
        self.setObjectName("damaged_database_dialog")
        self.setWindowTitle(self.tr("平安台账 — 数据库已损坏"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("数据库文件已损坏，程序没有打开它，也没有做任何改动。"))
        heading.setStyleSheet("font-size: 15px; font-weight: bold; color: #b00020;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        details = QLabel(self.tr("文件：{path}\nSQLite 检查结果：{problem}")
                         .replace("{path}", str(error.database_path)).replace("{problem}", error.problem))
        details.setObjectName("damage_details")
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(details)
        when = f"{error.backup_taken_at:%Y-%m-%d %H:%M}"
        layout.addWidget(warning_label(self.tr(
            "可以从最新的完好备份（{time}）恢复：{backup}\n"
            "损坏的文件会原样保留（改名为 {name}.damaged-时间），不会被删除，可交给维护人员查看。"
            "备份之后录入的内容需要重新录入。")
            .replace("{time}", when).replace("{backup}", str(error.backup))
            .replace("{name}", error.database_path.name if error.database_path else "station.sqlite3"),
            "restore_offer"))
        buttons, self.restore_button, self.quit_button = confirm_buttons(
            self, self.tr("从最新的完好备份恢复（{time}）").replace("{time}", when),
            self.tr("退出，不做改动"))
        self.restore_button.setObjectName("restore_latest")
        layout.addWidget(buttons)
