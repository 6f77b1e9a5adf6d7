"""The station's change journal: what has changed since the county last got it.

Database triggers (migration 10) append every write of a home-station record — its number, table,
id and whether it deleted the record — in the same transaction as the write, so a bulk import, a
delete-and-recreate of a patrol's members or a merge are journalled like any edit, and a write that
rolls back leaves no entry. Numbers are given out in commit order; a record's latest entry decides.

An export carries every change after the last verified export of the same journal run (`epoch`);
the first export of a run carries everything (a full export). Nothing counts as delivered until
the stick has been read back (`record_verified_export`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from station_app.core.clock import utcnow
from station_app.core.db import tuples
from station_app.exchange.models import BundleExport, ChangeEntry, JournalState


@dataclass(frozen=True)
class JournalPosition:
    station_id: uuid.UUID
    epoch: str
    last_seq: int


@dataclass(frozen=True)
class ExportRange:
    """Changes (from_seq, to_seq] of one journal run; `full` carries every record instead."""

    epoch: str
    from_seq: int
    to_seq: int
    full: bool


@dataclass(frozen=True)
class PastExport:
    from_seq: int
    to_seq: int
    full: bool
    period_key: str
    created_at: datetime
    verified_at: datetime
    changes: int


def start_journal(station_id: uuid.UUID) -> None:
    """Journal this station's writes from now on (a new database's home station)."""
    from station_app.core import db
    from station_app.core.migrations.m0011_change_journal import create_journal_triggers
    from station_app.exchange.bundle import station_models

    if JournalState.get_or_none(JournalState.station_id == station_id) is None:
        JournalState.create(station_id=station_id, epoch=uuid.uuid4().hex, last_seq=0)
        tables = tuple(model._meta.table_name for model in station_models())
        create_journal_triggers(db.current(), tables, station_id)


def renew_epoch(station_id: uuid.UUID) -> None:
    """The database went back in time (a restored backup): its change numbers will be given out a
    second time, so they start a new run and the next export is full."""
    JournalState.update(epoch=uuid.uuid4().hex, started_at=utcnow()).where(
        JournalState.station_id == station_id).execute()


def last_change() -> int:
    """The newest change number given out (0: none yet)."""
    return int(ChangeEntry.select(fn.MAX(ChangeEntry.seq)).scalar() or 0)


def position(station_id: uuid.UUID) -> JournalPosition | None:
    state = JournalState.get_or_none(JournalState.station_id == station_id)
    if state is None:
        return None
    return JournalPosition(station_id, state.epoch, last_change())


def delivered_through(station_id: uuid.UUID, epoch: str) -> int | None:
    """The last change of the newest verified export of this run; None before the first."""
    newest = (BundleExport.select(BundleExport.to_seq)
              .where((BundleExport.station_id == station_id) & (BundleExport.epoch == epoch))
              .order_by(BundleExport.to_seq.desc()).first())
    return int(newest.to_seq) if newest else None


def undelivered_count(station_id: uuid.UUID, epoch: str, after: int | None) -> int:
    """Records changed since `after` (None: every record of the station counts)."""
    if after is None:
        from station_app.exchange.bundle import station_models

        return sum(model.select().where(model.station == station_id).count() for model in station_models())
    changed = (ChangeEntry.select(ChangeEntry.table_name, ChangeEntry.record_id)
               .where(ChangeEntry.seq > after).distinct())
    return changed.count()


def past_exports(station_id: uuid.UUID, epoch: str, limit: int = 30) -> list[PastExport]:
    """The verified exports of this run, newest first."""
    query = (BundleExport.select()
             .where((BundleExport.station_id == station_id) & (BundleExport.epoch == epoch))
             .order_by(BundleExport.to_seq.desc(), BundleExport.verified_at.desc()).limit(limit))
    return [PastExport(int(row.from_seq), int(row.to_seq), row.full, row.period_key, row.created_at,
                       row.verified_at, row.changes) for row in query]


def plan_range(station_id: uuid.UUID, *, full: bool = False, since: int | None = None) -> ExportRange:
    """What the next export carries: after the last verified export (the default), from change
    number `since` on (to mend a gap the county named), or everything (`full`, or a first export).
    Call inside the transaction that reads the records, so the range and the records agree."""
    state = JournalState.get(JournalState.station_id == station_id)
    last = last_change()
    if full:
        return ExportRange(state.epoch, 0, last, True)
    if since is not None:
        start = max(0, min(since - 1, last))
        return ExportRange(state.epoch, start, last, start == 0)
    delivered = delivered_through(station_id, state.epoch)
    if delivered is None:
        return ExportRange(state.epoch, 0, last, True)
    return ExportRange(state.epoch, min(delivered, last), last, False)


def changed_records(station_id: uuid.UUID, span: ExportRange) -> dict[str, tuple[list[str], list[str]]]:
    """`table → (ids to send, ids deleted)` for the changes in `span` (not for a full export):
    each record once, as its latest change in the span left it."""
    latest: dict[tuple[str, str], bool] = {}
    query = (ChangeEntry.select(ChangeEntry.table_name, ChangeEntry.record_id, ChangeEntry.deleted)
             .where((ChangeEntry.seq > span.from_seq) & (ChangeEntry.seq <= span.to_seq))
             .order_by(ChangeEntry.seq).tuples())
    for table, record_id, deleted in tuples(query):
        key = (table, str(record_id))
        latest.pop(key, None)  # keep the order of the latest change
        latest[key] = bool(deleted)
    found: dict[str, tuple[list[str], list[str]]] = {}
    for (table, record_id), deleted in latest.items():
        alive, gone = found.setdefault(table, ([], []))
        (gone if deleted else alive).append(record_id)
    return found


def audit_start(station_id: uuid.UUID, span: ExportRange) -> int:
    """The audit entries a bundle carries in full start after this number: after those of the
    export the county last applied before this bundle's range (everything for a full bundle)."""
    if span.full:
        return 0
    before = (BundleExport.select(BundleExport.audit_seq)
              .where((BundleExport.station_id == station_id) & (BundleExport.epoch == span.epoch)
                     & (BundleExport.to_seq <= span.from_seq))
              .order_by(BundleExport.to_seq.desc(), BundleExport.verified_at.desc()).first())
    return int(before.audit_seq) if before else 0


def record_verified_export(station_id: uuid.UUID, span: ExportRange, *, period_key: str,
                           created_at: datetime, created_by: str, folder: str, bundle_sha256: str,
                           changes: int, audit_seq: int = 0) -> None:
    """The stick was read back: these changes are delivered. Call inside a transaction."""
    BundleExport.create(station_id=station_id, epoch=span.epoch, from_seq=span.from_seq,
                        to_seq=span.to_seq, full=span.full, period_key=period_key,
                        created_at=created_at, created_by=created_by, folder=folder[:1000],
                        bundle_sha256=bundle_sha256, changes=changes, audit_seq=audit_seq)
    _compact(span.to_seq)


def _compact(delivered: int) -> None:
    """Entries delivered and superseded by a later change of the same record say nothing a
    bundle could need (`--since` sends each record's latest state): remove them, so the journal
    grows with the records, not with every write."""
    latest = (ChangeEntry.select(fn.MAX(ChangeEntry.seq))
              .group_by(ChangeEntry.table_name, ChangeEntry.record_id))
    ChangeEntry.delete().where((ChangeEntry.seq <= delivered) & ChangeEntry.seq.not_in(latest)).execute()
