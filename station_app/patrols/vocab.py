"""The words of the patrol ledger: team kinds, patrol kinds, weather, finding kinds, limits."""

from __future__ import annotations

TEAM_KINDS: dict[str, str] = {
    "police": "民警巡逻队",
    "volunteer": "义警/群防队",
    "joint": "警民联合",
    "border": "边境巡逻队",
}

PATROL_KINDS: dict[str, str] = {
    "routine": "日常",
    "night": "夜间",
    "peak": "重点时段",
    "border": "边境",
    "school": "护学",
    "holiday": "节日",
}

# Suggestions: the field takes any short words ("雪、大风"); these are what the form offers.
WEATHER: tuple[str, ...] = ("晴", "多云", "阴", "雪", "暴雪", "雨", "大风", "严寒", "雾", "沙尘")
SNOW_WORDS: tuple[str, ...] = ("雪",)  # any weather word containing 雪 counts as a snow patrol

FINDING_KINDS: dict[str, str] = {
    "hazard": "安全隐患",
    "dispute": "矛盾纠纷",
    "opinion": "社情民意",
    "help": "救助帮扶",
}
# The mediation source a dispute found on patrol is registered with.
CASE_SOURCE = "巡逻发现"

# A patrol longer than this is refused unless the user confirms it (a forgotten 结束巡逻).
MAX_HOURS_WITHOUT_CONFIRM = 24
# A patrol started and not ended after this long shows on the dashboard.
STALE_AFTER_HOURS = 12
# Night: a patrol starting at or after 20:00 or before 05:00 (local) defaults to 夜间.
NIGHT_STARTS, NIGHT_ENDS = 20, 5
MAX_DISTANCE_KM = 2000
# Average speed over the whole patrol (stops included). Above SPEED_TO_CONFIRM_KMH it is asked
# about (a drive along a highway can be real); above MAX_SPEED_KMH it cannot be a patrol at all
# (a wrong unit, a missing digit in a time) and is refused.
SPEED_TO_CONFIRM_KMH = 60
MAX_SPEED_KMH = 150
TEMPERATURE_RANGE = (-60, 50)
