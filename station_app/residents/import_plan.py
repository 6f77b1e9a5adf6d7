"""Deciding, row by row, what an import does: reject, create, update or leave unchanged.

The plan is computed without writing anything, so `preview_import` and `run_import` share it and
the preview shows exactly what the import will do.

Matching (within the station, active residents only):
- A row with an ID number matches the resident with that number.
- A row without one matches a resident with the same name, birth date (both may be empty) and
  grid, and never changes that resident's ID number. Two such residents: the row is refused.
- An update changes only the fields the file gives: a mapped column left empty keeps what is
  stored (spreadsheets have gaps; an empty cell is not an instruction to erase). Birth date and
  gender read from a valid ID number count as given.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from station_app.core.errors import StationError, ValidationError
from station_app.residents.fields import ResidentFields, check_fields
from station_app.residents.import_areas import AreaPlan, AreaProblem
from station_app.residents.import_source import FIELD_LABELS, SourceTable
from station_app.residents.models import Resident
from station_app.residents.pinyin import name_search_keys

AREA_FIELDS = ("town", "village", "grid")
_RAW_FIELDS = ("id_number", "phone", "birth_date")  # reach check_fields as the cell holds them
# The Resident columns an import may set (grid from the town/village/grid columns).
COMPARED = ("name", "gender", "ethnicity", "birth_date", "phone", "household", "address", "grid",
            "building", "unit", "relation_to_head", "tags", "notes")
_POLL_EVERY = 256
_FETCH = 500

Progress = Callable[[float, str], None]


class ImportCancelled(StationError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("导入已取消，数据库未作任何改动。")


REASON_PART = 120


@dataclass
class RejectedRow:
    """A row the import refused. The reason's parts quote the bad values; a part longer than
    REASON_PART keeps its start and end (the hint) around "…", so a pasted page in one cell does
    not become a page of reason in the preview and the rejects file."""

    row_number: int
    reason: str
    values: list[object]

    def __post_init__(self) -> None:
        self.reason = "；".join(_shorten(part) for part in self.reason.split("；"))


def _shorten(part: str) -> str:
    if len(part) <= REASON_PART:
        return part
    half = (REASON_PART - 1) // 2
    return part[:half] + "…" + part[-half:]


@dataclass
class Update:
    row_number: int
    resident_id: uuid.UUID
    version: int
    before: dict[str, object]
    after: dict[str, object]


@dataclass
class Plan:
    new: list[ResidentFields] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[RejectedRow] = field(default_factory=list)  # imported all the same
    new_areas: list[str] = field(default_factory=list)
    planned_areas: list[uuid.UUID] = field(default_factory=list)


@dataclass
class _Row:
    number: int
    values: list[object]
    fields: ResidentFields
    given: set[str]


def check_mapping(mapping: Mapping[int, str], headers: list[str]) -> None:
    """Raises ValidationError (key "mapping") for unknown fields, a field mapped twice, or no name."""
    problems = []
    seen: dict[str, int] = {}
    for index, name in mapping.items():
        if name not in FIELD_LABELS:
            problems.append(f"未知的字段：{name}")
        elif not 0 <= index < len(headers):
            problems.append(f"第 {index + 1} 列不存在")
        elif name in seen:
            columns = f"{_column(headers, seen[name])}、{_column(headers, index)}"
            problems.append(f"“{FIELD_LABELS[name]}”对应了两列：{columns}")
        else:
            seen[name] = index
    if "name" not in seen:
        problems.append("请指定哪一列是“姓名”。")
    if problems:
        raise ValidationError.single("mapping", "；".join(problems))


def _column(headers: list[str], index: int) -> str:
    """How a reason names a column: “公民身份号码”列, or 第 F 列 when its header is blank."""
    from openpyxl.utils.cell import get_column_letter

    header = headers[index] if 0 <= index < len(headers) else ""
    return f"“{header}”列" if header else f"第 {get_column_letter(index + 1)} 列"


def _text(value: object) -> object:
    """A cell as text fields take it: 3.0 → "3", a date cell → "2023-02-22"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def stored(fields: ResidentFields, given: set[str]) -> dict[str, object]:
    """The stored values of the given fields, in Resident's column names."""
    values: dict[str, object] = {}
    for name in COMPARED:
        source = "grid_id" if name == "grid" else name
        if source in given:
            value = getattr(fields, source)
            values[name] = "|".join(value) if name == "tags" else value
    return values


class Planner:
    """One pass over `source` with `mapping` (checked first: ValidationError) → a Plan.

    Reads the station's areas and the residents the rows may match; writes nothing. `run` polls
    `cancelled` every few hundred rows and raises ImportCancelled.
    """

    def __init__(self, station_id: uuid.UUID, source: SourceTable, mapping: Mapping[int, str],
                 progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        check_mapping(mapping, source.headers)
        self.station_id = station_id
        self.source = source
        self.mapping = dict(mapping)
        self.columns = {name: index for index, name in self.mapping.items()}
        self.progress = progress or (lambda fraction, message: None)
        self.cancelled = cancelled or (lambda: False)
        self.areas = AreaPlan(station_id)
        self.plan = Plan()
        self.plan_rows: list[_Row] = []  # rows that become a new resident or match one
        self._places: dict[tuple[object, ...], uuid.UUID | AreaProblem | None] = {}

    def poll(self, fraction: float, message: str) -> None:
        if self.cancelled():
            raise ImportCancelled()
        self.progress(fraction, message)

    def reason(self, problems: Mapping[str, str]) -> str:
        parts = []
        for name, message in problems.items():
            index = self.columns.get(name)
            label = _column(self.source.headers, index) if index is not None else f"“{FIELD_LABELS[name]}”列"
            parts.append(f"{label}：{message}")
        return "；".join(parts)

    def run(self, start: float = 0.0, end: float = 1.0) -> Plan:
        rows = self.source.rows
        total = max(len(rows), 1)
        checked: list[_Row] = []
        for position, (number, values) in enumerate(rows):
            if position % _POLL_EVERY == 0:
                self.poll(start + (end - start) * 0.8 * position / total, f"检查第 {position + 1}/{total} 行")
            row = self._check(number, values)
            if row is not None:
                checked.append(row)
        self.poll(start + (end - start) * 0.8, "比对已登记的居民")
        self._match(checked)
        self.plan.rejected.sort(key=lambda rejected: rejected.row_number)
        used = {row.fields.grid_id for row in self.plan_rows}
        self.plan.planned_areas = self.areas.needed({key for key in used if key is not None})
        self.plan.new_areas = self.areas.new_area_paths(self.plan.planned_areas)
        self.poll(end, "检查完毕")
        return self.plan

    def _check(self, number: int, values: list[object]) -> _Row | None:
        raw: dict[str, Any] = {}
        given: set[str] = set()
        for index, name in self.mapping.items():
            value = values[index]
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            raw[name] = value if name in _RAW_FIELDS or isinstance(value, str) else _text(value)
            given.add(name)
        fields, problems = check_fields(raw)
        if not problems and not given.isdisjoint(AREA_FIELDS):
            place = self._place(tuple(raw.get(name) for name in AREA_FIELDS))
            if isinstance(place, AreaProblem):
                problems = {place.field: str(place)}
            else:
                fields.grid_id = place
                given.add("grid_id")
        if problems:
            self.plan.rejected.append(RejectedRow(number, self.reason(problems), values))
            return None
        given |= fields.filled_from_id
        if fields.warnings:
            self.plan.warnings.append(RejectedRow(number, self.reason(fields.warnings), values))
        return _Row(number, values, fields, given)

    def _place(self, names: tuple[object, ...]) -> uuid.UUID | AreaProblem | None:
        # A register repeats a few hundred place names over 100k rows: resolve each spelling once.
        if names not in self._places:
            try:
                self._places[names] = self.areas.resolve(*names)
            except AreaProblem as exc:
                self._places[names] = exc
        return self._places[names]

    def _match(self, rows: list[_Row]) -> None:
        by_id = self._existing_by_id([row.fields.id_number for row in rows if row.fields.id_number])
        by_key = self._existing_by_key({row.fields.name for row in rows if not row.fields.id_number})
        first_row: dict[object, int] = {}
        for row in rows:
            fields = row.fields
            key: object = fields.id_number or ("key", fields.name, fields.birth_date, fields.grid_id)
            if key in first_row:
                self._reject(row, f"与第{first_row[key]}行身份证号重复" if fields.id_number else
                             f"与第{first_row[key]}行重复（姓名、出生日期、网格相同，且都没有身份证号）")
                continue
            first_row[key] = row.number
            if fields.id_number:
                candidates = [by_id[fields.id_number]] if fields.id_number in by_id else []
            else:
                candidates = by_key.get((fields.name, fields.birth_date, fields.grid_id), [])
            if len(candidates) > 1:
                self._reject(row, f"本所已有 {len(candidates)} 位姓名、出生日期、网格相同的居民，"
                                  "无法确定是哪一位；请填写身份证号")
                continue
            self.plan_rows.append(row)
            if not candidates:
                self.plan.new.append(fields)
                continue
            existing = candidates[0]
            if existing["id"] in first_row:
                self._reject(row, f"与第{first_row[existing['id']]}行指向同一位已登记的居民")
                self.plan_rows.pop()
                continue
            first_row[existing["id"]] = row.number
            self._compare(row, existing)

    def _reject(self, row: _Row, reason: str) -> None:
        self.plan.rejected.append(RejectedRow(row.number, reason, row.values))

    def _compare(self, row: _Row, existing: dict[str, Any]) -> None:
        after = stored(row.fields, row.given)
        changed = {name: value for name, value in after.items() if existing[name] != value}
        if not changed:
            self.plan.unchanged += 1
            return
        before = {name: existing[name] for name in changed}
        if "name" in changed:
            changed["name_keys"] = name_search_keys(str(changed["name"]))
        if "phone" in changed:
            changed["phone_reversed"] = str(changed["phone"])[::-1]
        self.plan.updates.append(Update(row.number, existing["id"], existing["version"], before, changed))

    def _active(self) -> Any:
        return (Resident.station == self.station_id) & Resident.merged_into.is_null()

    def _fetch(self, column: Any, keys: list[Any]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for start in range(0, len(keys), _FETCH):
            self.poll_quiet()
            query = Resident.select().where(self._active() & column.in_(keys[start:start + _FETCH]))
            for row in query.dicts():
                row["id"] = _uuid(row["id"])
                row["grid"] = _uuid(row["grid"]) if row["grid"] else None
                found.append(row)
        return found

    def poll_quiet(self) -> None:
        if self.cancelled():
            raise ImportCancelled()

    def _existing_by_id(self, numbers: list[str | None]) -> dict[str, dict[str, Any]]:
        return {row["id_number"]: row for row in self._fetch(Resident.id_number, sorted(set(numbers)))}

    def _existing_by_key(self, names: set[str]) -> dict[tuple[object, ...], list[dict[str, Any]]]:
        grouped: dict[tuple[object, ...], list[dict[str, Any]]] = {}
        for row in self._fetch(Resident.name, sorted(names)):
            grouped.setdefault((row["name"], row["birth_date"], row["grid"]), []).append(row)
        return grouped


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
