"""Reading the patrol log back: list rows (a page at a time) and the page of one patrol.

A list page costs a fixed handful of queries whatever its length: patrols with their teams, the
people on them, their places, their finding counts.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import peewee

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.db import tuples
from station_app.core.errors import NotFound
from station_app.core.masking import mask_sensitive_text
from station_app.core.scope import scope
from station_app.mediation.models import DisputeCase
from station_app.patrols import people
from station_app.patrols.models import Patrol, PatrolArea, PatrolFinding, PatrolMember, PatrolTeam
from station_app.patrols.views import CaseLink, FindingView, PatrolDetail, PatrolPerson, PatrolRow
from station_app.patrols.vocab import FINDING_KINDS, PATROL_KINDS
from station_app.residents.models import Area

Village = Area.alias("village")
Town = Area.alias("town")


def people_on(patrol_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[PatrolPerson]]:
    rows = list(PatrolMember.select().where(PatrolMember.patrol.in_(patrol_ids)))
    persons = [people.person_of(row) for row in rows]
    names = people.names(persons)
    found: dict[uuid.UUID, list[PatrolPerson]] = {}
    for row, person in zip(rows, persons, strict=True):
        found.setdefault(people.as_uuid(row.patrol_id), []).append(
            PatrolPerson(person[0], person[1], names.get(person, "?"), row.is_leader))
    for persons_on_patrol in found.values():
        persons_on_patrol.sort(key=lambda p: (not p.is_leader, p.is_volunteer, p.name))
    return found


def _area_paths(patrol_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[uuid.UUID, str, str]]]:
    """patrol → [(area id, its name, "镇 / 嘎查 / 网格")] in the order entered."""
    query = (
        PatrolArea.select(PatrolArea.patrol, Area.id, Area.name, Village.name.alias("village_name"),
                          Town.name.alias("town_name"))
        .join(Area, on=(PatrolArea.area == Area.id))
        .join(Village, peewee.JOIN.LEFT_OUTER, on=(Area.parent == Village.id))
        .join(Town, peewee.JOIN.LEFT_OUTER, on=(Village.parent == Town.id))
        .where(PatrolArea.patrol.in_(patrol_ids))
        .order_by(PatrolArea.position)
        .tuples()
    )
    found: dict[uuid.UUID, list[tuple[uuid.UUID, str, str]]] = {}
    for patrol_id, area_id, name, village, town in tuples(query):
        path = " / ".join(part for part in (town, village, name) if part)
        found.setdefault(people.as_uuid(patrol_id), []).append((people.as_uuid(area_id), name, path))
    return found


def _finding_counts(patrol_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    query = (PatrolFinding.select(PatrolFinding.patrol, peewee.fn.COUNT(PatrolFinding.id))
             .where(PatrolFinding.patrol.in_(patrol_ids)).group_by(PatrolFinding.patrol).tuples())
    return {people.as_uuid(patrol_id): count for patrol_id, count in tuples(query)}


def _rows(patrols: list[Patrol]) -> list[PatrolRow]:
    ids = [patrol.id for patrol in patrols]
    if not ids:
        return []
    members, areas, counts = people_on(ids), _area_paths(ids), _finding_counts(ids)
    rows = []
    for patrol in patrols:
        on_patrol = members.get(patrol.id, [])
        leader = next((person.name for person in on_patrol if person.is_leader), "")
        place_names = "、".join(name for _id, name, _path in areas.get(patrol.id, []))
        places = " · ".join(part for part in (place_names, patrol.route) if part)
        rows.append(PatrolRow(
            patrol.id, patrol.team_id, patrol.team.name, patrol.kind,
            PATROL_KINDS.get(patrol.kind, patrol.kind), patrol.started_at, patrol.ended_at, leader,
            len(on_patrol), sum(1 for person in on_patrol if person.is_volunteer), places,
            tuple(word for word in patrol.weather.split("|") if word), patrol.temperature_c,
            patrol.distance_m, counts.get(patrol.id, 0), patrol.version, patrol.station_id,
        ))
    return rows


def list_patrols(actor: Actor, start_utc: datetime | None = None, end_utc: datetime | None = None,
                 team_id: uuid.UUID | None = None, in_progress: bool | None = None, limit: int = 500,
                 offset: int = 0, stations: Sequence[uuid.UUID] = ()) -> list[PatrolRow]:
    """Patrols that started in [start_utc, end_utc), newest first; optionally of one team, or only
    those still under way (in_progress=True) or ended (False). `stations`: whose patrols (the
    actor's own by default)."""
    permissions.require(actor, "patrols.view")
    where = Patrol.station.in_(scope(actor, stations))
    if start_utc is not None:
        where &= Patrol.started_at >= start_utc
    if end_utc is not None:
        where &= Patrol.started_at < end_utc
    if team_id is not None:
        where &= Patrol.team == team_id
    if in_progress is not None:
        where &= Patrol.ended_at.is_null(in_progress)
    patrols = list(Patrol.select(Patrol, PatrolTeam).join(PatrolTeam).where(where)
                   .order_by(Patrol.started_at.desc(), Patrol.id).offset(offset).limit(limit))
    return _rows(patrols)


def findings_of(patrol_ids: list[uuid.UUID]) -> list[FindingView]:
    query = (PatrolFinding.select(PatrolFinding, Area.name.alias("area_name"),
                                  DisputeCase.case_number.alias("case_number"))
             .join(Area, peewee.JOIN.LEFT_OUTER, on=(PatrolFinding.place_area == Area.id))
             .switch(PatrolFinding)
             .join(DisputeCase, peewee.JOIN.LEFT_OUTER, on=(PatrolFinding.case == DisputeCase.id))
             .where(PatrolFinding.patrol.in_(patrol_ids))
             .order_by(PatrolFinding.found_at, PatrolFinding.created_at)
             .objects())
    return [
        FindingView(row.id, people.as_uuid(row.patrol_id), row.kind, FINDING_KINDS.get(row.kind, row.kind),
                    row.found_at, row.place_area_id,
                    " ".join(part for part in (row.area_name or "", row.place_text) if part),
                    row.description, row.handling, row.people_helped, row.case_id, row.case_number or "",
                    row.recorded_by)
        for row in query
    ]


def get_patrol(actor: Actor, patrol_id: uuid.UUID, stations: Sequence[uuid.UUID] = ()) -> PatrolDetail:
    """Everything on a patrol's page (a patrol of `stations`, the actor's own by default)."""
    permissions.require(actor, "patrols.view")
    patrol = Patrol.select(Patrol, PatrolTeam).join(PatrolTeam).where(Patrol.id == patrol_id).first()
    if patrol is None or (actor.station_id is not None and patrol.station_id not in scope(actor, stations)):
        raise NotFound("找不到这条巡逻记录。")
    row = _rows([patrol])[0]
    # A number written in the note, masked like the findings; update_patrol puts it back.
    may_see_full = permissions.allowed(actor.role, "personal.view_full")
    return PatrolDetail(
        row=row,
        people=people_on([patrol.id]).get(patrol.id, []),
        areas=[(area_id, path) for area_id, _name, path in _area_paths([patrol.id]).get(patrol.id, [])],
        route=patrol.route,
        vehicles=patrol.vehicles,
        note=patrol.note if may_see_full else mask_sensitive_text(patrol.note),
        started_by=patrol.started_by,
        ended_by=patrol.ended_by,
        entered_afterwards=patrol.entered_afterwards,
        findings=_findings_as_read_by(actor, findings_of([patrol.id])),
    )


def _findings_as_read_by(actor: Actor, findings: list[FindingView]) -> list[FindingView]:
    """A number written in a finding masked for a reader without personal.view_full (findings are
    added, never edited back)."""
    if permissions.allowed(actor.role, "personal.view_full"):
        return findings
    return [replace(finding, description=mask_sensitive_text(finding.description),
                    handling=mask_sensitive_text(finding.handling)) for finding in findings]


def finding_for_case(actor: Actor, case_id: uuid.UUID) -> CaseLink | None:
    """The patrol finding a dispute case was opened from, if any (the other half of the link)."""
    permissions.require(actor, "patrols.view")
    row = (PatrolFinding.select(PatrolFinding, Patrol, PatrolTeam)
           .join(Patrol).join(PatrolTeam)
           .where(PatrolFinding.case == case_id).first())
    if row is None:
        return None
    return CaseLink(people.as_uuid(row.case_id), row.id, row.patrol.id, row.patrol.team.name,
                    row.patrol.started_at, row.found_at)
