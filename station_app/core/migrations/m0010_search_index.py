"""Schema 10: the residents' search index — derived data, kept right by database triggers.

Search as you type over two million residents cannot scan. Every active resident has:
- one `resident_search_doc` row: a small number (`num`), its station as a small number, the length
  of its name and its pinyin sort key (the part of `name_keys` before the first "|");
- `resident_search_term` rows, one per (term, resident): every 1- and 2-character piece of the
  lower-cased name at any position, with the rest of the name from a 2-character piece on as
  `token`; every 1- and 2-letter start of a pinyin element of `name_keys` (residents/pinyin.py), with
  the whole element as `token` at 2 letters. The primary key (term, station, name length, sort key,
  number, token) hands out any short query's matches already in result order, so the best 50 of
  100,000 matches cost 50 rows; longer queries read a term's rows in order and check the token, or
  read a range of tokens (partial index) when they are few.
Nothing here is a station record: the tables never travel in bundles. They are rebuilt from the
resident rows by triggers on insert, update (of name, name_keys, station_id, merged_into_id) and
delete — on SQLite per row, on PostgreSQL per statement with transition tables — so any writer,
including the county's bulk bundle import, keeps them right without calling anything.
Upgrading an existing database recomputes every resident's `name_keys` (new format: sort key,
then every syllable-boundary element) and builds the index from them.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

PINYIN_LEVELS = 2  # letters of a pinyin element kept as a term
NAME_LEVELS = 2  # characters of a name piece kept as a term
NUMBERS = 1000  # SQLite: a table of 1..1000 stands in for generate_series (no CTE in triggers)

_SQLITE_TABLES = (
    "CREATE TABLE resident_search_station (num INTEGER PRIMARY KEY AUTOINCREMENT, "
    "station_id UUID NOT NULL UNIQUE)",
    "CREATE TABLE resident_search_doc (num INTEGER PRIMARY KEY AUTOINCREMENT, "
    "resident_id UUID NOT NULL UNIQUE, station_num INTEGER NOT NULL, name_len INTEGER NOT NULL, "
    "sort_key TEXT NOT NULL)",
    "CREATE INDEX resident_search_doc_ranked ON resident_search_doc (station_num, name_len, sort_key, num)",
    "CREATE INDEX resident_search_doc_sorted ON resident_search_doc "
    "(station_num, sort_key, num, resident_id)",
    "CREATE TABLE resident_search_term (term TEXT NOT NULL, station_num INTEGER NOT NULL, "
    "name_len INTEGER NOT NULL, sort_key TEXT NOT NULL, doc INTEGER NOT NULL, token TEXT NOT NULL, "
    "PRIMARY KEY (term, station_num, name_len, sort_key, doc, token)) WITHOUT ROWID",
    "CREATE INDEX resident_search_term_token ON resident_search_term (station_num, token) "
    "WHERE token <> ''",
    "CREATE TABLE resident_search_number (n INTEGER PRIMARY KEY)",
    # A row here (inside a bulk writer's own transaction, invisible to anyone else) holds back the
    # per-row insert trigger: new rows are only listed in _pending, and indexed set-based (~3x
    # faster) when the writer lets go (residents/search_index.deferred_indexing).
    "CREATE TABLE resident_search_deferred (id INTEGER PRIMARY KEY)",
    "CREATE TABLE resident_search_pending (resident_id UUID PRIMARY KEY) WITHOUT ROWID",
)


def _sqlite_sort_key(row: str) -> str:
    return f"substr({row}.name_keys, 1, instr({row}.name_keys, '|') - 1)"


def _sqlite_elements(row: str) -> str:
    """name_keys' elements as a JSON array for json_each (elements are lower-case letters; a
    hostile or damaged value that is not valid JSON yields none instead of failing the write)."""
    array = (f"'[\"' || replace(substr({row}.name_keys, instr({row}.name_keys, '|') + 1), '|', '\",\"')"
             " || '\"]'")
    return f"CASE WHEN instr({row}.name_keys, '|') > 0 AND json_valid({array}) THEN {array} ELSE '[]' END"


def _sqlite_term_inserts(row: str, source: str, where: str) -> list[str]:
    """Two INSERTs adding the terms of `row` (NEW, or `r` when building): `source` names the doc
    table as `d` (and `r` when building), `where` picks the docs."""
    columns = ("INSERT OR IGNORE INTO resident_search_term "
               "(term, station_num, name_len, sort_key, doc, token) ")
    lowered = f"lower({row}.name)"
    return [
        columns + f"SELECT substr(e.value, 1, l.n), d.station_num, d.name_len, d.sort_key, d.num, "
        f"CASE WHEN l.n = {PINYIN_LEVELS} THEN e.value ELSE '' END "
        # CROSS JOIN keeps this order: each element parsed once, then its 1- and 2-letter starts.
        f"FROM {source} CROSS JOIN json_each({_sqlite_elements(row)}) e CROSS JOIN resident_search_number l "
        f"WHERE {where} AND l.n BETWEEN 1 AND {PINYIN_LEVELS} "
        "AND length(e.value) >= l.n",
        columns + f"SELECT substr({lowered}, p.n, l.n), d.station_num, d.name_len, d.sort_key, d.num, "
        f"CASE WHEN l.n = {NAME_LEVELS} THEN substr({lowered}, p.n) ELSE '' END "
        f"FROM {source}, resident_search_number p, resident_search_number l "
        f"WHERE {where} AND p.n BETWEEN 1 AND length({row}.name) "
        f"AND l.n BETWEEN 1 AND {NAME_LEVELS} AND p.n + l.n - 1 <= length({row}.name)",
    ]


def _sqlite_term_delete(row: str) -> str:
    """Delete the terms of `row` (OLD) through the primary key: each of its terms, with the values
    its doc row holds — no index on the doc number is needed."""
    lowered = f"lower({row}.name)"
    doc = f"(SELECT {{}} FROM resident_search_doc WHERE resident_id = {row}.id)"
    return (
        "DELETE FROM resident_search_term WHERE term IN ("
        f"SELECT substr(e.value, 1, l.n) FROM json_each({_sqlite_elements(row)}) e, resident_search_number l "
        f"WHERE l.n BETWEEN 1 AND {PINYIN_LEVELS} AND length(e.value) >= l.n "
        f"UNION SELECT substr({lowered}, p.n, l.n) FROM resident_search_number p, resident_search_number l "
        f"WHERE p.n BETWEEN 1 AND length({row}.name) AND l.n BETWEEN 1 AND {NAME_LEVELS} "
        f"AND p.n + l.n - 1 <= length({row}.name)) "
        f"AND station_num = {doc.format('station_num')} AND name_len = {doc.format('name_len')} "
        f"AND sort_key = {doc.format('sort_key')} AND doc = {doc.format('num')}"
    )


def _sqlite_triggers() -> list[str]:
    new_doc = ("resident_search_doc d", "d.resident_id = NEW.id")
    add_doc = (
        "INSERT OR IGNORE INTO resident_search_doc (resident_id, station_num, name_len, sort_key) "
        f"SELECT NEW.id, s.num, length(NEW.name), {_sqlite_sort_key('NEW')} FROM resident_search_station s "
        "WHERE s.station_id = NEW.station_id AND NEW.merged_into_id IS NULL"
    )
    add_station = ("INSERT OR IGNORE INTO resident_search_station (station_id) "
                   "SELECT NEW.station_id WHERE NEW.merged_into_id IS NULL")
    insert = [add_station, add_doc, *_sqlite_term_inserts("NEW", *new_doc)]
    update = [
        _sqlite_term_delete("OLD"),
        "DELETE FROM resident_search_doc WHERE resident_id = OLD.id AND NEW.merged_into_id IS NOT NULL",
        add_station,
        "UPDATE resident_search_doc SET resident_id = NEW.id, station_num = (SELECT num FROM "
        "resident_search_station WHERE station_id = NEW.station_id), name_len = length(NEW.name), "
        f"sort_key = {_sqlite_sort_key('NEW')} WHERE resident_id = OLD.id",
        add_doc,
        *_sqlite_term_inserts("NEW", new_doc[0], new_doc[1] + " AND NEW.merged_into_id IS NULL"),
    ]
    delete = [_sqlite_term_delete("OLD"), "DELETE FROM resident_search_doc WHERE resident_id = OLD.id"]
    changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}"
                          for column in ("id", "name", "name_keys", "station_id", "merged_into_id"))

    def body(statements: list[str]) -> str:
        return "BEGIN " + "; ".join(statements) + "; END"

    return [
        f"CREATE TRIGGER resident_search_insert AFTER INSERT ON resident "
        "WHEN NEW.merged_into_id IS NULL AND NOT EXISTS (SELECT 1 FROM resident_search_deferred) "
        f"{body(insert)}",
        "CREATE TRIGGER resident_search_insert_deferred AFTER INSERT ON resident "
        "WHEN NEW.merged_into_id IS NULL AND EXISTS (SELECT 1 FROM resident_search_deferred) "
        "BEGIN INSERT OR IGNORE INTO resident_search_pending (resident_id) VALUES (NEW.id); END",
        f"CREATE TRIGGER resident_search_update AFTER UPDATE OF id, name, name_keys, station_id, "
        f"merged_into_id ON resident WHEN {changed} {body(update)}",
        f"CREATE TRIGGER resident_search_delete AFTER DELETE ON resident {body(delete)}",
    ]


def sqlite_build(only: str = "") -> list[str]:
    """Set-based statements that index every active resident (an upgrade, a rebuild) or, with
    `only` (an SQL condition on `r`, e.g. "r.id IN (…)"), those residents (a bulk insert)."""
    # With `only`, the unary + keeps SQLite's planner on `only` (the id list) instead of the
    # merged_into index, which every active resident matches (a scan per batch, measured).
    where = f"+r.merged_into_id IS NULL AND {only}" if only else "r.merged_into_id IS NULL"
    return [
        "INSERT OR IGNORE INTO resident_search_station (station_id) "
        f"SELECT DISTINCT station_id FROM resident r WHERE {where}",
        "INSERT OR IGNORE INTO resident_search_doc (resident_id, station_num, name_len, sort_key) "
        f"SELECT r.id, s.num, length(r.name), {_sqlite_sort_key('r')} FROM resident r "
        f"JOIN resident_search_station s ON s.station_id = r.station_id WHERE {where} ORDER BY r.id",
        # In key order: a million residents' rows appended, not scattered over a tree far bigger
        # than the page cache (the sort is SQLite's own, on disk when it must).
        *(statement + " ORDER BY 1, 2, 3, 4, 5, 6" for statement in
          _sqlite_term_inserts("r", "resident r JOIN resident_search_doc d ON d.resident_id = r.id", where)),
    ]


_PG_TABLES = (
    "CREATE TABLE resident_search_station (num SERIAL PRIMARY KEY, station_id UUID NOT NULL UNIQUE)",
    "CREATE TABLE resident_search_doc (num BIGSERIAL PRIMARY KEY, resident_id UUID NOT NULL UNIQUE, "
    "station_num INTEGER NOT NULL, name_len INTEGER NOT NULL, sort_key TEXT COLLATE \"C\" NOT NULL)",
    "CREATE INDEX resident_search_doc_ranked ON resident_search_doc (station_num, name_len, sort_key, num)",
    "CREATE INDEX resident_search_doc_sorted ON resident_search_doc "
    "(station_num, sort_key, num, resident_id)",
    "CREATE TABLE resident_search_term (term TEXT COLLATE \"C\" NOT NULL, station_num INTEGER NOT NULL, "
    "name_len INTEGER NOT NULL, sort_key TEXT COLLATE \"C\" NOT NULL, doc BIGINT NOT NULL, "
    "token TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY (term, station_num, name_len, sort_key, doc, token))",
    "CREATE INDEX resident_search_term_token ON resident_search_term (station_num, token) "
    "WHERE token <> ''",
    f"""CREATE FUNCTION resident_search_terms(p_name TEXT, p_keys TEXT)
RETURNS TABLE (term TEXT, token TEXT) LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT left(e, l), CASE WHEN l = {PINYIN_LEVELS} THEN e ELSE '' END
  FROM unnest(string_to_array(CASE WHEN strpos(p_keys, '|') > 0
                              THEN substr(p_keys, strpos(p_keys, '|') + 1) ELSE '' END, '|')) AS e,
       generate_series(1, {PINYIN_LEVELS}) AS l
  WHERE e <> '' AND length(e) >= l
  UNION
  SELECT substr(lower(p_name), p, l), CASE WHEN l = {NAME_LEVELS} THEN substr(lower(p_name), p) ELSE '' END
  FROM generate_series(1, length(p_name)) AS p, generate_series(1, {NAME_LEVELS}) AS l
  WHERE p + l - 1 <= length(p_name)
$$""",
    """CREATE FUNCTION resident_search_sort_key(p_keys TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN strpos(p_keys, '|') > 0 THEN left(p_keys, strpos(p_keys, '|') - 1) ELSE '' END
$$""",
    # Index rows for the residents in `added` (active ones), and away for those in `removed`.
    """CREATE FUNCTION resident_search_remove(removed resident[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM resident_search_term t USING unnest(removed) AS o, resident_search_doc d,
       LATERAL resident_search_terms(o.name, o.name_keys) AS x
  WHERE d.resident_id = o.id AND t.term = x.term AND t.station_num = d.station_num
    AND t.name_len = d.name_len AND t.sort_key = d.sort_key AND t.doc = d.num;
$$""",
    """CREATE FUNCTION resident_search_add(added resident[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO resident_search_station (station_id)
    SELECT DISTINCT n.station_id FROM unnest(added) AS n WHERE n.merged_into_id IS NULL
    ON CONFLICT DO NOTHING;
  INSERT INTO resident_search_doc (resident_id, station_num, name_len, sort_key)
    SELECT n.id, s.num, length(n.name), resident_search_sort_key(n.name_keys)
    FROM unnest(added) AS n JOIN resident_search_station s ON s.station_id = n.station_id
    WHERE n.merged_into_id IS NULL
    ON CONFLICT (resident_id) DO UPDATE SET station_num = EXCLUDED.station_num,
      name_len = EXCLUDED.name_len, sort_key = EXCLUDED.sort_key;
  INSERT INTO resident_search_term (term, station_num, name_len, sort_key, doc, token)
    SELECT x.term, d.station_num, d.name_len, d.sort_key, d.num, x.token
    FROM unnest(added) AS n JOIN resident_search_doc d ON d.resident_id = n.id,
         LATERAL resident_search_terms(n.name, n.name_keys) AS x
    WHERE n.merged_into_id IS NULL
    ON CONFLICT DO NOTHING;
$$""",
    """CREATE FUNCTION resident_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM resident_search_add(ARRAY(SELECT n::resident FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM resident_search_remove(ARRAY(SELECT o::resident FROM old_rows o));
    DELETE FROM resident_search_doc d USING old_rows o WHERE d.resident_id = o.id;
  ELSE
    changed := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o.name IS DISTINCT FROM n.name OR o.name_keys IS DISTINCT FROM n.name_keys
         OR o.station_id IS DISTINCT FROM n.station_id OR o.merged_into_id IS DISTINCT FROM n.merged_into_id);
    IF cardinality(changed) > 0 THEN
      PERFORM resident_search_remove(ARRAY(SELECT o::resident FROM old_rows o
                                           JOIN unnest(changed) AS c(id) USING (id)));
      DELETE FROM resident_search_doc d USING new_rows n
        WHERE d.resident_id = n.id AND n.merged_into_id IS NOT NULL AND n.id = ANY(changed);
      PERFORM resident_search_add(ARRAY(SELECT n::resident FROM new_rows n
                                        JOIN unnest(changed) AS c(id) USING (id)));
    END IF;
  END IF;
  RETURN NULL;
END
$$""",
    "CREATE TRIGGER resident_search_insert AFTER INSERT ON resident REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE PROCEDURE resident_search_sync()",
    "CREATE TRIGGER resident_search_update AFTER UPDATE ON resident "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE PROCEDURE resident_search_sync()",
    "CREATE TRIGGER resident_search_delete AFTER DELETE ON resident REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE PROCEDURE resident_search_sync()",
)

# The scan's covering index (name, name_keys, …): no search reads it any more, and name_keys grew.
_DROP_SCAN_INDEX = "DROP INDEX IF EXISTS resident_name_name_keys_station_id_merged_into_id"


_PG_BUILD = (
    "INSERT INTO resident_search_station (station_id) SELECT DISTINCT station_id FROM resident "
    "WHERE merged_into_id IS NULL ON CONFLICT DO NOTHING",
    "INSERT INTO resident_search_doc (resident_id, station_num, name_len, sort_key) "
    "SELECT r.id, s.num, length(r.name), resident_search_sort_key(r.name_keys) FROM resident r "
    "JOIN resident_search_station s ON s.station_id = r.station_id WHERE r.merged_into_id IS NULL "
    "ORDER BY r.id ON CONFLICT DO NOTHING",
    "INSERT INTO resident_search_term (term, station_num, name_len, sort_key, doc, token) "
    "SELECT x.term, d.station_num, d.name_len, d.sort_key, d.num, x.token FROM resident r "
    "JOIN resident_search_doc d ON d.resident_id = r.id, "
    "LATERAL resident_search_terms(r.name, r.name_keys) AS x WHERE r.merged_into_id IS NULL "
    "ORDER BY 1, 2, 3, 4, 5, 6 ON CONFLICT DO NOTHING",
)


def build_index(database: peewee.Database) -> None:
    """Index every active resident from its stored columns (an upgrade, a rebuild)."""
    statements = sqlite_build() if isinstance(database, peewee.SqliteDatabase) else _PG_BUILD
    for statement in statements:
        database.execute_sql(statement)


def _recompute_keys(database: peewee.Database, keys_of: Callable[[str], str]) -> None:
    """Every resident's name_keys in the new format (sort key, then every element)."""
    rows = database.execute_sql("SELECT id, name, name_keys FROM resident").fetchall()
    changed = [(keys_of(name or ""), key) for key, name, old in rows if keys_of(name or "") != old]
    sql = "UPDATE resident SET name_keys = %s WHERE id = %s".replace("%s", database.param)
    cursor = database.cursor()
    for start in range(0, len(changed), 1000):
        cursor.executemany(sql, changed[start:start + 1000])


def apply(database: peewee.Database) -> None:
    from station_app.residents.pinyin import name_search_keys  # the keys every write stores

    sqlite = isinstance(database, peewee.SqliteDatabase)
    database.execute_sql(_DROP_SCAN_INDEX)
    _recompute_keys(database, name_search_keys)
    if sqlite:
        for statement in _SQLITE_TABLES:
            database.execute_sql(statement)
        database.cursor().executemany("INSERT INTO resident_search_number (n) VALUES (?)",
                                      [(number,) for number in range(1, NUMBERS + 1)])
        build_index(database)
        for statement in _sqlite_triggers():
            database.execute_sql(statement)
    else:
        for statement in _PG_TABLES:
            database.execute_sql(statement)
        build_index(database)
