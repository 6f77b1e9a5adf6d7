"""The residents' search index (migration 10) from the writers' side.

Nobody has to call anything: triggers keep the index right on every insert, update and delete of a
resident row. This module only makes big inserts cheaper on SQLite, whose triggers run once per
row (~0.3 ms each for ~18 index rows; PostgreSQL's run once per statement):

    with db.transaction(), deferred_indexing():
        Resident.insert_many(rows).execute()      # any number of statements, any writer

lists the new rows instead of indexing them one by one and indexes them all set-based (~0.1 ms
each) when the block ends. Updates and deletes inside the block are indexed as usual.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from station_app.core import db
from station_app.core.migrations.m0010_search_index import sqlite_build


@contextlib.contextmanager
def deferred_indexing() -> Iterator[None]:
    """Inside a transaction: residents inserted in the block are indexed together when it ends
    (SQLite; elsewhere a no-op). If the block raises, nothing is indexed and the hold is lifted
    all the same (the caller's rollback removes the rows anyway). Nested blocks are fine."""
    if not db.is_sqlite():
        yield
        return
    database = db.current()
    outer = database.execute_sql("SELECT count(*) FROM resident_search_deferred").fetchone()[0] > 0
    if outer:  # an enclosing block indexes everything when it ends
        yield
        return
    database.execute_sql("INSERT INTO resident_search_deferred (id) VALUES (1)")
    try:
        yield
        database.execute_sql("DELETE FROM resident_search_deferred")
        for statement in sqlite_build("r.id IN (SELECT resident_id FROM resident_search_pending)"):
            database.execute_sql(statement)
    finally:
        database.execute_sql("DELETE FROM resident_search_deferred")
        database.execute_sql("DELETE FROM resident_search_pending")
