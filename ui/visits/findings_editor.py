"""What was found on a visit, entered as short lines: a kind (安全隐患, 矛盾纠纷 …), whom it
concerns among the people seen (optional) and what was found. Enter in the text adds the line,
Delete in the list removes one. A 矛盾纠纷 line can become a mediation case once the visit is saved.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.visits.vocab import FINDING_KINDS
from ui.common.fields import line_edit
from ui.visits.labels import vt

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindingsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[dict[str, object]] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("finding_kind")
        for key, label in FINDING_KINDS.items():
            self.kind.addItem(vt(label), key)
        self.person = QComboBox()
        self.person.setObjectName("finding_person")
        self.person.setMinimumContentsLength(6)
        self.text = line_edit("finding_text", self.tr("发现的情况，Enter 加入"))
        self.add_button = QPushButton(self.tr("加入"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        for widget, stretch in ((self.kind, 0), (self.person, 0), (self.text, 1), (self.add_button, 0)):
            row.addWidget(widget, stretch)
        column.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("findings_table")
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("涉及"), self.tr("情况")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 90)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setToolTip(self.tr("Delete 键移除选中的发现"))
        column.addWidget(self.table, 1)
        self.set_people([])
        for widget in (self.text, self.table):
            widget.installEventFilter(self)

    def set_people(self, people: list[tuple[uuid.UUID, str]]) -> None:
        """The people seen, offered as whom a finding concerns (kept selected if still there)."""
        keep = self.person.currentData()
        self.person.clear()
        self.person.addItem(self.tr("（不指定人）"), "")
        for resident_id, name in people:
            self.person.addItem(name, str(resident_id))
        self.person.setCurrentIndex(max(self.person.findData(keep), 0) if keep else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.text and event.key() in ENTER and self.text.text().strip():
                self.add_current()
                return True  # adding a line must not save the dialog
            if watched is self.table and event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def add_current(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            return
        self.add(str(self.kind.currentData()), text, self.person.currentData() or None,
                 self.person.currentText() if self.person.currentData() else "")
        self.text.clear()
        self.kind.setFocus()

    def add(self, kind: str, description: str, resident_id: str | None = None, name: str = "") -> None:
        self.items.append({"kind": kind, "description": description, "resident_id": resident_id})
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((vt(FINDING_KINDS[kind]), name, description)):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.table.removeRow(row)
            del self.items[row]

    def findings(self) -> list[dict[str, object]]:
        """As record_visit takes them. A line typed but not yet added is included too."""
        pending = self.text.text().strip()
        extra = [{"kind": self.kind.currentData(), "description": pending,
                  "resident_id": self.person.currentData() or None}] if pending else []
        return [*self.items, *extra]

    def mark_row(self, row: int, message: str) -> None:
        item = self.table.item(row, 2)
        if item is not None:
            item.setToolTip(message)
            item.setForeground(Qt.GlobalColor.red)
