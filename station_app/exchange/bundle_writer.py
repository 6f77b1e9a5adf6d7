"""Writing a station's bundle: every change the county does not have yet, as one sealed stream.

The journal range and the records are read in one snapshot, so what the bundle says it carries and
what it carries agree even while officers keep working. Records are read in batches and written
as they are read: memory stays small however many changes are waiting.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from station_app.accounts import permissions
from station_app.audit.chain import chain_head
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.db import tuples
from station_app.core.errors import StationError, ValidationError
from station_app.core.migrations import latest_version
from station_app.core.models import Station, StationRecord
from station_app.exchange import journal
from station_app.exchange.bundle import (
    EXCLUDED_COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    BundleError,
    exported_fields,
    station_models,
    to_json,
)
from station_app.exchange.codec import TableCodec
from station_app.exchange.enrolment import active_county
from station_app.exchange.history import chain_hashes, entries_after
from station_app.exchange.journal import ExportRange
from station_app.exchange.keys import load_private_keys, own_identity, unb64
from station_app.exchange.sealing import HashingWriter, new_key_header, new_password_header, signed_digest
from station_app.exchange.stream import FrameWriter, SealedWriter

if TYPE_CHECKING:
    from station_app.reports.periods import Period

_BATCH = 1000
Progress = Callable[[int, int], None]  # (changes written, changes in all)


@dataclass(frozen=True)
class WrittenBundle:
    """What a bundle carries: its journal range, counts per table, and when it was made."""

    span: ExportRange
    created_at: datetime
    records: dict[str, int]
    deleted: dict[str, int]
    files: int
    missing_files: list[str] = field(default_factory=list)
    sealed_bytes: int = 0
    audit_seq: int = 0  # the newest audit entry the bundle's history carries
    signed: bool = False  # sealed for the enrolled county (no password)

    @property
    def changes(self) -> int:
        return sum(self.records.values()) + sum(self.deleted.values())


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_bundle(actor: Actor, out: BinaryIO, password: str | None = None, *, period: Period | None = None,
                 full: bool = False, since: int | None = None, include_attachments: bool = False,
                 progress: Progress | None = None) -> WrittenBundle:
    """Write the home station's undelivered changes (or, `full`, all its records; or the changes
    from number `since` on) to `out`: sealed for its county and signed when the station is
    enrolled (no password), else under `password`. Marks nothing delivered: the caller does that
    once the copy on the stick has been read back (journal.record_verified_export)."""
    permissions.require(actor, "exchange.export")
    station = Station.get_or_none(Station.is_home == True)  # noqa: E712 (peewee expression)
    if station is None or journal.position(station.id) is None:
        raise BundleError("本库尚未设置本所信息，无法生成数据包。")
    county = active_county()
    signer = load_private_keys(station.id) if county is not None else None
    if county is not None:
        identity = own_identity(station.id)
        assert identity is not None  # load_private_keys checked it
        header, key, prefix = new_key_header(station.id, identity.fingerprint, county.fingerprint,
                                             unb64(county.box_public, 32))
        target: BinaryIO | HashingWriter = HashingWriter(out)
    elif password:
        header, key, prefix = new_password_header(password)
        target = out
    else:
        raise ValidationError.single("password", "本所还没有与县局交换密钥，请输入数据包密码"
                                                 "（或先在“设置”中完成与县局的登记，以后就不需要密码）。")
    target.write(header)
    sealed = SealedWriter(target, key, prefix, header)  # type: ignore[arg-type]
    frames = FrameWriter(sealed)
    with db.snapshot():
        span = journal.plan_range(station.id, full=full, since=since)
        changed = {} if span.full else journal.changed_records(station.id, span)
        created_at = utcnow()
        plan = [(model, _ids_to_send(model, station.id, span, changed)) for model in station_models()]
        total = sum(len(alive) + len(gone) for _model, (alive, gone) in plan)
        frames.frame(b"M", _dumps(_manifest(actor, station, span, period, created_at, plan)))
        records: dict[str, int] = {}
        deleted: dict[str, int] = {}
        digests: list[str] = []
        done = 0
        for model, (alive, gone) in plan:
            name = model._meta.table_name
            frames.frame(b"T", _dumps({"table": name, "ids": alive, "deleted": gone}))
            for values in _records(model, alive):
                frames.frame(b"R", _dumps(values))
                if name == "attachment" and include_attachments:
                    digests.append(values[_column_index(model, "sha256")])
            records[name], deleted[name] = len(alive), len(gone)
            done += len(alive) + len(gone)
            if progress is not None:
                progress(done, total)
        audit_seq = _write_history(frames, journal.audit_start(station.id, span))
    missing = _write_files(frames, list(dict.fromkeys(digests))) if include_attachments else []
    files = len(set(digests)) - len(missing)
    frames.frame(b"E", _dumps({"records": sum(records.values()), "deleted": sum(deleted.values()),
                               "files": files, "missing_files": missing}))
    frames.close()
    if signer is not None:
        assert isinstance(target, HashingWriter)
        out.write(signer.sign.sign(signed_digest(target.sha256.digest())))
    return WrittenBundle(span, created_at, records, deleted, files, missing,
                         len(header) + sealed.bytes_written, audit_seq, county is not None)


def build_bundle(actor: Actor, password: str, **options: Any) -> bytes:
    """The bundle as bytes (tests, small exports); see write_bundle for the options."""
    buffer = io.BytesIO()
    write_bundle(actor, buffer, password, **options)
    return buffer.getvalue()


def _ids_to_send(model: type[StationRecord], station_id: uuid.UUID, span: ExportRange,
                 changed: dict[str, tuple[list[str], list[str]]]) -> tuple[list[str], list[str]]:
    if span.full:
        query = model.select(model.id).where(model.station == station_id).order_by(model.id).tuples()
        return [str(record_id) for (record_id,) in tuples(query)], []
    alive, gone = changed.get(model._meta.table_name, ([], []))
    return alive, gone


def _manifest(actor: Actor, station: Station, span: ExportRange, period: Period | None,
              created_at: datetime, plan: list[tuple[type[StationRecord], tuple[list[str], list[str]]]],
              ) -> dict[str, Any]:
    anchor = chain_head()
    return {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "schema_version": latest_version(),
        "station": {"id": str(station.id), "code": station.code, "name": station.name,
                    "county": station.county, "town": station.town},
        "journal": {"epoch": span.epoch, "from": span.from_seq, "to": span.to_seq, "full": span.full},
        "period": ({"key": period.key, "first_day": period.first_day.isoformat(),
                    "last_day": period.last_day.isoformat()} if period else
                   {"key": "", "first_day": "", "last_day": ""}),
        "created_at": to_json(created_at), "created_by": actor.username,
        "audit_anchor": {"seq": anchor.seq, "hash": anchor.hash},
        "exports": [{"from": past.from_seq, "to": past.to_seq, "full": past.full, "period": past.period_key,
                     "created_at": to_json(past.created_at)}
                    for past in journal.past_exports(station.id, span.epoch)],
        "excluded_columns": {table: sorted(columns) for table, columns in EXCLUDED_COLUMNS.items()},
        "tables": {model._meta.table_name: {"columns": [f.column_name for f in exported_fields(model)],
                                            "records": len(alive), "deleted": len(gone)}
                   for model, (alive, gone) in plan},
    }


def _write_history(frames: FrameWriter, after: int) -> int:
    """The station's chain as (number, short hash) pairs, then in full the entries after `after`;
    returns the newest number carried."""
    hashes = chain_hashes()
    frames.frame(b"H", _dumps(hashes))
    for entry in entries_after(after):
        frames.frame(b"A", _dumps(entry))
    return int(hashes[-1][0]) if hashes else 0


def _column_index(model: type[StationRecord], column: str) -> int:
    return [f.column_name for f in exported_fields(model)].index(column)


def _records(model: type[StationRecord], ids: list[str]) -> Iterator[list[Any]]:
    """The records with `ids`, in that order, as lists of JSON values in column order."""
    codec = TableCodec(model, [f.column_name for f in exported_fields(model)])
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start:start + _BATCH]
        rows = codec.fetch(chunk)
        for record_id in chunk:
            row = rows.get(record_id)
            if row is None:  # the journal and the table are read in one snapshot: cannot happen
                raise BundleError("本库的变更记录与数据不一致，无法生成数据包。请运行 station check。")
            yield row


def _write_files(frames: FrameWriter, digests: list[str]) -> list[str]:
    """Attachment files after the records; one missing from this PC's store (or no longer
    matching its hash) is listed, not fatal."""
    from station_app.attachments.service import read_chunks

    missing: list[str] = []
    for digest in digests:
        try:
            checked, size = hashlib.sha256(), 0
            for chunk in read_chunks(digest):
                checked.update(chunk)
                size += len(chunk)
        except (OSError, StationError):
            missing.append(digest)
            continue
        if checked.hexdigest() != digest:
            missing.append(digest)
            continue
        frames.frame(b"F", _dumps({"sha256": digest, "size": size}))
        try:
            for chunk in read_chunks(digest):  # a second pass: memory stays one chunk
                frames.frame(b"B", chunk)
        except (OSError, StationError) as exc:
            raise BundleError(f"读取附件文件失败：{getattr(exc, 'strerror', None) or exc}。"
                              "请运行 station check 后重试。") from exc
    return missing
