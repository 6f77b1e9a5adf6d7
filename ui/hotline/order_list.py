"""The list of orders, newest first, read a page at a time (list_orders offset/limit).
Overdue orders are red, with the deadline in bold."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from station_app.core.clock import format_local
from station_app.hotline.views import OrderRow
from ui.common.paged_model import Index, PagedRowsModel
from ui.hotline.labels import OVERDUE_COLOUR, vt

COLUMNS = (
    QT_TRANSLATE_NOOP("OrderListModel", "工单编号"),
    QT_TRANSLATE_NOOP("OrderListModel", "受理时间"),
    QT_TRANSLATE_NOOP("OrderListModel", "来电人"),
    QT_TRANSLATE_NOOP("OrderListModel", "类别"),
    QT_TRANSLATE_NOOP("OrderListModel", "状态"),
    QT_TRANSLATE_NOOP("OrderListModel", "办理期限"),
    QT_TRANSLATE_NOOP("OrderListModel", "承办"),
    QT_TRANSLATE_NOOP("OrderListModel", "诉求内容"),
)
COL_NUMBER, COL_TIME, COL_CALLER, COL_CATEGORY, COL_STATUS, COL_DEADLINE, COL_OFFICE, COL_CONTENT = range(8)


class OrderListModel(PagedRowsModel):
    COLUMNS = COLUMNS
    CONTEXT = "OrderListModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(QColor(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == COL_DEADLINE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def text(row: OrderRow, column: int) -> str:
        deadline = row.deadline.isoformat()
        if row.overdue:
            deadline += QCoreApplication.translate("OrderListModel", "（逾期）")
        caller = " ".join(part for part in (row.caller_name, row.caller_phone_masked) if part)
        return (
            row.order_number,
            format_local(row.received_at),
            caller,
            row.category,
            vt(row.status_label),
            deadline,
            row.dispatched_to,
            row.content,
        )[column]

    def id_at(self, row: int) -> str | None:
        return str(self.rows[row].id) if 0 <= row < len(self.rows) else None

    def row_of(self, order_id: str | uuid.UUID) -> int:
        key = str(order_id)
        return next((number for number, row in enumerate(self.rows) if str(row.id) == key), -1)

    def replace_row(self, fresh: OrderRow) -> None:
        number = self.row_of(fresh.id)
        if number >= 0:
            self.rows[number] = fresh
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
