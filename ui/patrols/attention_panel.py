"""The dashboard's patrol panel: patrols started more than 12 hours ago and not ended.
Enter or a double click opens the patrol in 巡逻, where 结束巡逻 takes the real end time."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.core.clock import format_local
from station_app.patrols.attention import PatrolAttentionItem, attention_items
from ui.common.forms import run_service
from ui.patrols.labels import OVERDUE_COLOUR, vt

PATROL_ROLE = Qt.ItemDataRole.UserRole


class PatrolAttentionPanel(QWidget):
    sig_open_patrol = Signal(object)  # the patrol id

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("没有超过 12 小时仍未结束的巡逻。"))
        self.empty.setObjectName("patrol_attention_empty")
        self.empty.setStyleSheet("color: #5f6368;")
        self.list = QTreeWidget()
        self.list.setObjectName("patrol_attention_list")
        self.list.setHeaderLabels([self.tr("巡逻队"), self.tr("开始时间"), self.tr("已过小时"),
                                   self.tr("带队")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 150)
        self.list.setToolTip(self.tr("双击或按 Enter 打开这次巡逻，结束巡逻并填写实际结束时间"))
        self.list.itemActivated.connect(self._activated)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        self.items: list[PatrolAttentionItem] = []

    def refresh(self) -> None:
        self.items = run_service(self, lambda: attention_items(self.actor)) or []
        self.list.clear()
        for item in self.items:
            row = QTreeWidgetItem(self.list, [f"{item.team_name} · {vt(item.kind_label)}",
                                              format_local(item.started_at), str(item.open_hours),
                                              item.leader_name])
            row.setData(0, PATROL_ROLE, str(item.patrol_id))
            row.setToolTip(0, item.text)
            for number in range(4):
                row.setForeground(number, QBrush(QColor(OVERDUE_COLOUR)))
        self.empty.setVisible(not self.items)
        self.list.setVisible(bool(self.items))

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.sig_open_patrol.emit(uuid.UUID(row.data(0, PATROL_ROLE)))
