"""A station with one village's areas, officers, resident volunteers and two teams, built through
the real services (on SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from station_app.accounts.service import create_account
from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.patrols import service, teams
from station_app.patrols.views import PatrolDetail, TeamView
from station_app.residents import areas
from station_app.residents import service as residents


@dataclass
class Scene:
    actor: Actor
    town: uuid.UUID
    village: uuid.UUID
    grid: uuid.UUID
    officer: uuid.UUID  # account 崔鑫龙's colleague 王警官
    auxiliary: uuid.UUID
    volunteers: dict[str, uuid.UUID] = field(default_factory=dict)
    team: TeamView | None = None  # 红城义警: 王警官 leads, 巴特尔·额尔敦 and 乌云其木格
    other: TeamView | None = None  # 雪城义警: 萨仁 leads

    def member(self, name: str, team: TeamView | None = None) -> uuid.UUID:
        return next(member.id for member in (team or self.team).members if member.name == name)

    def patrol(self, hours_ago: float = 5, length: float | None = 3, **details) -> PatrolDetail:
        """A patrol of 红城义警 that started `hours_ago` (entered afterwards when it has a length)."""
        start = local_now() - timedelta(hours=hours_ago)
        values = {"team_id": self.team.id, "kind": "routine", "started_at": start,
                  "members": [self.member("王警官"), self.member("巴特尔·额尔敦")],
                  "area_ids": [self.village], "route": "村道—草场围栏", **details}
        if length is None:
            return service.start_patrol(self.actor, values)
        values.setdefault("ended_at", start + timedelta(hours=length))
        return service.log_patrol(self.actor, values)


def build_scene(actor: Actor) -> Scene:
    town = areas.create_area(actor, "town", "高力板镇")
    village = areas.create_area(actor, "village", "查干陶勒盖嘎查", town.id)
    grid = areas.create_area(actor, "grid", "第1网格", village.id)
    officer = create_account(actor, "wangjg", "王警官", "officer", "Pass12345")
    auxiliary = create_account(actor, "lifj", "李辅警", "auxiliary", "Pass12345")
    scene = Scene(actor, town.id, village.id, grid.id, officer.id, auxiliary.id)
    for name, phone in (("巴特尔·额尔敦", "13904821234"), ("乌云其木格", ""), ("萨仁", "")):
        scene.volunteers[name] = residents.create_resident(
            actor, {"name": name, "phone": phone, "grid_id": grid.id}).id
    scene.team = teams.create_team(
        actor, {"name": "红城义警", "kind": "volunteer"},
        [{"account_id": officer.id, "is_leader": True},
         {"resident_id": scene.volunteers["巴特尔·额尔敦"]},
         {"resident_id": scene.volunteers["乌云其木格"]}])
    scene.other = teams.create_team(
        actor, {"name": "雪城义警", "kind": "volunteer"},
        [{"resident_id": scene.volunteers["萨仁"], "is_leader": True}, {"account_id": auxiliary.id}])
    return scene


@pytest.fixture
def scene(admin) -> Scene:
    return build_scene(admin)


@pytest.fixture
def sqlite_scene(sqlite_admin) -> Scene:
    return build_scene(sqlite_admin)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text)
