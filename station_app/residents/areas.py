"""Use cases for the area tree (town → village/gacha/community → grid) and the grid roles."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.errors import NotFound, ValidationError
from station_app.residents.limits import AREA as AREA_LIMITS
from station_app.residents.limits import GRID_ROLE as GRID_ROLE_LIMITS
from station_app.residents.models import AREA_KINDS, CHILD_KIND, GRID_ROLES, Area, GridRole


@dataclass(frozen=True)
class AreaNode:
    id: uuid.UUID
    kind: str
    name: str
    code: str
    parent_id: uuid.UUID | None
    children: tuple[AreaNode, ...] = ()

    @property
    def kind_label(self) -> str:
        return AREA_KINDS.get(self.kind, self.kind)


def area_tree(station_id: uuid.UUID) -> list[AreaNode]:
    """All towns with their villages and grids, sorted by name (one query)."""
    rows = list(Area.select().where(Area.station == station_id).order_by(Area.name))
    by_parent: dict[uuid.UUID | None, list[Area]] = {}
    for row in rows:
        by_parent.setdefault(row.parent_id, []).append(row)

    def build(row: Area) -> AreaNode:
        children = tuple(build(child) for child in by_parent.get(row.id, []))
        return AreaNode(row.id, row.kind, row.name, row.code, row.parent_id, children)

    return [build(row) for row in by_parent.get(None, [])]


def _upwards(area_id: uuid.UUID | None) -> Iterator[Area]:
    """The area, then each area above it (a loop in the parent links ends the walk)."""
    seen: set[uuid.UUID] = set()
    while area_id is not None and area_id not in seen:
        seen.add(area_id)
        area = Area.get_or_none(Area.id == area_id)
        if area is None:
            return
        yield area
        area_id = area.parent_id


def area_path(area_id: uuid.UUID | None) -> str:
    """The area with the areas above it, town first: "高力板镇 / 查干陶勒盖嘎查 / 查干陶勒盖嘎查第1网格"."""
    return " / ".join(reversed([area.name for area in _upwards(area_id)]))


def enclosing_name(area_id: uuid.UUID | None, kinds: tuple[str, ...] = ("village", "town")) -> str:
    """The name of the nearest area of one of `kinds` at or above `area_id`, trying the kinds in
    order (the village of a grid cell, else its town); "" when there is none."""
    found: dict[str, str] = {}
    for area in _upwards(area_id):
        found.setdefault(area.kind, area.name)
    return next((found[kind] for kind in kinds if kind in found), "")


def grid_ids_under(area_id: uuid.UUID) -> list[uuid.UUID]:
    """The grid cells inside an area (itself, if it is a grid)."""
    area = Area.get_or_none(Area.id == area_id)
    if area is None:
        raise NotFound("找不到该区域。")
    frontier, grids = [area], []
    while frontier:
        current = frontier.pop()
        if current.kind == "grid":
            grids.append(current.id)
        else:
            frontier.extend(Area.select().where(Area.parent == current.id))
    return grids


def _validate_area(kind: str, name: str, parent: Area | None, code: str = "") -> None:
    expected = (
        CHILD_KIND[parent.kind if parent else None] if (parent is None or parent.kind != "grid") else None
    )
    if expected is None:
        raise ValidationError.single("parent", "网格下不能再建下级区域。")
    if kind != expected:
        raise ValidationError.single("kind", f"此处只能添加{AREA_KINDS[expected]}。")
    if not name:
        raise ValidationError.single("name", "请填写名称。")
    limits.check({"name": name, "code": code}, AREA_LIMITS)


def find_or_create_area(
    station_id: uuid.UUID, kind: str, name: str, parent_id: uuid.UUID | None, code: str = ""
) -> tuple[Area, bool]:
    """Inside a running transaction: the area by name under its parent, created if missing."""
    parent = Area.get_by_id(parent_id) if parent_id else None
    name = name.strip()
    existing = Area.get_or_none(
        (Area.station == station_id)
        & (Area.name == name)
        & (Area.parent.is_null() if parent is None else Area.parent == parent.id)
    )
    if existing:
        return existing, False
    _validate_area(kind, name, parent, code)
    return Area.create(station=station_id, kind=kind, name=name, code=code.strip(), parent=parent), True


def create_area(
    actor: Actor, kind: str, name: str, parent_id: uuid.UUID | None = None, code: str = ""
) -> AreaNode:
    """Add a town, a village under a town, or a grid under a village. Same name twice is refused."""
    permissions.require(actor, "residents.edit")
    with db.transaction():
        parent = Area.get_or_none(Area.id == parent_id) if parent_id else None
        name = name.strip()
        if (
            Area.select()
            .where(
                (Area.station == actor.station_id)
                & (Area.name == name)
                & (Area.parent.is_null() if parent is None else Area.parent == parent.id)
            )
            .exists()
        ):
            raise ValidationError.single("name", f"“{name}”已存在。")
        _validate_area(kind, name, parent, code)
        area = Area.create(station=actor.station_id, kind=kind, name=name, code=code.strip(), parent=parent)
        audit.record(
            actor,
            "area.create",
            "area",
            area.id,
            None,
            {"kind": kind, "name": name, "code": area.code, "parent": str(parent_id or "")},
        )
    return AreaNode(area.id, kind, name, area.code, parent_id)


@dataclass(frozen=True)
class GridRoleView:
    id: uuid.UUID
    role: str
    role_label: str
    person_name: str
    resident_id: uuid.UUID | None
    account_id: uuid.UUID | None
    building: str
    unit: str


def grid_roles(grid_id: uuid.UUID) -> list[GridRoleView]:
    from station_app.accounts.models import Account
    from station_app.residents.models import Resident

    rows = (
        GridRole.select(
            GridRole.id, GridRole.role, GridRole.resident, GridRole.account, GridRole.building,
            GridRole.unit, Resident.name.alias("resident_name"), Account.full_name.alias("account_name"),
        )
        .join(Resident, join_type=peewee.JOIN.LEFT_OUTER, on=(GridRole.resident == Resident.id))
        .switch(GridRole)
        .join(Account, join_type=peewee.JOIN.LEFT_OUTER, on=(GridRole.account == Account.id))
        .where(GridRole.grid == grid_id)
        .order_by(GridRole.role, GridRole.building, GridRole.unit)
        .dicts()
    )
    return [
        GridRoleView(
            _as_uuid(row["id"]), row["role"], GRID_ROLES[row["role"]],
            row["resident_name"] or row["account_name"] or "",
            _as_uuid(row["resident"]) if row["resident"] else None,
            _as_uuid(row["account"]) if row["account"] else None,
            row["building"], row["unit"],
        )
        for row in rows
    ]


def _as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def assign_grid_role(
    actor: Actor,
    grid_id: uuid.UUID,
    role: str,
    *,
    resident_id: uuid.UUID | None = None,
    account_id: uuid.UUID | None = None,
    building: str = "",
    unit: str = "",
) -> GridRoleView:
    """Record a grid worker, building head or unit head — a resident or an account, not both."""
    permissions.require(actor, "residents.edit")
    problems = {}
    if role not in GRID_ROLES:
        problems["role"] = "请选择：" + "、".join(GRID_ROLES.values())
    if (resident_id is None) == (account_id is None):
        problems["person"] = "请选择一位居民或一个账户。"
    if role == "building_head" and not building.strip():
        problems["building"] = "楼栋长须填写楼栋。"
    if role == "unit_head" and not (building.strip() and unit.strip()):
        problems["unit"] = "单元长须填写楼栋和单元。"
    problems.update(limits.problems({"building": building, "unit": unit}, GRID_ROLE_LIMITS))
    if problems:
        raise ValidationError(problems)
    with db.transaction():
        grid = Area.get_or_none(Area.id == grid_id)
        if grid is None or grid.kind != "grid":
            raise ValidationError.single("grid", "请选择一个网格。")
        row = GridRole.create(
            station=actor.station_id,
            grid=grid.id,
            role=role,
            resident=resident_id,
            account=account_id,
            building=building.strip(),
            unit=unit.strip(),
        )
        audit.record(
            actor,
            "grid_role.assign",
            "grid_role",
            row.id,
            None,
            {
                "grid": grid.name,
                "role": role,
                "resident": str(resident_id or ""),
                "account": str(account_id or ""),
                "building": row.building,
                "unit": row.unit,
            },
        )
    return next(view for view in grid_roles(grid_id) if view.id == row.id)


def remove_grid_role(actor: Actor, grid_role_id: uuid.UUID) -> None:
    permissions.require(actor, "residents.edit")
    with db.transaction():
        row = GridRole.get_or_none(GridRole.id == grid_role_id)
        if row is None:
            raise NotFound("该任职记录已不存在。")
        row.delete_instance()
        audit.record(
            actor,
            "grid_role.remove",
            "grid_role",
            grid_role_id,
            {"role": row.role, "grid": str(row.grid_id)},
            None,
        )
