"""What a patrol found: hazards, disputes, 社情民意 notes, people (or wildlife) helped.

A dispute found on patrol is registered as a mediation case in the same step (source 巡逻发现):
the finding points at the case, and `reading.finding_for_case` leads from the case back.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from station_app.accounts import permissions
from station_app.accounts.models import Account
from station_app.audit import chain as audit
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.clock import format_local, local_now, to_local, utcnow
from station_app.core.errors import ValidationError
from station_app.core.scope import record_to_change
from station_app.core.textnorm import clean_text
from station_app.mediation import cases
from station_app.patrols import inputs, people
from station_app.patrols.limits import FINDING as FINDING_LIMITS
from station_app.patrols.models import Patrol, PatrolFinding, PatrolMember
from station_app.patrols.reading import findings_of
from station_app.patrols.service import PATROL_ENTITY
from station_app.patrols.views import FindingView
from station_app.patrols.vocab import CASE_SOURCE, FINDING_KINDS
from station_app.residents.models import Area

# The case's own field names → the finding form's (the form shows one message per field).
_CASE_FIELDS = {"summary": "description", "place_area_id": "place_area_id", "category": "category",
                "reported_at": "found_at", "source": "kind"}


def _found_at(raw: object, patrol: Patrol, problems: dict[str, str]) -> datetime:
    if not raw and patrol.ended_at is not None:
        problems["found_at"] = "请填写发现时间。"
        return utcnow()
    found = inputs.moment(raw or local_now(), "found_at", "发现时间", problems)
    if found is None or "found_at" in problems:
        return found or utcnow()
    end = patrol.ended_at or utcnow()
    slack = inputs.CLOCK_SLACK
    if not patrol.started_at - slack <= found <= end + slack:
        until = format_local(patrol.ended_at) if patrol.ended_at else "现在"
        problems["found_at"] = f"发现时间须在这次巡逻期间（{format_local(patrol.started_at)} 至 {until}）。"
    return found


def _people_helped(raw: object, problems: dict[str, str]) -> int:
    if raw in (None, ""):
        return 0
    try:
        count = int(str(raw).strip())
    except ValueError:
        problems["people_helped"] = "帮扶人数请填写整数。"
        return 0
    if count < 0:
        problems["people_helped"] = "帮扶人数不能为负数。"
        return 0
    return count


def _reporter(actor: Actor, patrol: Patrol) -> tuple[str, str]:
    """(reporter kind, name) of the patrol's leader, who reports what the patrol found: a resident
    member is a volunteer (义警), an account an officer or auxiliary by its role. Without a
    leader, the person recording it."""
    leader = PatrolMember.get_or_none((PatrolMember.patrol == patrol.id) & (PatrolMember.is_leader == True))  # noqa: E712
    if leader is None:
        return ("auxiliary" if actor.role == "auxiliary" else "officer"), actor.full_name
    person = people.person_of(leader)
    name = people.names([person]).get(person, "")
    if person[0] == "resident":
        return "volunteer", name
    account = Account.get_or_none(Account.id == person[1])
    return ("auxiliary" if account is not None and account.role == "auxiliary" else "officer"), name


def add_finding(actor: Actor, patrol_id: uuid.UUID, details: Mapping[str, object],
                parties: Sequence[Mapping[str, object]] = ()) -> FindingView:
    """Record a finding. `details`: kind (hazard/dispute/opinion/help), found_at (local; default
    now while the patrol is under way), place_area_id, place_text, description, handling,
    people_helped. A dispute also needs `category` and `parties` (as open_case takes them): its case
    is opened in the same transaction, so either both are saved or neither. Raises ValidationError
    naming each bad field."""
    permissions.require(actor, "patrols.edit")
    kind = clean_text(details.get("kind"))
    if kind == "dispute":
        permissions.require(actor, "disputes.register")
    with db.transaction():
        patrol = record_to_change(Patrol, patrol_id, "找不到这条巡逻记录。")
        problems: dict[str, str] = {}
        if kind not in FINDING_KINDS:
            problems["kind"] = "请选择发现类型：" + "、".join(FINDING_KINDS.values())
        found_at = _found_at(details.get("found_at"), patrol, problems)
        description = clean_text(details.get("description"))
        if not description:
            problems["description"] = "请写明发现的情况。"
        helped = _people_helped(details.get("people_helped"), problems)
        problems.update(limits.problems(details, FINDING_LIMITS))
        area_id = details.get("place_area_id") or None
        if area_id and not Area.select().where(Area.id == area_id).exists():
            problems["place_area_id"] = "所选地点已不存在。"
        if kind == "dispute" and not parties:
            problems["parties"] = "矛盾纠纷须添加至少一位当事人（将据此登记纠纷案件）。"
        if problems:
            raise ValidationError(problems)
        place_text, handling = clean_text(details.get("place_text")), clean_text(details.get("handling"))
        case_id = None
        if kind == "dispute":
            case_id = _open_case(actor, patrol, details, parties, found_at, area_id, place_text, description)
        finding = PatrolFinding.create(
            station=actor.station_id, patrol=patrol.id, kind=kind, found_at=found_at, place_area=area_id,
            place_text=place_text, description=description, handling=handling, people_helped=helped,
            case=case_id, recorded_by=actor.full_name,
        )
        audit.record(actor, "patrol.finding", PATROL_ENTITY, patrol.id, None,
                     {"finding": str(finding.id), "kind": kind, "description": description[:200],
                      "case": str(case_id) if case_id else None})
    return next(view for view in findings_of([patrol.id]) if view.id == finding.id)


def _open_case(actor: Actor, patrol: Patrol, details: Mapping[str, object],
               parties: Sequence[Mapping[str, object]], found_at: datetime, area_id: object,
               place_text: str, description: str) -> uuid.UUID:
    """open_case with source 巡逻发现, reported by the patrol's leader (义警 or 民警/辅警); its
    messages are re-keyed to the finding form's fields."""
    reporter_kind, reporter_name = _reporter(actor, patrol)
    try:
        case = cases.open_case(
            actor,
            {"source": CASE_SOURCE, "category": details.get("category"), "summary": description,
             "reported_at": to_local(found_at).replace(tzinfo=None), "reporter_kind": reporter_kind,
             "reporter_name": reporter_name or actor.full_name, "place_area_id": area_id,
             "place_text": place_text},
            parties,
        )
    except ValidationError as exc:
        raise ValidationError(
            {_CASE_FIELDS.get(key, key): message for key, message in exc.errors.items()}) from exc
    return case.id
