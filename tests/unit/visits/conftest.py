"""A station with one village, a few residents in two households and two officers, built through
the real services; visits and events recorded the way the page records them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from station_app.accounts.service import create_account
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.residents import areas, service
from station_app.visits import outreach, visits
from station_app.visits.views import EventDetail, VisitDetail


@dataclass
class Place:
    actor: Actor
    officer_id: uuid.UUID
    other_officer_id: uuid.UUID
    village_id: uuid.UUID
    grid_id: uuid.UUID
    people: dict[str, uuid.UUID]


# name, household as the register has it ("" = none recorded)
PEOPLE = (("巴特尔·额尔敦", "巴特尔户"), ("乌云其木格", "巴特尔户"), ("张三", ""), ("李四", ""),
          ("阿拉坦仓", "阿拉坦仓户"))


def build_place(actor: Actor) -> Place:
    town = areas.create_area(actor, "town", "高力板镇")
    village = areas.create_area(actor, "village", "查干陶勒盖嘎查", town.id)
    grid = areas.create_area(actor, "grid", "第1网格", village.id)
    people = {}
    for name, household in PEOPLE:
        view = service.create_resident(actor, {"name": name, "household": household, "grid_id": grid.id,
                                               "address": "高力板镇查干陶勒盖嘎查3组"})
        people[name] = view.id
    officer = create_account(actor, "wulij", "乌力吉", "officer", "Police2026")
    other = create_account(actor, "saren", "萨仁", "auxiliary", "Police2026")
    return Place(actor, officer.id, other.id, village.id, grid.id, people)


@pytest.fixture
def place(admin) -> Place:
    """On SQLite and on PostgreSQL."""
    return build_place(admin)


@pytest.fixture
def sqlite_place(sqlite_admin) -> Place:
    return build_place(sqlite_admin)


def days_ago(days: int) -> date:
    return local_today() - timedelta(days=days)


class OnTheDay:
    """A date `days` ago counted from the day the test RUNS. Parametrize values are built when the
    tests are collected: a run that crosses midnight in Beijing would otherwise send yesterday's
    "tomorrow" — today — and expect it refused."""

    def __init__(self, days: int) -> None:
        self.days = days

    def __repr__(self) -> str:
        return f"days_ago({self.days})"

    @staticmethod
    def resolved(details: dict) -> dict:
        return {key: days_ago(value.days) if isinstance(value, OnTheDay) else value
                for key, value in details.items()}


TOMORROW = OnTheDay(-1)


def new_visit(place: Place, names: tuple[str, ...] = ("巴特尔·额尔敦", "乌云其木格", "张三"),
              findings: tuple[dict, ...] = (), **details) -> VisitDetail:
    register = dict(PEOPLE)
    return visits.record_visit(
        place.actor,
        {"officer_id": place.officer_id, "visited_on": days_ago(1), "publicity_topics": ["反电诈"],
         "materials_count": 3, **details},
        [{"resident_id": place.people[name], "household": register[name]} for name in names],
        list(findings),
    )


def dispute(place: Place, name: str = "张三") -> dict:
    return {"kind": "dispute", "description": "与邻居李四因院墙边界争吵，扬言要推倒院墙。",
            "resident_id": place.people[name]}


def new_event(place: Place, **details) -> EventDetail:
    return outreach.record_event(place.actor, {
        "held_on": days_ago(2), "place_area_id": place.village_id, "place_text": "嘎查委员会院内",
        "audience": 80, "topics": ["反电诈", "防范养老诈骗"], "officer_id": place.officer_id, **details,
    })
