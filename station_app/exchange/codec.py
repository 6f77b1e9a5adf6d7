"""One table's columns between the database and a bundle, fast: a converter per column, built once.

A county imports hundreds of thousands of records at a time. Building every row through peewee's
query objects costs more than the database's own work (measured: 40 of 80 seconds for 100,000
residents), so bundles are read from and written to the tables with plain SQL and one
`executemany` per batch, each value converted by its column's own function. What is written is
what peewee would write (each field's `db_value`); what is read is checked as strictly as
`bundle.from_json` checks it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import peewee

from station_app.core import db
from station_app.exchange.bundle import bad_value, from_json, parse_datetime, to_json

_EXCEPTIONS = peewee.ExceptionWrapper(peewee.EXCEPTIONS)  # driver errors as peewee's, as queries raise them


def _uuid_text(value: Any) -> str:
    """A stored UUID (SQLite: 32 hex digits; PostgreSQL: uuid.UUID) as the bundle writes it."""
    if isinstance(value, str) and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def _datetime_text(value: Any) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return to_json(value)


def _date_text(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value)).isoformat()


def _to_json_converter(field: peewee.Field) -> Callable[[Any], Any]:
    target = field.rel_field if isinstance(field, peewee.ForeignKeyField) else field
    if isinstance(target, peewee.UUIDField):
        return _uuid_text
    if isinstance(target, peewee.DateTimeField):
        return _datetime_text
    if isinstance(target, peewee.DateField):
        return _date_text
    if isinstance(target, peewee.BooleanField):
        return bool
    return lambda value: value


def _to_db_converter(field: peewee.Field) -> Callable[[Any], Any]:
    """JSON value → what peewee would hand the driver, refusing what the column cannot hold."""
    target = field.rel_field if isinstance(field, peewee.ForeignKeyField) else field
    nullable = field.null

    def missing() -> None:
        if not nullable:
            raise bad_value(field)

    if isinstance(target, peewee.UUIDField):
        def uuid_value(value: Any) -> Any:
            if value is None:
                return missing()
            if not isinstance(value, str) or len(value) != 36:
                raise bad_value(field)
            try:
                return uuid.UUID(value).hex
            except ValueError:
                raise bad_value(field) from None
        return uuid_value
    if isinstance(target, peewee.DateTimeField):
        def datetime_value(value: Any) -> Any:
            if value is None:
                return missing()
            try:
                return field.db_value(parse_datetime(value))
            except (TypeError, ValueError, AttributeError):
                raise bad_value(field) from None
        return datetime_value
    if isinstance(target, peewee.CharField | peewee.TextField):
        limit = target.max_length if isinstance(target, peewee.CharField) else None

        def text_value(value: Any) -> Any:
            if value is None:
                return missing()
            if type(value) is not str or "\x00" in value or (limit and len(value) > limit):
                raise bad_value(field)
            return value
        return text_value
    if isinstance(target, peewee.BooleanField):
        def bool_value(value: Any) -> Any:
            if value is None:
                return missing()
            if type(value) is not bool:
                raise bad_value(field)
            return field.db_value(value)
        return bool_value
    if isinstance(target, peewee.IntegerField) and not isinstance(target, peewee.AutoField):
        def int_value(value: Any) -> Any:
            if value is None:
                return missing()
            if type(value) is not int or not -2**63 <= value < 2**63:
                raise bad_value(field)
            return value
        return int_value
    return lambda value: field.db_value(from_json(field, value))  # dates and anything rarer


class TableCodec:
    """The columns of one table that a bundle carries, in the bundle's order."""

    def __init__(self, model: type[peewee.Model], columns: Sequence[str]) -> None:
        by_column = {f.column_name: f for f in model._meta.sorted_fields}
        self.model, self.columns = model, list(columns)
        self.fields = [by_column[column] for column in self.columns]
        self.table = model._meta.table_name
        self._to_json = [_to_json_converter(field) for field in self.fields]
        self._to_db = [_to_db_converter(field) for field in self.fields]
        self.id_index = self.columns.index("id")

    def json_row(self, raw: Sequence[Any]) -> list[Any]:
        """A row as the driver returned it → the bundle's JSON values."""
        return [None if value is None else convert(value) for convert, value in zip(self._to_json, raw,
                                                                                    strict=True)]

    def db_row(self, values: Sequence[Any]) -> list[Any]:
        """The bundle's JSON values → what the driver is given (checked)."""
        return [convert(value) for convert, value in zip(self._to_db, values, strict=True)]

    def select_sql(self, count: int) -> str:
        names = ", ".join(f'"{column}"' for column in self.columns)
        marks = ", ".join([db.current().param] * count)
        return f'SELECT {names} FROM "{self.table}" WHERE "id" IN ({marks})'

    def upsert_sql(self, extra: Sequence[str] = ()) -> str:
        """INSERT … ON CONFLICT (id) DO UPDATE of every carried column; `extra` columns are set on
        insert only (an imported account's unusable password)."""
        columns = [*self.columns, *extra]
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join([db.current().param] * len(columns))
        updates = ", ".join(f'"{column}" = excluded."{column}"' for column in self.columns if column != "id")
        return (f'INSERT INTO "{self.table}" ({names}) VALUES ({marks}) '
                f'ON CONFLICT ("id") DO UPDATE SET {updates}')

    def fetch(self, ids: Sequence[str]) -> dict[str, list[Any]]:
        """The rows with `ids` (bundle form, dashed), as JSON values, by id."""
        if not ids:
            return {}
        keys = [uuid.UUID(record_id).hex for record_id in ids]
        cursor = db.current().execute_sql(self.select_sql(len(keys)), keys)
        rows = {}
        for raw in cursor.fetchall():
            values = self.json_row(raw)
            rows[values[self.id_index]] = values
        return rows


def execute_many(sql: str, rows: list[list[Any]]) -> None:
    """One statement for many rows, on the current connection (inside the caller's transaction)."""
    if not rows:
        return
    with _EXCEPTIONS:
        db.current().cursor().executemany(sql, rows)
