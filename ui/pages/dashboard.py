"""工作台: what needs attention today. Modules add their panels as they are built."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.station.service import StationInfo


class DashboardPage(QWidget):
    def __init__(self, actor: Actor, station: StationInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("工作台 — {station}").replace("{station}", station.name))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        greeting = QLabel(self.tr("{name}，您好。").replace("{name}", actor.full_name))
        layout.addWidget(greeting)
        today = QGroupBox(self.tr("今日待办"))
        today_layout = QVBoxLayout(today)
        note = QLabel(self.tr(
            "高风险矛盾纠纷、逾期回访和12345工单期限将在相应模块开放后显示在这里。"))
        note.setWordWrap(True)
        today_layout.addWidget(note)
        layout.addWidget(today)
        layout.addStretch(1)
