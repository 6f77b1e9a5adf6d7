"""The raw numbers of one period, per section, as flat dicts: what `summary` compares.

Definitions (all times as stored, naive UTC; a period is [start_utc, end_utc)):

Disputes (矛盾纠纷)
- registered (登记): cases whose reported_at (反映时间) falls in the period.
- ended (办结): cases now in 结案 or 调解不成 whose closed_at falls in the period. Withdrawn (撤回) and
  not mediable (不予调解) cases were never mediated to an outcome and count in neither figure.
- resolved (调解成功): ended cases in 结案 with at least one agreement (治安/人民调解协议书) — the
  agreement was reached; whether it was performed is the follow-up's business, not the count's.
- success_rate (调解成功率): resolved / ended × 100, None when nothing ended.
- by category / by risk level: of the cases registered in the period (risk "" → 未评估).
- warnings (预警通报): early warnings whose sent_at falls in the period.

Hotline (12345工单)
- received: orders received in the period; closed (办结): orders whose completed_at falls in it
  (an order sent back to 重办 has no completed_at and is not counted); on_time: of those closed,
  completed on or before the deadline day (local date); satisfaction: feedback calls made in the
  period, counted by the caller's answer.

Patrols, restitution, visits come from each module's figures function (their docstrings define
them); money stays integer fen.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import peewee

from station_app.core.clock import to_local
from station_app.core.db import tuples
from station_app.hotline.models import HotlineOrder
from station_app.hotline.vocab import SATISFACTION as HOTLINE_SATISFACTION
from station_app.mediation.models import Agreement, DisputeCase, EarlyWarning
from station_app.mediation.vocab import CATEGORIES, RISK_LEVELS
from station_app.patrols.figures import patrol_figures
from station_app.restitution.figures import restitution_figures
from station_app.visits.figures import visit_figures

Number = int | float | None
UNASSESSED = "未评估"
RISK_KEYS = (*RISK_LEVELS, UNASSESSED)


def _in(field: peewee.Field, start: datetime, end: datetime) -> peewee.Expression:
    return (field >= start) & (field < end)


def dispute_numbers(station_id: uuid.UUID, start: datetime, end: datetime) -> dict[str, Number]:
    """Flat dispute numbers: registered, ended, resolved, success_rate, warnings, category:<name>,
    risk:<level>. Four queries."""
    here = DisputeCase.station == station_id
    numbers: dict[str, Number] = {f"category:{name}": 0 for name in CATEGORIES}
    numbers.update({f"risk:{level}": 0 for level in RISK_KEYS})
    registered = 0
    rows = (DisputeCase.select(DisputeCase.category, DisputeCase.risk_level, peewee.fn.COUNT(DisputeCase.id))
            .where(here & _in(DisputeCase.reported_at, start, end))
            .group_by(DisputeCase.category, DisputeCase.risk_level).tuples())
    for category, risk, count in tuples(rows):
        registered += count
        numbers[f"category:{category}"] = int(numbers.get(f"category:{category}") or 0) + count
        key = f"risk:{risk or UNASSESSED}"
        numbers[key] = int(numbers.get(key) or 0) + count
    ended_where = here & DisputeCase.state.in_(("closed", "failed")) & _in(DisputeCase.closed_at, start, end)
    ended = DisputeCase.select().where(ended_where).count()
    # EXISTS per ended case, not IN over every agreement the station ever made (bench/reports.py).
    has_agreement = peewee.fn.EXISTS(Agreement.select(Agreement.id).where(Agreement.case == DisputeCase.id))
    resolved = DisputeCase.select().where(
        ended_where & (DisputeCase.state == "closed") & has_agreement).count()
    warnings = EarlyWarning.select().where(
        (EarlyWarning.station == station_id) & _in(EarlyWarning.sent_at, start, end)).count()
    numbers.update(registered=registered, ended=ended, resolved=resolved, warnings=warnings,
                   success_rate=round(resolved * 100 / ended, 1) if ended else None)
    return numbers


def hotline_numbers(station_id: uuid.UUID, start: datetime, end: datetime) -> dict[str, Number]:
    """received, closed, on_time, on_time_rate and satisfaction:<answer>. Three queries."""
    here = HotlineOrder.station == station_id
    received = HotlineOrder.select().where(here & _in(HotlineOrder.received_at, start, end)).count()
    closed = on_time = 0
    completed = (HotlineOrder.select(HotlineOrder.completed_at, HotlineOrder.deadline)
                 .where(here & _in(HotlineOrder.completed_at, start, end)))
    for completed_at, deadline in tuples(completed):
        closed += 1
        local = to_local(completed_at)
        on_time += local is not None and local.date() <= deadline
    numbers: dict[str, Number] = {"received": received, "closed": closed, "on_time": on_time,
                                  "on_time_rate": round(on_time * 100 / closed, 1) if closed else None}
    numbers.update({f"satisfaction:{answer}": 0 for answer in HOTLINE_SATISFACTION})
    answers = HotlineOrder.satisfaction, peewee.fn.COUNT(HotlineOrder.id)
    for answer, count in (tuples(HotlineOrder.select(*answers)
                          .where(here & _in(HotlineOrder.feedback_at, start, end)
                                 & (HotlineOrder.satisfaction != ""))
                          .group_by(HotlineOrder.satisfaction))):
        numbers[f"satisfaction:{answer}"] = count
    return numbers


def patrol_numbers(station_id: uuid.UUID, start: datetime, end: datetime) -> dict[str, Number]:
    figures = patrol_figures(station_id, start, end)
    return {"patrols": figures.patrols, "hours": figures.hours, "km": round(figures.km, 1),
            "people": figures.people, "volunteers": figures.volunteers,
            "volunteer_hours": figures.volunteer_hours}


def restitution_numbers(station_id: uuid.UUID, start: datetime, end: datetime) -> dict[str, Number]:
    figures = restitution_figures(station_id, start, end)
    return {"recovered": figures.recovered, "returned": figures.returned, "owed": figures.owed,
            "recoveries": figures.recoveries, "returns": figures.returns}


def visit_numbers(station_id: uuid.UUID, start: datetime, end: datetime) -> dict[str, Number]:
    figures = visit_figures(station_id, start, end)
    return {"visits": figures.visits, "households": figures.households, "residents": figures.residents,
            "cases_opened": figures.cases_opened, "publicity_visits": figures.publicity_visits,
            "materials": figures.materials, "events": figures.events, "audience": figures.audience}


SECTION_NUMBERS = {
    "disputes": dispute_numbers,
    "patrols": patrol_numbers,
    "hotline": hotline_numbers,
    "restitution": restitution_numbers,
    "visits": visit_numbers,
}


def registered_per_week(station_id: uuid.UUID, bounds: list[tuple[datetime, datetime]]) -> list[int]:
    """Disputes registered in each of the consecutive windows `bounds` (one query)."""
    if not bounds:
        return []
    counts = [0] * len(bounds)
    query = DisputeCase.select(DisputeCase.reported_at).where(
        (DisputeCase.station == station_id) & _in(DisputeCase.reported_at, bounds[0][0], bounds[-1][1]))
    for (reported_at,) in tuples(query):
        for index, (start, end) in enumerate(bounds):
            if start <= reported_at < end:
                counts[index] += 1
                break
    return counts
