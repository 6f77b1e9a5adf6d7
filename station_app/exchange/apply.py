"""Applying one table's part of a bundle at the county: upserts in batches, deletions at the end.

Each record arrives as the station's whole current copy. New ones are inserted, changed ones
replace the county's copy, identical ones are left alone; tombstones (and, in a full bundle, the
county's records the station no longer has) are deleted after every table's upserts, children
before parents, so a link moved away from a deleted record is moved first.

Unique values (a case number, a team's name, an ID number) can move between records in one bundle
(a record deleted and its number reused, two areas swapping names). A batch that meets such a clash
is rolled back to its savepoint; the county's copies still to be replaced or deleted then give up
their unique values (a value nobody else can hold) and the batch is applied again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import peewee
from peewee import fn

from station_app.core import db
from station_app.core.clock import utcnow
from station_app.core.models import StationRecord
from station_app.exchange.bundle import MSG_DAMAGED, BundleError, exported_fields, from_json, row_to_json
from station_app.exchange.bundle_reader import TableStart
from station_app.exchange.models import BundleConflict

UNUSABLE_PASSWORD_HASH = "!imported"  # no password verifies against it
SUPERSEDED = "superseded"  # a waiting conflict made moot by a newer copy from the station
_BATCH = 500


@dataclass
class TableCounts:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    def any(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted or self.unchanged)

    def as_json(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated, "deleted": self.deleted,
                "unchanged": self.unchanged}


def _chunks(items: list[Any], size: int = _BATCH) -> list[list[Any]]:
    return [items[start:start + size] for start in range(0, len(items), size)]


class TableApplier:
    def __init__(self, model: type[StationRecord], station_id: uuid.UUID, full: bool,
                 start: TableStart) -> None:
        self.model, self.station_id = model, station_id
        self.counts = TableCounts()
        self.fields = {f.column_name: f for f in exported_fields(model)}
        self.self_refs = [f for f in model._meta.refs if f.rel_model is model]
        self.deferred: list[tuple[uuid.UUID, dict[peewee.Field, Any]]] = []
        self.batch: list[dict[str, Any]] = []
        self.released: dict[str, str] = {}  # id → its copy as it was before giving up unique values
        self.sent = start.ids
        self.preserve = [self.fields[c] for c in start.columns if c in self.fields and c != "id"]
        self.position = 0  # records of this table applied so far
        owners = self._owners(start.ids + start.deleted)
        if any(owner != station_id for owner in owners.values()):
            raise BundleError("数据包中有记录与本库中另一单位的记录编号相同，数据包已损坏或被改动，"
                              "没有导入任何内容。")
        self.existing = set(owners)
        if full:
            local = model.select(model.id).where(model.station == station_id).tuples()
            sent = set(start.ids)
            self.gone = [str(record_id) for (record_id,) in local if str(record_id) not in sent]
        else:
            self.gone = [record_id for record_id in start.deleted if record_id in self.existing]
        self._supersede_waiting_conflicts(start.ids + self.gone)

    def _owners(self, ids: list[str]) -> dict[str, uuid.UUID]:
        owners: dict[str, uuid.UUID] = {}
        for chunk in _chunks(ids, 1000):
            query = self.model.select(self.model.id, self.model.station).where(
                self.model.id.in_([uuid.UUID(i) for i in chunk])).tuples()
            owners.update({str(record_id): owner for record_id, owner in query})
        return owners

    def add(self, record: dict[str, Any]) -> None:
        if record.get("station_id") != str(self.station_id):
            raise BundleError("数据包中有不属于该派出所的记录，数据包已损坏或被改动，没有导入任何内容。")
        self.batch.append(record)
        if len(self.batch) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        deferred = len(self.deferred)
        try:
            with db.current().atomic():  # a savepoint: a clash of unique values is undone alone
                self._write(batch)
        except peewee.IntegrityError:
            if self.released or not self._unique_sets():
                raise
            del self.deferred[deferred:]
            self._release_unique_values()
            with db.current().atomic():
                self._write(batch)
        self.position += len(batch)

    def _write(self, batch: list[dict[str, Any]]) -> None:
        locals_now = self._local_copies([r["id"] for r in batch if r["id"] in self.existing])
        rows: list[dict[peewee.Field, Any]] = []
        counts = TableCounts()
        for record in batch:
            mine = locals_now.get(record["id"])
            if mine is not None and mine == _canonical(record) and record["id"] not in self.released:
                counts.unchanged += 1
                continue
            if record["id"] in self.existing:
                if mine == _canonical(record):
                    counts.unchanged += 1  # rewritten only to take its unique values back
                else:
                    counts.updated += 1
            else:
                counts.inserted += 1
            rows.append(self._values(record))
        for chunk in _chunks(rows):
            (self.model.insert_many(chunk)
             .on_conflict(conflict_target=[self.model.id], preserve=self.preserve)
             .execute())
        for name in ("inserted", "updated", "unchanged"):
            setattr(self.counts, name, getattr(self.counts, name) + getattr(counts, name))

    def _local_copies(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        found = {i: copy for i, copy in self.released.items() if i in ids}
        wanted = [uuid.UUID(i) for i in ids if i not in found]
        if wanted:
            query = self.model.select(*self.fields.values()).where(self.model.id.in_(wanted)).dicts()
            found.update({str(row["id"]): _canonical(row_to_json(self.model, row)) for row in query})
        return found

    def _values(self, record: dict[str, Any]) -> dict[peewee.Field, Any]:
        values = {self.fields[column]: from_json(self.fields[column], value)
                  for column, value in record.items()}
        for missing in set(self.fields.values()) - set(values):
            if not missing.null and missing.default is None:
                raise BundleError(f"数据包中的 {self.model._meta.table_name} 缺少"
                                  f"“{missing.column_name}”一栏。{MSG_DAMAGED}")
        later = {f: values[f] for f in self.self_refs if values.get(f) is not None}
        if later:  # links within the table are set once every row of it is there
            values.update(dict.fromkeys(later))
            self.deferred.append((values[self.model.id], later))
        if "password_hash" in self.model._meta.fields:
            values[self.model._meta.fields["password_hash"]] = UNUSABLE_PASSWORD_HASH
        return values

    def _unique_sets(self) -> list[list[peewee.Field]]:
        meta = self.model._meta
        sets = [[f] for f in meta.sorted_fields if f.unique and f is not self.model.id]
        sets += [[meta.fields[name] for name in names] for names, unique in meta.indexes if unique]
        return sets

    def _release_unique_values(self) -> None:
        """The county's copies still to be replaced (from this batch on) or deleted give up their
        unique values: NULL where allowed, else a value derived from the record's own id (text) or
        its negated number; their copies as they were are kept to count them right."""
        doomed = [i for i in self.sent[self.position:] if i in self.existing] + self.gone
        for chunk in _chunks(doomed, 1000):
            self.released.update(self._local_copies(chunk))
        changes: dict[peewee.Field, Any] = {}
        for columns in self._unique_sets():
            movable = [f for f in columns if f.name != "station"]
            nullable = next((f for f in movable if f.null), None)
            if nullable is not None:
                changes[nullable] = None
                continue
            number = next((f for f in movable if isinstance(f, peewee.IntegerField)), None)
            text = next((f for f in movable if isinstance(f, peewee.CharField) and f.max_length >= 16), None)
            if number is not None:
                changes[number] = number * -1 - 1  # real numbers are positive
            elif text is not None:
                changes[text] = fn.SUBSTR(self.model.id.cast("TEXT"), 1, min(text.max_length, 36))
        if not changes:
            return
        for chunk in _chunks(doomed, 1000):
            self.model.update(changes).where(self.model.id.in_([uuid.UUID(i) for i in chunk])).execute()

    def link_self_references(self) -> None:
        for record_id, values in self.deferred:
            self.model.update(values).where(self.model.id == record_id).execute()

    def delete_gone(self) -> None:
        """Delete the tombstoned records; within a table that links to itself, leaves first."""
        remaining = list(self.gone)
        while remaining:
            before = len(remaining)
            for chunk in _chunks(remaining, 1000):
                where = self.model.id.in_([uuid.UUID(i) for i in chunk])
                for ref in self.self_refs:
                    child = self.model.alias()
                    linked = child.select(child.id).where(getattr(child, ref.name) == self.model.id)
                    where &= ~fn.EXISTS(linked)
                self.model.delete().where(where).execute()
            left = self._owners(remaining)
            remaining = [i for i in remaining if i in left]
            if len(remaining) == before:
                raise BundleError(f"数据包要删除的 {self.model._meta.table_name} 记录仍被其他记录引用，"
                                  f"没有导入任何内容。{MSG_DAMAGED}")
        self.counts.deleted += len(self.gone)

    def _supersede_waiting_conflicts(self, ids: list[str]) -> None:
        """Conflicts kept by an older release for these records are moot: the station's copy rules."""
        table = self.model._meta.table_name
        waiting = BundleConflict.select(BundleConflict.record_id).where(
            (BundleConflict.table_name == table) & BundleConflict.resolved_at.is_null()).tuples()
        moot = {record_id for (record_id,) in waiting} & set(ids)
        for chunk in _chunks(sorted(moot)):
            BundleConflict.update(resolved_at=utcnow(), resolution=SUPERSEDED).where(
                (BundleConflict.table_name == table) & BundleConflict.record_id.in_(chunk)
                & BundleConflict.resolved_at.is_null()).execute()


def _canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)
