"""Household visits (百万警进千万家): recording one, adding a finding later, reading them back.

A visit is one officer on one day at one or more households. People are picked from the resident
register; the household label is kept as it was on the day (the register may change later).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.errors import ValidationError
from station_app.core.masking import mask_sensitive_text
from station_app.core.scope import record_in_scope, record_to_change, scope
from station_app.core.textnorm import clean_text
from station_app.core.versioning import update_versioned
from station_app.residents.models import Resident
from station_app.visits import inputs
from station_app.visits.limits import FINDING as FINDING_LIMITS
from station_app.visits.limits import HOUSEHOLD as HOUSEHOLD_LIMIT
from station_app.visits.limits import VISIT as VISIT_LIMITS
from station_app.visits.models import Visit, VisitFinding, VisitResident
from station_app.visits.reading import finding_views, households_of, rows_for
from station_app.visits.views import VisitDetail, VisitRow, dumps
from station_app.visits.vocab import FINDING_KINDS, MAX_MATERIALS, MAX_PEOPLE_PER_VISIT, VISIT_ENTITY


def _people(actor: Actor, people: Sequence[Mapping[str, object]], problems: inputs.Problems) -> list[tuple]:
    """(resident id, household label) for each person picked; problems under "people"."""
    if not people:
        problems["people"] = "请至少选择一户走访对象（从居民中选择被走访的人）。"
        return []
    if len(people) > MAX_PEOPLE_PER_VISIT:
        problems["people"] = f"一次走访最多记录 {MAX_PEOPLE_PER_VISIT} 人，请分几次记录。"
        return []
    wanted: list[tuple[uuid.UUID, str]] = []
    for index, person in enumerate(people):
        try:
            resident_id = uuid.UUID(str(person.get("resident_id") or ""))
        except ValueError:
            problems["people"] = f"第 {index + 1} 位走访对象没有从居民中选择。"
            return []
        household = clean_text(person.get("household"))
        if len(household) > HOUSEHOLD_LIMIT:
            problems["people"] = f"第 {index + 1} 位走访对象的户名过长（最多 {HOUSEHOLD_LIMIT} 个字）。"
            return []
        wanted.append((resident_id, household))
    ids = [resident_id for resident_id, _household in wanted]
    names = dict(
        Resident.select(Resident.id, Resident.name)
        .where((Resident.id.in_(ids)) & (Resident.station == actor.station_id))
        .tuples()
    )
    missing = [index for index, resident_id in enumerate(ids) if resident_id not in names]
    if missing:
        problems["people"] = f"第 {missing[0] + 1} 位走访对象已不在居民登记中，请重新选择。"
        return []
    repeated = {resident_id for resident_id in ids if ids.count(resident_id) > 1}
    if repeated:
        problems["people"] = f"“{names[next(iter(repeated))]}”被重复添加。"
        return []
    return wanted


def _findings(actor: Actor, findings: Sequence[Mapping[str, object]], problems: inputs.Problems,
              first_number: int = 1) -> list[dict[str, object]]:
    clean = []
    for index, finding in enumerate(findings):
        number, field = index + first_number, f"findings.{index}"
        kind = clean_text(finding.get("kind"))
        description = clean_text(finding.get("description"))
        if kind not in FINDING_KINDS:
            problems[field] = f"第 {number} 条发现：请选择类别（{'、'.join(FINDING_KINDS.values())}）。"
            continue
        if not description:
            problems[field] = f"第 {number} 条发现：请写明发现的情况。"
            continue
        if len(description) > FINDING_LIMITS["description"]:
            problems[field] = f"第 {number} 条发现：{limits.too_long_message(FINDING_LIMITS['description'])}"
            continue
        resident_id = finding.get("resident_id") or None
        if resident_id and not Resident.select().where(
            (Resident.id == resident_id) & (Resident.station == actor.station_id)
        ).exists():
            problems[field] = f"第 {number} 条发现所涉及的居民已不存在。"
            continue
        clean.append({"kind": kind, "description": description, "resident": resident_id})
    return clean


def record_visit(
    actor: Actor,
    details: Mapping[str, object],
    people: Sequence[Mapping[str, object]],
    findings: Sequence[Mapping[str, object]] = (),
) -> VisitDetail:
    """Record a household visit.

    `details`: officer_id (default: the acting user), visited_on (date; default today, never in
    the future), publicity_topics (list, e.g. ["反电诈"]), materials_count, note. `people`: each
    {"resident_id": …, "household": label or ""}. `findings`: each {"kind": one of FINDING_KINDS,
    "description": …, "resident_id": optional}. Raises ValidationError naming every bad field.
    """
    permissions.require(actor, "visits.edit")
    problems: inputs.Problems = {}
    officer = inputs.officer(actor, details.get("officer_id"), "officer_id", problems, required=True)
    visited_on = inputs.past_date(details.get("visited_on"), "visited_on", "走访日期", problems)
    topics = inputs.order_topics(inputs.topics(details.get("publicity_topics"), "publicity_topics", problems))
    materials = inputs.count(details.get("materials_count"), "materials_count", "发放资料份数", MAX_MATERIALS,
                             problems)
    if materials and not topics and "materials_count" not in problems:
        problems["publicity_topics"] = "发放了宣传资料，请勾选宣传内容（如反电诈）。"
    problems.update(limits.problems(details, VISIT_LIMITS))
    wanted = _people(actor, people, problems)
    clean_findings = _findings(actor, findings, problems)
    if problems:
        raise ValidationError(problems)
    assert officer is not None and visited_on is not None
    with db.transaction():
        visit = Visit.create(
            station=actor.station_id, officer=officer.id, officer_name=officer.full_name,
            visited_on=visited_on, publicity_topics=dumps(topics), materials_count=materials,
            note=clean_text(details.get("note")), recorded_by=actor.full_name,
        )
        for position, (resident_id, household) in enumerate(wanted):
            VisitResident.create(station=actor.station_id, visit=visit.id, resident=resident_id,
                                 household=household, position=position)
        for position, finding in enumerate(clean_findings):
            VisitFinding.create(station=actor.station_id, visit=visit.id, position=position, **finding)
        audit.record(actor, "visit.record", VISIT_ENTITY, visit.id, after={
            "visited_on": visited_on.isoformat(), "officer": officer.full_name, "people": len(wanted),
            "households": len({household or resident_id for resident_id, household in wanted}),
            "findings": len(clean_findings),
            "publicity_topics": "、".join(topics), "materials_count": materials,
        })
    return get_visit(actor, visit.id)


def add_finding(actor: Actor, visit_id: uuid.UUID, expected_version: int,
                finding: Mapping[str, object]) -> VisitDetail:
    """Add something found on a visit after it was recorded (the officer remembers it later)."""
    permissions.require(actor, "visits.edit")
    with db.transaction():
        visit = record_to_change(Visit, visit_id, MISSING_VISIT)
        position = VisitFinding.select().where(VisitFinding.visit == visit.id).count()
        problems: inputs.Problems = {}
        clean = _findings(actor, [finding], problems, first_number=position + 1)
        if problems:
            raise ValidationError({"finding": next(iter(problems.values()))})
        update_versioned(visit, expected_version)
        VisitFinding.create(station=actor.station_id, visit=visit.id, position=position, **clean[0])
        audit.record(actor, "visit.finding", VISIT_ENTITY, visit.id,
                     after={"kind": clean[0]["kind"], "description": str(clean[0]["description"])[:200]})
    return get_visit(actor, visit_id)


MISSING_VISIT = "找不到这次走访记录（可能已被删除）。"


def load_visit(actor: Actor, visit_id: uuid.UUID | str, stations: Sequence[uuid.UUID] = ()) -> Visit:
    """A visit of `stations` (the actor's own by default) to read."""
    return record_in_scope(actor, Visit, visit_id, stations, MISSING_VISIT)


def list_visits(
    actor: Actor, start: date | None = None, end: date | None = None, query: str = "",
    limit: int = 200, offset: int = 0, stations: Sequence[uuid.UUID] = (),
) -> list[VisitRow]:
    """Visits newest first, between two local dates (inclusive) and matching a name or any text.
    `stations`: whose visits (the actor's own by default)."""
    permissions.require(actor, "visits.view")
    where = Visit.station.in_(scope(actor, stations))
    if start is not None:
        where &= Visit.visited_on >= start
    if end is not None:
        where &= Visit.visited_on <= end
    text = clean_text(query)
    if text:
        seen = (VisitResident.select(VisitResident.visit).join(Resident)
                .where(Resident.name.contains(text) | VisitResident.household.contains(text)))
        found = VisitFinding.select(VisitFinding.visit).where(VisitFinding.description.contains(text))
        where &= (Visit.officer_name.contains(text) | Visit.note.contains(text) | Visit.id.in_(seen)
                  | Visit.id.in_(found))
    visits = list(Visit.select().where(where)
                  .order_by(Visit.visited_on.desc(), Visit.created_at.desc(), Visit.id)
                  .offset(offset).limit(limit))
    return [_row_as_read_by(actor, row) for row in rows_for(visits)]


def _masked_reader(actor: Actor) -> bool:
    return not permissions.allowed(actor.role, "personal.view_full")


def _row_as_read_by(actor: Actor, row: VisitRow) -> VisitRow:
    """A number typed into the note masked for a reader without personal.view_full (nothing of a
    visit is edited back: findings are added, never rewritten)."""
    return replace(row, note=mask_sensitive_text(row.note)) if _masked_reader(actor) else row


def get_visit(actor: Actor, visit_id: uuid.UUID | str, stations: Sequence[uuid.UUID] = ()) -> VisitDetail:
    """The visit with its households (people grouped by household) and findings."""
    permissions.require(actor, "visits.view")
    visit = load_visit(actor, visit_id, stations)
    findings = finding_views(visit.id)
    if _masked_reader(actor):
        findings = [replace(finding, description=mask_sensitive_text(finding.description))
                    for finding in findings]
    return VisitDetail(
        row=_row_as_read_by(actor, rows_for([visit])[0]),
        officer_id=visit.officer_id,
        recorded_by=visit.recorded_by,
        households=tuple(households_of(visit.id)),
        findings=tuple(findings),
    )
