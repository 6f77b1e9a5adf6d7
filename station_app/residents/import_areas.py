"""Where an imported row's town / village / grid names lead: existing areas, or areas to create.

Everything is resolved in memory against one read of the station's areas, so a preview can show
the areas an import would create without writing them; `create_planned` then makes them.

Rules (a resident belongs to a grid; the tree is town → village → grid):
- Names are looked up under their parent; a missing one is planned under that parent.
- A village named without a town, or a grid without a village, is the station's only area of
  that kind with that name if there is exactly one; with none it is planned under the placeholder
  town 未分镇 (and village 未分村); with several the row is refused (the name is ambiguous).
- A town without a village gets the village 未分村; a village without a grid gets the grid
  未分网格 — the person keeps the place the file gives instead of losing it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from station_app.core.db import tuples
from station_app.core.textnorm import clean_text, half_width
from station_app.residents.areas import find_or_create_area
from station_app.residents.models import Area

UNASSIGNED = {"town": "未分镇", "village": "未分村", "grid": "未分网格"}
_LIMIT = 100
_SEPARATOR = " / "


class AreaProblem(ValueError):
    """The row's place names cannot be resolved; the message names the column's problem."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class _Node:
    id: uuid.UUID
    kind: str
    name: str
    parent: uuid.UUID | None
    planned: bool


class AreaPlan:
    """The station's areas plus those an import needs; ids of planned areas are placeholders."""

    def __init__(self, station_id: uuid.UUID) -> None:
        self.station_id = station_id
        self._nodes: dict[uuid.UUID, _Node] = {}
        self._by_parent: dict[tuple[uuid.UUID | None, str], uuid.UUID] = {}
        self._by_kind: dict[tuple[str, str], list[uuid.UUID]] = {}
        self._cache: dict[tuple[str, str, str], uuid.UUID | None] = {}
        query = Area.select(Area.id, Area.kind, Area.name, Area.parent).where(Area.station == station_id)
        for area_id, kind, name, parent in tuples(query):
            self._add(_Node(_as_uuid(area_id), kind, name, _as_uuid(parent) if parent else None, False))

    def _add(self, node: _Node) -> uuid.UUID:
        self._nodes[node.id] = node
        self._by_parent[(node.parent, node.name)] = node.id
        self._by_kind.setdefault((node.kind, node.name), []).append(node.id)
        return node.id

    def _child(self, kind: str, name: str, parent: uuid.UUID | None) -> uuid.UUID:
        found = self._by_parent.get((parent, name))
        if found is not None:
            return found
        return self._add(_Node(uuid.uuid4(), kind, name, parent, True))

    def _unique(self, kind: str, name: str, field: str) -> uuid.UUID | None:
        candidates = self._by_kind.get((kind, name), [])
        if len(candidates) > 1:
            above = "镇/苏木" if kind == "village" else "村/嘎查"
            raise AreaProblem(field, f"本所有多个名为“{name}”的区域，无法确定是哪一个；"
                                     f"请同时填写所属{above}。")
        return candidates[0] if candidates else None

    def _placeholder(self, kind: str) -> uuid.UUID:
        town = self._child("town", UNASSIGNED["town"], None)
        return town if kind == "town" else self._child("village", UNASSIGNED["village"], town)

    def resolve(self, town: object, village: object, grid: object) -> uuid.UUID | None:
        """The grid (existing or planned) for the row's names; None if it names no place.

        Raises AreaProblem (name too long or ambiguous).
        """
        names = tuple(_area_name(value, field) for value, field in
                      ((town, "town"), (village, "village"), (grid, "grid")))
        if names in self._cache:
            return self._cache[names]
        town_name, village_name, grid_name = names
        town_id = self._child("town", town_name, None) if town_name else None
        village_id = None
        if village_name:
            village_id = (self._child("village", village_name, town_id) if town_id
                          else self._unique("village", village_name, "village")
                          or self._child("village", village_name, self._placeholder("town")))
        elif town_id:
            village_id = self._child("village", UNASSIGNED["village"], town_id)
        grid_id = None
        if grid_name:
            grid_id = (self._child("grid", grid_name, village_id) if village_id
                       else self._unique("grid", grid_name, "grid")
                       or self._child("grid", grid_name, self._placeholder("village")))
        elif village_id:
            grid_id = self._child("grid", UNASSIGNED["grid"], village_id)
        self._cache[names] = grid_id
        return grid_id

    def path(self, area_id: uuid.UUID) -> str:
        parts = []
        node: _Node | None = self._nodes[area_id]
        while node is not None:
            parts.append(node.name)
            node = self._nodes.get(node.parent) if node.parent else None
        return _SEPARATOR.join(reversed(parts))

    def needed(self, grid_ids: set[uuid.UUID]) -> list[uuid.UUID]:
        """The planned areas that `grid_ids` need (themselves and their planned ancestors),
        parents before children."""
        wanted: set[uuid.UUID] = set()
        for grid_id in grid_ids:
            node = self._nodes.get(grid_id)
            while node is not None and node.planned and node.id not in wanted:
                wanted.add(node.id)
                node = self._nodes.get(node.parent) if node.parent else None
        order = {"town": 0, "village": 1, "grid": 2}
        return sorted(wanted, key=lambda key: (order[self._nodes[key].kind], self.path(key)))

    def new_area_paths(self, planned: list[uuid.UUID]) -> list[str]:
        """"高力板镇 / 查干陶勒盖嘎查 / 第1网格" for each new area not already named by a new child."""
        paths = [self.path(area_id) for area_id in planned]
        return sorted(path for path in paths
                      if not any(other.startswith(path + _SEPARATOR) for other in paths))

    def create_planned(self, planned: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
        """Inside the import's transaction: create the planned areas; placeholder id → real id."""
        real: dict[uuid.UUID, uuid.UUID] = {}
        for key in planned:
            node = self._nodes[key]
            parent = real.get(node.parent, node.parent) if node.parent else None
            area, _ = find_or_create_area(self.station_id, node.kind, node.name, parent)
            real[key] = _as_uuid(area.id)
        return real


def _area_name(value: object, field: str) -> str:
    # Area names (unlike people's names) are normalised: "第１网格" and "第1网格" are one grid.
    name = half_width(clean_text(_text(value)))
    if len(name) > _LIMIT:
        raise AreaProblem(field, f"名称过长（最多 {_LIMIT} 个字）。")
    return name


def _text(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
