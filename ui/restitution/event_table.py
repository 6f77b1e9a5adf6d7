"""The victims of a 集中返赃 event as a table: tick who is included (later: who signed), type the
amount to hand back. Before the event is saved the amounts are the core's suggestions (each
victim's balance, limited by what the case still has); afterwards they are fixed.

Keyboard: ↑ ↓ move between victims, Space ticks or unticks, F2 (or just typing) edits the amount.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from station_app.documents.money import parse_amount
from station_app.restitution.views import EventLine, EventView
from ui.common.forms import cell
from ui.restitution.labels import money

COL_TICK, COL_NAME, COL_PLACE, COL_LOST, COL_RETURNED, COL_OPEN, COL_AMOUNT = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_BRUSH = QBrush(QColor("#fde0e0"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, editable: bool = False, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if right:
        item.setTextAlignment(RIGHT)
    return item


class EventTable(QTableWidget):
    sig_total_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("event_lines")
        self.signing = False
        self._headers()
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_TICK, 56), (COL_NAME, 120), (COL_LOST, 96), (COL_RETURNED, 96),
                              (COL_OPEN, 96), (COL_AMOUNT, 110)):
            self.setColumnWidth(column, width)
        self.itemChanged.connect(self._changed)

    def _changed(self, item: QTableWidgetItem) -> None:
        """A typed amount is shown as the table shows amounts (3000 → 3,000.00) once it is readable;
        an unreadable one stays as typed so it can be corrected."""
        if item.column() == COL_AMOUNT and item.text().strip():
            try:
                shown = money(parse_amount(item.text()))
            except ValueError:
                shown = item.text()
            if shown != item.text():
                self.blockSignals(True)
                item.setText(shown)
                self.blockSignals(False)
        self.sig_total_changed.emit()

    def unreadable_row(self) -> tuple[int, str] | None:
        """(row, victim) of the first ticked amount that is not a readable amount."""
        for row in self.ticked_rows():
            try:
                parse_amount(cell(self, row, COL_AMOUNT).text())
            except ValueError:
                return row, cell(self, row, COL_NAME).text()
        return None

    def _headers(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("已签收") if self.signing else self.tr("列入"), self.tr("被害人"), self.tr("所在地"),
            self.tr("被骗（元）"), self.tr("已返还（元）"), self.tr("尚欠（元）"), self.tr("本次返还（元）")])

    def _add(self, victim_id: uuid.UUID, name: str, place: str, figures: Sequence[int], amount: int,
             ticked: bool) -> None:
        row = self.rowCount()
        self.insertRow(row)
        tick = _item("")
        flag = Qt.ItemFlag
        tick.setFlags(flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemIsUserCheckable)
        tick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        tick.setData(ID_ROLE, str(victim_id))
        self.setItem(row, COL_TICK, tick)
        self.setItem(row, COL_NAME, _item(name))
        self.setItem(row, COL_PLACE, _item(place))
        for column, fen in zip((COL_LOST, COL_RETURNED, COL_OPEN), figures, strict=True):
            self.setItem(row, column, _item(money(fen), right=True))
        amount_text = money(amount) if amount else ""
        self.setItem(row, COL_AMOUNT, _item(amount_text, editable=not self.signing, right=True))

    def load_lines(self, lines: Sequence[EventLine]) -> None:
        """A new event: every victim still owed, ticked when the core suggests an amount."""
        self.blockSignals(True)
        self.setRowCount(0)
        for line in lines:
            self._add(line.victim_id, line.name, line.place, (line.lost, line.returned, line.open),
                      line.suggested, line.suggested > 0)
        self.blockSignals(False)
        self.sig_total_changed.emit()

    def load_event(self, event: EventView, figures: dict[uuid.UUID, tuple[int, int, int]]) -> None:
        """A saved event: its lines only, fixed amounts, ticks meaning "signed" (all, to begin with)."""
        self.signing = True
        self._headers()
        self.blockSignals(True)
        self.setRowCount(0)
        for line in event.lines:
            known = figures.get(line.victim_id, (0, 0, 0))
            self._add(line.victim_id, line.victim_name, line.victim_place, known, line.amount, True)
        self.blockSignals(False)
        self.sig_total_changed.emit()

    def ticked_rows(self) -> list[int]:
        return [row for row in range(self.rowCount())
                if cell(self, row, COL_TICK).checkState() == Qt.CheckState.Checked]

    def chosen(self) -> list[dict[str, object]]:
        """The ticked lines as the core takes them: {victim_id, amount (as typed)}."""
        return [{"victim_id": cell(self, row, COL_TICK).data(ID_ROLE),
                 "amount": cell(self, row, COL_AMOUNT).text()} for row in self.ticked_rows()]

    def signed_ids(self) -> list[str]:
        return [cell(self, row, COL_TICK).data(ID_ROLE) for row in self.ticked_rows()]

    def total(self) -> int | None:
        """The ticked amounts added up; None while one of them is not a readable amount."""
        try:
            return sum(parse_amount(cell(self, row, COL_AMOUNT).text()) for row in self.ticked_rows())
        except ValueError:
            return None

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Colour the rows the core refused ("lines.N" is the N-th ticked row) with the reason as tooltip."""
        ticked = self.ticked_rows()
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = cell(self, row, column)
                item.setBackground(QBrush())
                item.setToolTip("")
        for field, message in errors.items():
            prefix, _, number = field.partition(".")
            if prefix == "lines" and number.isdigit() and int(number) < len(ticked):
                row = ticked[int(number)]
                for column in range(self.columnCount()):
                    cell(self, row, column).setBackground(ERROR_BRUSH)
                    cell(self, row, column).setToolTip(message)
        self.blockSignals(False)
