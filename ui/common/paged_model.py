"""A table model over rows a service returns page by page (limit, offset): the list pages of the
ledgers (cases, orders, restitution cases) share it and only say how a row is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

PAGE_SIZE = 200

Fetch = Callable[[int, int], list[Any]]  # (limit, offset) → rows
Index = QModelIndex | QPersistentModelIndex


class PagedRowsModel(QAbstractTableModel):
    """Subclasses set COLUMNS (untranslated titles) and CONTEXT (their translation context) and
    implement data()."""

    COLUMNS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
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
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None
