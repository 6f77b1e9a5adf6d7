"""12345工单: the list of orders (status filter, 逾期 filter, search; overdue in red) beside the
pane of the selected order with its steps.

Keyboard: Ctrl+N registers an order, Ctrl+I imports the platform's Excel export, Ctrl+F goes to
the search box (↓ or Enter moves on to the list), ↑/↓ in the list shows each order, Enter moves
to the order's first available step, F5 reads everything again.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.hotline import orders
from station_app.hotline.views import OrderDetail
from station_app.hotline.vocab import STATUSES
from ui.common.forms import run_service
from ui.hotline.labels import vt
from ui.hotline.order_list import COLUMNS, OrderListModel
from ui.hotline.order_view import OrderView

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = (142, 124, 146, 66, 52, 152, 84)
OVERDUE_FILTER = "__overdue__"


class HotlinePage(QWidget):
    sig_open_case = Signal(object)  # a dispute case id: the main window opens it in 矛盾纠纷

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._toolbar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list())
        self.view = OrderView(actor)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 500])
        layout.addWidget(splitter, 1)
        self.view.sig_changed.connect(self._order_changed)
        self.view.sig_open_case.connect(self.sig_open_case.emit)
        for keys, slot in (("Ctrl+N", self.new_order), ("Ctrl+I", self.import_orders),
                           ("Ctrl+F", self.focus_search), ("F5", self.refresh)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.refresh_list()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
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
        self.calendar_button = QPushButton(self.tr("节假日日历…"))
        self.calendar_button.setObjectName("holiday_calendar")
        self.calendar_button.setToolTip(self.tr("计算工作日期限用的放假和调休上班日"))
        self.calendar_button.clicked.connect(self.edit_calendar)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("全部状态"), "")
        self.status_filter.addItem(self.tr("逾期未办结"), OVERDUE_FILTER)
        for key, label in STATUSES.items():
            self.status_filter.addItem(vt(label), key)
        self.search = QLineEdit()
        self.search.setObjectName("order_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("查找：工单编号、来电人、电话尾号或诉求内容（Ctrl+F）"))
        self.count_label = QLabel()
        self.count_label.setObjectName("order_count")
        for widget in (self.new_button, self.import_button, self.calendar_button, self.status_filter):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.status_filter.currentIndexChanged.connect(self.refresh_list)
        return bar

    def _list(self) -> QWidget:
        self.model = OrderListModel(self)
        self.table = QTableView()
        self.table.setObjectName("orders_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, width in enumerate(COLUMN_WIDTHS[:len(COLUMNS)]):
            self.table.setColumnWidth(number, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self._to_steps())
        return self.table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down):
            self._to_table()
            return True
        return super().eventFilter(watched, event)

    # the list
    def refresh(self) -> None:
        self.refresh_list()
        self.view.reload()

    def refresh_list(self, select: str | uuid.UUID | None = None) -> None:
        self._debounce.stop()
        keep = str(select) if select else self.current_id()
        chosen = self.status_filter.currentData() or ""
        status = None if chosen in ("", OVERDUE_FILTER) else chosen
        overdue, query = chosen == OVERDUE_FILTER, self.search.text()

        def fetch(limit: int, offset: int) -> list:
            return run_service(self, lambda: orders.list_orders(self.actor, status, query, overdue,
                                                                limit, offset)) or []

        self.model.load(fetch)
        more = "+" if self.model.canFetchMore() else ""
        late = sum(1 for row in self.model.rows if row.overdue)
        text = self.tr("共 {n} 件").replace("{n}", f"{self.model.rowCount()}{more}")
        if late:
            text += self.tr("，逾期 {n} 件").replace("{n}", str(late))
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b00020; font-weight: bold;" if late else "")
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.select_row(row)
        elif self.view.detail is not None and self.model.row_of(self.view.detail.id) < 0:
            self.view.show_empty()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:  # noqa: ANN001 (Qt signature)
        order_id = self.model.id_at(current.row()) if current.isValid() else None
        if order_id is None:
            self.view.show_empty()
        elif self.view.detail is None or str(self.view.detail.id) != order_id:
            self.view.show_order(order_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_entered(self) -> None:
        if self._debounce.isActive():
            self.refresh_list()
        self._to_table()

    def _to_table(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.select_row(0)
            self.table.setFocus()

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
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.refresh_list(select=order_id)
        row = self.model.row_of(order_id)
        if row >= 0:
            self.select_row(row)
        return self.view.show_order(order_id)

    def new_order(self) -> OrderDetail | None:
        if not self.new_button.isVisible():
            return None
        from ui.hotline.new_order_dialog import NewOrderDialog

        dialog = NewOrderDialog(self.actor, self)
        if not dialog.exec() or dialog.created is None:
            return None
        self.refresh_list(select=dialog.created.id)
        self.view.show_order(dialog.created.id)
        return dialog.created

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
