"""矛盾纠纷: the list of cases (state filter + search) and, in its place, the page of one case.

Keyboard: Ctrl+N registers a dispute, Ctrl+F goes to the search box (↓ or Enter moves on to the
list), Enter or a double click opens a case, Esc on a case goes back to the list. The sidebar's
矛盾纠纷 always brings the list back.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QStackedWidget, QVBoxLayout, QWidget

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.mediation import cases
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import STATES
from ui.common.forms import push_button, run_dialog
from ui.common.ledger_page import LedgerPage
from ui.mediation.case_list import CaseListModel
from ui.mediation.case_view import CaseView
from ui.mediation.labels import vt

COLUMN_WIDTHS = (190, 120, 80, 170, 70, 50, 170, 90)


class DisputesPage(LedgerPage):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.can_register = permissions.allowed(actor.role, "disputes.register")
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list_page = self._build_list()
        self.case_view = CaseView(actor, read_only_note=self.read_only_note)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.case_view)
        self.case_view.sig_back.connect(self.show_list)
        self.case_view.sig_changed.connect(self._case_changed)
        self.refresh_list()

    def _build_list(self) -> QWidget:
        self.register_button = push_button(self.tr("登记纠纷"), "register_case", self.register, "Ctrl+N")
        self.register_button.setVisible(self.can_register)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        self.state_filter.addItem(self.tr("全部状态"), "")
        for key, label in STATES.items():
            self.state_filter.addItem(vt(label), key)
        hint = (self.tr("还没有登记矛盾纠纷。接到电话、来访或网格员上报时，按 Ctrl+N（登记纠纷）登记第一件。")
                if self.can_register else self.tr("还没有登记矛盾纠纷。"))
        ledger = self.make_list(
            CaseListModel(self), self._read, table_name="cases_table", search_name="case_search",
            placeholder=self.tr("查找：案件编号、当事人姓名或概要中的文字（Ctrl+F）"),
            count_name="case_count", count_text=self.tr("共 {n} 件"), widths=COLUMN_WIDTHS, empty_hint=hint)
        ledger.add_tools(self.register_button, self.state_filter)
        ledger.filtered = lambda: bool(self.state_filter.currentData())
        ledger.layout().setContentsMargins(6, 6, 6, 6)
        self.model, self.table, self.search = ledger.model, ledger.table, ledger.search
        self.count_label = ledger.count_label
        self.state_filter.currentIndexChanged.connect(lambda _index: self.refresh_list())
        ledger.sig_activated.connect(self.open_case)
        ledger.sig_loaded.connect(self._size_number_column)
        return ledger

    def _read(self, query: str, stations: list[uuid.UUID]):  # noqa: ANN202 (a fetch)
        state = self.state_filter.currentData() or None
        return lambda limit, offset: cases.list_cases(self.actor, state, query, limit, offset,
                                                      stations=stations)

    def _size_number_column(self) -> None:
        if self.model.rows and not self._sized:
            # The number format is a setting (often 20+ characters): size its column to a real one.
            self._sized = True
            needed = self.table.fontMetrics().horizontalAdvance(self.model.rows[0].case_number) + 24
            self.table.setColumnWidth(self.model.offset, max(COLUMN_WIDTHS[0], needed))

    # the list
    def refresh_list(self, select: str | uuid.UUID | None = None) -> None:
        self.ledger.refresh(select)

    def refresh(self) -> None:
        super().refresh()
        if self.stack.currentWidget() is self.case_view:
            self.case_view.reload()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # cases
    def new_record(self) -> CaseDetail | None:
        return self.register()

    def register(self) -> CaseDetail | None:
        if not self.can_register:
            return None
        from ui.mediation.register_dialog import RegisterDialog

        created = run_dialog(RegisterDialog(self.actor, self), "created")
        if created is None:
            return None
        self.refresh_list(select=created.id)
        self.open_case(created.id)
        return created

    def open_case(self, case_id: str | uuid.UUID | None) -> bool:
        """Show the page of a case (the dashboard calls this too)."""
        if case_id is None:
            return False
        if not self.case_view.show_case(case_id, self.detail_scope()):
            self.refresh_list()
            return False
        self.stack.setCurrentWidget(self.case_view)
        return True

    def _case_changed(self, detail: CaseDetail) -> None:
        if self.model.row_of(detail.id) >= 0:
            self.model.replace_row(detail.row)
        else:
            self.refresh_list(select=detail.id)
