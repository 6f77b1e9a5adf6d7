"""Restitution cases: opening and correcting one, the list, the case page.

Every change to a case's money goes through `locked_case`, which bumps the case's version first:
the row lock makes a second PC wait, then its stale version is refused (ConflictError), so the
balances checked afterwards are the ones really in the database.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import from_local, utcnow
from station_app.core.errors import NotFound, ValidationError
from station_app.core.masking import mask_sensitive_text
from station_app.core.scope import record_in_scope, record_to_change, scope
from station_app.core.versioning import update_versioned
from station_app.mediation.numbering import next_sequence
from station_app.restitution import balances, limits
from station_app.restitution.checks import as_uuid, optional, required
from station_app.restitution.models import (
    RestitutionCase,
    RestitutionEvent,
    RestitutionRecovery,
    RestitutionReturn,
    RestitutionVictim,
)
from station_app.restitution.views import (
    CaseDetail,
    CaseRow,
    EventView,
    RecoveryView,
    ReturnView,
    Totals,
    VictimView,
    case_status,
    dumps,
    loads,
)

CASE_ENTITY = "restitution_case"
NUMBER_KIND = "restitution"
MAX_SUSPECTS = 30


def case_number(year: int, sequence: int) -> str:
    return f"返赃〔{year}〕第{sequence}号"


def _suspects(value: object) -> list[str]:
    """Names as a list: a list as given, or text split at 、，, ; and line breaks."""
    items = value if isinstance(value, (list, tuple)) else re.split(r"[、，,;；\n]+", str(value or ""))
    names = [optional(item, "suspects", limits.SUSPECT) for item in items]
    names = list(dict.fromkeys(name for name in names if name))
    if len(names) > MAX_SUSPECTS:
        raise ValidationError.single("suspects", f"犯罪嫌疑人最多 {MAX_SUSPECTS} 人。")
    return names


def _case_fields(details: Mapping[str, object]) -> dict[str, object]:
    problems: dict[str, str] = {}
    values: dict[str, object] = {}
    for name, read in (
        ("case_type", lambda v: required(v, "case_type", "请填写案件类别，如：电信网络诈骗。",
                                     limits.CASE["case_type"])),
        ("summary", lambda v: required(v, "summary", "请填写简要案情，如：网上以“卖车收取定金”诈骗。",
                                   limits.CASE["summary"])),
        ("description", lambda v: optional(v, "description", limits.CASE["description"])),
        ("suspects", _suspects),
        ("reference", lambda v: optional(v, "reference", limits.CASE["reference"])),
    ):
        try:
            values[name] = read(details.get(name))
        except ValidationError as exc:
            problems.update(exc.errors)
    if problems:
        raise ValidationError(problems)
    return values


def open_case(actor: Actor, details: Mapping[str, object]) -> CaseDetail:
    """Register a restitution case with the next number of the year.

    `details`: case_type, summary (required), description, suspects (list or "包某、李某"),
    reference (the criminal case's number), registered_at (local time, default now; a case
    entered afterwards keeps its real date, never a future one). Raises ValidationError naming
    each bad field.
    """
    permissions.require(actor, "restitution.edit")
    values = _case_fields(details)
    now = _registered_at(details.get("registered_at"))
    year = (now + timedelta(hours=8)).year  # the station's calendar year (Asia/Shanghai, no DST)
    with db.transaction():
        sequence = next_sequence(actor.home, NUMBER_KIND, year)
        case = RestitutionCase.create(
            station=actor.station_id, year=year, sequence=sequence, case_number=case_number(year, sequence),
            registered_at=now, registered_by=actor.full_name,
            **{**values, "suspects": dumps(values["suspects"])},
        )
        audit_case(actor, "restitution.open", case.id, after={"case_number": case.case_number, **values})
    return get_case(actor, case.id)


def _registered_at(value: object) -> datetime:
    if value in (None, ""):
        return utcnow()
    if not isinstance(value, datetime):
        raise ValidationError.single("registered_at", "登记时间无法识别。")
    moment = from_local(value)
    if moment > utcnow() + timedelta(minutes=10):
        raise ValidationError.single("registered_at", f"登记时间（{value:%Y-%m-%d %H:%M}）不能晚于现在。")
    return moment


def update_case(actor: Actor, case_id: uuid.UUID, expected_version: int,
                details: Mapping[str, object]) -> CaseDetail:
    """Correct the case's type, summary, description, suspects or reference."""
    permissions.require(actor, "restitution.edit")
    values = _case_fields(details)
    with db.transaction():
        case = record_to_change(RestitutionCase, as_uuid(case_id), MISSING)
        before = {name: getattr(case, name) for name in values}
        before["suspects"] = loads(case.suspects)
        update_versioned(case, expected_version, **{**values, "suspects": dumps(values["suspects"])})
        audit_case(actor, "restitution.update", case.id, before, values)
    return get_case(actor, case_id)


def audit_case(actor: Actor, action: str, case_id: uuid.UUID, before: Mapping[str, object] | None = None,
               after: Mapping[str, object] | None = None, **extra: object) -> None:
    """The one audit entry of a restitution step (amounts are recorded in fen)."""
    audit.record(actor, action, CASE_ENTITY, case_id, before, after, extra={"by": actor.full_name, **extra})


MISSING = "找不到该返赃案件（可能已被删除）。"


def load_case(actor: Actor, case_id: uuid.UUID | str, stations: Sequence[uuid.UUID] = ()) -> RestitutionCase:
    """A case of `stations` (the actor's own by default) to read."""
    return record_in_scope(actor, RestitutionCase, as_uuid(case_id), stations, MISSING)


def locked_case(actor: Actor, case_id: uuid.UUID, expected_version: int) -> RestitutionCase:
    """The case, its version moved on: call first inside the transaction of a money change.
    Another station's case is never changed here."""
    case = record_to_change(RestitutionCase, as_uuid(case_id), MISSING)
    return update_versioned(case, expected_version)


def find_case(actor: Actor, number: str, stations: Sequence[uuid.UUID] = ()) -> CaseDetail:
    permissions.require(actor, "restitution.view")
    case = RestitutionCase.get_or_none((RestitutionCase.station.in_(scope(actor, stations)))
                                       & (RestitutionCase.case_number == number.strip()))
    if case is None:
        raise NotFound(f"找不到返赃案件“{number.strip()}”。")
    return get_case(actor, case.id, stations)


def _text_for(actor: Actor) -> Callable[[str], str]:
    """What people typed, as `actor` may read it: a number in it masked without personal.view_full
    (those roles only read this ledger: nothing masked is edited back)."""
    return str if permissions.allowed(actor.role, "personal.view_full") else mask_sensitive_text


def _row(case: RestitutionCase, totals: Totals, victims: int, text: Callable[[str], str] = str) -> CaseRow:
    return CaseRow(case.id, case.case_number, case.case_type, text(case.summary),
                   "、".join(loads(case.suspects)), case.registered_at, victims, totals,
                   case_status(totals, victims), case.version, case.station_id)


def list_cases(actor: Actor, query: str = "", limit: int = 200, offset: int = 0,
               stations: Sequence[uuid.UUID] = ()) -> list[CaseRow]:
    """Cases newest first, optionally matching the number, summary, suspects or a victim's name.
    `stations`: whose cases (the actor's own by default)."""
    permissions.require(actor, "restitution.view")
    where = RestitutionCase.station.in_(scope(actor, stations))
    text = query.strip()
    if text:
        named = RestitutionVictim.select(RestitutionVictim.case).where(RestitutionVictim.name.contains(text))
        where &= (RestitutionCase.case_number.contains(text) | RestitutionCase.summary.contains(text)
                  | RestitutionCase.suspects.contains(text) | RestitutionCase.case_type.contains(text)
                  | RestitutionCase.id.in_(named))
    cases = list(RestitutionCase.select().where(where)
                 .order_by(RestitutionCase.registered_at.desc(), RestitutionCase.sequence.desc())
                 .offset(offset).limit(limit))
    ids = [case.id for case in cases]
    totals = balances.totals_of(ids)
    counts = {as_uuid(case_id): count for case_id, count in (
        RestitutionVictim.select(RestitutionVictim.case, peewee.fn.COUNT(RestitutionVictim.id))
        .where(RestitutionVictim.case.in_(ids)).group_by(RestitutionVictim.case).tuples() if ids else [])}
    return [_row(case, totals[case.id], counts.get(case.id, 0), _text_for(actor)) for case in cases]


def get_case(actor: Actor, case_id: uuid.UUID | str, stations: Sequence[uuid.UUID] = ()) -> CaseDetail:
    """Everything on the case page, in a handful of queries (a case of `stations`)."""
    permissions.require(actor, "restitution.view")
    case = load_case(actor, case_id, stations)
    text = _text_for(actor)
    sums = balances.victim_sums(case.id)
    victim_rows = list(RestitutionVictim.select().where(RestitutionVictim.case == case.id)
                       .order_by(RestitutionVictim.position, RestitutionVictim.created_at))
    victims = [VictimView(v.id, v.position, v.name, text(v.place), v.resident_id, v.amount_lost,
                          *sums.get(as_uuid(v.id), (0, 0)), text(v.note), v.version) for v in victim_rows]
    by_id = {v.id: v for v in victims}
    returns = [
        ReturnView(r.id, r.victim_id, by_id[r.victim_id].name, by_id[r.victim_id].place, r.returned_on,
                   r.amount, r.handed_over_by, r.receipt_signed, r.state, r.event_id)
        for r in RestitutionReturn.select().where(RestitutionReturn.case == case.id)
        .order_by(RestitutionReturn.returned_on, RestitutionReturn.created_at)
    ]
    events = [
        EventView(e.id, e.held_on, e.place, e.handed_over_by, e.state,
                  sorted((r for r in returns if r.event_id == e.id),
                         key=lambda r: by_id[r.victim_id].position),
                  e.verification_code, e.document_sha256, e.completed_at)
        for e in RestitutionEvent.select().where(RestitutionEvent.case == case.id)
        .order_by(RestitutionEvent.held_on, RestitutionEvent.created_at)
    ]
    recoveries = [
        RecoveryView(r.id, r.recovered_on, r.amount, text(r.source), text(r.note), r.recorded_by)
        for r in RestitutionRecovery.select().where(RestitutionRecovery.case == case.id)
        .order_by(RestitutionRecovery.recovered_on, RestitutionRecovery.created_at)
    ]
    totals = Totals(
        lost=sum(v.lost for v in victims), recovered=sum(r.amount for r in recoveries),
        returned=sum(r.amount for r in returns if r.state == "returned"),
        pending=sum(r.amount for r in returns if r.state == "pending"),
    )
    return CaseDetail(_row(case, totals, len(victims), text), text(case.description), loads(case.suspects),
                      case.reference, case.registered_by, victims, recoveries, returns, events)
