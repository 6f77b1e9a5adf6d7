"""The entries of a case: victims, money recovered, and single returns to a victim.

Each service: permission, read the input, then in ONE transaction lock the case (its version
moves on, see cases.locked_case), check the balances, write, one audit entry; returns the fresh
case page. Amounts are fen; typed text goes through money.parse_amount ("3,000.50", "3万").
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

import peewee

from station_app.accounts import permissions
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import NotFound, ValidationError
from station_app.core.versioning import update_versioned
from station_app.residents.views import views_by_ids
from station_app.restitution import balances, limits
from station_app.restitution.cases import audit_case, get_case, locked_case
from station_app.restitution.checks import amount_fen, as_uuid, optional, past_date, required, yuan
from station_app.restitution.models import RestitutionRecovery, RestitutionReturn, RestitutionVictim
from station_app.restitution.views import CaseDetail

NO_SOURCE = "请填写赃款来源，如：犯罪嫌疑人退赔、冻结账户返还。"


def _victim_fields(details: Mapping[str, object]) -> dict[str, object]:
    """name, place, amount_lost (fen), note, resident_id. A resident's name and place fill in
    whatever was left empty."""
    problems: dict[str, str] = {}
    resident_id = details.get("resident_id") or None
    resident = None
    if resident_id:
        found = views_by_ids([as_uuid(resident_id)])
        if not found:
            problems["resident_id"] = "所选居民已不存在。"
        else:
            resident = found[0]
    values: dict[str, object] = {"resident": resident.id if resident else None}
    name = details.get("name") or (resident.name if resident else "")
    place = details.get("place") or (resident.address or resident.place if resident else "")
    for key, read in (
        ("name", lambda: required(name, "name", "请填写被害人姓名。", limits.VICTIM["name"])),
        ("place", lambda: optional(place, "place", limits.VICTIM["place"])),
        ("amount_lost", lambda: amount_fen(details.get("amount_lost"), "amount_lost", "被骗（损失）金额")),
        ("note", lambda: optional(details.get("note"), "note", limits.VICTIM["note"])),
    ):
        try:
            values[key] = read()
        except ValidationError as exc:
            problems.update(exc.errors)
    if problems:
        raise ValidationError(problems)
    return values


def add_victim(actor: Actor, case_id: uuid.UUID, expected_version: int,
               details: Mapping[str, object]) -> CaseDetail:
    """Add a victim: {name, place, amount_lost, note} or {resident_id, amount_lost, …}.
    The same resident twice on one case is refused."""
    permissions.require(actor, "restitution.edit")
    values = _victim_fields(details)
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        victims = RestitutionVictim.select().where(RestitutionVictim.case == case.id)
        if values["resident"] and victims.where(RestitutionVictim.resident == values["resident"]).exists():
            raise ValidationError.single("resident_id", f"{values['name']}已经是本案的被害人。")
        last = victims.select(peewee.fn.MAX(RestitutionVictim.position)).scalar()
        victim = RestitutionVictim.create(station=actor.station_id, case=case.id,
                                          position=(last or 0) + 1, **values)
        audit_case(actor, "restitution.victim", case.id, after={**values, "victim_id": str(victim.id)})
    return get_case(actor, case_id)


def _victim_of(case_id: uuid.UUID, victim_id: uuid.UUID | str) -> RestitutionVictim:
    victim = RestitutionVictim.get_or_none((RestitutionVictim.id == as_uuid(victim_id))
                                           & (RestitutionVictim.case == case_id))
    if victim is None:
        raise NotFound("找不到该被害人（可能已被删除）。")
    return victim


def update_victim(actor: Actor, case_id: uuid.UUID, expected_version: int, victim_id: uuid.UUID,
                  details: Mapping[str, object]) -> CaseDetail:
    """Correct a victim's name, place, loss or note. The loss cannot drop below what was already
    returned or listed on a planned event."""
    permissions.require(actor, "restitution.edit")
    values = _victim_fields(details)
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        victim = _victim_of(case.id, victim_id)
        returned, pending = balances.victim_sums(case.id).get(as_uuid(victim.id), (0, 0))
        if values["amount_lost"] < returned + pending:
            promised = f"，另有 {yuan(pending)} 待发还" if pending else ""
            raise ValidationError.single("amount_lost", (
                f"{victim.name}已返还 {yuan(returned)}{promised}，被骗金额不能改为少于 "
                f"{yuan(returned + pending)}（填写的是 {yuan(values['amount_lost'])}）。"))
        before = {key: getattr(victim, key if key != "resident" else "resident_id") for key in values}
        update_versioned(victim, victim.version, **values)
        audit_case(actor, "restitution.victim_update", case.id, before, values, victim_id=str(victim.id))
    return get_case(actor, case_id)


def add_recovery(actor: Actor, case_id: uuid.UUID, expected_version: int,
                 details: Mapping[str, object]) -> CaseDetail:
    """Record money recovered: {recovered_on (default today, never in the future), amount, source, note}."""
    permissions.require(actor, "restitution.edit")
    problems: dict[str, str] = {}
    values: dict[str, object] = {}
    for key, read in (
        ("recovered_on", lambda: past_date(details.get("recovered_on"), "recovered_on", "追回日期")),
        ("amount", lambda: amount_fen(details.get("amount"), "amount", "追回金额")),
        ("source", lambda: required(details.get("source"), "source", NO_SOURCE, limits.RECOVERY["source"])),
        ("note", lambda: optional(details.get("note"), "note", limits.RECOVERY["note"])),
    ):
        try:
            values[key] = read()
        except ValidationError as exc:
            problems.update(exc.errors)
    if problems:
        raise ValidationError(problems)
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        row = RestitutionRecovery.create(station=actor.station_id, case=case.id, recorded_by=actor.full_name,
                                         **values)
        audit_case(actor, "restitution.recovery", case.id, after={**values, "recovery_id": str(row.id)})
    return get_case(actor, case_id)


def remove_recovery(actor: Actor, case_id: uuid.UUID, expected_version: int, recovery_id: uuid.UUID,
                    reason: str) -> CaseDetail:
    """Take back a recovery entered by mistake (with the reason, kept in the audit trail). Refused
    when the money is already returned or promised: the case would have returned more than it has."""
    permissions.require(actor, "restitution.edit")
    why = required(reason, "reason", "请写明删除原因，如：金额录入错误。", limits.REASON["reason"])
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        row = RestitutionRecovery.get_or_none((RestitutionRecovery.id == as_uuid(recovery_id))
                                              & (RestitutionRecovery.case == case.id))
        if row is None:
            raise NotFound("找不到该追回记录（可能已被删除）。")
        totals = balances.case_totals(case.id)
        promised = totals.returned + totals.pending
        if totals.recovered - row.amount < promised:
            raise ValidationError.single("recovery", (
                f"本案已追回 {yuan(totals.recovered)}，已返还和待发还合计 {yuan(promised)}；删除这笔 "
                f"{yuan(row.amount)} 后追回金额将少于已返还金额，不能删除。"))
        before = {"recovered_on": row.recovered_on, "amount": row.amount, "source": row.source}
        row.delete_instance()
        audit_case(actor, "restitution.recovery_remove", case.id, before, None, reason=why)
    return get_case(actor, case_id)


def record_return(actor: Actor, case_id: uuid.UUID, expected_version: int,
                  details: Mapping[str, object]) -> CaseDetail:
    """Money handed back to one victim: {victim_id, amount, returned_on (not in the future),
    handed_over_by (default: the actor), receipt_signed}. Refused with the figures when it is more
    than the victim is still owed or more than the case has recovered and not yet returned."""
    permissions.require(actor, "restitution.edit")
    problems: dict[str, str] = {}
    values: dict[str, object] = {}
    for key, read in (
        ("amount", lambda: amount_fen(details.get("amount"), "amount", "返还金额")),
        ("returned_on", lambda: past_date(details.get("returned_on"), "returned_on", "返还日期")),
        ("handed_over_by", lambda: optional(details.get("handed_over_by") or actor.full_name,
                                            "handed_over_by", limits.RETURN["handed_over_by"])),
    ):
        try:
            values[key] = read()
        except ValidationError as exc:
            problems.update(exc.errors)
    if not details.get("victim_id"):
        problems["victim_id"] = "请选择被害人。"
    if problems:
        raise ValidationError(problems)
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        victim = _victim_of(case.id, details["victim_id"])  # type: ignore[arg-type]
        balances.check_returns(case.id, [(victim, values["amount"], "amount")], "amount")
        row = RestitutionReturn.create(station=actor.station_id, case=case.id, victim=victim.id,
                                       state="returned", receipt_signed=bool(details.get("receipt_signed")),
                                       recorded_by=actor.full_name, **values)
        audit_case(actor, "restitution.return", case.id,
                   after={**values, "victim": victim.name, "receipt_signed": row.receipt_signed,
                          "return_id": str(row.id)})
    return get_case(actor, case_id)
