"""The list of restitution cases, newest first, a page at a time (list_cases offset/limit): a
station opens a few dozen such cases a year, so fetching more as the list scrolls is plenty."""

from __future__ import annotations

from station_app.restitution.views import CaseRow
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.records import RecordsModel
from ui.restitution.labels import STATUS_COLOURS, money, vt

COLUMNS = (
    QT_TRANSLATE_NOOP("RestitutionListModel", "案件编号"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "类别"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "简要案情"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "被害人"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "被骗（元）"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "已追回（元）"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "已返还（元）"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "尚欠（元）"),
    QT_TRANSLATE_NOOP("RestitutionListModel", "状态"),
)
(
    COL_NUMBER,
    COL_TYPE,
    COL_SUMMARY,
    COL_VICTIMS,
    COL_LOST,
    COL_RECOVERED,
    COL_RETURNED,
    COL_OWED,
    COL_STATUS,
) = range(9)
MONEY_COLUMNS = (COL_LOST, COL_RECOVERED, COL_RETURNED, COL_OWED)


class RestitutionListModel(RecordsModel):
    COLUMNS = COLUMNS
    CONTEXT = "RestitutionListModel"
    RIGHT_ALIGNED = MONEY_COLUMNS

    def cell_text(self, row: CaseRow, column: int) -> str:
        totals = row.totals
        return (row.case_number, row.case_type, row.summary, str(row.victims), money(totals.lost),
                money(totals.recovered), money(totals.returned), money(totals.owed), vt(row.status))[column]

    def cell_colour(self, row: CaseRow, column: int) -> str | None:
        return STATUS_COLOURS.get(row.status) if column == COL_STATUS else None
