"""Patrol teams (巡逻队): name, kind, leader, members (accounts and resident volunteers), active flag.

A member who leaves a team is kept, inactive: the patrols they walked still name them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.errors import NotFound, ValidationError
from station_app.core.scope import record_to_change, scope
from station_app.core.textnorm import clean_text
from station_app.core.versioning import update_versioned
from station_app.patrols import people
from station_app.patrols.limits import TEAM as TEAM_LIMITS
from station_app.patrols.models import PatrolTeam, TeamMember
from station_app.patrols.people import Person
from station_app.patrols.views import MemberView, TeamView
from station_app.patrols.vocab import TEAM_KINDS

TEAM_ENTITY = "patrol_team"


def _check_details(actor: Actor, details: Mapping[str, object], team_id: uuid.UUID | None) -> dict:
    name, kind = clean_text(details.get("name")), clean_text(details.get("kind"))
    problems: dict[str, str] = {}
    if not name:
        problems["name"] = "请填写巡逻队名称，如：红城义警。"
    elif len(name) > TEAM_LIMITS["name"]:
        problems.update(limits.problems({"name": name}, TEAM_LIMITS))
    else:
        same = PatrolTeam.select().where((PatrolTeam.station == actor.station_id) & (PatrolTeam.name == name))
        if team_id is not None:
            same = same.where(PatrolTeam.id != team_id)
        if same.exists():
            problems["name"] = f"已有名为“{name}”的巡逻队。"
    if kind not in TEAM_KINDS:
        problems["kind"] = "请选择队伍类型：" + "、".join(TEAM_KINDS.values())
    problems.update(limits.problems({"note": details.get("note")}, TEAM_LIMITS))
    if problems:
        raise ValidationError(problems)
    return {"name": name, "kind": kind, "note": clean_text(details.get("note")),
            "active": bool(details.get("active", True))}


def _check_members(actor: Actor, members: Sequence[Mapping[str, object]]) -> tuple[list[Person], Person]:
    """The members as people (registering new volunteers) and the leader among them."""
    if not members:
        raise ValidationError.single("members", "请至少添加一名队员（含队长）。")
    resolved = [people.resolve(actor, item, index) for index, item in enumerate(members)]
    if len(set(resolved)) != len(resolved):
        raise ValidationError.single("members", "同一人被重复添加为队员。")
    leaders = [person for person, item in zip(resolved, members, strict=True) if item.get("is_leader")]
    if len(leaders) != 1:
        raise ValidationError.single(
            "leader", "请指定一名队长。" if not leaders else "一个队只能有一名队长。"
        )
    return resolved, leaders[0]


def create_team(actor: Actor, details: Mapping[str, object],
                members: Sequence[Mapping[str, object]]) -> TeamView:
    """A new team. `details`: name, kind (police/volunteer/joint/border), note, active.
    `members`: each {"account_id"} / {"resident_id"} / {"resident": {…}} with "is_leader" on one.
    Raises ValidationError naming each bad field."""
    permissions.require(actor, "patrols.edit")
    with db.transaction():
        values = _check_details(actor, details, None)
        resolved, leader = _check_members(actor, members)
        team = PatrolTeam.create(station=actor.station_id, **values)
        for kind, key in resolved:
            TeamMember.create(station=actor.station_id, team=team.id, is_leader=(kind, key) == leader,
                              **{kind: key})
        audit.record(actor, "team.create", TEAM_ENTITY, team.id, None,
                     {**values, "members": len(resolved), "leader": _name(leader)})
    return get_team(actor, team.id)


def update_team(actor: Actor, team_id: uuid.UUID, expected_version: int, details: Mapping[str, object],
                members: Sequence[Mapping[str, object]]) -> TeamView:
    """Change the team and its member list. People left out stay on record as former members;
    someone added back is active again. Raises ConflictError if the team changed meanwhile."""
    permissions.require(actor, "patrols.edit")
    with db.transaction():
        team = _load(team_id)
        before = {"name": team.name, "kind": team.kind, "note": team.note, "active": team.active}
        values = _check_details(actor, details, team.id)
        resolved, leader = _check_members(actor, members)
        update_versioned(team, expected_version, **values)
        rows = TeamMember.select().where(TeamMember.team == team.id)
        existing = {people.person_of(row): row for row in rows}
        for person in resolved:
            row = existing.get(person)
            if row is None:
                TeamMember.create(station=actor.station_id, team=team.id, is_leader=person == leader,
                                  **{person[0]: person[1]})
            else:
                (TeamMember.update(active=True, is_leader=person == leader)
                 .where(TeamMember.id == row.id).execute())
        gone = [row.id for person, row in existing.items() if person not in set(resolved)]
        if gone:
            TeamMember.update(active=False, is_leader=False).where(TeamMember.id.in_(gone)).execute()
        audit.record(actor, "team.update", TEAM_ENTITY, team.id, before,
                     {**values, "members": len(resolved), "leader": _name(leader), "left": len(gone)})
    return get_team(actor, team.id)


def set_team_active(actor: Actor, team_id: uuid.UUID, expected_version: int, active: bool) -> TeamView:
    """Stop (or resume) a team: a stopped team takes no new patrols; its record stays."""
    permissions.require(actor, "patrols.edit")
    with db.transaction():
        team = _load(team_id)
        before = team.active
        update_versioned(team, expected_version, active=active)
        audit.record(actor, "team.active", TEAM_ENTITY, team.id, {"active": before}, {"active": active})
    return get_team(actor, team.id)


def _name(person: Person) -> str:
    return people.names([person]).get(person, "")


def _load(team_id: uuid.UUID) -> PatrolTeam:
    return record_to_change(PatrolTeam, team_id, "找不到该巡逻队。")


def _views(teams: list[PatrolTeam]) -> list[TeamView]:
    rows = list(TeamMember.select().where(TeamMember.team.in_([team.id for team in teams])))
    persons = [people.person_of(row) for row in rows]
    names, details = people.names(persons), people.details(persons)
    by_team: dict[uuid.UUID, list[MemberView]] = {}
    for row, person in zip(rows, persons, strict=True):
        by_team.setdefault(people.as_uuid(row.team_id), []).append(
            MemberView(row.id, person[0], person[1], names.get(person, "?"), details.get(person, ""),
                       row.is_leader, row.active))
    for members in by_team.values():
        # leader first, then officers, then volunteers, each by name; former members last
        members.sort(key=lambda m: (not m.active, not m.is_leader, m.is_volunteer, m.name))
    return [TeamView(team.id, team.name, team.kind, TEAM_KINDS.get(team.kind, team.kind), team.active,
                     team.note, by_team.get(team.id, []), team.version) for team in teams]


def get_team(actor: Actor, team_id: uuid.UUID) -> TeamView:
    permissions.require(actor, "patrols.view")
    team = PatrolTeam.get_or_none(PatrolTeam.id == team_id)
    if team is None:
        raise NotFound("找不到该巡逻队。")
    return _views([team])[0]


def list_teams(actor: Actor, include_inactive: bool = True,
               stations: Sequence[uuid.UUID] = ()) -> list[TeamView]:
    """The teams of `stations` (the actor's own by default), active first, by name, with members."""
    permissions.require(actor, "patrols.view")
    query = PatrolTeam.select().where(PatrolTeam.station.in_(scope(actor, stations)))
    if not include_inactive:
        query = query.where(PatrolTeam.active == True)  # noqa: E712 (peewee expression)
    teams = list(query.order_by(PatrolTeam.active.desc(), PatrolTeam.name))
    return _views(teams) if teams else []


def find_team(actor: Actor, name: str) -> TeamView:
    """A team by its exact name (the command line names teams)."""
    permissions.require(actor, "patrols.view")
    where = (PatrolTeam.station == actor.station_id) & (PatrolTeam.name == name.strip())
    team = PatrolTeam.get_or_none(where)
    if team is None:
        raise NotFound(f"找不到名为“{name}”的巡逻队。")
    return _views([team])[0]
