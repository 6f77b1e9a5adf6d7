"""返赃: the restitution cases on the left (search as you type), the chosen case on the right.

Keyboard: Ctrl+N opens a new case, Ctrl+F goes to the search box (↓ or Enter moves on to the
list), ↑ ↓ in the list show each case at once, Enter moves into the case page, Esc back to the list.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from station_app.core.errors import PermissionDenied
from station_app.restitution import cases
from station_app.restitution.views import CaseDetail
from ui.common.forms import run_service
from ui.restitution.case_list import COL_OWED, COL_STATUS, RestitutionListModel
from ui.restitution.case_view import RestitutionCaseView

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = (140, 90, 220, 50, 90, 90, 90, 90, 80)


class RestitutionPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("restitution_page")
        self.can_edit = permissions.allowed(actor.role, "restitution.edit")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter)
        self.splitter.addWidget(self._build_list())
        self.case_view = RestitutionCaseView(actor)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.case_view.sig_changed.connect(self._case_changed)
        for owner, keys, slot in ((self, "Ctrl+N", self.new_case), (self, "Ctrl+F", self.focus_search),
                                  (self.case_view, "Esc", self.table.setFocus)):
            action = QAction(owner)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            owner.addAction(action)
        try:
            permissions.require(actor, "restitution.view")
        except PermissionDenied as exc:
            # The navigation may still list the page: say why it is empty instead of an error box.
            self.splitter.hide()
            notice = QLabel(exc.message)
            notice.setObjectName("no_access")
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(notice)
            return
        self.refresh_list()

    def _build_list(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 6, 0, 6)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建案件"))
        self.new_button.setObjectName("new_restitution_case")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setVisible(self.can_edit)
        self.new_button.clicked.connect(self.new_case)
        self.search = QLineEdit()
        self.search.setObjectName("restitution_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("查找：编号、案情、嫌疑人或被害人姓名（Ctrl+F）"))
        self.count_label = QLabel()
        self.count_label.setObjectName("case_count")
        bar.addWidget(self.new_button)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        column.addLayout(bar)
        self.model = RestitutionListModel(self)
        self.table = QTableView()
        self.table.setObjectName("restitution_cases")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for number, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(number, width)
        # What the officer looks for first stays in view when the list is narrow: status, still owed.
        header = self.table.horizontalHeader()
        for position, logical in enumerate((COL_STATUS, COL_OWED), start=1):
            header.moveSection(header.visualIndex(logical), position)
        column.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row(current.row()))
        self.table.activated.connect(lambda _index: self.case_view.focus_first())
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
        query = self.search.text()

        def fetch(limit: int, offset: int) -> list:
            return run_service(self, lambda: cases.list_cases(self.actor, query, limit, offset)) or []

        self.model.load(fetch)
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("共 {n} 件").replace("{n}", f"{self.model.rowCount()}{more}"))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.select_row(row)
        else:
            self.case_view.show_case(None)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _show_row(self, row: int) -> None:
        self.case_view.show_case(self.model.id_at(row))

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

    # cases
    def new_case(self) -> CaseDetail | None:
        if not self.can_edit:
            return None
        from ui.restitution.dialogs import CaseDialog

        dialog = CaseDialog(self.actor, None, self)
        if not dialog.exec() or dialog.result_detail is None:
            return None
        self.open_case(dialog.result_detail.id)
        return dialog.result_detail

    def open_case(self, case_id: str | uuid.UUID) -> bool:
        """Select and show a case (a new one, or one the dashboard points at)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh_list(select=case_id)
        return self.case_view.detail is not None and str(self.case_view.detail.id) == str(case_id)

    def _case_changed(self, detail: CaseDetail) -> None:
        if self.model.row_of(detail.id) >= 0:
            self.model.replace_row(detail.row)
        else:
            self.refresh_list(select=detail.id)
