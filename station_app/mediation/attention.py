"""What the dashboard shows about disputes: open high-risk cases, overdue plans, follow-ups due."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.core.db import tuples
from station_app.core.textnorm import shorten
from station_app.core.urgency import HIGH_RISK, OVERDUE, UPCOMING, urgency_of
from station_app.mediation.models import CasePlan, DisputeCase, EarlyWarning, FollowUp
from station_app.mediation.vocab import HIGH_LEVELS, OPEN_STATES, STATES


@dataclass(frozen=True)
class AttentionItem:
    case_id: uuid.UUID
    case_number: str
    kind: str  # "high_risk", "plan_overdue", "follow_up_due"
    text: str
    due: date | None
    overdue: bool
    urgency: int = UPCOMING  # core/urgency: the dashboard's order and colour


def attention_items(actor: Actor, follow_up_horizon_days: int = 3,
                    stations: Sequence[uuid.UUID] = ()) -> list[AttentionItem]:
    """Open 高/重大 cases (noting those without a warning), overdue 一事一策 measures, and
    follow-ups due within the horizon — most urgent first (overdue, due today, high risk,
    upcoming). `stations`: the actor's own by default (the county asks for the stations it holds)."""
    permissions.require(actor, "disputes.view")
    today = local_today()
    here = DisputeCase.station.in_(stations or [actor.station_id])
    station_open = here & DisputeCase.state.in_(OPEN_STATES)
    items: list[AttentionItem] = []
    high_risk = station_open & DisputeCase.risk_level.in_(HIGH_LEVELS)
    warned = {case_id for (case_id,) in tuples(EarlyWarning.select(EarlyWarning.case).join(DisputeCase)
              .where(high_risk))}
    for case in DisputeCase.select().where(high_risk):
        note = "，尚未发出预警通报" if case.id not in warned else ""
        items.append(
            AttentionItem(
                case.id,
                case.case_number,
                "high_risk",
                f"{case.risk_level}风险 · {case.category} · {STATES[case.state]}{note}",
                None,
                case.id not in warned,
                HIGH_RISK,
            )
        )
    plans = (
        CasePlan.select(CasePlan, DisputeCase)
        .join(DisputeCase)
        .where(station_open & CasePlan.done_at.is_null() & (CasePlan.deadline < today))
    )
    for plan in plans:
        items.append(
            AttentionItem(
                plan.case.id,
                plan.case.case_number,
                "plan_overdue",
                f"一事一策逾期：{shorten(plan.measures, 30)}（{plan.responsible}）",
                plan.deadline,
                True,
                OVERDUE,
            )
        )
    due = (
        FollowUp.select(FollowUp, DisputeCase)
        .join(DisputeCase)
        .where(
            station_open
            & FollowUp.done_at.is_null()
            & (FollowUp.due_on <= today + timedelta(days=follow_up_horizon_days))
        )
    )
    for follow_up in due:
        late = follow_up.due_on < today
        items.append(
            AttentionItem(
                follow_up.case.id,
                follow_up.case.case_number,
                "follow_up_due",
                ("回访已逾期" if late else "回访将到期") + f"（{follow_up.due_on.isoformat()}）",
                follow_up.due_on,
                late,
                urgency_of(follow_up.due_on, today),
            )
        )
    order = {"high_risk": 0, "plan_overdue": 1, "follow_up_due": 2}
    return sorted(items, key=lambda item: (item.urgency, item.due or today, order[item.kind]))
