"""Words of the patrol screens: the core's labels an English UI should translate, and formats.
Routes and team names are data as the station typed them and stay as they are; the usual weather
words are shown in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station_app.core.clock import format_local, to_local
from station_app.patrols.views import PatrolRow
from ui.common.core_text import core_text
from ui.common.noop import QT_TRANSLATE_NOOP

CONTEXT = "Patrols"

# vocab.TEAM_KINDS, PATROL_KINDS and FINDING_KINDS; a test keeps this list in step with the core.
VOCAB_LABELS = (
    QT_TRANSLATE_NOOP("Patrols", "民警巡逻队"),
    QT_TRANSLATE_NOOP("Patrols", "义警/群防队"),
    QT_TRANSLATE_NOOP("Patrols", "警民联合"),
    QT_TRANSLATE_NOOP("Patrols", "边境巡逻队"),
    QT_TRANSLATE_NOOP("Patrols", "日常"),
    QT_TRANSLATE_NOOP("Patrols", "夜间"),
    QT_TRANSLATE_NOOP("Patrols", "重点时段"),
    QT_TRANSLATE_NOOP("Patrols", "边境"),
    QT_TRANSLATE_NOOP("Patrols", "护学"),
    QT_TRANSLATE_NOOP("Patrols", "节日"),
    QT_TRANSLATE_NOOP("Patrols", "安全隐患"),
    QT_TRANSLATE_NOOP("Patrols", "矛盾纠纷"),
    QT_TRANSLATE_NOOP("Patrols", "社情民意"),
    QT_TRANSLATE_NOOP("Patrols", "救助帮扶"),
)
IN_PROGRESS = QT_TRANSLATE_NOOP("Patrols", "进行中")

IN_PROGRESS_COLOUR = "#1a5fb4"
OVERDUE_COLOUR = "#b00020"


def vt(text: str) -> str:
    """A core label in the UI language (Chinese unless the English translator is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


def span_text(row: PatrolRow) -> str:
    """"11-28 21:30 → 11-29 02:30": the end's date only when the patrol crossed midnight."""
    start = format_local(row.started_at)[5:]
    if row.ended_at is None:
        return start + " → " + vt(IN_PROGRESS)
    start_local, end_local = to_local(row.started_at), to_local(row.ended_at)
    same_day = start_local is not None and end_local is not None and start_local.date() == end_local.date()
    return f"{start} → {format_local(row.ended_at)[11 if same_day else 5:]}"


def duration_text(hours: float | None) -> str:
    """A patrol's length, one rule everywhere: "25 分钟" under an hour, else "2.5 小时"."""
    if hours is None:
        return ""
    minutes = round(hours * 60)
    if minutes < 60:
        return QCoreApplication.translate("Patrols", "{n} 分钟").replace("{n}", str(minutes))
    return QCoreApplication.translate("Patrols", "{n} 小时").replace("{n}", f"{round(hours, 1):g}")


def km_text(km: float | None) -> str:
    return "" if km is None else f"{km:g}"


def weather_text(row: PatrolRow) -> str:
    temperature = f"{row.temperature_c}℃" if row.temperature_c is not None else ""
    return " ".join(part for part in (core_text(row.weather_text), temperature) if part)
