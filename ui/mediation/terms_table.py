"""The numbered terms of an agreement: what is agreed, and an amount typed as officers type it
("3万", "3,000.50") shown at once in Chinese capitals (人民币叁万元整), or why it cannot be read.

There is always one empty row at the end: typing into it adds the next term (the core ignores an
empty row). Tab moves cell to cell and leaves the table after the last one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from station_app.documents.money import amount_in_capitals, format_amount, parse_amount
from station_app.mediation.views import TermView

COL_TEXT, COL_AMOUNT, COL_CAPITALS = range(3)
ERROR_COLOUR = QColor("#b00020")
BAD_CELL = QColor("#fde7e9")


class TermsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("terms_table")
        self.setHorizontalHeaderLabels([self.tr("协议内容"), self.tr("金额（元）"), self.tr("大写金额")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_AMOUNT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CAPITALS, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(COL_AMOUNT, 110)
        self.setColumnWidth(COL_CAPITALS, 230)
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.itemChanged.connect(self._changed)
        self._filling = False
        self._append_empty()

    # contents
    def set_terms(self, terms: Sequence[TermView]) -> None:
        self._filling = True
        self.setRowCount(0)
        for term in terms:
            amount = format_amount(term.amount_fen) if term.amount_fen is not None else ""
            self._append(term.text, amount)
        self._filling = False
        self._append_empty()

    def terms(self) -> list[dict[str, str]]:
        """Every row as the core takes it (empty rows included, so its row numbers match ours)."""
        return [{"text": self._text(row, COL_TEXT), "amount": self._text(row, COL_AMOUNT)}
                for row in range(self.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _append(self, text: str = "", amount: str = "") -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, COL_TEXT, QTableWidgetItem(text))
        self.setItem(row, COL_AMOUNT, QTableWidgetItem(amount))
        capitals = QTableWidgetItem()
        capitals.setFlags(Qt.ItemFlag.ItemIsEnabled)  # computed, never typed
        self.setItem(row, COL_CAPITALS, capitals)
        self._show_capitals(row)
        return row

    def _append_empty(self) -> None:
        last = self.rowCount() - 1
        if last < 0 or self._text(last, COL_TEXT) or self._text(last, COL_AMOUNT):
            self._filling = True
            self._append()
            self._filling = False

    def remove_current(self) -> None:
        row = self.currentRow()
        if 0 <= row < self.rowCount() - 1:  # the trailing empty row stays
            self.removeRow(row)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if not (0 <= row < self.rowCount() - 1 and 0 <= target < self.rowCount() - 1):
            return
        self._filling = True
        for column in (COL_TEXT, COL_AMOUNT):
            upper, lower = self.takeItem(row, column), self.takeItem(target, column)
            self.setItem(row, column, lower)
            self.setItem(target, column, upper)
        self._filling = False
        self._show_capitals(row)
        self._show_capitals(target)
        self.setCurrentCell(target, self.currentColumn())

    # live capitals
    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == COL_CAPITALS:
            return
        if item.column() == COL_AMOUNT:
            self._show_capitals(item.row())
        self._append_empty()

    def _show_capitals(self, row: int) -> None:
        cell = self.item(row, COL_CAPITALS)
        if cell is None:
            return
        text = self._text(row, COL_AMOUNT)
        filling, self._filling = self._filling, True
        try:
            if not text:
                cell.setText("")
                cell.setToolTip("")
            else:
                try:
                    fen = parse_amount(text)
                except ValueError as exc:
                    cell.setText(str(exc))
                    cell.setToolTip(str(exc))
                    cell.setForeground(QBrush(ERROR_COLOUR))
                else:
                    cell.setText(amount_in_capitals(fen))
                    cell.setToolTip(f"¥{format_amount(fen)}")
                    cell.setForeground(QBrush())
        finally:
            self._filling = filling
        self.resizeRowToContents(row)

    def capitals(self, row: int) -> str:
        return self._text(row, COL_CAPITALS)

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Colour the cells the core named (terms.N.text / terms.N.amount)."""
        self._filling = True
        for row in range(self.rowCount()):
            for column, key in ((COL_TEXT, "text"), (COL_AMOUNT, "amount")):
                item = self.item(row, column)
                if item is None:
                    continue
                message = errors.get(f"terms.{row}.{key}", "")
                item.setBackground(QBrush(BAD_CELL) if message else QBrush())
                item.setToolTip(message)
        self._filling = False
