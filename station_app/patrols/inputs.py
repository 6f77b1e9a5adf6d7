"""What a patrol form sends, checked and converted: times, distance, temperature, weather, kind.

Each check returns the stored value or puts a Chinese message under the field's name in `problems`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from station_app.core.clock import from_local, to_local, utcnow
from station_app.core.errors import StationError
from station_app.core.textnorm import clean_text, half_width
from station_app.patrols.vocab import (
    MAX_DISTANCE_KM,
    MAX_HOURS_WITHOUT_CONFIRM,
    MAX_SPEED_KMH,
    NIGHT_ENDS,
    NIGHT_STARTS,
    PATROL_KINDS,
    SPEED_TO_CONFIRM_KMH,
    TEMPERATURE_RANGE,
)

Problems = dict[str, str]
# Clocks of two PCs differ a little; "now" typed on one is not "the future" on the other.
CLOCK_SLACK = timedelta(minutes=10)


class PatrolQuestion(StationError):
    """Something unusual that can still be true: the user checks and saves again with
    confirm=True."""


class LongPatrol(PatrolQuestion):
    """Start to end is more than 24 hours: usually a forgotten 结束巡逻 or a wrong date."""

    def __init__(self, hours: float) -> None:
        super().__init__(
            f"这次巡逻从开始到结束共 {hours:.1f} 小时，超过 {MAX_HOURS_WITHOUT_CONFIRM} 小时。"
            "请核对开始和结束的日期、时间（是否忘了及时结束巡逻？）；确认无误可继续保存。"
        )
        self.hours = hours


class FastPatrol(PatrolQuestion):
    """The distance needs a fast average speed for the time: possible by car, often a typo."""

    def __init__(self, km: float, hours: float) -> None:
        super().__init__(
            f"{km:g} 公里用时 {duration_words(hours)}，平均每小时约 {km / hours:.0f} 公里，"
            "比一般巡逻快得多。请核对里程（单位是公里）和起止时间；确认无误可继续保存。"
        )
        self.km, self.hours = km, hours


def duration_words(hours: float) -> str:
    """"25 分钟" under an hour, else "2.5 小时": how a patrol's length is said everywhere."""
    minutes = round(hours * 60)
    if minutes < 60:
        return f"{minutes} 分钟"
    return f"{round(hours, 1):g} 小时"


def default_kind(local_start: datetime) -> str:
    """夜间 for a patrol starting from 20:00 to 05:00, otherwise 日常."""
    return "night" if local_start.hour >= NIGHT_STARTS or local_start.hour < NIGHT_ENDS else "routine"


def kind(raw: object, local_start: datetime | None, problems: Problems) -> str:
    value = clean_text(raw)
    if not value and local_start is not None:
        return default_kind(local_start)
    if value in PATROL_KINDS:
        return value
    by_label = {label: key for key, label in PATROL_KINDS.items()}
    if value in by_label:
        return by_label[value]
    problems["kind"] = "请选择巡逻类型：" + "、".join(PATROL_KINDS.values())
    return ""


def moment(raw: object, field: str, label: str, problems: Problems) -> datetime | None:
    """A local time as entered (naive = Asia/Shanghai) → stored UTC; None when empty."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        try:
            raw = datetime.fromisoformat(half_width(raw.strip()))
        except ValueError:
            problems[field] = f"{label}无法识别，请写成 2026-11-28 21:30。"
            return None
    if not isinstance(raw, datetime):
        problems[field] = f"请填写{label}。"
        return None
    stored = from_local(raw)
    if stored > utcnow() + CLOCK_SLACK:
        problems[field] = f"{label}不能晚于现在。"
    return stored


def check_span(started: datetime | None, ended: datetime | None, problems: Problems) -> None:
    """The end must come after the start (an overnight patrol ends on the next day)."""
    if started is None or ended is None or problems.get("started_at") or problems.get("ended_at"):
        return
    if ended <= started:
        start_local, end_local = to_local(started), to_local(ended)
        hint = ""
        if start_local and end_local and end_local.date() == start_local.date():
            hint = "跨夜巡逻请把结束日期改为第二天。"
        problems["ended_at"] = f"结束时间须晚于开始时间。{hint}"


def check_speed(started: datetime | None, ended: datetime | None, distance: int | None,
                problems: Problems) -> None:
    """Refuse a distance no patrol can cover in its time (23.5 km in one minute): the message,
    under 里程, says the average speed it would take."""
    if started is None or ended is None or not distance or problems.get("distance_km"):
        return
    if ended <= started:
        return
    hours = (ended - started).total_seconds() / 3600
    km = distance / 1000
    if km / hours > MAX_SPEED_KMH:
        problems["distance_km"] = (
            f"{km:g} 公里用时 {duration_words(hours)}，平均每小时约 {km / hours:.0f} 公里，不可能是一次巡逻。"
            "请核对里程（单位是公里）和起止时间。")


def require_confirmed(started: datetime, ended: datetime | None, confirm: bool,
                      distance: int | None = None) -> None:
    """Raise LongPatrol for more than 24 hours, FastPatrol for a distance that needs more than
    SPEED_TO_CONFIRM_KMH on average, unless the user confirmed it. Call after the other checks
    passed, so the question comes only about a form that is otherwise right."""
    if ended is None or confirm:
        return
    hours = (ended - started).total_seconds() / 3600
    if hours > MAX_HOURS_WITHOUT_CONFIRM:
        raise LongPatrol(hours)
    if distance and hours > 0 and distance / 1000 / hours > SPEED_TO_CONFIRM_KMH:
        raise FastPatrol(distance / 1000, hours)


_NUMBER = re.compile(r"^[+\-]?\d+(\.\d+)?$")


def _number_text(raw: object, units: tuple[str, ...]) -> str:
    text = half_width(clean_text(raw)).replace("−", "-").replace("－", "-").replace(" ", "")
    for unit in units:
        if text.lower().endswith(unit):
            text = text[: -len(unit)]
    return text


def distance_m(raw: object, problems: Problems) -> int | None:
    """Kilometres as typed ("12.5", "12.5公里", "１２km") → whole metres; empty → None."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        km = float(raw)
    else:
        text = _number_text(raw, ("公里", "千米", "km"))
        if not text:
            return None
        if not _NUMBER.match(text):
            problems["distance_km"] = "里程请填写数字（公里），如 12.5。"
            return None
        km = float(text)
    if km < 0:
        problems["distance_km"] = "里程不能为负数。"
        return None
    if km > MAX_DISTANCE_KM:
        problems["distance_km"] = f"里程超过 {MAX_DISTANCE_KM} 公里，请核对（单位是公里）。"
        return None
    return round(km * 1000)


def temperature(raw: object, problems: Problems) -> int | None:
    """Degrees Celsius as typed ("-28", "零下28", "−28℃") → whole degrees; empty → None."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = float(raw)
    else:
        text = _number_text(raw, ("℃", "°c", "度"))
        if text.startswith("零下"):
            text = "-" + text[2:]
        if not text:
            return None
        if not _NUMBER.match(text):
            problems["temperature_c"] = "气温请填写数字（摄氏度），如 -28。"
            return None
        value = float(text)
    low, high = TEMPERATURE_RANGE
    if not low <= value <= high:
        problems["temperature_c"] = f"气温应在 {low}℃ 到 {high}℃ 之间，请核对。"
        return None
    return round(value)


def weather(raw: object, problems: Problems) -> str:
    """"雪、大风" or ["雪", "大风"] → "雪|大风" (each word at most 8 characters)."""
    words = list(raw) if isinstance(raw, (list, tuple)) else re.split(r"[、，,;；/|\s]+", clean_text(raw))
    kept = list(dict.fromkeys(clean_text(word) for word in words if clean_text(word)))
    if any(len(word) > 8 for word in kept) or len("|".join(kept)) > 64:
        problems["weather"] = "天气请用简短的词，如：雪、大风、严寒。"
        return ""
    return "|".join(kept)
