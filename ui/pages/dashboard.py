"""工作台: what needs attention today. Modules add their panels as they are built."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.station.service import StationInfo
from ui.mediation.attention_panel import AttentionPanel
from ui.pages.ledger_attention import LedgerAttentionPanel


class DashboardPage(QWidget):
    def __init__(self, actor: Actor, station: StationInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("工作台 — {station}").replace("{station}", station.name))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        greeting = QLabel(self.tr("{name}，您好。").replace("{name}", actor.full_name))
        layout.addWidget(greeting)
        disputes = QGroupBox(self.tr("矛盾纠纷：高风险、逾期措施、待回访"))
        disputes_layout = QVBoxLayout(disputes)
        self.attention = AttentionPanel(actor)
        self.attention.sig_open_case.connect(self.open_case)
        disputes_layout.addWidget(self.attention)
        row = QHBoxLayout()
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip("F5")
        refresh.clicked.connect(self.refresh)
        row.addStretch(1)
        row.addWidget(refresh)
        disputes_layout.addLayout(row)
        layout.addWidget(disputes, 1)
        ledgers = QGroupBox(self.tr("12345工单期限、未结束的巡逻"))
        ledgers_layout = QVBoxLayout(ledgers)
        self.ledgers = LedgerAttentionPanel(actor)
        self.ledgers.sig_open.connect(self.open_record)
        ledgers_layout.addWidget(self.ledgers)
        layout.addWidget(ledgers, 1)
        action = QAction(self)
        action.setShortcut(QKeySequence("F5"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.refresh)
        self.addAction(action)

    def showEvent(self, event: QShowEvent) -> None:
        # Read again whenever the dashboard comes back into view: cases change on other pages.
        super().showEvent(event)
        self._refresh_pending = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if getattr(self, "_refresh_pending", False):
            # Read the items once this paint is on screen: the window appears at once on an old PC
            # and the lists fill in a moment later.
            self._refresh_pending = False
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self.attention.refresh()
        self.ledgers.refresh()

    def open_record(self, page_key: str, opener: str, record_id: object) -> None:
        """Switch to the record's page (12345工单, 巡逻) and show it."""
        window = self.window()
        if hasattr(window, "show_page"):
            getattr(window.show_page(page_key), opener)(record_id)

    def open_case(self, case_id: uuid.UUID) -> None:
        """Switch the main window to 矛盾纠纷 and show the case."""
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("disputes").open_case(case_id)
