"""The table model every ledger list shares: rows of the core's frozen views (each with an `id`
and, at a county, a `station_id`), read whole or a page at a time, and an optional leading 单位
column when the list covers other stations' records.

A list declares its columns and how a row looks, nothing else:

    class CaseListModel(RecordsModel):
        COLUMNS = (QT_TRANSLATE_NOOP("CaseListModel", "案件编号"), …)
        CONTEXT = "CaseListModel"

        def cell_text(self, row, column): …
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.common.core_text import core_text
from ui.common.noop import QT_TRANSLATE_NOOP

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id (text) on every cell
STATION_TITLE = QT_TRANSLATE_NOOP("RecordsModel", "单位")

Fetch = Callable[[int, int], list[Any]]  # (limit, offset) → rows
Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    """Subclasses set COLUMNS (untranslated titles), CONTEXT (their translation context) and
    RIGHT_ALIGNED (numbers), and implement cell_text; cell_colour and cell_bold are optional.
    Without a subclass, `texts(row)` and `colour(row, column)` callables do the same."""

    COLUMNS: tuple[str, ...] = ()
    CONTEXT = ""
    RIGHT_ALIGNED: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None, *, columns: Sequence[str] = (), context: str = "",
                 texts: Callable[[Any], Sequence[str]] | None = None,
                 colour: Callable[[Any, int], str | None] | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns) or self.COLUMNS
        self.context = context or self.CONTEXT
        self._texts, self._colour = texts, colour
        self.rows: list[Any] = []
        self._fetch: Fetch | None = None
        self._more = False
        self.station_names: Mapping[str, str] | None = None  # shown as a first column when set

    # what a list says about its rows (override)
    def cell_text(self, row: Any, column: int) -> str:
        return self._texts(row)[column] if self._texts else ""

    def cell_colour(self, row: Any, column: int) -> str | None:
        return self._colour(row, column) if self._colour else None

    def cell_bold(self, row: Any, column: int) -> bool:
        return False

    # filling
    def load(self, source: Fetch | Sequence[Any]) -> None:
        """Start over: `source` is every row, or a fetch(limit, offset) read a page at a time."""
        self.beginResetModel()
        if callable(source):
            self._fetch = source
            self.rows = list(source(PAGE_SIZE, 0))
            self._more = len(self.rows) == PAGE_SIZE
        else:
            self._fetch, self._more = None, False
            self.rows = list(source)
        self.endResetModel()

    def show_stations(self, names: Mapping[str, str] | None) -> None:
        """A leading 单位 column with these names (station id text → name), or none."""
        if (names is None) == (self.station_names is None) and names == self.station_names:
            return
        self.beginResetModel()
        self.station_names = dict(names) if names is not None else None
        self.endResetModel()

    @property
    def offset(self) -> int:
        return 1 if self.station_names is not None else 0

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

    # rows by id
    def id_at(self, number: int) -> str | None:
        return str(self.rows[number].id) if 0 <= number < len(self.rows) else None

    def row_at(self, number: int) -> Any:
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def row_of(self, record_id: str | uuid.UUID) -> int:
        key = str(record_id)
        return next((number for number, row in enumerate(self.rows) if str(row.id) == key), -1)

    def replace_row(self, fresh: Any) -> None:
        """A record changed on its page: show it here without reading the list again."""
        number = self.row_of(fresh.id)
        if number >= 0:
            self.rows[number] = fresh
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    # QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.columns) + self.offset

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < self.offset:
            return QCoreApplication.translate("RecordsModel", STATION_TITLE)
        return QCoreApplication.translate(self.context, self.columns[section - self.offset])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column() - self.offset
        if role == ID_ROLE:
            return str(row.id)
        if column < 0:  # the 单位 column
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return (self.station_names or {}).get(str(getattr(row, "station_id", "")), "")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return core_text(self.cell_text(row, column))  # a state or a category: the core's word
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.cell_colour(row, column)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and self.cell_bold(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
