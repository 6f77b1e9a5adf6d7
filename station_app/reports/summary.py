"""The weekly summary (周报) — also monthly, quarterly, yearly — with 环比 and 同比.

Each figure is compared with the previous period and the same period last year. A change is a
percentage of the base ((value − base) / base × 100, one decimal), None (shown "—") when the
base is zero or unknown. Rates (调解成功率, 按期办结率) compare in percentage points instead, since
"60% → 75%" is +15 points, not +25%. The attention list (open high-risk disputes, overdue plans,
follow-ups and hotline orders) is as of now, not as of the period's end. Definitions of the
figures: `station_app.reports.numbers`. Personal data in any text is masked.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from station_app.accounts import permissions
from station_app.audit.chain import chain_head
from station_app.core.actor import Actor
from station_app.core.clock import format_local, utcnow
from station_app.core.errors import StationError
from station_app.core.masking import mask_sensitive_text
from station_app.core.models import Station
from station_app.hotline import attention as hotline_attention
from station_app.hotline.vocab import SATISFACTION
from station_app.mediation import attention as dispute_attention
from station_app.mediation.vocab import CATEGORIES
from station_app.reports.numbers import RISK_KEYS, SECTION_NUMBERS, Number, registered_per_week
from station_app.reports.periods import Period, weeks_ending

TREND_WEEKS = 12
# A rate over several stations is computed again from its numerator and denominator.
RATE_PARTS = {"success_rate": ("resolved", "ended"), "on_time_rate": ("on_time", "closed")}

# section key → (title, [(number key, label, unit, kind)]); kind: count, rate, money (fen), amount
SECTIONS: dict[str, tuple[str, list[tuple[str, str, str, str]]]] = {
    "disputes": ("矛盾纠纷", [
        ("registered", "登记", "件", "count"), ("ended", "办结（结案或调解不成）", "件", "count"),
        ("resolved", "调解成功（结案且达成协议）", "件", "count"),
        ("success_rate", "调解成功率", "%", "rate"),
        ("warnings", "发出预警通报", "份", "count"),
        *[(f"risk:{level}", f"风险等级：{level}", "件", "count") for level in RISK_KEYS],
        *[(f"category:{name}", f"类别：{name}", "件", "count") for name in CATEGORIES],
    ]),
    "patrols": ("巡逻防控", [
        ("patrols", "巡逻", "次", "count"), ("hours", "巡逻时长", "小时", "amount"),
        ("km", "巡逻里程", "公里", "amount"), ("people", "参与人员", "人", "count"),
        ("volunteers", "义警（志愿者）参与", "人", "count"),
        ("volunteer_hours", "义警时长", "小时", "amount"),
    ]),
    "hotline": ("12345工单", [
        ("received", "接收", "件", "count"), ("closed", "办结", "件", "count"),
        ("on_time", "按期办结", "件", "count"), ("on_time_rate", "按期办结率", "%", "rate"),
        *[(f"satisfaction:{answer}", f"回访：{answer}", "件", "count") for answer in SATISFACTION],
    ]),
    "restitution": ("追赃返赃", [
        ("recovered", "追回金额", "元", "money"), ("returned", "发还金额", "元", "money"),
        ("owed", "尚未发还（期末）", "元", "money"), ("recoveries", "追回笔数", "笔", "count"),
        ("returns", "发还笔数", "笔", "count"),
    ]),
    "visits": ("走访和普法宣传", [
        ("visits", "走访", "次", "count"), ("households", "入户", "户", "count"),
        ("residents", "见到居民", "人", "count"), ("cases_opened", "走访发现开立纠纷", "件", "count"),
        ("publicity_visits", "入户宣传", "次", "count"), ("materials", "发放资料", "份", "count"),
        ("events", "普法宣传活动", "场", "count"), ("audience", "活动受众", "人", "count"),
    ]),
}


def change(value: Number, base: Number, *, points: bool = False) -> float | None:
    """value vs base in % of base (or in percentage points when `points`); None if not comparable."""
    if value is None or base is None:
        return None
    if points:
        return round(value - base, 1)
    if base == 0:
        return None
    return round((value - base) * 100 / base, 1)


def change_text(percent: float | None, *, points: bool = False) -> str:
    """"↑12.5%", "↓3%", "持平", or "—" when there is no base."""
    if percent is None:
        return "—"
    if percent == 0:
        return "持平"
    unit = "个百分点" if points else "%"
    return f"{'↑' if percent > 0 else '↓'}{abs(percent):g}{unit}"


@dataclass(frozen=True)
class Figure:
    """A figure of this period beside the previous period and the same period last year."""

    value: Number
    previous: Number
    last_year: Number
    is_rate: bool = False

    @property
    def change_vs_previous(self) -> float | None:
        return change(self.value, self.previous, points=self.is_rate)

    @property
    def change_vs_last_year(self) -> float | None:
        return change(self.value, self.last_year, points=self.is_rate)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    unit: str
    kind: str  # count, rate, money (fen), amount
    figure: Figure


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    rows: list[Row]

    def row(self, key: str) -> Row:
        return next(row for row in self.rows if row.key == key)


@dataclass(frozen=True)
class AttentionRow:
    """One line of the attention list, its text masked."""

    module: str  # 矛盾纠纷 / 12345工单
    number: str
    kind: str
    text: str
    due: date | None
    overdue: bool


# One line per station in a county summary: (section, number key, column label, kind).
STATION_COLUMNS: list[tuple[str, str, str, str]] = [
    ("disputes", "registered", "纠纷登记", "count"), ("disputes", "resolved", "调解成功", "count"),
    ("disputes", "success_rate", "调解成功率", "rate"), ("patrols", "patrols", "巡逻次数", "count"),
    ("hotline", "received", "工单接收", "count"), ("hotline", "on_time_rate", "按期办结率", "rate"),
    ("restitution", "recovered", "追回金额（元）", "money"), ("visits", "visits", "走访次数", "count"),
]


@dataclass(frozen=True)
class StationLine:
    code: str
    name: str
    numbers: dict[str, Number]  # this period's numbers of every section, by number key
    covered_until: datetime | None = None  # the station's data is at the county as of this time
    complete: bool = True  # its data covers the whole period (a bundle made after the period ended)

    def value(self, key: str) -> Number:
        return self.numbers.get(key)

    @property
    def reported(self) -> bool:
        """Any of the period is covered: a station that has not reported shows no figures."""
        return self.complete or self.covered_until is not None

    @property
    def report_state(self) -> str:
        """已报送 / 截至 12-03 18:20（不完整） / 未报送: what the county knows for this period."""
        if self.complete:
            return "已报送"
        if self.covered_until is None:
            return "未报送"
        return f"截至 {format_local(self.covered_until)[5:16]}（不完整）"


@dataclass(frozen=True)
class Summary:
    station_name: str
    period: Period
    previous: Period
    last_year: Period
    sections: list[Section]
    attention: list[AttentionRow]
    trend: list[tuple[str, int]]  # (week key, disputes registered), oldest first
    stations: list[StationLine] = field(default_factory=list)  # when several stations are summed
    total: StationLine | None = None  # their 合计 line
    coverage_note: str = ""  # at the county, one station whose data does not cover the period
    last_year_known: bool = True  # False: nothing was recorded a year ago, so 去年同期 is not 0 but "—"
    audit_anchor: str = ""  # the audit chain's head when generated (`station audit verify --anchor`)
    generated_at: datetime = field(default_factory=utcnow)

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)

    @property
    def high_risk(self) -> list[AttentionRow]:
        return [item for item in self.attention if item.kind == "high_risk"]


def weekly_summary(actor: Actor, period: Period, stations: Sequence[uuid.UUID] | None = None, *,
                   as_units: bool = False) -> Summary:
    """The summary of `period` for the actor's station, or — at the county bureau — for `stations`
    together (with one line per station, and a 合计 line; `as_units` asks for them even when only
    one station has reported yet). Needs "disputes.view" (every role)."""
    permissions.require(actor, "disputes.view")
    wanted = list(dict.fromkeys(stations or [actor.home]))
    found = {station.id: station for station in Station.select().where(Station.id.in_(wanted))}
    if not found or len(found) != len(wanted):
        raise StationError("没有本所信息：请先完成首次设置。" if not stations else "所选单位不在本库中。")
    periods = (period, period.previous(), period.last_year())
    sections = []
    current: dict[uuid.UUID, dict[str, Number]] = {station_id: {} for station_id in wanted}
    for key, (title, specs) in SECTIONS.items():
        compute = SECTION_NUMBERS[key]
        per_period = []
        for p in periods:
            parts = {station_id: compute(station_id, p.start_utc, p.end_utc) for station_id in wanted}
            per_period.append(combine(list(parts.values())))
            if p is period:
                for station_id, numbers in parts.items():
                    current[station_id].update(numbers)
        now, before, year_ago = per_period
        rows = [Row(name, label, unit, kind,
                    Figure(now.get(name, 0), before.get(name, 0), year_ago.get(name, 0), kind == "rate"))
                for name, label, unit, kind in specs]
        sections.append(Section(key, title, rows))
    weeks = weeks_ending(period, TREND_WEEKS)
    bounds = [(week.start_utc, week.end_utc) for week in weeks]
    counts = [sum(column) for column in zip(*(registered_per_week(s, bounds) for s in wanted), strict=True)]
    by_code = sorted(wanted, key=lambda station_id: found[station_id].code)
    covered = _coverage(actor, wanted)
    lines = [StationLine(found[s].code, found[s].name, current[s], covered[s],
                         lines_complete(covered[s], period))
             if s in covered else StationLine(found[s].code, found[s].name, current[s])
             for s in by_code]
    total, note = None, ""
    if len(wanted) == 1 and not as_units:
        name, lines = found[wanted[0]].name, []
        if wanted[0] in covered and not lines_complete(covered[wanted[0]], period):
            note = _coverage_note(covered[wanted[0]])
    else:
        reported = sum(1 for line in lines if line.complete)
        name = f"全部{len(wanted)}个单位合计"
        if reported < len(wanted):
            name += f"（{reported}个已报送本期）"
        total = StationLine("", "合计", combine([current[s] for s in wanted]))
    return Summary(name, period, periods[1], periods[2], sections, _attention(actor, wanted),
                   [(week.key, count) for week, count in zip(weeks, counts, strict=True)], lines,
                   total, note, _recorded_before(wanted, periods[2].end_utc), chain_head().text)


def _recorded_before(stations: list[uuid.UUID], end_utc: datetime) -> bool:
    """Whether any ledger held a record dated before `end_utc`: a station that started using the
    program this year has no 去年同期 to compare with (a 0 would read as "nothing happened")."""
    from station_app.core.clock import to_local
    from station_app.hotline.models import HotlineOrder
    from station_app.mediation.models import DisputeCase
    from station_app.patrols.models import Patrol
    from station_app.restitution.models import RestitutionCase
    from station_app.visits.models import Visit

    moments = ((DisputeCase, DisputeCase.reported_at), (Patrol, Patrol.started_at),
               (HotlineOrder, HotlineOrder.received_at), (RestitutionCase, RestitutionCase.registered_at))
    if any(model.select().where(model.station.in_(stations) & (when < end_utc)).exists()
           for model, when in moments):
        return True
    last_day = to_local(end_utc).date()
    return Visit.select().where(Visit.station.in_(stations) & (Visit.visited_on < last_day)).exists()


def lines_complete(covered_until: datetime | None, period: Period) -> bool:
    return covered_until is not None and covered_until >= period.end_utc


def _coverage_note(covered_until: datetime | None) -> str:
    if covered_until is None:
        return "该单位尚未报送本期数据，以下数字不是该单位的实际情况。"
    return f"该单位的数据截至 {format_local(covered_until)}，本期数据不完整。"


def _coverage(actor: Actor, stations: list[uuid.UUID]) -> dict[uuid.UUID, datetime | None]:
    """Up to when each station's data is here; the database's own station is always up to date
    (not in the result)."""
    from station_app.exchange.status import coverage

    others = [station_id for station_id in stations if station_id != actor.station_id]
    return coverage(others) if others else {}


def combine(parts: list[dict[str, Number]]) -> dict[str, Number]:
    """Several stations' numbers as one: counts and amounts add up, rates are worked out again
    from their parts (two stations at 50% and 100% are not 150%, nor simply 75%)."""
    if len(parts) == 1:
        return parts[0]
    total: dict[str, Number] = {}
    for part in parts:
        for key, value in part.items():
            if key not in RATE_PARTS:
                total[key] = (total.get(key) or 0) + (value or 0)
    for key, value in total.items():
        if isinstance(value, float):
            total[key] = round(value, 1)
    for key, (numerator, denominator) in RATE_PARTS.items():
        if any(key in part for part in parts):
            base = total.get(denominator) or 0
            total[key] = round((total.get(numerator) or 0) * 100 / base, 1) if base else None
    return total


def report_stations(actor: Actor) -> list[tuple[uuid.UUID, str, str]]:
    """(id, code, name) of the reporting units in this database, the actor's own first: at the
    county bureau the stations whose data it holds, and the bureau itself only when it keeps
    ledgers of its own (an empty bureau is not a reporting unit)."""
    permissions.require(actor, "disputes.view")
    stations = list(Station.select(Station.id, Station.code, Station.name).order_by(Station.code).tuples())
    if len(stations) > 1 and not _keeps_ledgers(actor.station_id):
        stations = [row for row in stations if row[0] != actor.station_id]
    return sorted(stations, key=lambda row: row[0] != actor.station_id)


def _keeps_ledgers(station_id: uuid.UUID | None) -> bool:
    from station_app.hotline.models import HotlineOrder
    from station_app.mediation.models import DisputeCase
    from station_app.patrols.models import Patrol
    from station_app.restitution.models import RestitutionCase
    from station_app.visits.models import Visit

    return any(model.select().where(model.station == station_id).exists()
               for model in (DisputeCase, Patrol, HotlineOrder, RestitutionCase, Visit))


def _attention(actor: Actor, stations: list[uuid.UUID]) -> list[AttentionRow]:
    disputes = dispute_attention.attention_items(actor, stations=stations)
    orders = hotline_attention.attention_items(actor, stations=stations)
    rows = [AttentionRow("矛盾纠纷", item.case_number, item.kind, mask_sensitive_text(item.text), item.due,
                         item.overdue) for item in disputes]
    rows += [AttentionRow("12345工单", item.number, item.kind, mask_sensitive_text(item.text), item.due,
                          item.overdue) for item in orders]
    return rows


def display_value(row: Row, value: Number) -> str:
    """A figure as printed: money in 元 with two decimals, rates with %, "—" for None."""
    return format_number(row.kind, value)


def format_number(kind: str, value: Number) -> str:
    """A number of `kind` (count, rate, money in fen, amount) as printed and shown."""
    if value is None:
        return "—"
    if kind == "money":
        return f"{value / 100:,.2f}"
    if kind == "rate":
        return f"{value:g}%"
    return f"{value:g}" if isinstance(value, float) else str(value)
