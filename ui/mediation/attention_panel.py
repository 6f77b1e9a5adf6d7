"""The dashboard's dispute panel: open 高/重大 cases, overdue 一事一策 measures, follow-ups due.
Enter or a double click opens the case in 矛盾纠纷."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from ui.common.forms import run_service

CASE_ROLE = Qt.ItemDataRole.UserRole
KIND_LABELS = {
    "high_risk": QT_TRANSLATE_NOOP("AttentionPanel", "高风险"),
    "plan_overdue": QT_TRANSLATE_NOOP("AttentionPanel", "措施逾期"),
    "follow_up_due": QT_TRANSLATE_NOOP("AttentionPanel", "回访"),
}
OVERDUE = QColor("#b00020")


class AttentionPanel(QWidget):
    sig_open_case = Signal(object)  # the case id

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("没有需要处理的矛盾纠纷事项。"))
        self.empty.setObjectName("attention_empty")
        self.empty.setStyleSheet("color: #5f6368;")
        self.list = QTreeWidget()
        self.list.setObjectName("attention_list")
        self.list.setHeaderLabels([self.tr("案件编号"), self.tr("类型"), self.tr("事项"), self.tr("期限")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 80)
        self.list.setColumnWidth(2, 380)
        self.list.setToolTip(self.tr("双击或按 Enter 打开案件"))
        self.list.itemActivated.connect(self._activated)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        self.items: list = []  # AttentionItem

    def refresh(self) -> None:
        # Imported here: the dashboard paints first, the mediation tables are read just after.
        from station_app.mediation.attention import attention_items

        self.items = run_service(self, lambda: attention_items(self.actor)) or []
        self.list.clear()
        for item in self.items:
            kind = QCoreApplication.translate("AttentionPanel", KIND_LABELS.get(item.kind, item.kind))
            due = item.due.isoformat() if item.due else ""
            row = QTreeWidgetItem(self.list, [item.case_number, kind, item.text, due])
            row.setData(0, CASE_ROLE, str(item.case_id))
            row.setToolTip(2, item.text)
            if item.overdue:
                for column in range(4):
                    row.setForeground(column, QBrush(OVERDUE))
        if self.items:
            self.list.resizeColumnToContents(0)  # case numbers in full: they are how cases are named
        self.empty.setVisible(not self.items)
        self.list.setVisible(bool(self.items))

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        self.sig_open_case.emit(uuid.UUID(row.data(0, CASE_ROLE)))
