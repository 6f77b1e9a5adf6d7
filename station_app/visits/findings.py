"""A dispute found on a visit becomes a mediation case with one action, linked both ways: the
finding keeps the case id, and the case's summary names the visit; `case_origin` finds the
visit from the case.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, time

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import local_now, local_today
from station_app.core.errors import ValidationError
from station_app.core.scope import record_to_change
from station_app.core.textnorm import clean_text
from station_app.core.versioning import update_versioned
from station_app.mediation import cases
from station_app.mediation.models import DisputeCase
from station_app.residents.models import Resident
from station_app.visits.models import Visit, VisitFinding
from station_app.visits.reading import households_of
from station_app.visits.views import CaseOrigin, VisitDetail
from station_app.visits.visits import get_visit
from station_app.visits.vocab import CASE_SOURCE, DISPUTE_KIND, VISIT_ENTITY


def _load_finding(actor: Actor, finding_id: uuid.UUID | str) -> VisitFinding:
    return record_to_change(VisitFinding, finding_id, "找不到这条走访发现（可能已被删除）。")


def visit_mention(visit: Visit) -> str:
    """How the case summary names the visit, e.g. 2026-11-20 民警乌力吉走访巴特尔户、张三户时发现。"""
    titles = [household.title for household in households_of(visit.id)]
    shown = "、".join(titles[:3]) + ("等" if len(titles) > 3 else "")
    return f"{visit.visited_on.isoformat()} {visit.officer_name}走访{shown}时发现。"


def _reported_at(visit: Visit) -> datetime:
    """The case's 反映时间: the visit's day (now, for a visit today; the time of day is not kept)."""
    if visit.visited_on >= local_today():
        return local_now()
    return datetime.combine(visit.visited_on, time(12, 0))


def open_case_for_finding(
    actor: Actor,
    finding_id: uuid.UUID | str,
    expected_version: int,
    details: Mapping[str, object],
    parties: Sequence[Mapping[str, object]] = (),
) -> VisitDetail:
    """Open a mediation case (source 走访排查) from a dispute finding and link the two.

    `details`: category (required), summary (default: the finding's text), place_text. `parties`
    as mediation.cases.open_case takes them; default: the resident the finding concerns. The case
    and the link are written together: if the case is refused, nothing changes.
    """
    permissions.require(actor, "visits.edit")
    permissions.require(actor, "disputes.register")
    with db.transaction():
        finding = _load_finding(actor, finding_id)
        if finding.kind != DISPUTE_KIND:
            raise ValidationError.single("finding", "只有“矛盾纠纷”类的发现可以开立案件。")
        if finding.case_id is not None:
            case = DisputeCase.get_or_none(DisputeCase.id == finding.case_id)
            number = case.case_number if case else ""
            raise ValidationError.single("finding", f"这条发现已开立案件 {number}，不能重复开立。")
        visit = Visit.get_by_id(finding.visit_id)
        if not parties and finding.resident_id:
            parties = [{"resident_id": finding.resident_id}]
        resident = Resident.get_or_none(Resident.id == finding.resident_id) if finding.resident_id else None
        summary = clean_text(details.get("summary")) or finding.description
        case = cases.open_case(actor, {
            "source": CASE_SOURCE,
            "category": details.get("category"),
            "summary": f"{summary}（{visit_mention(visit)}）",
            "reported_at": _reported_at(visit),
            "reporter_kind": "officer",
            "reporter_name": visit.officer_name,
            "place_area_id": resident.grid_id if resident else None,
            "place_text": clean_text(details.get("place_text")) or (resident.address if resident else ""),
        }, parties)
        update_versioned(finding, expected_version, case=case.id)
        audit.record(actor, "visit.case_opened", VISIT_ENTITY, visit.id,
                     after={"finding": str(finding.id), "case_number": case.row.case_number})
    return get_visit(actor, visit.id)


def case_origin(actor: Actor, case_id: uuid.UUID | str) -> CaseOrigin | None:
    """The visit whose finding opened this case, or None (the case came from somewhere else)."""
    permissions.require(actor, "visits.view")
    finding = VisitFinding.get_or_none(
        (VisitFinding.case == case_id) & (VisitFinding.station == actor.station_id))
    if finding is None:
        return None
    visit = Visit.get_by_id(finding.visit_id)
    return CaseOrigin(
        visit.id, finding.id, visit.visited_on, visit.officer_name,
        tuple(household.title for household in households_of(visit.id)), finding.description,
    )
