"""返赃: the restitution cases on the left (search as you type), the chosen case on the right.

Keyboard: Ctrl+N opens a new case, Ctrl+F goes to the search box (↓ or Enter moves on to the
list), ↑ ↓ in the list show each case at once, Enter moves into the case page, Esc back to the list.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.errors import PermissionDenied
from station_app.restitution import cases
from station_app.restitution.views import CaseDetail
from ui.common.forms import push_button, run_dialog
from ui.common.keys import add_shortcuts
from ui.common.ledger_page import LedgerPage
from ui.restitution.case_list import COL_OWED, COL_STATUS, RestitutionListModel
from ui.restitution.case_view import RestitutionCaseView

COLUMN_WIDTHS = (140, 90, 220, 50, 90, 90, 90, 90, 80)


class RestitutionPage(LedgerPage):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.setObjectName("restitution_page")
        self.can_edit = permissions.allowed(actor.role, "restitution.edit")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter)
        self.splitter.addWidget(self._build_list())
        self.case_view = RestitutionCaseView(actor, read_only_note=self.read_only_note)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([620, 760])  # the list keeps its number, status and balance in view
        self.case_view.sig_changed.connect(self._case_changed)
        add_shortcuts(self.case_view, [("Esc", self.table.setFocus)])
        try:
            permissions.require(actor, "restitution.view")
        except PermissionDenied as exc:
            # The navigation may still list the page: say why it is empty instead of an error box.
            self.splitter.hide()
            self.ledger.source = lambda _query, _stations: []  # F5 and the like read nothing
            notice = QLabel(exc.message)
            notice.setObjectName("no_access")
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(notice)
            return
        self.refresh_list()

    def _build_list(self) -> QWidget:
        self.new_button = push_button(self.tr("新建案件"), "new_restitution_case", self.new_case, "Ctrl+N")
        self.new_button.setVisible(self.can_edit)
        hint = self.tr("还没有返赃案件。追回赃款后，按 Ctrl+N 新建案件，登记被害人和追回的款项。") \
            if self.can_edit else self.tr("还没有返赃案件。")
        ledger = self.make_list(
            RestitutionListModel(self), self._read, table_name="restitution_cases",
            search_name="restitution_search",
            placeholder=self.tr("查找：编号、案情、嫌疑人或被害人姓名（Ctrl+F）"), count_name="case_count",
            count_text=self.tr("共 {n} 件"), widths=COLUMN_WIDTHS, empty_hint=hint)
        ledger.add_tools(self.new_button)
        ledger.layout().setContentsMargins(6, 6, 0, 6)
        self.model, self.table, self.search = ledger.model, ledger.table, ledger.search
        self.count_label = ledger.count_label
        self.table.horizontalHeader().setStretchLastSection(False)
        self._arranged_for = -1
        ledger.sig_loaded.connect(self._arrange_columns)
        ledger.sig_current.connect(lambda case_id: self.case_view.show_case(case_id, self.detail_scope()))
        ledger.sig_activated.connect(lambda _case_id: self.case_view.focus_first())
        return ledger

    def _arrange_columns(self) -> None:
        """What the officer looks for first stays in view when the list is narrow: the number, then
        status and still owed (after the 单位 column at a county)."""
        offset = self.model.offset
        if offset == self._arranged_for:
            return
        self._arranged_for = offset
        header = self.table.horizontalHeader()
        for logical in range(self.model.columnCount()):  # back to the model's order first
            header.moveSection(header.visualIndex(logical), logical)
        for position, logical in enumerate((COL_STATUS, COL_OWED), start=1 + offset):
            header.moveSection(header.visualIndex(logical + offset), position)

    def _read(self, query: str, stations: list[uuid.UUID]):  # noqa: ANN202 (a fetch)
        return lambda limit, offset: cases.list_cases(self.actor, query, limit, offset, stations=stations)

    # the list
    def refresh_list(self, select: str | uuid.UUID | None = None) -> None:
        self.ledger.refresh(select)

    # cases
    def new_record(self) -> CaseDetail | None:
        return self.new_case()

    def new_case(self) -> CaseDetail | None:
        if not self.can_edit:
            return None
        from ui.restitution.dialogs import CaseDialog

        result_detail = run_dialog(CaseDialog(self.actor, None, self), "result_detail")
        if result_detail is None:
            return None
        self.open_case(result_detail.id)
        return result_detail

    def open_case(self, case_id: str | uuid.UUID) -> bool:
        """Select and show a case (a new one, or one the dashboard points at)."""
        self.ledger.clear_search()
        self.refresh_list(select=case_id)
        return self.case_view.detail is not None and str(self.case_view.detail.id) == str(case_id)

    def _case_changed(self, detail: CaseDetail) -> None:
        if self.model.row_of(detail.id) >= 0:
            self.model.replace_row(detail.row)
        else:
            self.refresh_list(select=detail.id)
