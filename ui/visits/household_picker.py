"""The people seen on a visit, picked from the resident register with its own search (name,
pinyin, initials, ID or phone suffix) and kept with the household they belong to.

Keyboard: type in the search box, Enter adds the top match (↓ to choose another, Enter there adds
it) and the cursor comes back for the next person. The 户 column is editable (F2): it starts as the
register's household; people left without one count as a household of their own.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.residents.views import ResidentView
from ui.common.forms import cell, header_item
from ui.common.person_search import PersonSearch, describe

COL_HOUSEHOLD, COL_NAME, COL_DETAILS = range(3)


class HouseholdPicker(QWidget):
    sig_changed = Signal()  # people added or removed (the findings editor lists them)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.ids: list[uuid.UUID] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.finder = PersonSearch(
            actor, "visit", self.tr("查找被走访的居民：姓名、拼音或首字母、身份证号或电话后几位"),
            lambda view: f"{view.name}    {view.household or ''}    {describe(view)}",
            self.tr("未找到“{query}”。请先在“居民/网格”中登记此人"), results_height=110)
        self.search, self.results = self.finder.search, self.finder.results
        column.addWidget(self.finder)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("visited_table")
        self.table.setHorizontalHeaderLabels([self.tr("户"), self.tr("姓名"), self.tr("身份信息")])
        header_item(self.table, COL_HOUSEHOLD).setToolTip(
            self.tr("所在户（F2 修改）；不填则按一人一户计"))
        self.table.horizontalHeader().setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_HOUSEHOLD, 120)
        self.table.setColumnWidth(COL_NAME, 110)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(self.tr("Delete 键移除选中的人"))
        column.addWidget(self.table, 1)
        self.finder.sig_picked.connect(self._add_person)
        self.table.installEventFilter(self)

    def refresh_results(self) -> None:
        self.finder.refresh_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.table and event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def _add_person(self, view: ResidentView | None) -> None:
        if view is None:
            self.search.selectAll()
            return
        self.add(view)
        self.finder.done()

    def add(self, view: ResidentView, household: str | None = None) -> None:
        """Add a person (once): the household is the register's unless given."""
        if view.id in self.ids:
            return
        self.ids.append(view.id)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, COL_HOUSEHOLD, QTableWidgetItem(view.household if household is None
                                                                else household))
        for column, text in ((COL_NAME, view.name), (COL_DETAILS, describe(view))):
            cell = QTableWidgetItem(text)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, column, cell)
        self.sig_changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.table.removeRow(row)
            del self.ids[row]
            self.sig_changed.emit()

    def people(self) -> list[dict[str, object]]:
        """As record_visit takes them, in the order shown."""
        return [{"resident_id": resident_id, "household": cell(self.table, row, COL_HOUSEHOLD).text()}
                for row, resident_id in enumerate(self.ids)]

    def names(self) -> list[tuple[uuid.UUID, str]]:
        return [(resident_id, cell(self.table, row, COL_NAME).text())
                for row, resident_id in enumerate(self.ids)]
