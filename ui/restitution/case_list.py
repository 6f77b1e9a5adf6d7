"""The list of restitution cases, newest first, a page at a time (list_cases offset/limit): a
station opens a few dozen such cases a year, so fetching more as the list scrolls is plenty."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from station_app.restitution.views import CaseRow
from ui.restitution.labels import STATUS_COLOURS, money, vt

PAGE_SIZE = 200
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
(COL_NUMBER, COL_TYPE, COL_SUMMARY, COL_VICTIMS, COL_LOST, COL_RECOVERED, COL_RETURNED, COL_OWED,
 COL_STATUS) = range(9)
MONEY_COLUMNS = (COL_LOST, COL_RECOVERED, COL_RETURNED, COL_OWED)

Fetch = Callable[[int, int], list[CaseRow]]  # (limit, offset) → rows
Index = QModelIndex | QPersistentModelIndex


class RestitutionListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []
        self._fetch: Fetch | None = None
        self._more = False

    def load(self, fetch: Fetch) -> None:
        """Start over with `fetch` (the current search); reads the first page."""
        self.beginResetModel()
        self._fetch = fetch
        self.rows = fetch(PAGE_SIZE, 0)
        self._more = len(self.rows) == PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt default)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 (Qt default)
        if parent.isValid() or not self._more or self._fetch is None:
            return
        more = self._fetch(PAGE_SIZE, len(self.rows))
        self._more = len(more) == PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RestitutionListModel", COLUMNS[section])
        return None

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
        return (row.case_number, row.case_type, row.summary, str(row.victims), money(totals.lost),
                money(totals.recovered), money(totals.returned), money(totals.owed), vt(row.status))[column]

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
