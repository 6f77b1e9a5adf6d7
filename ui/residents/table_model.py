"""The residents list: holds every matching id, fetches only the rows on screen, in blocks.

DESIGN.md (measured): a `fetchMore` model takes ~8 s to scroll to the end of 100k rows. This model
holds the ids of the whole result (resident_ids: ~50 ms for 100k) and asks views_by_ids for the
block of BLOCK_SIZE rows around a row the view paints; a few blocks stay in an LRU cache, so
memory grows with what is shown, not with the table.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from station_app.residents.views import ResidentView, views_by_ids
from ui.common.core_text import core_text
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.records import STATION_TITLE

BLOCK_SIZE = 200
CACHED_BLOCKS = 6

COL_NAME, COL_GENDER, COL_ETHNICITY, COL_ID, COL_BIRTH, COL_PHONE, COL_GRID, COL_ADDRESS, COL_TAGS = range(9)
COLUMNS = (
    QT_TRANSLATE_NOOP("ResidentTableModel", "姓名"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "性别"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "民族"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "身份证号"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "出生日期"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "联系电话"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "网格"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "住址"),
    QT_TRANSLATE_NOOP("ResidentTableModel", "标签"),
)
ID_ROLE = Qt.ItemDataRole.UserRole  # the resident's id (text) on every cell
VIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ResidentView itself

Fetch = Callable[[Sequence[str]], list[ResidentView]]
Index = QModelIndex | QPersistentModelIndex


def cell_text(view: ResidentView, column: int) -> str:
    """What the list shows: ID and phone numbers masked (DOMAIN.md), places short."""
    if column == COL_NAME:
        return view.name
    if column == COL_GENDER:
        return core_text(view.gender)
    if column == COL_ETHNICITY:
        return core_text(view.ethnicity)
    if column == COL_ID:
        return view.id_masked
    if column == COL_BIRTH:  # a masked view gives the year only (the date would complete the ID)
        return view.birth_date.isoformat() if view.birth_date else str(view.birth_year or "")
    if column == COL_PHONE:
        return view.phone_masked
    if column == COL_GRID:
        # "查干陶勒盖嘎查第1网格" says it all; a bare "第1网格" needs its village to mean anything.
        if view.grid_name.startswith(view.village_name):
            return view.grid_name
        return " ".join(part for part in (view.village_name, view.grid_name) if part)
    if column == COL_ADDRESS:
        return view.address
    if column == COL_TAGS:
        return core_text("、".join(view.tags))
    return ""


class ResidentTableModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch = views_by_ids, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[str] = []
        self._blocks: OrderedDict[int, list[ResidentView | None]] = OrderedDict()
        self.fetches = 0  # how many blocks were read (tests and the benchmark look at it)
        self.station_names: dict[str, str] | None = None  # a first 单位 column when set (a county)

    # the ledger list's interface (ui/common/ledger_page.LedgerList)
    def load(self, ids: list[str]) -> None:
        self.set_ids(ids)

    def show_stations(self, names: dict[str, str] | None) -> None:
        if names != self.station_names:
            self.beginResetModel()
            self.station_names = names
            self.endResetModel()

    @property
    def offset(self) -> int:
        return 1 if self.station_names is not None else 0

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return False  # every id is held; rows are read as they are painted

    # the whole result, replaced at once (a new search or a new area)
    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget the cached rows (after an edit); the view re-reads what it shows."""
        self._blocks.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))

    @property
    def ids(self) -> list[str]:
        return self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, resident_id: str | uuid.UUID) -> int:
        """The row of a resident (any spelling of the id), -1 if the list does not hold it."""
        key = uuid.UUID(str(resident_id))
        for spelling in (key.hex, str(key), str(resident_id)):
            try:
                return self._ids.index(spelling)
            except ValueError:
                continue
        return -1

    def view_at(self, row: int) -> ResidentView | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // BLOCK_SIZE
        block = self._blocks.get(number)
        if block is None:
            block = self._load(number)
        else:
            self._blocks.move_to_end(number)
        return block[row - number * BLOCK_SIZE]

    def _load(self, number: int) -> list[ResidentView | None]:
        ids = self._ids[number * BLOCK_SIZE:(number + 1) * BLOCK_SIZE]
        by_id = {view.id: view for view in self._fetch(ids)}
        self.fetches += 1
        # A row merged or removed since the ids were read shows empty rather than shifting others.
        # (The ids are the database's own text: hex without dashes on SQLite, so compare as UUIDs.)
        block = [by_id.get(uuid.UUID(key)) for key in ids]
        self._blocks[number] = block
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    @property
    def cached_rows(self) -> int:
        return sum(len(block) for block in self._blocks.values())

    # QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(COLUMNS) + self.offset

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column() - self.offset
        if role == ID_ROLE:
            return self.id_at(row)
        if column < 0:
            view = self.view_at(row) if role == Qt.ItemDataRole.DisplayRole else None
            return (self.station_names or {}).get(str(view.station_id), "") if view is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, VIEW_ROLE):
            return None
        view = self.view_at(row)
        if view is None:
            return None
        if role == VIEW_ROLE:
            return view
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_GRID:
                return view.place or None
            if column in (COL_NAME, COL_ADDRESS, COL_TAGS):  # long Mongolian names get elided
                return cell_text(view, column) or None
            return None
        return cell_text(view, column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < self.offset:
                return QCoreApplication.translate("RecordsModel", STATION_TITLE)
            section -= self.offset
            return self.tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
