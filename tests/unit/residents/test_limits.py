"""5,000 pasted characters are never stored: every text field of a resident, an area and a grid
role has a limit, refused by the service naming the field with the usual message; nothing is written."""

from __future__ import annotations

import pytest

from station_app.core.errors import ValidationError
from station_app.residents import areas, limits, service
from station_app.residents.models import Area, GridRole, Resident

PASTED = "长" * 5000


@pytest.mark.parametrize("field", [*limits.RESIDENT, "tags"])
def test_a_resident_field_over_its_limit_is_refused(sqlite_admin, field: str) -> None:
    # the name too: its pinyin keys are never worked out for 5,000 characters (all the memory)
    raw = {"name": "张三", field: PASTED}
    with pytest.raises(ValidationError) as caught:
        service.create_resident(sqlite_admin, raw)
    limit = limits.TAG if field == "tags" else limits.RESIDENT[field]
    assert caught.value.errors[field] == f"内容过长（最多 {limit} 个字）。"
    assert Resident.select().count() == 0


def test_a_name_at_its_limit_is_kept(sqlite_admin) -> None:
    view = service.create_resident(sqlite_admin, {"name": "长" * limits.RESIDENT["name"]})
    assert len(view.name) == limits.RESIDENT["name"]


def test_an_edit_over_the_limit_leaves_the_resident_as_it_was(sqlite_admin) -> None:
    view = service.create_resident(sqlite_admin, {"name": "李四", "notes": "低保户"})
    with pytest.raises(ValidationError) as caught:
        service.update_resident(sqlite_admin, view.id, view.version, {"name": "李四", "notes": PASTED})
    assert caught.value.errors["notes"] == "内容过长（最多 2000 个字）。"
    assert Resident.get_by_id(view.id).notes == "低保户"


@pytest.mark.parametrize("field", ["name", "code"])
def test_an_area_field_over_its_limit_is_refused(sqlite_admin, field: str) -> None:
    values = {"name": "高力板镇", "code": "", field: PASTED}
    with pytest.raises(ValidationError) as caught:
        areas.create_area(sqlite_admin, "town", values["name"], code=values["code"])
    assert caught.value.errors[field] == f"内容过长（最多 {limits.AREA[field]} 个字）。"
    assert Area.select().count() == 0


@pytest.mark.parametrize("field", ["building", "unit"])
def test_a_grid_role_field_over_its_limit_is_refused(sqlite_admin, field: str) -> None:
    town = areas.create_area(sqlite_admin, "town", "高力板镇")
    village = areas.create_area(sqlite_admin, "village", "查干陶勒盖嘎查", town.id)
    grid = areas.create_area(sqlite_admin, "grid", "第1网格", village.id)
    person = service.create_resident(sqlite_admin, {"name": "巴特尔"})
    place = {"building": "3栋", "unit": "1单元", field: PASTED}
    with pytest.raises(ValidationError) as caught:
        areas.assign_grid_role(sqlite_admin, grid.id, "unit_head", resident_id=person.id, **place)
    assert caught.value.errors[field] == "内容过长（最多 32 个字）。"
    assert GridRole.select().count() == 0
