"""A list read a page at a time (offset/limit from the core's list functions): a station records
a few hundred visits and events a year, so fetching more as the list scrolls is plenty."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list]  # (limit, offset) → rows with an `id`


class RowsModel(QAbstractTableModel):
    """Rows of frozen views; `texts(row)` gives the cells, `colour(row, column)` an optional colour."""

    def __init__(self, context: str, columns: Sequence[str], texts: Callable[[object], Sequence[str]],
                 colour: Callable[[object, int], str | None] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.context, self.columns, self.texts, self.colour = context, tuple(columns), texts, colour
        self.rows: list = []
        self._fetch: Fetch | None = None
        self._more = False

    def load(self, fetch: Fetch) -> None:
        """Start over with `fetch` (the current filter); reads the first page."""
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
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(row)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self.colour is not None:
            colour = self.colour(row, index.column())
            return QBrush(QColor(colour)) if colour else None
        return None

    def id_at(self, row: int) -> str | None:
        return str(self.rows[row].id) if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str | uuid.UUID) -> int:
        key = str(record_id)
        return next((number for number, row in enumerate(self.rows) if str(row.id) == key), -1)
