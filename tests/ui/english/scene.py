"""A demo station for the English-mode walk, and the data in it (what the app shows as typed)."""

from __future__ import annotations

import contextlib
import json

import peewee

from station_app.core import db

# Tables whose text is what the app wrote, not what a user typed: the audit trail (the timeline
# is built from it), the change journal, settings, keys.
NOT_DATA = {"audit_entry", "station_audit", "change_journal", "setting", "schema_version",
            "exchange_identity", "exchange_partner", "exchange_conflict", "delivery_log"}


def load_scene() -> None:
    from station_app.demo.loader import load_demo

    load_demo(seed=1, residents=60, cases=14, weeks=2)


def data_strings(vocabulary: set[str]) -> list[str]:
    """Every text value stored in the database (longest first), less the app's vocabularies:
    a category or a state stored in a record is the app's word and must be translated."""
    database = db.current()
    found: set[str] = set()
    for table in database.get_tables():
        if table in NOT_DATA:
            continue
        columns = [column.name for column in database.get_columns(table)
                   if column.data_type.lower() in ("text", "varchar", "character varying")
                   or column.data_type.lower().startswith("varchar")]
        if not columns:
            continue
        cursor = database.execute_sql(f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608
        for row in cursor.fetchall():
            for value in row:
                if isinstance(value, str) and value.startswith("["):  # a JSON list (suspects …)
                    with contextlib.suppress(ValueError):
                        found.update(str(item) for item in json.loads(value) if item)
                if isinstance(value, str) and value.strip():
                    found.add(value.strip())
                    found.update(part.strip() for part in value.replace("、", "|").split("|") if part.strip())
    found -= vocabulary
    found |= shipped_data()
    return sorted(found, key=len, reverse=True)


def shipped_data() -> set[str]:
    """Texts the app ships as data, not as its own words: the holiday calendar's sources cite
    Chinese government notices by their titles."""
    import json
    from pathlib import Path

    import station_app.hotline as hotline

    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(json.loads((Path(hotline.__file__).parent / "holidays_cn.json").read_text("utf-8")))
    return found


__all__ = ["data_strings", "load_scene", "peewee", "shipped_data"]
