"""Search as you type over residents: Chinese substring, pinyin, initials, ID or phone suffix.

What matches (the rule `scan_ids` states in SQL over the resident table, and the index answers):
- Chinese (anything that is not letters or 3+ digits): the name contains the text, ASCII letters
  in any case — 1 and 2 characters and 𠮷 included.
- pinyin (letters only): the text begins one of the name's pinyin elements — a full reading or the
  initials, from any syllable on (residents/pinyin.py): zhangs, sanf, zsf, sf find 张三丰.
- digits (3-18, a final X allowed): the ID number or the phone number ends with them. A reader who
  sees the numbers masked searches by the last 4 it is shown (`query_for`): a longer number would
  tell the hidden digits by what it finds.
Results come shortest names first, then by pinyin (按拼音排序); lists (`resident_ids`) by pinyin.

How: a scan grows with the table (96-163 ms at 400k residents). The index tables of migration 10
(`resident_search_term`, `resident_search_doc`) are kept by triggers; a short query reads its
term's rows already in result order (the best 50 of 100,000 matches cost 50 rows), a longer one
reads the range of elements that start with it with a top-N sort — or, when that range is large,
first the leading rows of its first letters in rank order, checking the rest of each element.
ID and phone suffixes use the reversed columns' indexes. An area narrows the search to its grids'
residents, scanned.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import peewee

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.textnorm import half_width
from station_app.residents.areas import grid_ids_under
from station_app.residents.models import Resident
from station_app.residents.views import ResidentView, may_see_full_numbers, views_by_ids

_DIGITS = re.compile(r"^\d{3,17}[0-9Xx]?$")
_LATIN = re.compile(r"^[a-z]+$")
PINYIN_LEVELS, NAME_LEVELS = 2, 2  # the term lengths the index keeps (migration 10)
RANGE_CAP = 8000  # a longer query with fewer elements than this reads their range (top-N sort)
WALK = 4000  # rows of its first letters a longer, common query reads in rank order before that
_TOP = "\U0010ffff"  # above every character: the end of a prefix range


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


SHOWN_DIGITS = 4  # what a masked number shows at its end: 152222********1234, 139****5678


def query_for(actor: Actor, query: str) -> str:
    """`query` as `actor` may search with it: a reader without personal.view_full searches a number
    by its last 4 characters (what the mask shows) — "152222193706274757" and the same number with
    another birth date, or "x5678" for each x, must find the same people, or the search would
    answer for the hidden digits one guess at a time."""
    if may_see_full_numbers(actor):
        return query
    parsed = parse_query(query)
    if parsed.kind == "digits" and len(parsed.text) > SHOWN_DIGITS:
        return parsed.text[-SHOWN_DIGITS:]
    return query


def _sql(text: str) -> str:
    return text.replace("?", db.current().param)


def _rows(text: str, params: list[object]) -> list[tuple]:
    return list(db.current().execute_sql(_sql(text), params).fetchall())


def _lower(text: str) -> str:
    """Lower-case as the database's LIKE folds case: SQLite only ASCII, PostgreSQL everything."""
    if db.is_sqlite():
        return "".join(char.lower() if char.isascii() else char for char in text)
    return text.lower()


def _grids(area_id: uuid.UUID | None) -> list[uuid.UUID] | None:
    return grid_ids_under(area_id) if area_id is not None else None


# ---- the rule, as a scan (areas use it; the tests hold the index to it) ----------------------

def _scan_condition(parsed: ParsedQuery) -> tuple[str, list[object]]:
    if parsed.kind == "digits":  # each reversed column's own index, not a scan of the station
        key = parsed.text[::-1]
        return ("r.id IN (SELECT id FROM resident WHERE id_number_reversed >= ? AND id_number_reversed < ? "
                "UNION SELECT id FROM resident WHERE phone_reversed >= ? AND phone_reversed < ?)",
                [key, key + _TOP, key, key + _TOP])
    like = "LIKE" if db.is_sqlite() else "ILIKE"
    if parsed.kind == "pinyin":
        return f"r.name_keys {like} ?", [f"%|{parsed.text}%"]
    if parsed.kind == "chinese":
        text = parsed.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"r.name {like} ? ESCAPE '\\'", [f"%{text}%"]
    return "1 = 1", []


def scan_ids(station_id: uuid.UUID, query: str, limit: int | None = None,
             grids: list[uuid.UUID] | None = None, ranked: bool = True) -> list[str]:
    """The ids matching `query` by scanning the resident table: best `limit` ranked (shortest
    names, then pinyin) or, with ranked=False, all in pinyin order. The index must agree."""
    condition, params = _scan_condition(parse_query(query))
    # SQLite's planner, without statistics, walks the station index (every row of a station
    # database) instead of the suffix or grid index; the unary + hides those two columns from it.
    hide = "+" if db.is_sqlite() else ""
    sql = ("SELECT r.id FROM resident r LEFT JOIN resident_search_doc d ON d.resident_id = r.id "
           f"WHERE {hide}r.station_id = ? AND {hide}r.merged_into_id IS NULL AND {condition}")
    params = [Resident.station.db_value(station_id), *params]
    if grids is not None:
        if not grids:
            return []
        sql += f" AND r.grid_id IN ({', '.join('?' for _ in grids)})"
        params += [Resident.grid.db_value(grid) for grid in grids]
    sql += " ORDER BY d.name_len, d.sort_key, d.num" if ranked else " ORDER BY d.sort_key, d.num"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [str(row[0]) for row in _rows(sql, params)]


def matching_ids_query(station_id: uuid.UUID, query: str, limit: int,
                       grids: list[uuid.UUID] | None = None) -> peewee.ModelSelect:
    """The scan as a peewee query (best `limit` ids, unranked): what bench/ times as the floor."""
    where = (Resident.station == station_id) & Resident.merged_into.is_null()
    parsed = parse_query(query)
    if parsed.kind == "digits":
        key = parsed.text[::-1]
        where &= (((Resident.id_number_reversed >= key) & (Resident.id_number_reversed < key + _TOP))
                  | ((Resident.phone_reversed >= key) & (Resident.phone_reversed < key + _TOP)))
    elif parsed.kind == "pinyin":
        where &= Resident.name_keys.contains(f"|{parsed.text}")
    elif parsed.kind == "chinese":
        where &= Resident.name.contains(parsed.text)
    if grids is not None:
        where &= Resident.grid.in_(grids)
    return Resident.select(Resident.id).where(where).limit(limit)


# ---- the index -------------------------------------------------------------------------------

def _levels(parsed: ParsedQuery) -> int:
    return PINYIN_LEVELS if parsed.kind == "pinyin" else NAME_LEVELS


def _text_of(parsed: ParsedQuery) -> str:
    return parsed.text if parsed.kind == "pinyin" else _lower(parsed.text)


# The station's number in the index, looked up inside each statement (one round trip, not two).
_STATION = "(SELECT num FROM resident_search_station WHERE station_id = ?)"


def _best(where: str, params: list[object], limit: int) -> list[str]:
    """Resident ids of the best `limit` residents among the index rows matching `where`, in rank
    order. A resident may own several matching rows (one per element): they are folded here."""
    fetch = limit * 2 + 8
    while True:
        rows = _rows("SELECT t.doc, d.resident_id FROM (SELECT doc, name_len, sort_key "
                     f"FROM resident_search_term WHERE {where} ORDER BY name_len, sort_key, doc LIMIT ?) t "
                     "JOIN resident_search_doc d ON d.num = t.doc ORDER BY t.name_len, t.sort_key, t.doc",
                     [*params, fetch])
        found = list(dict.fromkeys(str(row[1]) for row in rows))
        if len(found) >= limit or len(rows) < fetch:
            return found[:limit]
        fetch *= 4


def _walked(station: object, term: str, text: str, limit: int) -> list[str] | None:
    """The best residents for `text` from the first WALK rows of its first letters' term, in rank
    order — exact when enough of them fit; None when they do not (the matches lie further on)."""
    rows = _rows("SELECT t.doc, d.resident_id FROM (SELECT doc, name_len, sort_key, token "
                 f"FROM resident_search_term WHERE term = ? AND station_num = {_STATION} "
                 "ORDER BY name_len, sort_key, doc LIMIT ?) t JOIN resident_search_doc d ON d.num = t.doc "
                 "WHERE substr(t.token, 1, ?) = ? ORDER BY t.name_len, t.sort_key, t.doc",
                 [term, station, WALK, len(text), text])
    found = list(dict.fromkeys(str(row[1]) for row in rows))
    return found[:limit] if len(found) >= limit else None


def _ranked(station: object, parsed: ParsedQuery, limit: int) -> list[str]:
    text, levels = _text_of(parsed), _levels(parsed)
    if len(text) <= levels:  # a term of its own: its rows come in rank order
        return _best(f"term = ? AND station_num = {_STATION}", [text, station], limit)
    in_range = f"station_num = {_STATION} AND token >= ? AND token < ? AND token <> ''"
    counted = _rows("SELECT count(*) FROM (SELECT 1 FROM resident_search_term "
                    f"WHERE {in_range} LIMIT ?) AS capped", [station, text, text + _TOP, RANGE_CAP])
    if counted[0][0] >= RANGE_CAP:
        # Many elements start with it: its matches usually lead the rows of its first letters.
        walked = _walked(station, text[:levels], text, limit)
        if walked is not None:
            return walked
    # The best of the range of elements that start with it (a top-N sort in the database).
    return _best(in_range, [station, text, text + _TOP], limit)


def ranked_ids(station_id: uuid.UUID, query: str, limit: int) -> list[str]:
    """The best `limit` ids for `query` from the index (the same as scan_ids(…, limit))."""
    parsed = parse_query(query)
    if parsed.kind == "digits":
        return scan_ids(station_id, query, limit)
    station = Resident.station.db_value(station_id)
    if parsed.kind == "all":
        rows = _rows(f"SELECT resident_id FROM resident_search_doc WHERE station_num = {_STATION} "
                     "ORDER BY name_len, sort_key, num LIMIT ?", [station, limit])
        return [str(row[0]) for row in rows]
    return _ranked(station, parsed, limit)


def search_residents(station_id: uuid.UUID, query: str, limit: int = 50,
                     area_id: uuid.UUID | None = None, *,
                     stations: Sequence[uuid.UUID] = ()) -> list[ResidentView]:
    """Up to `limit` residents matching `query` (see the module docstring), shortest names first.
    `stations`: search these stations' residents instead of `station_id`'s (a county database):
    each station's best `limit`, merged."""
    if stations:
        from station_app.residents.pinyin import sort_key  # pypinyin: only when stations merge

        found = [view for station in stations for view in search_residents(station, query, limit, area_id)]
        # The order each station's list already has: shortest name first, then by pinyin.
        return sorted(found, key=lambda view: (len(view.name), sort_key(view.name), str(view.id)))[:limit]
    grids = _grids(area_id)
    if grids is not None:
        ids = scan_ids(station_id, query, limit, grids)
    else:
        ids = ranked_ids(station_id, query, limit)
    return views_by_ids(ids)


def resident_ids(station_id: uuid.UUID, query: str = "", area_id: uuid.UUID | None = None, *,
                 stations: Sequence[uuid.UUID] = ()) -> list[str]:
    """Every matching resident's id (as text), in pinyin order: what the lazy list model holds.
    `stations`: these stations' residents instead of `station_id`'s, station by station."""
    if stations:
        return [key for station in stations for key in resident_ids(station, query, area_id)]
    grids = _grids(area_id)
    parsed = parse_query(query)
    if grids is not None or parsed.kind == "digits":
        return scan_ids(station_id, query, None, grids, ranked=False)
    station = Resident.station.db_value(station_id)
    if parsed.kind == "all":
        rows = _rows(f"SELECT resident_id FROM resident_search_doc WHERE station_num = {_STATION} "
                     "ORDER BY sort_key, num", [station])
    else:
        text = _text_of(parsed)
        if len(text) <= _levels(parsed):
            matching, params = f"term = ? AND station_num = {_STATION}", [text, station]
        else:
            matching = f"station_num = {_STATION} AND token >= ? AND token < ? AND token <> ''"
            params = [station, text, text + _TOP]
        rows = _rows("SELECT resident_id FROM resident_search_doc WHERE num IN (SELECT doc FROM "
                     f"resident_search_term WHERE {matching}) ORDER BY sort_key, num", params)
    # Raw values: converting 100k ids to uuid.UUID and back costs more than the query itself.
    return [str(row[0]) for row in rows]


def count_residents(station_id: uuid.UUID, area_id: uuid.UUID | None = None) -> int:
    where = (Resident.station == station_id) & Resident.merged_into.is_null()
    grids = _grids(area_id)
    if grids is not None:
        where &= Resident.grid.in_(grids)
    return Resident.select().where(where).count()
