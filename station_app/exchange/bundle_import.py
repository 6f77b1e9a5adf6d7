"""Merging a station's bundle into this database (usually the county bureau's).

Records keep their UUIDs and their station; the bundle's station is created (not as home) if
this database has not seen it. For every incoming record, compared with the local copy of the
same id on the exported columns:

1. no local copy                                   → inserted;
2. identical content                               → unchanged (so a second import changes nothing);
3. bundle version > local version                  → updated, UNLESS the local copy was saved after
                                                     the bundle was made (both sides edited) → conflict;
4. same version, different content                 → conflict (two edits made on the same base);
5. bundle version < local version                  → conflict if the local copy was saved after the
                                                     bundle was made, otherwise the bundle is older
                                                     than what is here: skipped, counted unchanged.

A conflict is never applied: both copies are kept side by side in `bundle_conflict` (once per
distinct incoming content) for a person to decide. One audit entry is written per import.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee
from peewee import EXCLUDED

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.models import Station, StationRecord
from station_app.exchange.bundle import (
    MSG_DAMAGED,
    Bundle,
    BundleError,
    exported_fields,
    from_json,
    parse_datetime,
    read_bundle,
    row_to_json,
    station_models,
)
from station_app.exchange.models import BundleBase, BundleConflict

IMPORT_ACTION = "exchange.import"
SUPERSEDED = "superseded"  # a conflict closed by a newer copy from the same station
UNUSABLE_PASSWORD_HASH = "!imported"  # no password verifies against it
_BATCH = 500


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: str
    local_version: int
    incoming_version: int
    reason: str


@dataclass
class ImportSummary:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def _canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _ensure_station(info: dict[str, str]) -> uuid.UUID:
    station_id = uuid.UUID(info["id"])
    if Station.get_or_none(Station.id == station_id) is not None:
        return station_id
    clash = Station.get_or_none(Station.code == info["code"])
    if clash is not None:
        raise BundleError(f"本库中已有单位代码为 {info['code']} 的另一个派出所（{clash.name}），"
                          "与数据包中的派出所不是同一个，无法导入。请核对单位代码。")
    Station.create(id=station_id, code=info["code"], name=info["name"], county=info["county"],
                   town=info.get("town", ""), is_home=False)
    return station_id


def _locals(model: type[StationRecord], ids: list[uuid.UUID]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _BATCH):
        query = model.select().where(model.id.in_(ids[start:start + _BATCH])).dicts()
        found.update({str(row["id"]): row_to_json(model, row) for row in query})
    return found


def _supersede_conflicts(table: str, record_ids: list[uuid.UUID]) -> None:
    """A newer copy from the station arrived: what was waiting on an older one is moot."""
    for start in range(0, len(record_ids), _BATCH):
        BundleConflict.update(resolved_at=utcnow(), resolution=SUPERSEDED).where(
            (BundleConflict.table_name == table) & BundleConflict.resolved_at.is_null()
            & BundleConflict.record_id.in_([str(i) for i in record_ids[start:start + _BATCH]])).execute()


def digest(record: dict[str, Any]) -> str:
    """The SHA-256 of a record as exported: what the bases and conflicts compare."""
    return hashlib.sha256(_canonical(record).encode("utf-8")).hexdigest()


def _bases(table: str, ids: list[str]) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    for start in range(0, len(ids), _BATCH):
        query = (BundleBase.select(BundleBase.record_id, BundleBase.sha256, BundleBase.version)
                 .where((BundleBase.table_name == table)
                        & BundleBase.record_id.in_(ids[start:start + _BATCH])))
        found.update({record_id: (sha, version) for record_id, sha, version in query.tuples()})
    return found


def remember_bases(table: str, records: list[dict[str, Any]]) -> None:
    """Note `records` as the copies last received from their station."""
    rows = [{"table_name": table, "record_id": record["id"], "sha256": digest(record),
             "version": int(record["version"]), "received_at": utcnow()} for record in records]
    for start in range(0, len(rows), _BATCH):
        (BundleBase.insert_many(rows[start:start + _BATCH])
         .on_conflict(conflict_target=[BundleBase.table_name, BundleBase.record_id],
                      update={BundleBase.sha256: EXCLUDED.sha256, BundleBase.version: EXCLUDED.version,
                              BundleBase.received_at: EXCLUDED.received_at})
         .execute())


def _decide(local: dict[str, Any], incoming: dict[str, Any], base: tuple[str, int] | None,
            bundle_made: datetime) -> str | None:
    """None to apply the incoming copy, "" to skip it, or the reason it is a conflict.

    With the copy last received from the station (`base`: its hash and version) "both sides
    changed since the last exchange" is exact: this database's copy differs from it and so does
    the incoming one. Records received before schema 9 have no base: versions and the time of the
    local edit decide.
    """
    local_version, incoming_version = int(local["version"]), int(incoming["version"])
    if base is not None:
        base_sha, base_version = base
        if incoming_version < base_version or digest(incoming) == base_sha:
            return ""  # an older bundle, or nothing new from the station: what is here stays
        if digest(local) == base_sha:
            return None  # untouched here since the last exchange: the station's edit applies
        return "双方在上次交换之后各自作了修改"
    edited_here_later = parse_datetime(local["updated_at"]) > bundle_made
    if incoming_version == local_version:
        return "双方在同一版本上各自作了修改"
    if edited_here_later:
        return "本库的记录在数据包生成之后又被修改过"
    return None if incoming_version > local_version else ""


class _TableImport:
    """Imports one table's records; self-references are filled in after every insert."""

    def __init__(self, model: type[StationRecord], summary: ImportSummary, bundle: Bundle) -> None:
        self.model, self.summary, self.bundle = model, summary, bundle
        self.by_column = {f.column_name: f for f in exported_fields(model)}
        self.self_refs = [f for f in model._meta.refs if f.rel_model is model]
        self.deferred: list[tuple[uuid.UUID, dict[peewee.Field, Any]]] = []

    def values(self, record: dict[str, Any]) -> dict[peewee.Field, Any]:
        unknown = set(record) - set(self.by_column)
        if unknown:
            raise BundleError(f"数据包中的 {self.model._meta.table_name} 有本程序不认识的栏目："
                              f"{'、'.join(sorted(unknown))}。请先升级平安台账。")
        return {self.by_column[c]: from_json(self.by_column[c], v) for c, v in record.items()}

    def run(self, records: list[dict[str, Any]], station_id: str) -> None:
        if any(record.get("station_id") != station_id for record in records):
            raise BundleError("数据包中有不属于该派出所的记录，数据包已损坏或被改动。")
        local = _locals(self.model, [uuid.UUID(record["id"]) for record in records])
        table = self.model._meta.table_name
        bases = _bases(table, [record["id"] for record in records if record["id"] in local])
        inserts: list[dict[peewee.Field, Any]] = []
        updates: list[dict[peewee.Field, Any]] = []
        received: list[dict[str, Any]] = []  # the copies this database now holds as the station has them
        for record in records:
            values = self.values(record)
            mine = local.get(record["id"])
            if mine is None:
                inserts.append(self._for_insert(values))
                received.append(record)
            elif mine == record:
                self.summary.unchanged += 1
                if bases.get(record["id"], ("", 0))[0] != digest(record):  # a second import writes nothing
                    received.append(record)
            else:
                verdict = _decide(mine, record, bases.get(record["id"]), self.bundle.created_at)
                if verdict is None:
                    updates.append(self._defer_self_refs(values))
                    received.append(record)
                elif verdict == "":
                    self.summary.unchanged += 1
                else:
                    self._keep_conflict(mine, record, verdict)
        # Updates before inserts: a merged resident gives up its ID number to someone new in this
        # bundle, and the unique index must see it released first. Among the updates themselves the
        # order is the bundle's, so their unique values are released all at once before any is set
        # again (the older survivor of a merge takes the number its duplicate still holds here).
        # Links to rows of the same table wait for `finish`, when every row is there.
        updated_ids = [values[self.model.id] for values in updates]
        self._release_unique_values(updated_ids)
        _supersede_conflicts(self.model._meta.table_name, updated_ids)
        for values in updates:
            # The id stays out of SET: "changing" it makes SQLite re-check every child table.
            record_id = values.pop(self.model.id)
            self.model.update(values).where(self.model.id == record_id).execute()
        self.summary.updated += len(updates)
        for start in range(0, len(inserts), _BATCH):
            self.model.insert_many(inserts[start:start + _BATCH]).execute()
        self.summary.inserted += len(inserts)
        remember_bases(table, received)

    def _release_unique_values(self, ids: list[uuid.UUID]) -> None:
        indexed = {name for columns, unique in self.model._meta.indexes if unique for name in columns}
        releasable = {field: None for field in self.by_column.values()
                      if field.null and (field.unique or field.name in indexed)}
        if not releasable or not ids:
            return
        for start in range(0, len(ids), _BATCH):
            self.model.update(releasable).where(self.model.id.in_(ids[start:start + _BATCH])).execute()

    def _defer_self_refs(self, values: dict[peewee.Field, Any]) -> dict[peewee.Field, Any]:
        later = {f: values[f] for f in self.self_refs if values.get(f) is not None}
        if later:
            values.update(dict.fromkeys(later))
            self.deferred.append((values[self.model.id], later))
        return values

    def _for_insert(self, values: dict[peewee.Field, Any]) -> dict[peewee.Field, Any]:
        self._defer_self_refs(values)
        if "password_hash" in self.model._meta.fields:
            values[self.model._meta.fields["password_hash"]] = UNUSABLE_PASSWORD_HASH
        return values

    def finish(self) -> None:
        for record_id, values in self.deferred:
            self.model.update(values).where(self.model.id == record_id).execute()

    def _keep_conflict(self, local: dict[str, Any], incoming: dict[str, Any], reason: str) -> None:
        table = self.model._meta.table_name
        text = _canonical(incoming)
        incoming_sha = digest(incoming)
        known = BundleConflict.get_or_none(
            (BundleConflict.table_name == table) & (BundleConflict.record_id == incoming["id"])
            & (BundleConflict.incoming_sha256 == incoming_sha))
        if known is not None and known.resolved_at is not None:
            self.summary.unchanged += 1  # this very copy was already decided on
            return
        self.summary.conflicts.append(
            Conflict(table, incoming["id"], int(local["version"]), int(incoming["version"]), reason))
        if known is not None:
            return
        # A newer copy of the same record replaces the one still waiting: decide on the latest.
        _supersede_conflicts(table, [uuid.UUID(incoming["id"])])
        BundleConflict.create(
            table_name=table, record_id=incoming["id"], station=uuid.UUID(local["station_id"]),
            bundle_station=uuid.UUID(self.bundle.station["id"]), bundle_created_at=self.bundle.created_at,
            local_version=int(local["version"]), incoming_version=int(incoming["version"]),
            local_json=_canonical(local), incoming_json=text, incoming_sha256=incoming_sha, reason=reason)


def import_bundle_file(actor: Actor, path: Path, password: str) -> ImportSummary:
    """Read, decrypt, check and merge the bundle file at `path` (what the county clerk picks)."""
    permissions.require(actor, IMPORT_ACTION)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BundleError(f"无法读取数据包 {Path(path).name}：{exc.strerror or exc}。"
                          "若在U盘上，请确认U盘仍插着。") from exc
    return import_bundle(actor, read_bundle(data, password))


def import_bundle(actor: Actor, bundle: Bundle) -> ImportSummary:
    """Merge `bundle` into this database in one transaction with one audit entry."""
    permissions.require(actor, IMPORT_ACTION)
    models = {model._meta.table_name: model for model in station_models()}
    unknown = set(bundle.tables) - set(models)
    if unknown:
        raise BundleError(f"数据包中有本程序不认识的数据表：{'、'.join(sorted(unknown))}。请先升级平安台账。")
    summary = ImportSummary()
    _store_files(bundle)
    try:
        _merge(actor, bundle, models, summary)
    except (peewee.IntegrityError, peewee.DataError) as exc:  # DataError: PostgreSQL, a value too long
        raise BundleError("数据包中的记录引用了本库没有的记录（例如更早一周的居民），无法导入。"
                          f"请先导入该派出所更早的数据包。（{exc}）") from exc
    return summary


def _store_files(bundle: Bundle) -> None:
    """Attachment files go into the store before the records that name them; a file stored for
    an import that then fails is harmless (the store is keyed by content)."""
    from station_app.attachments.service import store_bytes

    for sha, content in bundle.files.items():
        try:
            if store_bytes(content) != sha:
                raise BundleError(MSG_DAMAGED)
        except OSError as exc:
            raise BundleError(f"无法保存数据包中的附件：{exc.strerror or exc}。请检查磁盘空间。") from exc


def _merge(actor: Actor, bundle: Bundle, models: dict[str, type[StationRecord]],
           summary: ImportSummary) -> None:
    with db.transaction():
        station_id = str(_ensure_station(bundle.station))
        imports = []
        for name, model in models.items():
            if bundle.tables.get(name):
                table_import = _TableImport(model, summary, bundle)
                table_import.run(bundle.tables[name], station_id)
                imports.append(table_import)
        for table_import in imports:
            table_import.finish()
        audit.record(actor, "bundle.import", "bundle", station_id, extra={
            "station_code": bundle.station["code"], "station_name": bundle.station["name"],
            "period": f"{bundle.manifest['period']['start']} – {bundle.manifest['period']['end']}",
            "created_at": bundle.manifest["created_at"], "inserted": summary.inserted,
            "updated": summary.updated, "unchanged": summary.unchanged,
            "conflicts": len(summary.conflicts),
            "audit_anchor": bundle.manifest.get("audit_anchor", {}).get("hash", ""),
            "attachment_files": len(bundle.files),
        })
