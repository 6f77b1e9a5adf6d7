"""12345工单: the list of orders (status filter, 逾期 filter, search; overdue in red) beside the
pane of the selected order with its steps.

Keyboard: Ctrl+N registers an order, Ctrl+I imports the platform's Excel export, Ctrl+F goes to
the search box (↓ or Enter moves on to the list), ↑/↓ in the list shows each order, Enter moves
to the order's first available step, F5 reads everything again.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.hotline import orders
from station_app.hotline.views import OrderDetail
from station_app.hotline.vocab import STATUSES
from ui.common.forms import push_button, run_dialog
from ui.common.keys import add_shortcuts
from ui.common.ledger_page import LedgerPage
from ui.hotline.labels import vt
from ui.hotline.order_list import OrderListModel
from ui.hotline.order_view import OrderView

COLUMN_WIDTHS = (142, 124, 146, 66, 52, 152, 84)
OVERDUE_FILTER = "__overdue__"


class HotlinePage(LedgerPage):
    sig_open_case = Signal(object)  # a dispute case id: the main window opens it in 矛盾纠纷

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self._build_list()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.ledger.table)
        self.view = OrderView(actor, read_only_note=self.read_only_note)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 500])
        layout.addWidget(self.list, 0)
        layout.addWidget(splitter, 1)
        self.view.sig_changed.connect(self._order_changed)
        self.view.sig_open_case.connect(self.sig_open_case.emit)
        add_shortcuts(self, [("Ctrl+I", self.import_orders)])
        self.refresh_list()

    def _build_list(self) -> None:
        can_edit = permissions.allowed(self.actor.role, "hotline.edit")
        self.new_button = QPushButton(self.tr("登记工单"))
        self.new_button.setObjectName("new_order")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setVisible(can_edit)
        self.new_button.clicked.connect(self.new_order)
        self.import_button = QPushButton(self.tr("导入平台工单…"))
        self.import_button.setObjectName("import_orders")
        self.import_button.setToolTip(self.tr("导入12345平台导出的Excel工单表（Ctrl+I）"))
        self.import_button.setVisible(permissions.allowed(self.actor.role, "hotline.import"))
        self.import_button.clicked.connect(self.import_orders)
        self.calendar_button = push_button(self.tr("节假日日历…"), "holiday_calendar", self.edit_calendar,
                                           tooltip=self.tr("计算工作日期限用的放假和调休上班日"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("全部状态"), "")
        self.status_filter.addItem(self.tr("逾期未办结"), OVERDUE_FILTER)
        for key, label in STATUSES.items():
            self.status_filter.addItem(vt(label), key)
        hint = self.tr("还没有工单。")
        if can_edit:
            hint = self.tr("还没有工单。按 Ctrl+N 登记来电工单，或按 Ctrl+I 导入平台导出的Excel工单表。")
        ledger = self.make_list(
            OrderListModel(self), self._read, table_name="orders_table", search_name="order_search",
            placeholder=self.tr("查找：工单编号、来电人、电话尾号或诉求内容（Ctrl+F）"),
            count_name="order_count", count_text=self.tr("共 {n} 件"), widths=COLUMN_WIDTHS, empty_hint=hint)
        ledger.add_tools(self.new_button, self.import_button, self.calendar_button, self.status_filter)
        ledger.filtered = lambda: bool(self.status_filter.currentData())
        self.model, self.table, self.search = ledger.model, ledger.table, ledger.search
        self.count_label = ledger.count_label
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh_list())
        ledger.sig_current.connect(self._current_changed)
        ledger.sig_activated.connect(lambda _order_id: self._to_steps())
        ledger.sig_loaded.connect(self._count_overdue)

    def _read(self, query: str, stations: list[uuid.UUID]):  # noqa: ANN202 (a fetch)
        chosen = self.status_filter.currentData() or ""
        status = None if chosen in ("", OVERDUE_FILTER) else chosen
        overdue = chosen == OVERDUE_FILTER
        return lambda limit, offset: orders.list_orders(self.actor, status, query, overdue, limit, offset,
                                                        stations=stations)

    def _count_overdue(self) -> None:
        late = sum(1 for row in self.model.rows if row.overdue)
        if late:
            late_text = self.tr("，逾期 {n} 件").replace("{n}", str(late))
            self.count_label.setText(self.count_label.text() + late_text)
        self.count_label.setStyleSheet("color: #b00020; font-weight: bold;" if late else "")

    # the list
    def refresh(self) -> None:
        super().refresh()
        self.view.reload()

    def refresh_list(self, select: str | uuid.UUID | None = None) -> None:
        self.ledger.refresh(select)

    def _current_changed(self, order_id: str | None) -> None:
        if order_id is None:
            self.view.show_empty()
        elif self.view.detail is None or str(self.view.detail.id) != order_id:
            self.view.show_order(order_id, self.detail_scope())

    def _to_steps(self) -> None:
        button = next((button for button in self.view.step_buttons.values() if button.isEnabled()), None)
        if button is not None:
            button.setFocus()

    def _order_changed(self, detail: OrderDetail) -> None:
        if self.model.row_of(detail.id) >= 0:
            self.model.replace_row(detail.row)
        else:
            self.refresh_list(select=detail.id)

    # orders
    def open_order(self, order_id: str | uuid.UUID) -> bool:
        """Show an order (the dashboard calls this): clears the filters if they hide it."""
        if self.model.row_of(order_id) < 0:
            self.ledger.clear_search()
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
            self.refresh_list(select=order_id)
        self.table.select_id(order_id)
        return self.view.show_order(order_id, self.detail_scope())

    def new_record(self) -> OrderDetail | None:
        return self.new_order()

    def new_order(self) -> OrderDetail | None:
        if not self.new_button.isVisible():
            return None
        from ui.hotline.new_order_dialog import NewOrderDialog

        created = run_dialog(NewOrderDialog(self.actor, self), "created")
        if created is None:
            return None
        self.refresh_list(select=created.id)
        self.view.show_order(created.id)
        return created

    def import_orders(self) -> bool:
        if not self.import_button.isVisible():
            return False
        from ui.hotline.import_dialog import OrderImportDialog

        dialog = OrderImportDialog(self.actor, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()
        return dialog.changed

    def edit_calendar(self) -> None:
        from ui.hotline.calendar_dialog import CalendarDialog

        CalendarDialog(self.actor, self).exec()
        self.view.reload()
