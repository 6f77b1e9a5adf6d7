"""One visit beside the list: who went when, the households with the people seen, what was found
(a dispute with its case, or the button to open one) and the publicity done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.visits.views import FindingView, VisitDetail
from ui.common.core_text import core_text
from ui.common.forms import cell, push_button, text_label
from ui.common.record_view import title_label
from ui.common.station_filter import ReadOnlyBanner
from ui.mediation.labels import vt as mediation_vt
from ui.visits.labels import DISPUTE_COLOUR, LINKED_COLOUR, fill, publicity_text, vt

COL_KIND, COL_PERSON, COL_TEXT, COL_CASE = range(4)


class VisitDetailPane(QWidget):
    sig_open_case = Signal(object)  # a finding to open a case for
    sig_add_finding = Signal()
    sig_show_case = Signal(object)  # the id of a linked case

    def __init__(self, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: VisitDetail | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 0, 0, 0)
        self.header = title_label("visit_header", 15)
        self.header.setWordWrap(True)
        self.facts = text_label("visit_facts", selectable=True)
        column.addWidget(self.header)
        self.read_only = ""
        self.read_only_banner = ReadOnlyBanner()
        column.addWidget(self.read_only_banner)
        column.addWidget(self.facts)
        column.addWidget(QLabel(self.tr("走访对象（按户）")))
        self.households = QTreeWidget()
        self.households.setObjectName("households")
        self.households.setHeaderLabels([self.tr("户 / 姓名"), self.tr("身份信息")])
        self.households.setColumnWidth(0, 200)
        self.households.setRootIsDecorated(False)
        column.addWidget(self.households, 1)
        column.addWidget(QLabel(self.tr("发现的情况")))
        self.findings = QTableWidget(0, 4)
        self.findings.setObjectName("findings")
        self.findings.setHorizontalHeaderLabels([self.tr("类别"), self.tr("涉及"), self.tr("情况"),
                                                 self.tr("矛盾纠纷案件")])
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.ResizeToContents)  # numbers are long
        self.findings.setColumnWidth(COL_KIND, 80)
        self.findings.setColumnWidth(COL_PERSON, 80)
        self.findings.verticalHeader().hide()
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.currentCellChanged.connect(lambda *_args: self._update_buttons())
        self.findings.cellActivated.connect(lambda _row, _column: self._activate())
        column.addWidget(self.findings, 2)
        buttons = QHBoxLayout()
        self.open_case_button = push_button(self.tr("开立矛盾纠纷…"), "open_case", self._open_case,
                                            tooltip=self.tr("为选中的矛盾纠纷发现开立调解案件（Ctrl+D）"))
        self.show_case_button = push_button(self.tr("查看案件"), "show_case", self._show_case)
        self.add_button = push_button(self.tr("补充发现…"), "add_finding", self.sig_add_finding)
        for button in (self.open_case_button, self.add_button):
            button.setVisible(can_edit)
        buttons.addWidget(self.open_case_button)
        buttons.addWidget(self.show_case_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.show_detail(None)

    def show_detail(self, detail: VisitDetail | None, read_only: str = "") -> None:
        """Show a visit; `read_only` says why it may only be looked at (another station's)."""
        self.detail = detail
        self.read_only = read_only
        self.read_only_banner.show_note(read_only)
        self.households.clear()
        self.findings.setRowCount(0)
        if detail is None:
            self.header.setText(self.tr("（未选择走访记录）"))
            self.facts.clear()
            self._update_buttons()
            return
        row = detail.row
        people = sum(len(household.people) for household in detail.households)
        self.header.setText(fill(self.tr("{date}  {officer}  走访 {households} 户 {people} 人"),
                                 date=row.visited_on.isoformat(), officer=row.officer_name,
                                 households=row.households, people=people))
        facts = [self.tr("入户宣传：") + (publicity_text(row.publicity_topics, row.materials_count)
                                        or self.tr("无"))]
        if row.note:
            facts.append(self.tr("备注：") + row.note)
        facts.append(self.tr("录入人：") + detail.recorded_by)
        self.facts.setText("\n".join(facts))
        for household in detail.households:
            top = QTreeWidgetItem([household.title, ""])
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.households.addTopLevelItem(top)
            for person in household.people:
                top.addChild(QTreeWidgetItem(["    " + person.name, core_text(person.details)]))
        self.households.expandAll()
        for finding in detail.findings:
            self._add_finding_row(finding)
        if detail.findings:
            # A dispute waiting for its case first, then one with a case: what the user acts on.
            ranked = sorted(range(len(detail.findings)), key=lambda number: (
                not detail.findings[number].can_open_case, detail.findings[number].case_id is None, number))
            self.findings.setCurrentCell(ranked[0], 0)
        self._update_buttons()

    def _add_finding_row(self, finding: FindingView) -> None:
        number = self.findings.rowCount()
        self.findings.insertRow(number)
        if finding.case_id is not None:
            case = f"{finding.case_number}（{mediation_vt(finding.case_state_label)}）"
        else:
            case = self.tr("未开立") if finding.kind == "dispute" else ""
        for column, text in ((COL_KIND, vt(finding.kind_label)), (COL_PERSON, finding.resident_name),
                             (COL_TEXT, finding.description), (COL_CASE, case)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.findings.setItem(number, column, item)
        if finding.kind == "dispute":
            colour = LINKED_COLOUR if finding.case_id else DISPUTE_COLOUR
            cell(self.findings, number, COL_CASE).setForeground(QBrush(QColor(colour)))
            cell(self.findings, number, COL_KIND).setForeground(QBrush(QColor(DISPUTE_COLOUR)))

    def current_finding(self) -> FindingView | None:
        row = self.findings.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.findings):
            return None
        return self.detail.findings[row]

    def openable_finding(self) -> FindingView | None:
        """The selected finding if a case can be opened for it, else the first one that can."""
        current = self.current_finding()
        if current is not None and current.can_open_case:
            return current
        findings = self.detail.findings if self.detail else ()
        return next((finding for finding in findings if finding.can_open_case), None)

    def _update_buttons(self) -> None:
        current = self.current_finding()
        self.open_case_button.setEnabled(self.openable_finding() is not None and not self.read_only)
        self.show_case_button.setEnabled(current is not None and current.case_id is not None)
        self.add_button.setEnabled(self.detail is not None and not self.read_only)

    def _open_case(self) -> None:
        finding = self.openable_finding()
        if finding is not None:
            self.sig_open_case.emit(finding)

    def _show_case(self) -> None:
        current = self.current_finding()
        if current is not None and current.case_id is not None:
            self.sig_show_case.emit(current.case_id)

    def _activate(self) -> None:
        """Enter on a finding: open its case, or start one for a dispute not yet opened."""
        current = self.current_finding()
        if current is None:
            return
        if current.case_id is not None:
            self.sig_show_case.emit(current.case_id)
        elif current.can_open_case and self.open_case_button.isVisible():
            self.sig_open_case.emit(current)
