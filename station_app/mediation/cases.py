"""Registering a dispute. Reading cases back (list, case page, timeline) lives in reading.py."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from station_app.accounts import permissions
from station_app.attachments.service import AttachmentView, attach_file
from station_app.audit import chain as audit
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.clock import from_local, local_now, utcnow
from station_app.core.errors import ValidationError
from station_app.core.textnorm import clean_text
from station_app.mediation import numbering
from station_app.mediation.limits import CASE as CASE_LIMITS
from station_app.mediation.limits import PARTY as PARTY_LIMITS
from station_app.mediation.models import (
    CaseParty,
    DisputeCase,
)
from station_app.mediation.reading import (  # noqa: F401 (the reading API, re-exported for callers)
    CASE_ENTITY,
    agreement_view,
    find_case,
    get_case,
    list_cases,
    load_case,
    timeline,
)
from station_app.mediation.views import (
    CaseDetail,
)
from station_app.mediation.vocab import CATEGORIES, REPORTER_KINDS, SOURCES
from station_app.residents import service as residents
from station_app.residents.areas import Area
from station_app.residents.models import Resident


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
    limits.check(details, CASE_LIMITS)
    for index, party in enumerate(parties):
        found = limits.problems(party, PARTY_LIMITS)
        if found:
            raise ValidationError({f"parties.{index}.{key}": f"第 {index + 1} 位当事人：{message}"
                                   for key, message in found.items()})
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
        sequence = numbering.next_sequence(actor.home, "case", local_year)
        case = DisputeCase.create(
            station=actor.station_id,
            year=local_year,
            sequence=sequence,
            case_number=numbering.formatted("case", actor.home, local_year, sequence),
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
            happened=reported_at,
        )
    return get_case(actor, case.id)


def audit_case(
    actor: Actor,
    action: str,
    case_id: uuid.UUID,
    summary: str,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    happened: datetime | date | None = None,
) -> None:
    """The one audit entry of a case step; its summary and the actor's name feed the timeline, and
    `happened` (stored UTC, or a day) when the event took place at another time than its entry."""
    extra = {"summary": summary[:300], "by": actor.full_name}
    if happened is not None:
        extra["happened"] = happened.isoformat()
    audit.record(actor, action, CASE_ENTITY, case_id, before, after, extra=extra)


def _default_role(position: int) -> str:
    return "甲方" if position == 0 else "乙方" if position == 1 else f"第{position + 1}方"


def attach_to_case(actor: Actor, case_id: uuid.UUID, path: str | Path, purpose: str = "") -> AttachmentView:
    """Keep a photo, recording or scanned document with the case (shown in its timeline)."""
    permissions.require(actor, "disputes.edit")
    load_case(case_id)
    return attach_file(actor, CASE_ENTITY, case_id, path, purpose, audit_entity=(CASE_ENTITY, case_id))
