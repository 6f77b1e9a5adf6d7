"""The list of restitution cases, newest first, a page at a time (list_cases offset/limit): a
station opens a few dozen such cases a year, so fetching more as the list scrolls is plenty."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_app.restitution.views import CaseRow
from ui.common.paged_model import Index, PagedRowsModel
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


class RestitutionListModel(PagedRowsModel):
    COLUMNS = COLUMNS
    CONTEXT = "RestitutionListModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and row.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        return None

    @staticmethod
    def _text(row: CaseRow, column: int) -> str:
        totals = row.totals
        return (
            row.case_number,
            row.case_type,
            row.summary,
            str(row.victims),
            money(totals.lost),
            money(totals.recovered),
            money(totals.returned),
            money(totals.owed),
            vt(row.status),
        )[column]

    def id_at(self, row: int) -> str | None:
        return str(self.rows[row].id) if 0 <= row < len(self.rows) else None

    def row_of(self, case_id: str | uuid.UUID) -> int:
        key = str(case_id)
        return next((number for number, row in enumerate(self.rows) if str(row.id) == key), -1)

    def replace_row(self, fresh: CaseRow) -> None:
        """A case changed on its page: show its new figures here without reading the list again."""
        number = self.row_of(fresh.id)
        if number >= 0:
            self.rows[number] = fresh
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
