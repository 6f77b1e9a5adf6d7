"""集中返赃: many victims paid back at one event, on one receipt sheet.

plan_event lists the victims and amounts (they count as promised at once, see balances), the
receipt sheet is printed (receipt.event_receipt_pdf records its hash and verification code),
the victims sign and press a fingerprint, then complete_event marks the signed lines returned.
Victims who did not come are taken off the event and their money stays available.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import timedelta

from station_app.accounts import permissions
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import local_today, utcnow
from station_app.core.errors import NotFound, ValidationError
from station_app.core.textnorm import parse_date
from station_app.core.versioning import update_versioned
from station_app.restitution import balances, limits
from station_app.restitution.cases import audit_case, get_case, locked_case
from station_app.restitution.checks import amount_fen, as_uuid, optional, required, yuan
from station_app.restitution.models import RestitutionEvent, RestitutionReturn, RestitutionVictim
from station_app.restitution.views import CaseDetail, EventLine

PLAN_AHEAD_DAYS = 30  # a sheet is often printed the day before the ceremony


ALLOCATIONS = {"proportional": "按损失比例分配", "balance": "按余额依次足额"}


def event_lines(actor: Actor, case_id: uuid.UUID, allocation: str = "proportional") -> list[EventLine]:
    """Every victim still owed money, with a suggested amount that never exceeds their balance and
    together never exceeds what the case still has available.

    "proportional" (按损失比例分配): the available sum is shared in proportion to what each victim
    is still owed, in whole 分 rounded down; the 分 left over by rounding go one each to the victims
    with the largest remainders (ties: in the victims' order), so the lines add up to exactly the
    available sum. "balance" (按余额依次足额): each victim's whole balance, in the victims' order,
    until the money runs out."""
    if allocation not in ALLOCATIONS:
        raise ValidationError.single("allocation", "分配方式应为：" + "、".join(ALLOCATIONS.values()))
    case = get_case(actor, case_id)
    owed = [victim for victim in case.victims if victim.open > 0]
    available = max(case.totals.available, 0)
    shares = (_proportional(available, [victim.open for victim in owed]) if allocation == "proportional"
              else _in_order(available, [victim.open for victim in owed]))
    return [EventLine(victim.id, victim.name, victim.place, victim.lost, victim.returned, victim.open, share)
            for victim, share in zip(owed, shares, strict=True)]


def _in_order(available: int, balances: list[int]) -> list[int]:
    shares = []
    for balance in balances:
        share = min(balance, available)
        available -= share
        shares.append(share)
    return shares


def _proportional(available: int, balances: list[int]) -> list[int]:
    total = sum(balances)
    if total <= available:
        return list(balances)
    shares = [available * balance // total for balance in balances]
    remainders = [available * balance % total for balance in balances]
    left = available - sum(shares)  # fewer 分 than victims: one each, largest remainder first
    for index in sorted(range(len(balances)), key=lambda i: (-remainders[i], i))[:left]:
        shares[index] += 1
    return shares


def _event_date(value: object) -> object:
    try:
        day = parse_date(value) or local_today()
    except ValueError as exc:
        raise ValidationError.single("held_on", f"返还日期：{exc}") from exc
    if day > local_today() + timedelta(days=PLAN_AHEAD_DAYS):
        raise ValidationError.single(
            "held_on", f"返还日期（{day:%Y-%m-%d}）太远：最多提前 {PLAN_AHEAD_DAYS} 天安排。")
    return day


def plan_event(actor: Actor, case_id: uuid.UUID, expected_version: int, details: Mapping[str, object],
               lines: Sequence[Mapping[str, object]]) -> tuple[CaseDetail, uuid.UUID]:
    """List the victims and amounts of a 集中返赃 event: details {held_on, place, handed_over_by},
    lines [{victim_id, amount}]. Refused (ValidationError: "lines.N" per victim, "total" for the
    case) when a line is more than the victim is owed or the lines more than is available.
    Returns the case page and the new event's id."""
    permissions.require(actor, "restitution.edit")
    problems: dict[str, str] = {}
    values: dict[str, object] = {}
    for key, read in (
        ("held_on", lambda: _event_date(details.get("held_on"))),
        ("place", lambda: required(details.get("place"), "place", "请填写返还地点，如：派出所会议室。",
                                    limits.EVENT["place"])),
        ("handed_over_by", lambda: required(details.get("handed_over_by") or actor.full_name,
                                            "handed_over_by", "请填写发还人。",
                                            limits.EVENT["handed_over_by"])),
    ):
        try:
            values[key] = read()
        except ValidationError as exc:
            problems.update(exc.errors)
    amounts: list[tuple[uuid.UUID, int, str]] = []
    for index, line in enumerate(lines):
        field = f"lines.{index}"
        try:
            amount = amount_fen(line.get("amount"), field, "返还金额")
            amounts.append((as_uuid(line.get("victim_id")), amount, field))
        except ValidationError as exc:
            problems.update(exc.errors)
        except ValueError:
            problems[field] = "被害人无效。"
    if not lines:
        problems["lines"] = "请至少选择一位被害人。"
    if len({victim_id for victim_id, _amount, _field in amounts}) < len(amounts):
        problems["lines"] = "同一被害人被重复列入。"
    if problems:
        raise ValidationError(problems)
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        victims = {v.id: v for v in RestitutionVictim.select().where(
            (RestitutionVictim.case == case.id) & RestitutionVictim.id.in_([a[0] for a in amounts]))}
        missing = [field for victim_id, _amount, field in amounts if victim_id not in victims]
        if missing:
            raise ValidationError(dict.fromkeys(missing, "该被害人已不在本案中，请重新打开。"))
        balances.check_returns(case.id, [(victims[v], a, field) for v, a, field in amounts], "total")
        event = RestitutionEvent.create(station=actor.station_id, case=case.id, state="planned", **values)
        for victim_id, amount, _field in amounts:
            RestitutionReturn.create(station=actor.station_id, case=case.id, victim=victim_id, event=event.id,
                                     returned_on=values["held_on"], amount=amount, state="pending",
                                     handed_over_by=values["handed_over_by"], recorded_by=actor.full_name)
        total = sum(amount for _v, amount, _f in amounts)
        audit_case(actor, "restitution.event_plan", case.id,
                   after={**values, "event_id": str(event.id), "victims": len(amounts), "total": total},
                   lines="；".join(f"{victims[v].name} {yuan(a)}" for v, a, _f in amounts)[:1000])
    return get_case(actor, case_id), event.id


def _planned_event(case_id: uuid.UUID, event_id: uuid.UUID | str) -> RestitutionEvent:
    event = RestitutionEvent.get_or_none((RestitutionEvent.id == as_uuid(event_id))
                                         & (RestitutionEvent.case == case_id))
    if event is None:
        raise NotFound("找不到该次集中返赃（可能已被删除）。")
    if event.state != "planned":
        label = "已标记返还" if event.state == "done" else "已取消"
        raise ValidationError.single("event", f"该次集中返赃{label}，不能再修改。")
    return event


def complete_event(actor: Actor, case_id: uuid.UUID, expected_version: int, event_id: uuid.UUID,
                   signed_victim_ids: Collection[uuid.UUID | str] | None = None) -> CaseDetail:
    """Mark the event's lines returned with the receipt signed (all lines, or only the victims in
    `signed_victim_ids`; the others are taken off the event and their money stays available).
    Refused before the receipt sheet is printed, before the event's date, or with nobody signed."""
    permissions.require(actor, "restitution.edit")
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        event = _planned_event(case.id, event_id)
        if not event.document_sha256:
            raise ValidationError.single("event", "请先打印签收单，被害人签名并按手印后再标记已返还。")
        if event.held_on > local_today():
            raise ValidationError.single(
                "event", f"这次集中返赃定于 {event.held_on:%Y-%m-%d}，日期未到，不能标记已返还。")
        lines = list(RestitutionReturn.select().where(RestitutionReturn.event == event.id))
        signed = {as_uuid(v) for v in signed_victim_ids} if signed_victim_ids is not None else None
        taken = [line for line in lines if signed is None or as_uuid(line.victim_id) in signed]
        if not taken:
            raise ValidationError.single(
                "event", "没有勾选已签收的被害人。如这次集中返赃没有举行，请取消它。")
        absent = [line for line in lines if line not in taken]
        RestitutionReturn.update(state="returned", receipt_signed=True, updated_at=utcnow()).where(
            RestitutionReturn.id.in_([line.id for line in taken])).execute()
        if absent:
            RestitutionReturn.delete().where(RestitutionReturn.id.in_([line.id for line in absent])).execute()
        update_versioned(event, event.version, state="done", completed_at=utcnow())
        audit_case(actor, "restitution.event_done", case.id, {"state": "planned"},
                   {"state": "done", "event_id": str(event.id), "victims": len(taken),
                    "returned": sum(line.amount for line in taken)}, absent=len(absent))
    return get_case(actor, case_id)


def cancel_event(actor: Actor, case_id: uuid.UUID, expected_version: int, event_id: uuid.UUID,
                 reason: str) -> CaseDetail:
    """Call off a planned event: its lines are removed and the money is available again."""
    permissions.require(actor, "restitution.edit")
    why = optional(reason, "reason", limits.REASON["reason"]) or "未说明"
    with db.transaction():
        case = locked_case(actor, case_id, expected_version)
        event = _planned_event(case.id, event_id)
        removed = RestitutionReturn.delete().where(RestitutionReturn.event == event.id).execute()
        update_versioned(event, event.version, state="cancelled")
        audit_case(actor, "restitution.event_cancel", case.id, {"state": "planned"},
                   {"state": "cancelled", "event_id": str(event.id)}, reason=why, lines=removed)
    return get_case(actor, case_id)
