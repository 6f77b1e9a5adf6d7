"""Reading visits back in a few queries a page: list rows, households, findings with their cases."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from station_app.core.db import tuples
from station_app.mediation.models import DisputeCase
from station_app.mediation.vocab import STATES
from station_app.residents.models import Resident
from station_app.residents.views import views_by_ids
from station_app.visits.models import Visit, VisitFinding, VisitResident
from station_app.visits.views import FindingView, Household, VisitedPerson, VisitRow, loads
from station_app.visits.vocab import DISPUTE_KIND, FINDING_KINDS


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def household_key(resident_id: object, label: str) -> str:
    """Who counts as one household: the label the officer kept, else the person alone."""
    return f"户:{label}" if label else f"人:{_uuid(resident_id)}"


def rows_for(visits: Sequence[Visit]) -> list[VisitRow]:
    """List rows for these visits (in their order): two queries whatever the page size."""
    if not visits:
        return []
    ids = [visit.id for visit in visits]
    names: dict[uuid.UUID, list[str]] = {}
    keys: dict[uuid.UUID, set[str]] = {}
    people = (VisitResident.select(VisitResident.visit, VisitResident.resident, VisitResident.household,
                                   Resident.name)
              .join(Resident).where(VisitResident.visit.in_(ids)).order_by(VisitResident.position).tuples())
    for visit_id, resident_id, household, name in tuples(people):
        names.setdefault(_uuid(visit_id), []).append(name)
        keys.setdefault(_uuid(visit_id), set()).add(household_key(resident_id, household))
    counts: dict[uuid.UUID, tuple[int, int]] = {}
    for visit_id, kind in tuples(VisitFinding.select(VisitFinding.visit, VisitFinding.kind).where(
            VisitFinding.visit.in_(ids))):
        total, disputes = counts.get(_uuid(visit_id), (0, 0))
        counts[_uuid(visit_id)] = (total + 1, disputes + (kind == DISPUTE_KIND))
    return [
        VisitRow(
            visit.id, visit.visited_on, visit.officer_name, len(keys.get(visit.id, ())),
            "、".join(names.get(visit.id, [])), *counts.get(visit.id, (0, 0)),
            tuple(loads(visit.publicity_topics)), visit.materials_count, visit.note, visit.version,
            visit.station_id,
        )
        for visit in visits
    ]


def households_of(visit_id: uuid.UUID) -> list[Household]:
    """The people seen, grouped by household in the order they were picked."""
    rows = list(VisitResident.select().where(VisitResident.visit == visit_id)
                .order_by(VisitResident.position))
    views = {view.id: view for view in views_by_ids([row.resident_id for row in rows])}
    groups: dict[str, tuple[str, list[VisitedPerson]]] = {}
    for row in rows:
        view = views.get(_uuid(row.resident_id))
        if view is None:
            continue
        details = "  ".join(part for part in (view.gender, view.id_masked, view.place) if part)
        person = VisitedPerson(view.id, view.name, details, view.address)
        key = household_key(row.resident_id, row.household)
        groups.setdefault(key, (row.household, []))[1].append(person)
    return [Household(label, tuple(people)) for label, people in groups.values()]


def finding_views(visit_id: uuid.UUID) -> list[FindingView]:
    rows = list(VisitFinding.select().where(VisitFinding.visit == visit_id).order_by(VisitFinding.position))
    resident_ids = [row.resident_id for row in rows if row.resident_id]
    names = dict(Resident.select(Resident.id, Resident.name).where(Resident.id.in_(resident_ids)).tuples()) \
        if resident_ids else {}
    case_ids = [row.case_id for row in rows if row.case_id]
    linked = DisputeCase.select(DisputeCase.id, DisputeCase.case_number, DisputeCase.state).where(
        DisputeCase.id.in_(case_ids))
    cases = {case_id: (number, state) for case_id, number, state in tuples(linked)} if case_ids else {}
    views = []
    for row in rows:
        number, state = cases.get(row.case_id, ("", ""))
        views.append(FindingView(
            row.id, row.kind, FINDING_KINDS.get(row.kind, row.kind), row.description, row.resident_id,
            names.get(row.resident_id, ""), row.case_id, number, STATES.get(state, state), row.version,
        ))
    return views
