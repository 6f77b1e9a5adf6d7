"""The list of cases, newest first, read a page at a time (list_cases offset/limit): a station
registers hundreds of disputes a year, so fetching more as the list scrolls is plenty."""

from __future__ import annotations

from station_app.core.clock import format_local
from station_app.mediation.views import CaseRow
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.records import RecordsModel
from ui.mediation.labels import RISK_COLOURS, vt

COLUMNS = (
    QT_TRANSLATE_NOOP("CaseListModel", "案件编号"),
    QT_TRANSLATE_NOOP("CaseListModel", "反映时间"),
    QT_TRANSLATE_NOOP("CaseListModel", "类别"),
    QT_TRANSLATE_NOOP("CaseListModel", "当事人"),
    QT_TRANSLATE_NOOP("CaseListModel", "状态"),
    QT_TRANSLATE_NOOP("CaseListModel", "风险"),
    QT_TRANSLATE_NOOP("CaseListModel", "地点"),
    QT_TRANSLATE_NOOP("CaseListModel", "来源"),
    QT_TRANSLATE_NOOP("CaseListModel", "概要"),
)
COL_RISK = 5


class CaseListModel(RecordsModel):
    COLUMNS = COLUMNS
    CONTEXT = "CaseListModel"

    def cell_text(self, row: CaseRow, column: int) -> str:
        return (row.case_number, format_local(row.reported_at), row.category, row.parties,
                vt(row.state_label), row.risk_level, row.place, row.source, row.summary)[column]

    def cell_colour(self, row: CaseRow, column: int) -> str | None:
        return RISK_COLOURS.get(row.risk_level) if column == COL_RISK else None
