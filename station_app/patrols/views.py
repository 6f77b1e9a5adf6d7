"""Plain read objects for the patrol ledger: teams, patrol list rows, a patrol's page, findings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class MemberView:
    """A member of a team: an account (民警/辅警) or a resident volunteer (义警)."""

    id: uuid.UUID  # the membership
    person_kind: str  # "account" or "resident"
    person_id: uuid.UUID
    name: str
    detail: str  # the account's role, or the volunteer's village and masked phone
    is_leader: bool
    active: bool

    @property
    def is_volunteer(self) -> bool:
        return self.person_kind == "resident"


@dataclass(frozen=True)
class TeamView:
    id: uuid.UUID
    name: str
    kind: str
    kind_label: str
    active: bool
    note: str
    members: list[MemberView]
    version: int

    @property
    def leader(self) -> MemberView | None:
        return next((member for member in self.members if member.is_leader and member.active), None)

    @property
    def active_members(self) -> list[MemberView]:
        return [member for member in self.members if member.active]


@dataclass(frozen=True)
class PatrolRow:
    id: uuid.UUID
    team_id: uuid.UUID
    team_name: str
    kind: str
    kind_label: str
    started_at: datetime
    ended_at: datetime | None
    leader_name: str
    member_count: int
    volunteer_count: int
    places: str  # area names and route, for the list
    weather: tuple[str, ...]
    temperature_c: int | None
    distance_m: int | None
    findings: int
    version: int
    station_id: uuid.UUID | None = None  # whose record (a county database holds many)

    @property
    def in_progress(self) -> bool:
        return self.ended_at is None

    @property
    def seconds(self) -> int | None:
        if self.ended_at is None:
            return None
        return int((self.ended_at - self.started_at).total_seconds())

    @property
    def hours(self) -> float | None:
        seconds = self.seconds
        return None if seconds is None else seconds / 3600

    @property
    def distance_km(self) -> float | None:
        return None if self.distance_m is None else self.distance_m / 1000

    @property
    def weather_text(self) -> str:
        return "、".join(self.weather)


@dataclass(frozen=True)
class PatrolPerson:
    person_kind: str
    person_id: uuid.UUID
    name: str
    is_leader: bool

    @property
    def is_volunteer(self) -> bool:
        return self.person_kind == "resident"


@dataclass(frozen=True)
class FindingView:
    id: uuid.UUID
    patrol_id: uuid.UUID
    kind: str
    kind_label: str
    found_at: datetime
    place_area_id: uuid.UUID | None
    place: str
    description: str
    handling: str
    people_helped: int
    case_id: uuid.UUID | None
    case_number: str
    recorded_by: str


@dataclass(frozen=True)
class PatrolDetail:
    row: PatrolRow
    people: list[PatrolPerson]
    areas: list[tuple[uuid.UUID, str]]  # (area id, "镇 / 嘎查 / 网格")
    route: str
    vehicles: str
    note: str
    started_by: str
    ended_by: str
    entered_afterwards: bool
    findings: list[FindingView] = field(default_factory=list)

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version

    @property
    def leader(self) -> PatrolPerson | None:
        return next((person for person in self.people if person.is_leader), None)


@dataclass(frozen=True)
class CaseLink:
    """Where a dispute case came from when a patrol found it (the case page shows it)."""

    case_id: uuid.UUID
    finding_id: uuid.UUID
    patrol_id: uuid.UUID
    team_name: str
    patrol_started_at: datetime
    found_at: datetime
