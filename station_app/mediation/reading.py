"""Reading cases back: the list rows, the whole case page, the timeline (from the audit trail)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

import peewee

from station_app.accounts import permissions
from station_app.attachments.service import attachments_of
from station_app.core.actor import Actor
from station_app.core.db import tuples
from station_app.core.errors import NotFound
from station_app.core.masking import mask_phone, mask_sensitive_text
from station_app.core.scope import scope
from station_app.mediation import workflow
from station_app.mediation.models import (
    Agreement,
    CaseParty,
    CasePlan,
    DisputeCase,
    EarlyWarning,
    FollowUp,
    MediationSession,
    RiskAssessment,
)
from station_app.mediation.timeline import recorded_timeline, timeline
from station_app.mediation.views import (
    AgreementView,
    AssessmentView,
    CaseDetail,
    CaseRow,
    FollowUpView,
    PartyView,
    PlanView,
    SessionView,
    TermView,
    WarningView,
    loads,
)
from station_app.mediation.vocab import OPEN_STATES, STATES
from station_app.residents.areas import Area, area_path
from station_app.residents.models import Resident
from station_app.residents.views import shown_to, views_by_ids

CASE_ENTITY = "dispute_case"


def load_case(case_id: uuid.UUID) -> DisputeCase:
    case = DisputeCase.get_or_none(DisputeCase.id == case_id)
    if case is None:
        raise NotFound("找不到该案件。")
    return case


def find_case(actor: Actor, case_number: str, stations: Sequence[uuid.UUID] = ()) -> CaseDetail:
    """The case with this number among `stations`' cases (the actor's own by default)."""
    permissions.require(actor, "disputes.view")
    wanted = scope(actor, stations)
    found = list(DisputeCase.select().where(
        DisputeCase.station.in_(wanted) & (DisputeCase.case_number == case_number.strip())).limit(2))
    if not found:
        raise NotFound(f"找不到案件编号“{case_number}”。")
    if len(found) > 1:  # two stations may use the same number format
        raise NotFound(f"案件编号“{case_number}”不止一个单位在用，请用 --station 指明单位。")
    return get_case(actor, found[0].id, stations=wanted)


def _row(case: DisputeCase, party_names: str, place: str, full: bool = True) -> CaseRow:
    """A list's row; the summary with any number in it masked unless `full` (personal.view_full)."""
    return CaseRow(
        case.id,
        case.case_number,
        case.reported_at,
        case.category,
        case.source,
        case.state,
        STATES[case.state],
        case.risk_level,
        party_names,
        place,
        case.summary if full else mask_sensitive_text(case.summary),
        case.version,
        case.station_id,
    )


def list_cases(
    actor: Actor, state: str | None = None, query: str = "", limit: int = 500, offset: int = 0,
    stations: Sequence[uuid.UUID] = (),
) -> list[CaseRow]:
    """Cases newest first, optionally of one state or matching a number, name or summary text.
    `stations`: whose cases (the actor's own by default; a county names the stations it holds)."""
    permissions.require(actor, "disputes.view")
    where = DisputeCase.station.in_(scope(actor, stations))
    if state == "open":  # what officers look at most: everything not yet ended
        where &= DisputeCase.state.in_(OPEN_STATES)
    elif state:
        where &= DisputeCase.state == state
    if query.strip():
        text = query.strip()
        named = CaseParty.select(CaseParty.case).join(Resident).where(Resident.name.contains(text))
        where &= (
            DisputeCase.case_number.contains(text)
            | DisputeCase.summary.contains(text)
            | DisputeCase.id.in_(named)
        )
    cases = list(
        DisputeCase.select().where(where).order_by(DisputeCase.reported_at.desc()).offset(offset).limit(limit)
    )
    names = _party_names([case.id for case in cases])
    areas = {
        area.id: area.name
        for area in Area.select(Area.id, Area.name).where(
            Area.id.in_([case.place_area_id for case in cases if case.place_area_id])
        )
    }
    return [
        _row(case, names.get(case.id, ""), case.place_text or areas.get(case.place_area_id, ""),
             permissions.allowed(actor.role, "personal.view_full"))
        for case in cases
    ]


def _party_names(case_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not case_ids:
        return {}
    names: dict[uuid.UUID, list[str]] = {}
    query = (
        CaseParty.select(CaseParty.case, Resident.name)
        .join(Resident)
        .where(CaseParty.case.in_(case_ids))
        .order_by(CaseParty.position)
        .tuples()
    )
    for case_id, name in tuples(query):
        names.setdefault(case_id if isinstance(case_id, uuid.UUID) else uuid.UUID(str(case_id)), []).append(
            name
        )
    return {key: "、".join(value) for key, value in names.items()}


def get_case(actor: Actor, case_id: uuid.UUID, stations: Sequence[uuid.UUID] = ()) -> CaseDetail:
    """Everything on the case page, in a handful of queries. A case of a station outside
    `stations` (the actor's own by default) is not found. The parties' and the reporter's numbers
    are masked for a role without personal.view_full (residents.views.shown_to)."""
    return _case_detail(actor, case_id, stations, full_numbers=False)


def case_for_documents(actor: Actor, case_id: uuid.UUID) -> CaseDetail:
    """The case with the parties' ID and phone numbers as stored, for building its documents only:
    each document masks them itself where the reader may not see them (mask_personal)."""
    return _case_detail(actor, case_id, (), full_numbers=True)


def _case_detail(actor: Actor, case_id: uuid.UUID, stations: Sequence[uuid.UUID],
                 full_numbers: bool) -> CaseDetail:
    permissions.require(actor, "disputes.view")
    case = load_case(case_id)
    if actor.station_id is not None and case.station_id not in scope(actor, stations):
        raise NotFound("找不到该案件。")
    party_rows = list(CaseParty.select().where(CaseParty.case == case.id).order_by(CaseParty.position))
    views = views_by_ids([row.resident_id for row in party_rows])
    resident_views = {view.id: view for view in (views if full_numbers else shown_to(actor, views))}
    parties = [
        PartyView(
            row.id,
            resident_views[row.resident_id],
            row.role_label,
            row.occupation,
            row.guardian,
            row.representative,
        )
        for row in party_rows
        if row.resident_id in resident_views
    ]
    place = case.place_text
    if not place and case.place_area_id:
        area = Area.get_or_none(Area.id == case.place_area_id)
        place = area.name if area else ""
    agreement = Agreement.get_or_none(Agreement.case == case.id)
    return _as_read_by(actor, full_numbers, CaseDetail(
        row=_row(case, "、".join(party.name for party in parties), place),
        reporter_kind=case.reporter_kind,
        reporter_name=case.reporter_name,
        reporter_phone=case.reporter_phone if full_numbers or permissions.allowed(
            actor.role, "personal.view_full") else mask_phone(case.reporter_phone),
        place_area_id=case.place_area_id,
        registered_by=case.registered_by,
        closed_at=case.closed_at,
        parties=parties,
        assessments=[
            AssessmentView(row.id, loads(row.factors), row.level, row.note, row.assessed_by, row.assessed_at)
            for row in _of(RiskAssessment, case, RiskAssessment.assessed_at)
        ],
        warnings=[
            WarningView(
                row.id,
                row.recipient,
                row.content,
                row.sent_at,
                row.sent_by,
                row.acknowledged_by,
                row.acknowledged_at,
            )
            for row in _of(EarlyWarning, case, EarlyWarning.sent_at)
        ],
        plans=[
            PlanView(row.id, row.measures, row.responsible, row.deadline, row.done_at)
            for row in _of(CasePlan, case, CasePlan.deadline)
        ],
        sessions=[
            SessionView(
                row.id,
                row.started_at,
                row.ended_at,
                row.place,
                loads(row.mediators),
                row.note_taker,
                loads(row.attendees),
                row.notices_given,
                [tuple(item) for item in loads(row.statements)],
                row.facts_verified,
                row.outcome,
            )
            for row in _of(MediationSession, case, MediationSession.started_at)
        ],
        agreement=agreement_view(agreement) if agreement else None,
        follow_ups=[
            FollowUpView(
                row.id,
                row.due_on,
                row.done_at,
                row.visitor,
                row.performed,
                row.satisfaction,
                row.lawsuit,
                row.remaining_risk,
                row.measures,
                row.outcome,
            )
            for row in _of(FollowUp, case, FollowUp.due_on)
        ],
        attachments=attachments_of(CASE_ENTITY, case.id),
        timeline=timeline(case.id) or recorded_timeline(case, parties),
        allowed_steps=workflow.allowed_steps(case.state),
        place_area=area_path(case.place_area_id),
    ))


def _as_read_by(actor: Actor, full_numbers: bool, detail: CaseDetail) -> CaseDetail:
    """For a reader without personal.view_full, numbers typed into what is only read here — the
    summary, the timeline that repeats it, what was said at a session — masked (the agreement and
    the plans are edited from this page: they keep their text)."""
    if full_numbers or permissions.allowed(actor.role, "personal.view_full"):
        return detail
    text = mask_sensitive_text
    return replace(
        detail, row=replace(detail.row, summary=text(detail.row.summary)),
        timeline=[replace(entry, description=text(entry.description)) for entry in detail.timeline],
        sessions=[replace(session, statements=[(who, text(said)) for who, said in session.statements],
                          facts_verified=text(session.facts_verified), outcome=text(session.outcome))
                  for session in detail.sessions])


def _of(model: type[peewee.Model], case: DisputeCase, order: peewee.Field) -> list:
    return list(model.select().where(model.case == case.id).order_by(order))


def agreement_view(row: Agreement) -> AgreementView:
    return AgreementView(
        row.id,
        row.kind,
        row.number,
        row.facts,
        row.responsibility,
        [TermView(item["text"], item.get("amount_fen")) for item in loads(row.terms)],
        row.performance_method,
        row.performance_place,
        row.performance_deadline,
        row.copies,
        row.agreement_date,
        row.signed_on,
        row.performed,
        row.document_sha256,
        row.verification_code,
        row.version,
    )


def reveal_reporter_phone(actor: Actor, case_id: uuid.UUID, reason: str) -> str:
    """The reporter's phone in full (the case page shows it masked), for a role allowed to see it,
    with the reason given: audited on the case with the reason, never the number."""
    from station_app.audit import chain as audit
    from station_app.core import db
    from station_app.residents.reading import checked_reason

    permissions.require(actor, "personal.view_full")
    why = checked_reason(reason)
    with db.transaction():
        case = load_case(case_id)
        audit.record(actor, "case.reveal_phone", CASE_ENTITY, case.id,
                     extra={"reason": why, "summary": f"原因：{why}"})
    return case.reporter_phone

