"""Writing the migration fixtures' rows: through the frozen models of the schema being built,
with the audit chain hashed by station_app/audit/chain.py's own functions."""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import peewee

from station_app.audit import chain

PASSWORD = "Station2024"  # every fixture account's password (the test logs in with it)
NAMESPACE = uuid.UUID("7d0c4c5e-5a1f-4c36-9b8e-2f1d0a6c3b21")
START = datetime(2024, 3, 4, 1, 30)  # naive UTC, like every stored time


class Writer:
    """Inserts rows through the frozen models and appends the matching audit entries."""

    def __init__(self, models: dict[str, type[peewee.Model]]) -> None:
        self.models = models
        self.clock = START
        self.numbers: Iterator[int] = itertools.count(1)
        self.prev_hash = chain.GENESIS_HASH
        self.station_id: uuid.UUID | None = None
        self.user: tuple[uuid.UUID | None, str, str] = (None, "?", "?")  # id, username, full name
        self.ids: dict[str, uuid.UUID] = {}  # named rows later content refers to

    def has(self, *tables: str) -> bool:
        return all(table in self.models for table in tables)

    def tick(self, minutes: int = 47) -> datetime:
        self.clock += timedelta(minutes=minutes)
        return self.clock

    def uid(self) -> uuid.UUID:
        return uuid.uuid5(NAMESPACE, str(next(self.numbers)))

    def add(self, table: str, ref: str = "", **values: object) -> uuid.UUID | None:
        model = self.models[table]
        fields = model._meta.fields
        if isinstance(fields.get("id"), peewee.UUIDField):
            values.setdefault("id", self.uid())
        if "station" in fields:
            values.setdefault("station", self.station_id)
        for stamp in ("created_at", "updated_at"):
            if stamp in fields:
                values.setdefault(stamp, self.clock)
        model.insert(**values).execute()
        row_id = values.get("id")
        if ref and isinstance(row_id, uuid.UUID):
            self.ids[ref] = row_id
        return row_id  # type: ignore[return-value]

    def audit(self, action: str, entity: str, entity_id: object = "", after: dict | None = None,
              before: dict | None = None, anonymous: str = "", **extra: object) -> None:
        user_id, username = (None, anonymous) if anonymous else self.user[:2]
        payload: dict[str, object] = {"changes": chain.describe_changes(before, after)}
        if extra:
            payload["extra"] = dict(extra)
        entry = self.models["audit_entry"](
            at=self.tick(3),
            station_id=None if anonymous else self.station_id,
            user_id=user_id,
            username=username,
            action=action,
            entity=entity,
            entity_id=str(entity_id or ""),
            changes=json.dumps(payload, ensure_ascii=False, sort_keys=True),
            prev_hash=self.prev_hash,
        )
        entry.hash = chain._entry_hash(entry.prev_hash, chain._content(entry))
        entry.save(force_insert=True)
        self.prev_hash = entry.hash

    def act_as(self, name: str) -> None:
        account = self.models["account"].get_by_id(self.ids[name])
        self.user = (account.id, account.username, account.full_name)


def as_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def exported(value: object) -> object:
    """A column value as a data bundle carries it (UUID as text, times as ISO UTC)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat() + "+00:00"
    return value.isoformat() if isinstance(value, date) else value


def canonical(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)
