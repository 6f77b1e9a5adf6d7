"""The people seen on a visit, picked from the resident register with its own search (name,
pinyin, initials, ID or phone suffix) and kept with the household they belong to.

Keyboard: type in the search box, Enter adds the top match (↓ to choose another, Enter there adds
it) and the cursor comes back for the next person. The 户 column is editable (F2): it starts as the
register's household; people left without one count as a household of their own.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.residents import search
from station_app.residents.views import ResidentView
from ui.common.forms import run_service
from ui.mediation.party_picker import describe

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole
COL_HOUSEHOLD, COL_NAME, COL_DETAILS = range(3)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HouseholdPicker(QWidget):
    sig_changed = Signal()  # people added or removed (the findings editor lists them)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.ids: list[uuid.UUID] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("visit_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("查找被走访的居民：姓名、拼音或首字母、身份证号或电话后几位"))
        column.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("visit_results")
        self.results.setMaximumHeight(110)
        self.results.hide()
        column.addWidget(self.results)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("visited_table")
        self.table.setHorizontalHeaderLabels([self.tr("户"), self.tr("姓名"), self.tr("身份信息")])
        self.table.horizontalHeaderItem(COL_HOUSEHOLD).setToolTip(
            self.tr("所在户（F2 修改）；不填则按一人一户计"))
        self.table.horizontalHeader().setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_HOUSEHOLD, 120)
        self.table.setColumnWidth(COL_NAME, 110)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(self.tr("Delete 键移除选中的人"))
        column.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_results)
        self.search.textChanged.connect(self._debounce.start)
        self.results.itemActivated.connect(self._add_item)
        for widget in (self.search, self.results, self.table):
            widget.installEventFilter(self)

    def refresh_results(self) -> None:
        self._debounce.stop()
        query = self.search.text().strip()
        self.results.clear()
        if not query:
            self.results.hide()
            return
        views = run_service(self, lambda: search.search_residents(self.actor.station_id, query, RESULT_LIMIT))
        for view in views or []:
            item = QListWidgetItem(f"{view.name}    {view.household or ''}    {describe(view)}")
            item.setData(PERSON_ROLE, view)
            self.results.addItem(item)
        if not views:
            missing = self.tr("未找到“{query}”。请先在“居民/网格”中登记此人")
            item = QListWidgetItem(missing.replace("{query}", query))
            item.setData(PERSON_ROLE, None)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()
            return True
        if watched is self.search and key in ENTER and self.search.text().strip():
            # Enter with a name typed adds that person and must not reach the save button; on an
            # empty box it goes on to the dialog and saves.
            if self._debounce.isActive():
                self.refresh_results()
            if self.results.currentItem() is not None:
                self._add_item(self.results.currentItem())
            return True
        if watched is self.results and key in ENTER:
            if self.results.currentItem() is not None:
                self._add_item(self.results.currentItem())
            return True
        if watched is self.results and key == Qt.Key.Key_Escape:
            self.search.setFocus()
            return True
        if watched is self.table and key == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def _add_item(self, item: QListWidgetItem) -> None:
        view = item.data(PERSON_ROLE)
        if view is None:
            self.search.selectAll()
            return
        self.add(view)
        self.search.clear()
        self.results.hide()
        self.search.setFocus()

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
        return [{"resident_id": resident_id, "household": self.table.item(row, COL_HOUSEHOLD).text()}
                for row, resident_id in enumerate(self.ids)]

    def names(self) -> list[tuple[uuid.UUID, str]]:
        return [(resident_id, self.table.item(row, COL_NAME).text())
                for row, resident_id in enumerate(self.ids)]
