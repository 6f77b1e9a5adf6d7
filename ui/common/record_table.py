"""The table of a ledger list: whole rows, read-only, rows of one height (never measured), column
widths set once, and a hint in the empty table that says what to do next."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ui.common.records import RecordsModel

HINT_STYLE = "color: #5f6368; font-size: 14px; background: transparent;"


class RecordTable(QTableView):
    def __init__(self, model: RecordsModel, name: str, widths: Sequence[int] = (), multi: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.records = model
        self.widths = tuple(widths)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures every row
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.apply_widths()
        self.empty_hint = QLabel(self.viewport())
        self.empty_hint.setObjectName(f"{name}_empty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet(HINT_STYLE)
        self.empty_hint.hide()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_hint)

    def apply_widths(self) -> None:
        """The declared widths, after the 单位 column when the list shows one."""
        offset = getattr(self.records, "offset", 0)
        if offset:
            self.setColumnWidth(0, 120)
        header = self.horizontalHeader()
        for number, width in enumerate(self.widths):
            # never narrower than the column's title: widths are made for Chinese, English is longer
            title = str(self.records.headerData(number + offset, Qt.Orientation.Horizontal) or "")
            metrics = header.fontMetrics()
            needed = metrics.horizontalAdvance(title) + 2 * metrics.averageCharWidth() + 8
            self.setColumnWidth(number + offset, max(width, needed))

    # selection
    def select_row(self, row: int) -> None:
        index = self.records.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return self.records.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: str | uuid.UUID) -> bool:
        row = self.records.row_of(record_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def enter(self) -> bool:
        """Move the focus into the list (its first row if none is current); False when empty."""
        if not self.records.rowCount():
            return False
        if not self.currentIndex().isValid():
            self.select_row(0)
        self.setFocus()
        return True

    # the empty table
    def set_hint(self, text: str) -> None:
        self.empty_hint.setText(text)
        self._update_hint()

    def hint_text(self) -> str:
        """What the empty table says (empty while rows are shown)."""
        return self.empty_hint.text() if not self.empty_hint.isHidden() else ""

    def _update_hint(self) -> None:
        self.empty_hint.setVisible(bool(self.empty_hint.text()) and self.records.rowCount() == 0)
        self._place_hint()

    def _place_hint(self) -> None:
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty_hint.setGeometry(area.x(), area.y(), area.width(), min(area.height(), 120))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_hint()
