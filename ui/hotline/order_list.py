"""The list of orders, newest first, read a page at a time (list_orders offset/limit).
Overdue orders are red, with the deadline in bold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station_app.core.clock import format_local
from station_app.hotline.views import OrderRow
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.records import RecordsModel
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


class OrderListModel(RecordsModel):
    COLUMNS = COLUMNS
    CONTEXT = "OrderListModel"

    def cell_text(self, row: OrderRow, column: int) -> str:
        return self.text(row, column)

    def cell_colour(self, row: OrderRow, column: int) -> str | None:
        return OVERDUE_COLOUR if row.overdue else None

    def cell_bold(self, row: OrderRow, column: int) -> bool:
        return row.overdue and column == COL_DEADLINE

    @staticmethod
    def text(row: OrderRow, column: int) -> str:
        deadline = row.deadline.isoformat()
        if row.overdue:
            deadline += QCoreApplication.translate("OrderListModel", "（逾期）")
        caller = " ".join(part for part in (row.caller_name, row.caller_phone_masked) if part)
        return (row.order_number, format_local(row.received_at), caller, row.category, vt(row.status_label),
                deadline, row.dispatched_to, row.content)[column]
