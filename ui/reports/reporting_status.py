"""报送情况 (the county bureau): one line per station — how far its data is here, when the last
bundle came and for which week, the weeks without a bundle, and stations never heard from."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from station_app.core.actor import Actor
from station_app.core.clock import format_local
from station_app.exchange.status import PeerStatus, exchange_status
from ui.common.forms import run_service
from ui.reports.figures import WORSE


class ReportingStatusTable(QTableWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.actor = actor
        self.setObjectName("reporting_status")
        self.setHorizontalHeaderLabels([self.tr("单位代码"), self.tr("单位"), self.tr("数据截至"),
                                        self.tr("最近收到"), self.tr("最近一周"), self.tr("没有数据包的周")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def refresh(self) -> None:
        status = run_service(self, lambda: exchange_status(self.actor))
        peers = status.peers if status is not None else []
        self.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            for column, (text, alarming) in enumerate(self._cells(peer)):
                item = QTableWidgetItem(text)
                if alarming:
                    item.setForeground(WORSE)
                self.setItem(row, column, item)

    def _cells(self, peer: PeerStatus) -> list[tuple[str, bool]]:
        if peer.never_heard_from:
            return [(peer.code, False), (peer.name, False), (self.tr("从未收到数据包"), True),
                    ("", False), ("", False), ("", False)]
        missing = "、".join(peer.weeks_missing)
        return [(peer.code, False), (peer.name, False),
                (self.tr("{when}（第 {number} 号变更）").replace("{when}", format_local(peer.covered_until))
                 .replace("{number}", str(peer.last_change)), False),
                (format_local(peer.last_received_at), False), (peer.last_period, False),
                (missing, bool(missing))]
