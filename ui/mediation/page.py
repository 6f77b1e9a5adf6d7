"""矛盾纠纷: the list of cases (state filter + search) and, in its place, the page of one case.

Keyboard: Ctrl+N registers a dispute, Ctrl+F goes to the search box (↓ or Enter moves on to the
list), Enter or a double click opens a case, Esc on a case goes back to the list.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.mediation import cases
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import STATES
from ui.common.forms import run_service
from ui.mediation.case_list import COLUMNS, CaseListModel
from ui.mediation.case_view import CaseView
from ui.mediation.labels import vt

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = (190, 120, 80, 170, 70, 50, 170, 90)


class DisputesPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.can_register = permissions.allowed(actor.role, "disputes.register")
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list_page = self._build_list()
        self.case_view = CaseView(actor)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.case_view)
        self.case_view.sig_back.connect(self.show_list)
        self.case_view.sig_changed.connect(self._case_changed)
        self.refresh_list()

    def _build_list(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.register_button = QPushButton(self.tr("登记纠纷"))
        self.register_button.setObjectName("register_case")
        self.register_button.setToolTip("Ctrl+N")
        self.register_button.setVisible(self.can_register)
        self.register_button.clicked.connect(self.register)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        self.state_filter.addItem(self.tr("全部状态"), "")
        for key, label in STATES.items():
            self.state_filter.addItem(vt(label), key)
        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("查找：案件编号、当事人姓名或概要中的文字（Ctrl+F）"))
        self.count_label = QLabel()
        self.count_label.setObjectName("case_count")
        bar.addWidget(self.register_button)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        column.addLayout(bar)

        self.model = CaseListModel(self)
        self.table = QTableView()
        self.table.setObjectName("cases_table")
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
        column.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.state_filter.currentIndexChanged.connect(self.refresh_list)
        self.table.activated.connect(lambda index: self.open_case(self.model.id_at(index.row())))
        for keys, slot in (("Ctrl+N", self.register), ("Ctrl+F", self.focus_search)):
            action = QAction(page)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            page.addAction(action)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down):
            self._to_table()
            return True
        return super().eventFilter(watched, event)

    # the list
    def refresh_list(self, select: str | uuid.UUID | None = None) -> None:
        self._debounce.stop()
        keep = str(select) if select else self.current_id()
        state, query = self.state_filter.currentData() or None, self.search.text()

        def fetch(limit: int, offset: int) -> list:
            return run_service(self, lambda: cases.list_cases(self.actor, state, query, limit, offset)) or []

        self.model.load(fetch)
        if self.model.rows and not self._sized:
            # The number format is a setting (often 20+ characters): size its column to a real one.
            self._sized = True
            needed = self.table.fontMetrics().horizontalAdvance(self.model.rows[0].case_number) + 24
            self.table.setColumnWidth(0, max(COLUMN_WIDTHS[0], needed))
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("共 {n} 件").replace("{n}", f"{self.model.rowCount()}{more}"))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.show_list()
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

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # cases
    def register(self) -> CaseDetail | None:
        if not self.can_register:
            return None
        from ui.mediation.register_dialog import RegisterDialog

        dialog = RegisterDialog(self.actor, self)
        if not dialog.exec() or dialog.created is None:
            return None
        self.refresh_list(select=dialog.created.id)
        self.open_case(dialog.created.id)
        return dialog.created

    def open_case(self, case_id: str | uuid.UUID | None) -> bool:
        """Show the page of a case (the dashboard calls this too)."""
        if case_id is None:
            return False
        if not self.case_view.show_case(case_id):
            self.refresh_list()
            return False
        self.stack.setCurrentWidget(self.case_view)
        return True

    def _case_changed(self, detail: CaseDetail) -> None:
        if self.model.row_of(detail.id) >= 0:
            self.model.replace_row(detail.row)
        else:
            self.refresh_list(select=detail.id)
