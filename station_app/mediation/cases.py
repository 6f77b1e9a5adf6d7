"""Registering a dispute and reading cases back (list rows, the case page, the timeline)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import peewee

from station_app.accounts import permissions
from station_app.attachments.service import AttachmentView, attach_file, attachments_of
from station_app.audit import chain as audit
from station_app.audit.models import AuditEntry
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import from_local, local_now, utcnow
from station_app.core.errors import NotFound, ValidationError
from station_app.core.textnorm import clean_text
from station_app.mediation import numbering, workflow
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
    TimelineEntry,
    WarningView,
    loads,
)
from station_app.mediation.vocab import CATEGORIES, OPEN_STATES, REPORTER_KINDS, SOURCES, STATES
from station_app.residents import service as residents
from station_app.residents.areas import Area
from station_app.residents.models import Resident
from station_app.residents.views import views_by_ids

CASE_ENTITY = "dispute_case"


def _party_resident(actor: Actor, party: Mapping[str, object], index: int) -> uuid.UUID:
    """The resident a party refers to: an existing one, one matched by ID number, or a new one."""
    if party.get("resident_id"):
        resident_id = uuid.UUID(str(party["resident_id"]))
        if not Resident.select().where(Resident.id == resident_id).exists():
            raise ValidationError.single(f"parties.{index}", "所选居民已不存在。")
        return resident_id
    details = dict(party.get("resident") or {})
    if not clean_text(details.get("name")):
        raise ValidationError.single(f"parties.{index}", f"第 {index + 1} 位当事人没有姓名。")
    try:
        return residents.create_resident(actor, details, confirm=True).id
    except residents.DuplicateIdNumber as existing:
        return existing.existing_id
    except ValidationError as exc:
        raise ValidationError(
            {
                f"parties.{index}.{key}": f"第 {index + 1} 位当事人：{message}"
                for key, message in exc.errors.items()
            }
        ) from exc


def open_case(
    actor: Actor, details: Mapping[str, object], parties: Sequence[Mapping[str, object]]
) -> CaseDetail:
    """Register a dispute (state 登记) and give it the next case number of the year.

    `details`: source, category, summary, reported_at (local time; default now), reporter_kind,
    reporter_name, reporter_phone, place_area_id, place_text. `parties`: each {"resident_id": …} or
    {"resident": {name, id_number, …}} plus role_label, occupation, guardian, representative.
    Raises ValidationError naming each bad field.
    """
    permissions.require(actor, "disputes.register")
    source, category = clean_text(details.get("source")), clean_text(details.get("category"))
    summary = clean_text(details.get("summary"))
    problems: dict[str, str] = {}
    if source not in SOURCES:
        problems["source"] = "请选择纠纷来源：" + "、".join(SOURCES)
    if not category or len(category) > 32:
        problems["category"] = "请选择纠纷类别，如：" + "、".join(CATEGORIES[:4]) + "…"
    if not summary:
        problems["summary"] = "请简要写明纠纷情况。"
    reporter_kind = clean_text(details.get("reporter_kind"))
    if reporter_kind and reporter_kind not in REPORTER_KINDS:
        problems["reporter_kind"] = "反映人类型不对。"
    reported = details.get("reported_at") or local_now()
    if not isinstance(reported, datetime):
        problems["reported_at"] = "请填写反映时间。"
        reported_at = utcnow()
    else:
        reported_at = from_local(reported)
        if reported_at > utcnow() + timedelta(minutes=10):
            problems["reported_at"] = "反映时间不能晚于现在。"
    if not parties:
        problems["parties"] = "请至少添加一位当事人。"
    if problems:
        raise ValidationError(problems)
    area_id = details.get("place_area_id") or None
    with db.transaction():
        if area_id and not Area.select().where(Area.id == area_id).exists():
            raise ValidationError.single("place_area_id", "所选地点已不存在。")
        resident_ids = [_party_resident(actor, party, index) for index, party in enumerate(parties)]
        if len(set(resident_ids)) != len(resident_ids):
            raise ValidationError.single("parties", "同一人被重复添加为当事人。")
        local_year = (reported_at + timedelta(hours=8)).year
        sequence = numbering.next_sequence(actor.station_id, "case", local_year)
        case = DisputeCase.create(
            station=actor.station_id,
            year=local_year,
            sequence=sequence,
            case_number=numbering.formatted("case", actor.station_id, local_year, sequence),
            source=source,
            category=category,
            summary=summary,
            reported_at=reported_at,
            reporter_kind=reporter_kind,
            reporter_name=clean_text(details.get("reporter_name")),
            reporter_phone=clean_text(details.get("reporter_phone")),
            place_area=area_id,
            place_text=clean_text(details.get("place_text")),
            state="registered",
            registered_by=actor.full_name,
        )
        for position, (party, resident_id) in enumerate(zip(parties, resident_ids, strict=True)):
            CaseParty.create(
                station=actor.station_id,
                case=case.id,
                resident=resident_id,
                position=position,
                role_label=clean_text(party.get("role_label")) or _default_role(position),
                occupation=clean_text(party.get("occupation")),
                guardian=clean_text(party.get("guardian")),
                representative=clean_text(party.get("representative")),
            )
        audit_case(
            actor,
            "case.open",
            case.id,
            f"{case.case_number} {category}（{source}）",
            after={
                "case_number": case.case_number,
                "source": source,
                "category": category,
                "parties": len(resident_ids),
                "summary": summary[:200],
            },
        )
    return get_case(actor, case.id)


def audit_case(
    actor: Actor,
    action: str,
    case_id: uuid.UUID,
    summary: str,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
) -> None:
    """The one audit entry of a case step; its summary and the actor's name feed the timeline."""
    audit.record(
        actor,
        action,
        CASE_ENTITY,
        case_id,
        before,
        after,
        extra={"summary": summary[:300], "by": actor.full_name},
    )


def _default_role(position: int) -> str:
    return "甲方" if position == 0 else "乙方" if position == 1 else f"第{position + 1}方"


def load_case(case_id: uuid.UUID) -> DisputeCase:
    case = DisputeCase.get_or_none(DisputeCase.id == case_id)
    if case is None:
        raise NotFound("找不到该案件。")
    return case


def find_case(actor: Actor, case_number: str) -> CaseDetail:
    permissions.require(actor, "disputes.view")
    case = DisputeCase.get_or_none(
        (DisputeCase.station == actor.station_id) & (DisputeCase.case_number == case_number.strip())
    )
    if case is None:
        raise NotFound(f"找不到案件编号“{case_number}”。")
    return get_case(actor, case.id)


def _row(case: DisputeCase, party_names: str, place: str) -> CaseRow:
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
        case.summary,
        case.version,
    )


def list_cases(
    actor: Actor, state: str | None = None, query: str = "", limit: int = 500, offset: int = 0
) -> list[CaseRow]:
    """Cases newest first, optionally of one state or matching a number, name or summary text."""
    permissions.require(actor, "disputes.view")
    where = DisputeCase.station == actor.station_id
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
        _row(case, names.get(case.id, ""), case.place_text or areas.get(case.place_area_id, ""))
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
    for case_id, name in query:
        names.setdefault(case_id if isinstance(case_id, uuid.UUID) else uuid.UUID(str(case_id)), []).append(
            name
        )
    return {key: "、".join(value) for key, value in names.items()}


def get_case(actor: Actor, case_id: uuid.UUID) -> CaseDetail:
    """Everything on the case page, in a handful of queries."""
    permissions.require(actor, "disputes.view")
    case = load_case(case_id)
    party_rows = list(CaseParty.select().where(CaseParty.case == case.id).order_by(CaseParty.position))
    resident_views = {view.id: view for view in views_by_ids([row.resident_id for row in party_rows])}
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
    return CaseDetail(
        row=_row(case, "、".join(party.name for party in parties), place),
        reporter_kind=case.reporter_kind,
        reporter_name=case.reporter_name,
        reporter_phone=case.reporter_phone,
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
            )
            for row in _of(FollowUp, case, FollowUp.due_on)
        ],
        attachments=attachments_of(CASE_ENTITY, case.id),
        timeline=timeline(case.id),
        allowed_steps=workflow.allowed_steps(case.state),
    )


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


_ACTION_LABELS = {
    "case.open": "登记",
    "case.assess": "风险评估",
    "case.warn": "预警通报",
    "case.plan": "一事一策",
    "case.session": "调解",
    "case.fail": "调解不成",
    "case.agreement": "起草协议",
    "case.printed": "打印文书",
    "case.sign": "协议签订",
    "case.follow_up": "回访",
    "case.close": "结案",
    "case.withdraw": "撤回",
    "case.not_mediable": "不予调解",
    "case.reopen": "重新启动",
    "attachment.add": "添加附件",
}


def timeline(case_id: uuid.UUID) -> list[TimelineEntry]:
    """What happened on the case, who did it and when — read from the audit trail."""
    entries = (
        AuditEntry.select()
        .where((AuditEntry.entity == CASE_ENTITY) & (AuditEntry.entity_id == str(case_id)))
        .order_by(AuditEntry.seq)
    )
    result = []
    for entry in entries:
        payload = json.loads(entry.changes)
        extra = payload.get("extra", {})
        result.append(
            TimelineEntry(
                entry.at,
                str(extra.get("by") or entry.username),
                _ACTION_LABELS.get(entry.action, entry.action),
                str(extra.get("summary", "")),
            )
        )
    return result


def attach_to_case(actor: Actor, case_id: uuid.UUID, path: str | Path, purpose: str = "") -> AttachmentView:
    """Keep a photo, recording or scanned document with the case (shown in its timeline)."""
    permissions.require(actor, "disputes.edit")
    load_case(case_id)
    return attach_file(actor, CASE_ENTITY, case_id, path, purpose, audit_entity=(CASE_ENTITY, case_id))
