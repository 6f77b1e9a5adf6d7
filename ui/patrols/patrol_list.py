"""The patrol list: patrols under way first (whatever week they started in), then the chosen
week's, newest first. A week holds tens of patrols, so the model reads them all at once."""

from __future__ import annotations

from datetime import timedelta

from station_app.core.clock import utcnow
from station_app.patrols.views import PatrolRow
from station_app.patrols.vocab import STALE_AFTER_HOURS
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.records import RecordsModel
from ui.patrols.labels import (
    IN_PROGRESS_COLOUR,
    OVERDUE_COLOUR,
    duration_text,
    km_text,
    span_text,
    vt,
    weather_text,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("PatrolListModel", "时间"),
    QT_TRANSLATE_NOOP("PatrolListModel", "时长"),
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


class PatrolListModel(RecordsModel):
    COLUMNS = COLUMNS
    CONTEXT = "PatrolListModel"
    RIGHT_ALIGNED = NUMERIC

    def cell_text(self, row: PatrolRow, column: int) -> str:
        return (span_text(row), duration_text(row.hours), vt(row.kind_label), row.team_name, row.leader_name,
                str(row.member_count), km_text(row.distance_km), weather_text(row),
                str(row.findings) if row.findings else "", row.places)[column]

    def cell_colour(self, row: PatrolRow, column: int) -> str | None:
        if not (row.in_progress and column == COL_TIME):
            return None
        # left open past the dashboard's limit: red, like the dashboard's reminder
        stale = utcnow() - row.started_at > timedelta(hours=STALE_AFTER_HOURS)
        return OVERDUE_COLOUR if stale else IN_PROGRESS_COLOUR

    def cell_bold(self, row: PatrolRow, column: int) -> bool:
        return row.in_progress
