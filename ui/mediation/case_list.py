"""The list of cases, newest first, read a page at a time (list_cases offset/limit): a station
registers hundreds of disputes a year, so fetching more as the list scrolls is plenty."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_app.core.clock import format_local
from station_app.mediation.views import CaseRow
from ui.common.paged_model import Index, PagedRowsModel
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
ID_ROLE = Qt.ItemDataRole.UserRole


class CaseListModel(PagedRowsModel):
    COLUMNS = COLUMNS
    CONTEXT = "CaseListModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RISK and row.risk_level in RISK_COLOURS:
            return QBrush(QColor(RISK_COLOURS[row.risk_level]))
        return None

    @staticmethod
    def _text(row: CaseRow, column: int) -> str:
        return (
            row.case_number,
            format_local(row.reported_at),
            row.category,
            row.parties,
            vt(row.state_label),
            row.risk_level,
            row.place,
            row.source,
            row.summary,
        )[column]

    def id_at(self, row: int) -> str | None:
        return str(self.rows[row].id) if 0 <= row < len(self.rows) else None

    def row_of(self, case_id: str | uuid.UUID) -> int:
        key = str(case_id)
        return next((number for number, row in enumerate(self.rows) if str(row.id) == key), -1)

    def replace_row(self, fresh: CaseRow) -> None:
        """A case changed on its page: show its new state here without reading the list again."""
        number = self.row_of(fresh.id)
        if number >= 0:
            self.rows[number] = fresh
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
