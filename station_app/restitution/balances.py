"""What each victim and each case is still owed, and the refusals that keep it honest.

Two rules, checked inside the writing transaction after the case row is locked (see
cases.locked_case), so two PCs cannot both hand out the same money:
- a victim never gets back more than they lost (returned + pending + new ≤ lost);
- a case never returns more than was recovered (returned + pending + new ≤ recovered).
Pending returns (listed on a planned 集中返赃 event) count as already promised.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

import peewee

from station_app.core.db import tuples
from station_app.core.errors import ValidationError
from station_app.restitution.checks import as_uuid, yuan
from station_app.restitution.models import (
    RestitutionRecovery,
    RestitutionReturn,
    RestitutionVictim,
)
from station_app.restitution.views import Totals


def _sums(query: peewee.ModelSelect) -> dict[tuple, int]:
    """{group key…: sum}: the first key is an id (made a UUID whatever the driver gives), a second
    one a state; sums as int (PostgreSQL's SUM of BIGINT is a Decimal)."""
    out: dict[tuple, int] = {}
    for first, *rest, total in tuples(query):
        out[(as_uuid(first), *rest)] = int(total or 0)
    return out


def totals_of(case_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Totals]:
    """Totals of several cases in three grouped queries (one page of the case list)."""
    if not case_ids:
        return {}
    lost = _sums(
        RestitutionVictim.select(RestitutionVictim.case, peewee.fn.SUM(RestitutionVictim.amount_lost))
        .where(RestitutionVictim.case.in_(case_ids)).group_by(RestitutionVictim.case))
    recovered = _sums(
        RestitutionRecovery.select(RestitutionRecovery.case, peewee.fn.SUM(RestitutionRecovery.amount))
        .where(RestitutionRecovery.case.in_(case_ids)).group_by(RestitutionRecovery.case))
    returns = _sums(
        RestitutionReturn.select(RestitutionReturn.case, RestitutionReturn.state,
                                 peewee.fn.SUM(RestitutionReturn.amount))
        .where(RestitutionReturn.case.in_(case_ids))
        .group_by(RestitutionReturn.case, RestitutionReturn.state))
    return {
        case_id: Totals(
            lost=lost.get((case_id,), 0),
            recovered=recovered.get((case_id,), 0),
            returned=returns.get((case_id, "returned"), 0),
            pending=returns.get((case_id, "pending"), 0),
        )
        for case_id in (as_uuid(c) for c in case_ids)
    }


def case_totals(case_id: uuid.UUID) -> Totals:
    return totals_of([case_id])[as_uuid(case_id)]


def victim_sums(case_id: uuid.UUID) -> dict[uuid.UUID, tuple[int, int]]:
    """victim id → (returned, pending)."""
    sums = _sums(RestitutionReturn.select(RestitutionReturn.victim, RestitutionReturn.state,
                                          peewee.fn.SUM(RestitutionReturn.amount))
                 .where(RestitutionReturn.case == case_id)
                 .group_by(RestitutionReturn.victim, RestitutionReturn.state))
    victims = {victim for victim, _state in sums}
    return {victim: (sums.get((victim, "returned"), 0), sums.get((victim, "pending"), 0))
            for victim in victims}


def victim_refusal(victim: RestitutionVictim, returned: int, pending: int, amount: int) -> str | None:
    """Why `amount` cannot go to this victim, with the figures; None when it can."""
    room = victim.amount_lost - returned - pending
    if amount <= room:
        return None
    promised = f"，另有 {yuan(pending)}已列入待发还的集中返赃" if pending else ""
    return (f"{victim.name}被骗 {yuan(victim.amount_lost)}，已返还 {yuan(returned)}{promised}，"
            f"最多还可返还 {yuan(max(room, 0))}；本次填写 {yuan(amount)}，超过了被骗金额，不予登记。")


def case_refusal(totals: Totals, amount: int) -> str | None:
    """Why `amount` more cannot be returned on the case, with the figures; None when it can."""
    if amount <= totals.available:
        return None
    promised = f"，另有 {yuan(totals.pending)}已列入待发还的集中返赃" if totals.pending else ""
    return (f"本案已追回 {yuan(totals.recovered)}，已返还 {yuan(totals.returned)}{promised}，"
            f"现可返还 {yuan(max(totals.available, 0))}；本次合计 {yuan(amount)}，"
            "超过了已追回的赃款，不予登记。")


def check_returns(case_id: uuid.UUID, lines: Iterable[tuple[RestitutionVictim, int, str]],
                  total_field: str) -> None:
    """Refuse (ValidationError) returns that break either rule. `lines`: (victim, amount, field);
    every refused line is named, then the case total under `total_field`."""
    lines = list(lines)
    sums = victim_sums(case_id)
    problems: dict[str, str] = {}
    given: dict[uuid.UUID, int] = {}
    for victim, amount, field in lines:
        returned, pending = sums.get(as_uuid(victim.id), (0, 0))
        earlier = given.get(victim.id, 0)  # the same victim twice on one event counts once in total
        refusal = victim_refusal(victim, returned, pending + earlier, amount)
        if refusal:
            problems[field] = refusal
        given[victim.id] = earlier + amount
    refusal = case_refusal(case_totals(case_id), sum(amount for _victim, amount, _field in lines))
    if refusal:  # a single return uses one field for both: show both reasons
        problems[total_field] = "；".join(filter(None, (problems.get(total_field), refusal)))
    if problems:
        raise ValidationError(problems)
