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

import uuid
from dataclasses import dataclass
from typing import Any

import peewee
from peewee import fn

from station_app.core import db
from station_app.core.clock import utcnow
from station_app.core.db import tuples
from station_app.core.models import StationRecord
from station_app.exchange.bundle import MSG_DAMAGED, BundleError, exported_fields
from station_app.exchange.bundle_reader import TableStart
from station_app.exchange.codec import TableCodec, execute_many
from station_app.exchange.models import BundleConflict

UNUSABLE_PASSWORD_HASH = "!imported"  # no password verifies against it
# Another station's staff at the county: names to show, never an account that could log in or act.
IMPORTED_ACCOUNT = {"password_hash": UNUSABLE_PASSWORD_HASH, "role": "readonly", "is_active": False}
SUPERSEDED = "superseded"  # a waiting conflict made moot by a newer copy from the station
_BATCH = 500
# A batch is also written once its texts reach this many characters: a text costs a few bytes once
# compressed, and 500 records of 2 million characters each took 1.5 GB from a 16 MB bundle.
_BATCH_CHARACTERS = 1 << 20


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
                 start: TableStart, max_jump: int | None = None) -> None:
        self.model, self.station_id, self.max_jump = model, station_id, max_jump
        self.counts = TableCounts()
        self.codec = TableCodec(model, start.columns)
        self._check_columns()
        self.station_index = self.codec.columns.index("station_id")
        self.version_index = self.codec.columns.index("version")
        self.self_refs = [(self.codec.columns.index(f.column_name), f) for f in model._meta.refs
                          if f.rel_model is model and f.column_name in self.codec.columns]
        self.links = [(self.codec.columns.index(f.column_name), f) for f in model._meta.refs
                      if f.rel_model is not model and f.column_name in self.codec.columns
                      and f.column_name != "station_id" and "station" in f.rel_model._meta.fields]
        self.insert_only = self._insert_only_values()
        self.upsert = self.codec.upsert_sql(list(self.insert_only))
        self.deferred: list[tuple[uuid.UUID, dict[peewee.Field, Any]]] = []
        self.batch: list[list[Any]] = []
        self.batch_characters = 0
        self.released: dict[str, list[Any]] = {}  # id → its copy as it was before giving up unique values
        self.sent = start.ids
        self.position = 0  # records of this table applied so far
        owners = self._owners(start.ids + start.deleted)
        if any(owner != station_id for owner in owners.values()):
            raise BundleError("数据包中有记录与本库中另一单位的记录编号相同，数据包已损坏或被改动，"
                              "没有导入任何内容。")
        self.existing = set(owners)
        if full:
            local = model.select(model.id).where(model.station == station_id).tuples()
            sent = set(start.ids)
            self.gone = [str(record_id) for (record_id,) in tuples(local) if str(record_id) not in sent]
        else:
            self.gone = [record_id for record_id in start.deleted if record_id in self.existing]
        self._supersede_waiting_conflicts(start.ids + self.gone)

    def _check_columns(self) -> None:
        """A column the county needs that an older station's bundle lacks can only be refused."""
        carried = set(self.codec.columns)
        for field in exported_fields(self.model):
            if field.column_name not in carried and not field.null and field.default is None:
                raise BundleError(f"数据包中的 {self.model._meta.table_name} 缺少“{field.column_name}”一栏。"
                                  f"{MSG_DAMAGED}")

    def _insert_only_values(self) -> dict[str, Any]:
        """Columns the bundle does not carry (an account's password and login state): a new row
        gets their defaults — and a password nothing verifies against."""
        values: dict[str, Any] = {}
        for field in self.model._meta.sorted_fields:
            if field.column_name in self.codec.columns:
                continue
            if field.column_name in IMPORTED_ACCOUNT:
                values[field.column_name] = field.db_value(IMPORTED_ACCOUNT[field.column_name])
            else:
                default = field.default() if callable(field.default) else field.default
                values[field.column_name] = None if default is None else field.db_value(default)
        return values

    def _owners(self, ids: list[str]) -> dict[str, uuid.UUID]:
        owners: dict[str, uuid.UUID] = {}
        for chunk in _chunks(ids, 1000):
            query = self.model.select(self.model.id, self.model.station).where(
                self.model.id.in_([uuid.UUID(i) for i in chunk])).tuples()
            owners.update({str(record_id): owner for record_id, owner in tuples(query)})
        return owners

    def add(self, row: list[Any]) -> None:
        """One record of the bundle: its JSON values in the bundle's column order."""
        if row[self.station_index] != str(self.station_id):
            raise BundleError("数据包中有不属于该派出所的记录，数据包已损坏或被改动，没有导入任何内容。")
        self.batch.append(row)
        self.batch_characters += sum(len(value) for value in row if isinstance(value, str))
        if len(self.batch) >= _BATCH or self.batch_characters >= _BATCH_CHARACTERS:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch, self.batch_characters = self.batch, [], 0
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

    def _write(self, batch: list[list[Any]]) -> None:
        id_index = self.codec.id_index
        locals_now = self._local_copies([row[id_index] for row in batch if row[id_index] in self.existing])
        rows: list[list[Any]] = []
        counts = TableCounts()
        for row in batch:
            values = self.codec.db_row(row)  # checks every value before anything is written
            record_id = row[id_index]
            self._check_version(row, locals_now.get(record_id))
            if record_id in self.existing:
                same = locals_now.get(record_id) == self.codec.json_row(values)
                if same and record_id not in self.released:
                    counts.unchanged += 1
                    continue
                if same:
                    counts.unchanged += 1  # rewritten only to take its unique values back
                else:
                    counts.updated += 1
            else:
                counts.inserted += 1
            for index, field in self.self_refs:  # links within the table wait until every row is there
                if values[index] is not None:
                    self.deferred.append((uuid.UUID(record_id), {field: uuid.UUID(row[index])}))
                    values[index] = None
            rows.append(values + list(self.insert_only.values()))
        for index, field in self.links:
            self._check_own(field.rel_model, {row[index] for row in batch if row[index] is not None})
        execute_many(self.upsert, rows)
        for name in ("inserted", "updated", "unchanged"):
            setattr(self.counts, name, getattr(self.counts, name) + getattr(counts, name))

    def _check_version(self, row: list[Any], mine: list[Any] | None) -> None:
        """Each change of a record is a journalled change: a copy cannot be more versions ahead of
        the county's than the bundle has changes (a forged version would make the county ignore
        the station's later edits)."""
        version = row[self.version_index]
        base = mine[self.version_index] if mine is not None else 0
        if version < 1 or (self.max_jump is not None and version - base > self.max_jump):
            raise BundleError(f"数据包中{self.model._meta.table_name}记录的版本号不合理"
                              f"（{base} → {version}，这份数据包只有 {self.max_jump} 项变更），"
                              "数据包已损坏或被改动，没有导入任何内容。")

    def _local_copies(self, ids: list[str]) -> dict[str, list[Any]]:
        """The county's copies of these records as JSON values (before any gave up unique values)."""
        found = {i: self.released[i] for i in ids if i in self.released}
        for chunk in _chunks([i for i in ids if i not in found], 1000):
            found.update(self.codec.fetch(chunk))
        return found

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
        self.released.update(self._local_copies(doomed))
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

    def _check_own(self, model: type[StationRecord], ids: set[str]) -> None:
        """A record links only to records of its own station: never to another station's, nor to the
        county's own (a resident merged into another station's resident, an area under the county's
        town would change what those records show and block their own station's deletions)."""
        for chunk in _chunks(sorted(ids), 1000):
            foreign = model.select(model.id).where(
                model.id.in_([uuid.UUID(i) for i in chunk]) & (model.station != self.station_id))
            if foreign.exists():
                raise BundleError(f"数据包中的{self.model._meta.table_name}记录指向本库中另一单位的记录"
                                  f"（{model._meta.table_name}），数据包已损坏或被改动，没有导入任何内容。")

    def link_self_references(self) -> None:
        self._check_own(self.model, {str(target) for _record, values in self.deferred
                                     for target in values.values()})
        for record_id, values in self.deferred:
            self.model.update(values).where(self.model.id == record_id).execute()

    def delete_gone(self) -> None:
        """Delete the tombstoned records; within a table that links to itself, leaves first."""
        remaining = list(self.gone)
        while remaining:
            before = len(remaining)
            for chunk in _chunks(remaining, 1000):
                where = self.model.id.in_([uuid.UUID(i) for i in chunk])
                for _index, ref in self.self_refs:
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
        moot = {record_id for (record_id,) in tuples(waiting)} & set(ids)
        for chunk in _chunks(sorted(moot)):
            BundleConflict.update(resolved_at=utcnow(), resolution=SUPERSEDED).where(
                (BundleConflict.table_name == table) & BundleConflict.record_id.in_(chunk)
                & BundleConflict.resolved_at.is_null()).execute()


def check_attachment_owners(models: dict[str, Any], station_id: uuid.UUID, ids: list[str]) -> None:
    """An attachment names its record by kind (a table) and id, not by a foreign key: the record,
    where it is here, must be the same station's (a photo sent by one station must not show among
    another station's, or the county's own, evidence)."""
    from station_app.attachments.models import Attachment

    owners: dict[str, set[uuid.UUID]] = {}
    for chunk in _chunks(ids, 1000):
        query = Attachment.select(Attachment.owner_kind, Attachment.owner_id).where(
            Attachment.id.in_([uuid.UUID(i) for i in chunk])).tuples()
        for kind, owner in tuples(query):
            try:
                owners.setdefault(kind, set()).add(uuid.UUID(owner))
            except ValueError:
                continue  # names no record: nothing to show it on
    for kind, owner_ids in owners.items():
        model = models.get(kind)
        if model is None:
            continue
        for chunk in _chunks(sorted(owner_ids, key=str), 1000):
            if model.select(model.id).where(model.id.in_(chunk) & (model.station != station_id)).exists():
                raise BundleError(f"数据包中的附件挂在本库中另一单位的记录（{kind}）上，"
                                  "数据包已损坏或被改动，没有导入任何内容。")
