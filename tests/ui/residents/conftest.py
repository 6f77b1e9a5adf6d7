"""A small registry for the residents UI tests: two grids in one village and a few people."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from station_app.core.actor import Actor
from station_app.residents import areas, service
from station_app.residents.areas import AreaNode


@dataclass
class Registry:
    actor: Actor
    town: AreaNode
    village: AreaNode
    grid_one: AreaNode
    grid_two: AreaNode
    ids: dict[str, object]


PEOPLE = (
    # name, ID number, phone, grid
    ("包音德力格尔", "152222199001011233", "13912345678", "grid_one"),
    ("张三", "11010519491231002X", "13800001111", "grid_one"),
    ("单田芳", "440524188001010014", "", "grid_two"),
    ("巴特尔·额尔敦", "", "0482-7654321", "grid_two"),
    ("张三丰", "", "", None),
)


@pytest.fixture
def registry(sqlite_admin) -> Registry:
    actor = sqlite_admin
    town = areas.create_area(actor, "town", "高力板镇")
    village = areas.create_area(actor, "village", "查干陶勒盖嘎查", town.id)
    grid_one = areas.create_area(actor, "grid", "第1网格", village.id)
    grid_two = areas.create_area(actor, "grid", "第2网格", village.id)
    grids = {"grid_one": grid_one.id, "grid_two": grid_two.id, None: None}
    ids = {}
    for name, id_number, phone, grid in PEOPLE:
        view = service.create_resident(actor, {"name": name, "id_number": id_number, "phone": phone,
                                               "grid_id": grids[grid]})
        ids[name] = view.id
    return Registry(actor, town, village, grid_one, grid_two, ids)


def actor_with_role(registry: Registry, role: str) -> Actor:
    """An account of `role` at the station (created through the accounts service)."""
    from station_app.accounts import service as accounts

    info = accounts.create_account(registry.actor, f"user_{role}", f"测试{role}", role, "Test12345")
    return Actor(info.id, info.username, info.full_name, info.role, registry.actor.station_id)
