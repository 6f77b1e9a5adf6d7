"""Search as you type over residents: Chinese substring, pinyin, initials, ID or phone suffix.

Measured on 100k residents (see bench/residents_search.py): a `LIKE '%x%'` scan of one short
column costs ~10 ms on SQLite, so names and pinyin keys are scanned directly (FTS5 trigram misses
1-2 character Chinese queries, the common case for Chinese names). ID and phone suffixes use
reversed columns with an index range, since `LIKE '%1234'` cannot use an index.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import peewee

from station_app.core import db
from station_app.core.textnorm import half_width
from station_app.residents.areas import grid_ids_under
from station_app.residents.models import Resident
from station_app.residents.views import ResidentView, views_by_ids

_DIGITS = re.compile(r"^\d{3,17}[0-9Xx]?$")
_LATIN = re.compile(r"^[a-z]+$")


@dataclass(frozen=True)
class ParsedQuery:
    kind: str  # "all", "digits", "pinyin", "chinese"
    text: str


def parse_query(query: str) -> ParsedQuery:
    text = half_width(query).strip()
    compact = re.sub(r"[\s'·]", "", text).lower()
    if not compact:
        return ParsedQuery("all", "")
    if _DIGITS.match(compact):
        return ParsedQuery("digits", compact.upper())
    if _LATIN.match(compact):
        return ParsedQuery("pinyin", compact)
    return ParsedQuery("chinese", text)


def _starts(field: peewee.Field, prefix: str) -> peewee.Expression:
    """Index-backed prefix match: peewee's startswith() emits LIKE, which SQLite cannot index."""
    if db.is_sqlite():
        return (field >= prefix) & (field < prefix + "\uffff")
    return field.startswith(prefix)


def _condition(parsed: ParsedQuery) -> peewee.Expression | None:
    if parsed.kind == "digits":
        reversed_text = parsed.text[::-1]
        return _starts(Resident.id_number_reversed, reversed_text) | _starts(
            Resident.phone_reversed, reversed_text
        )
    if parsed.kind == "pinyin":
        return Resident.name_keys.contains(parsed.text)
    if parsed.kind == "chinese":
        return Resident.name.contains(parsed.text)
    return None


def _unindexed(field: peewee.Field) -> peewee.Node:
    """`field` with SQLite's index chooser kept away from it.

    A station database holds one station and nearly no merged records, so indexes on
    station_id and merged_into_id match every row; without statistics SQLite's planner walks
    them instead of the suffix index or a plain table scan (~5-15× slower at 100k rows).
    The unary + keeps the condition but hides the column from the planner.
    """
    if db.is_sqlite():
        return peewee.NodeList([peewee.SQL("+"), field], glue="")
    return field


def _base_where(station_id: uuid.UUID, query: str, grids: list[uuid.UUID] | None) -> peewee.Expression:
    where = (_unindexed(Resident.station) == Resident.station.db_value(station_id)) & (
        _unindexed(Resident.merged_into).is_null()
    )
    condition = _condition(parse_query(query))
    if condition is not None:
        where &= condition
    if grids is not None:
        where &= Resident.grid.in_(grids)
    return where


def _grids(area_id: uuid.UUID | None) -> list[uuid.UUID] | None:
    return grid_ids_under(area_id) if area_id is not None else None


def matching_ids_query(station_id: uuid.UUID, query: str, limit: int,
                       grids: list[uuid.UUID] | None = None) -> peewee.ModelSelect:
    """The first step of a search: ids of the best `limit` matches, shortest names first."""
    return (Resident.select(Resident.id).where(_base_where(station_id, query, grids))
            .order_by(peewee.fn.LENGTH(Resident.name), Resident.name, Resident.id).limit(limit))


# Building the SQL text costs peewee ~0.6 ms — more than SQLite needs to answer an ID-suffix
# query. The text depends only on the query's shape, so it is built once per shape.
_SQL_BY_SHAPE: dict[tuple[object, ...], str] = {}


def _compiled_ids(station_id: uuid.UUID, query: str, limit: int,
                  area_grids: list[uuid.UUID] | None) -> tuple[str, list[object]]:
    """(sql, params) equal to matching_ids_query(...).sql() on SQLite, without rebuilding the SQL."""
    parsed = parse_query(query)
    params: list[object] = [Resident.station.db_value(station_id)]
    escaped = False
    if parsed.kind == "digits":
        key = parsed.text[::-1]
        params += [key, key + "\uffff", key, key + "\uffff"]
    elif parsed.kind == "pinyin":
        params.append(f"%{parsed.text}%")
    elif parsed.kind == "chinese":
        escaped = any(char in parsed.text for char in "%_\\")
        text = parsed.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [f"%{text}%", "\\"] if escaped else [f"%{parsed.text}%"]
    if area_grids is not None:
        params += [Resident.grid.db_value(grid) for grid in area_grids]
    params.append(limit)
    shape = (parsed.kind, escaped, None if area_grids is None else len(area_grids))
    sql = _SQL_BY_SHAPE.get(shape)
    if sql is None:
        sql, fresh = matching_ids_query(station_id, query, limit, area_grids).sql()
        if fresh != params:  # a peewee upgrade changed the parameter order: don't cache
            return sql, fresh
        _SQL_BY_SHAPE[shape] = sql
    return sql, params


def search_residents(station_id: uuid.UUID, query: str, limit: int = 50, area_id: uuid.UUID | None = None,
                     *, stations: Sequence[uuid.UUID] = ()) -> list[ResidentView]:
    """Up to `limit` residents matching `query` (see parse_query), shortest names first.
    `stations`: search these stations' residents instead of `station_id`'s (a county database).

    Two steps: the matching ids from the narrow covering index, then those rows with their places.
    """
    if stations:
        found = [view for station in stations for view in search_residents(station, query, limit, area_id)]
        return sorted(found, key=lambda view: (len(view.name), view.name, str(view.id)))[:limit]
    grids = _grids(area_id)
    if db.is_sqlite():
        sql, params = _compiled_ids(station_id, query, limit, grids)
        ids = [row[0] for row in db.current().execute_sql(sql, params)]
    else:
        ids = [row[0] for row in matching_ids_query(station_id, query, limit, grids).tuples()]
    return views_by_ids(ids)


def resident_ids(station_id: uuid.UUID, query: str = "", area_id: uuid.UUID | None = None, *,
                 stations: Sequence[uuid.UUID] = ()) -> list[str]:
    """Every matching resident's id (as text), ordered by name: what the lazy list model holds.
    `stations`: these stations' residents instead of `station_id`'s, station by station."""
    if stations:
        return [key for station in stations for key in resident_ids(station, query, area_id)]
    query_ids = (
        Resident.select(Resident.id)
        .where(_base_where(station_id, query, _grids(area_id)))
        .order_by(Resident.name, Resident.id)  # id: the same order every time for equal names
    )
    # Raw cursor values: converting 100k ids to uuid.UUID and back costs 6× the query itself.
    return [str(row[0]) for row in db.current().execute(query_ids)]


def count_residents(station_id: uuid.UUID, area_id: uuid.UUID | None = None) -> int:
    return Resident.select().where(_base_where(station_id, "", _grids(area_id))).count()
