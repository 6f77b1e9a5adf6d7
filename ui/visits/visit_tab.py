"""走访 tab: the visits (newest first) and, beside them, the one selected. Recording a visit with
a dispute finding goes straight on to 开立矛盾纠纷 for it (Esc leaves it for later: the finding
keeps its button)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from station_app.core.actor import Actor
from station_app.visits import visits
from station_app.visits.views import FindingView, VisitDetail, VisitRow
from ui.common.forms import run_dialog
from ui.common.keys import add_shortcuts
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.records import RecordsModel
from ui.visits.labels import DISPUTE_COLOUR, publicity_text
from ui.visits.list_pane import ListDetailTab
from ui.visits.visit_detail import VisitDetailPane

COLUMNS = (
    QT_TRANSLATE_NOOP("VisitsTab", "日期"),
    QT_TRANSLATE_NOOP("VisitsTab", "民警"),
    QT_TRANSLATE_NOOP("VisitsTab", "户数"),
    QT_TRANSLATE_NOOP("VisitsTab", "走访对象"),
    QT_TRANSLATE_NOOP("VisitsTab", "发现"),
    QT_TRANSLATE_NOOP("VisitsTab", "入户宣传"),
)
WIDTHS = (90, 70, 44, 230, 70, 120)


def _texts(row: VisitRow) -> tuple[str, ...]:
    # "2 (1)": two findings, one of them a dispute (red)
    found = f"{row.findings}" + (f" ({row.disputes})" if row.disputes else "") if row.findings else ""
    return (row.visited_on.isoformat(), row.officer_name, str(row.households), row.people, found,
            publicity_text(row.publicity_topics, row.materials_count))


def _colour(row: VisitRow, column: int) -> str | None:
    return DISPUTE_COLOUR if column == 4 and row.disputes else None


class VisitsTab(ListDetailTab):
    sig_show_case = Signal(object)  # a linked case's id: the main window may open the disputes page

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, visits.list_visits, visits.get_visit, parent)
        hint = self.tr("还没有走访记录。入户走访回来后，按 Ctrl+N 记录走访的户、人和发现的情况。") \
            if self.can_edit else self.tr("还没有走访记录。")
        self.build(RecordsModel(self, columns=COLUMNS, context="VisitsTab", texts=_texts, colour=_colour),
                   VisitDetailPane(self.can_edit), self.tr("记录走访"),
                   self.tr("查找：居民姓名、户、民警、发现的情况（Ctrl+F）"), WIDTHS, hint)
        self.detail.sig_open_case.connect(self.open_case)
        self.detail.sig_add_finding.connect(self.add_finding)
        self.detail.sig_show_case.connect(self.sig_show_case)
        add_shortcuts(self, [("Ctrl+D", self.detail.open_case_button.click)])

    def show_visit(self, visit_id: str | None) -> None:
        self.show_record(visit_id)

    def new_record(self) -> VisitDetail | None:
        return self.record_visit()

    def _changed(self, detail: VisitDetail) -> None:
        self.refresh(select=detail.id)
        self.detail.show_detail(detail)

    def record_visit(self) -> VisitDetail | None:
        """记录走访; then 开立矛盾纠纷 for each dispute found, one after the other."""
        if not self.can_edit:
            return None
        from ui.visits.visit_dialog import VisitDialog

        created = run_dialog(VisitDialog(self.actor, self), "created")
        if created is None:
            return None
        detail = created
        self._changed(detail)
        for finding in [finding for finding in detail.findings if finding.can_open_case]:
            detail = self.open_case(finding) or detail
        return detail

    def open_case(self, finding: FindingView) -> VisitDetail | None:
        if not self.can_edit or self.detail.detail is None:
            return None
        from ui.visits.open_case_dialog import OpenCaseDialog

        result_detail = run_dialog(OpenCaseDialog(self.actor, self.detail.detail, finding, self),
                                   "result_detail")
        if result_detail is None:
            return None
        self._changed(result_detail)
        return result_detail

    def add_finding(self) -> VisitDetail | None:
        if not self.can_edit or self.detail.detail is None:
            return None
        from ui.visits.finding_dialog import FindingDialog

        result_detail = run_dialog(FindingDialog(self.actor, self.detail.detail, self), "result_detail")
        if result_detail is None:
            self.show_visit(str(self.detail.detail.id))  # a conflict: show what is stored now
            return None
        self._changed(result_detail)
        return result_detail
