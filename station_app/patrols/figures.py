"""Patrol figures for a period: patrols, hours and km per team and per person, volunteer hours.

For the weekly summary and the patrol page. A patrol counts in the period it STARTED in (an
overnight patrol from Sunday 22:00 to Monday 02:00 belongs to the week of its Sunday), so every
patrol is counted exactly once. Hours and km come from ended patrols; one still under way is
counted as a patrol and in `in_progress`, without hours. A person's hours are the hours of the
patrols they were present on; volunteer hours are those of resident members (义警).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import peewee

from station_app.core.db import tuples
from station_app.patrols import people
from station_app.patrols.models import Patrol, PatrolFinding, PatrolMember, PatrolTeam
from station_app.patrols.people import Person
from station_app.patrols.vocab import FINDING_KINDS, SNOW_WORDS, TEAM_KINDS
from station_app.residents.models import Resident


@dataclass
class TeamFigures:
    team_id: uuid.UUID
    name: str
    kind: str
    kind_label: str
    patrols: int = 0
    hours: float = 0.0
    km: float = 0.0
    person_hours: float = 0.0  # hours × people present
    volunteer_hours: float = 0.0
    people: int = 0  # distinct people who went out with the team
    volunteers: int = 0


@dataclass
class PersonFigures:
    person_kind: str  # "account" or "resident"
    person_id: uuid.UUID
    name: str
    teams: list[str] = field(default_factory=list)
    patrols: int = 0
    hours: float = 0.0
    km: float = 0.0
    led: int = 0

    @property
    def is_volunteer(self) -> bool:
        return self.person_kind == "resident"


@dataclass
class PatrolFigures:
    start_utc: datetime
    end_utc: datetime
    patrols: int = 0
    in_progress: int = 0
    hours: float = 0.0
    km: float = 0.0
    person_hours: float = 0.0
    volunteer_hours: float = 0.0
    volunteers: int = 0  # distinct volunteers who patrolled
    people: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)  # patrol kind → count
    night: int = 0
    snow: int = 0
    findings: dict[str, int] = field(default_factory=dict)  # finding kind → count
    cases_opened: int = 0
    people_helped: int = 0
    teams: list[TeamFigures] = field(default_factory=list)
    persons: list[PersonFigures] = field(default_factory=list)

    @property
    def volunteer_persons(self) -> list[PersonFigures]:
        return [person for person in self.persons if person.is_volunteer]


def _merged(persons: set[Person]) -> dict[Person, Person]:
    """A resident merged into another record counts as that record (one person, one line)."""
    residents = [key for kind, key in persons if kind == "resident"]
    moved: dict[Person, Person] = {}
    if residents:
        query = Resident.select(Resident.id, Resident.merged_into).where(
            Resident.id.in_(residents) & Resident.merged_into.is_null(False))
        for row in query:
            moved[("resident", people.as_uuid(row.id))] = ("resident", people.as_uuid(row.merged_into_id))
    return moved


def patrol_figures(station_id: uuid.UUID | Sequence[uuid.UUID], start_utc: datetime,
                   end_utc: datetime) -> PatrolFigures:
    """The figures of patrols started in [start_utc, end_utc) (naive UTC), teams and people sorted
    by hours, most first. Five queries whatever the period."""
    result = PatrolFigures(start_utc, end_utc)
    # Plain tuples and joins on the window, not model objects and IN lists of ids: a year is
    # thousands of patrols and tens of thousands of members (bench/reports.py).
    stations = [station_id] if isinstance(station_id, uuid.UUID) else list(station_id)
    window = (Patrol.station.in_(stations)) & (Patrol.started_at >= start_utc) & (Patrol.started_at < end_utc)
    patrols = list(Patrol.select(Patrol.id, Patrol.team, Patrol.kind, Patrol.weather, Patrol.started_at,
                                 Patrol.ended_at, Patrol.distance_m).where(window).tuples())
    if not patrols:
        return result
    team_rows = {people.as_uuid(team_id): (name, kind) for team_id, name, kind in tuples(PatrolTeam.select(
        PatrolTeam.id, PatrolTeam.name, PatrolTeam.kind).where(PatrolTeam.station.in_(stations)))}
    present: dict[uuid.UUID, list[tuple[Person, bool]]] = {}
    members = (PatrolMember.select(PatrolMember.patrol, PatrolMember.account, PatrolMember.resident,
                                   PatrolMember.is_leader).join(Patrol).where(window).tuples())
    for patrol_id, account_id, resident_id, leads in tuples(members):
        person: Person = (("account", people.as_uuid(account_id)) if account_id
                          else ("resident", people.as_uuid(resident_id)))
        present.setdefault(people.as_uuid(patrol_id), []).append((person, leads))
    everyone = {person for persons in present.values() for person, _ in persons}
    moved = _merged(everyone)
    names = people.names(everyone | set(moved.values()))
    teams: dict[uuid.UUID, TeamFigures] = {}
    persons: dict[Person, PersonFigures] = {}
    team_people: dict[uuid.UUID, set[Person]] = {}
    for patrol_id, team_id, kind, weather, started_at, ended_at, distance_m in tuples(patrols):
        team_id = people.as_uuid(team_id)
        team_name, team_kind = team_rows.get(team_id, ("", ""))  # teams are the station's own
        team = teams.setdefault(team_id, TeamFigures(team_id, team_name, team_kind,
                                                     TEAM_KINDS.get(team_kind, "")))
        team.patrols += 1
        result.patrols += 1
        result.by_kind[kind] = result.by_kind.get(kind, 0) + 1
        result.night += kind == "night"
        result.snow += any(word in weather for word in SNOW_WORDS)
        if ended_at is None:
            result.in_progress += 1
            hours, km = 0.0, 0.0
        else:
            hours = (ended_at - started_at).total_seconds() / 3600
            km = (distance_m or 0) / 1000
        team.hours += hours
        team.km += km
        result.hours += hours
        result.km += km
        on_patrol: dict[Person, bool] = {}
        # a merged record and its survivor: once
        for person, leads in present.get(people.as_uuid(patrol_id), []):
            key = moved.get(person, person)
            on_patrol[key] = on_patrol.get(key, False) or leads
        for person, leads in on_patrol.items():
            figures = persons.setdefault(person, PersonFigures(person[0], person[1], names.get(person, "?")))
            if team_name not in figures.teams:
                figures.teams.append(team_name)
            figures.patrols += 1
            figures.hours += hours
            figures.km += km
            figures.led += leads
            team.person_hours += hours
            result.person_hours += hours
            if person[0] == "resident":
                team.volunteer_hours += hours
                result.volunteer_hours += hours
            team_people.setdefault(team_id, set()).add(person)
    for team_id, members in team_people.items():
        teams[team_id].people = len(members)
        teams[team_id].volunteers = sum(1 for kind, _ in tuples(members) if kind == "resident")
    result.people = len(persons)
    result.volunteers = sum(1 for kind, _ in persons if kind == "resident")
    _count_findings(result, window)
    result.teams = sorted(teams.values(), key=lambda team: (-team.hours, team.name))
    result.persons = sorted(persons.values(), key=lambda person: (-person.hours, person.name))
    _round(result)
    return result


def _count_findings(result: PatrolFigures, window: peewee.Expression) -> None:
    result.findings = dict.fromkeys(FINDING_KINDS, 0)
    query = (PatrolFinding.select(PatrolFinding.kind, PatrolFinding.case, PatrolFinding.people_helped)
             .join(Patrol).where(window).tuples())
    for kind, case_id, helped in tuples(query):
        result.findings[kind] = result.findings.get(kind, 0) + 1
        result.cases_opened += case_id is not None
        result.people_helped += helped or 0


def _round(result: PatrolFigures) -> None:
    """Two decimals: sums of many small floats print as 12.500000000000002 otherwise."""
    for holder in (result, *result.teams, *result.persons):
        for name in ("hours", "km", "person_hours", "volunteer_hours"):
            if hasattr(holder, name):
                setattr(holder, name, round(getattr(holder, name), 2))
