"""A station with one village, a few residents (one household of two) and an officer, and the
visits page built for the administrator, who has an account and so is the default officer."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from station_app.accounts.service import create_account
from station_app.core.actor import Actor
from station_app.residents import areas, service


@dataclass
class Station:
    actor: Actor
    village_id: object
    people: dict[str, object]
    officer_id: object


@pytest.fixture
def station(sqlite_admin) -> Station:
    actor = sqlite_admin
    town = areas.create_area(actor, "town", "高力板镇")
    village = areas.create_area(actor, "village", "查干陶勒盖嘎查", town.id)
    grid = areas.create_area(actor, "grid", "第1网格", village.id)
    people = {}
    for name, household, id_number in (("巴特尔·额尔敦", "巴特尔户", "152222196802150037"),
                                       ("乌云其木格", "巴特尔户", ""), ("李四", "", ""),
                                       ("阿拉坦仓", "", "152222198503120013")):
        view = service.create_resident(actor, {"name": name, "household": household, "grid_id": grid.id,
                                               "id_number": id_number})
        people[name] = view.id
    officer = create_account(actor, "wulij", "乌力吉", "officer", "Police2026")
    return Station(actor, village.id, people, officer.id)


@pytest.fixture
def visits_page(qtbot, station):
    from ui.visits.page import VisitsPage

    page = VisitsPage(station.actor)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page
