"""The patrol list: patrols under way first (whatever week they started in), then the chosen
week's, newest first. A week holds tens of patrols, so the model reads them all at once."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from station_app.core.clock import utcnow
from station_app.patrols.views import PatrolRow
from station_app.patrols.vocab import STALE_AFTER_HOURS
from ui.patrols.labels import (
    IN_PROGRESS_COLOUR,
    OVERDUE_COLOUR,
    hours_text,
    km_text,
    span_text,
    vt,
    weather_text,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("PatrolListModel", "时间"),
    QT_TRANSLATE_NOOP("PatrolListModel", "小时"),
    QT_TRANSLATE_NOOP("PatrolListModel", "类型"),
    QT_TRANSLATE_NOOP("PatrolListModel", "巡逻队"),
    QT_TRANSLATE_NOOP("PatrolListModel", "带队"),
    QT_TRANSLATE_NOOP("PatrolListModel", "人数"),
    QT_TRANSLATE_NOOP("PatrolListModel", "公里"),
    QT_TRANSLATE_NOOP("PatrolListModel", "天气"),
    QT_TRANSLATE_NOOP("PatrolListModel", "发现"),
    QT_TRANSLATE_NOOP("PatrolListModel", "区域/路线"),
)
(COL_TIME, COL_HOURS, COL_KIND, COL_TEAM, COL_LEADER, COL_PEOPLE, COL_KM, COL_WEATHER, COL_FOUND,
 COL_PLACES) = range(10)
NUMERIC = (COL_HOURS, COL_PEOPLE, COL_KM, COL_FOUND)
Index = QModelIndex | QPersistentModelIndex


class PatrolListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PatrolRow] = []

    def load(self, rows: list[PatrolRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PatrolListModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.in_progress and column == COL_TIME:
            # left open past the dashboard's limit: red, like the dashboard's reminder
            stale = utcnow() - row.started_at > timedelta(hours=STALE_AFTER_HOURS)
            return QBrush(QColor(OVERDUE_COLOUR if stale else IN_PROGRESS_COLOUR))
        if role == Qt.ItemDataRole.FontRole and row.in_progress:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _text(row: PatrolRow, column: int) -> str:
        return (span_text(row), hours_text(row.hours), vt(row.kind_label), row.team_name, row.leader_name,
                str(row.member_count), km_text(row.distance_km), weather_text(row),
                str(row.findings) if row.findings else "", row.places)[column]

    def id_at(self, number: int) -> uuid.UUID | None:
        return self.rows[number].id if 0 <= number < len(self.rows) else None

    def row_at(self, number: int) -> PatrolRow | None:
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def row_of(self, patrol_id: uuid.UUID | str) -> int:
        key = str(patrol_id)
        return next((number for number, row in enumerate(self.rows) if str(row.id) == key), -1)
