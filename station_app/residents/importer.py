"""Importing residents from the spreadsheets a station really has — the API the UI and the CLI use.

    source = read_source("居民.xlsx")              # ImportFileError if unreadable
    mapping = guess_mapping(source.headers)       # the user may correct it
    report = preview_import(actor, source, mapping)   # what would happen; writes nothing
    report = run_import(actor, source, mapping, progress, cancelled)
    write_rejects("未导入.xlsx", report, source)   # rejected rows with their reasons, to fix

Reading lives in import_source/import_xlsx, the row-by-row decisions (matching rules documented
there) in import_plan, place names in import_areas. An import is ONE transaction: cancelled or
failed, the database is exactly as before.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.divisions import known_codes
from station_app.core.errors import StationError
from station_app.core.versioning import update_versioned
from station_app.residents.bulk import BATCH, insert_residents, stored_values
from station_app.residents.import_plan import ImportCancelled, Plan, Planner, RejectedRow
from station_app.residents.import_source import (
    FIELD_LABELS,
    ImportFileError,
    SourceTable,
    file_sha256,
    guess_mapping,
    paused_gc,
    read_source,
)
from station_app.residents.models import Resident
from station_app.residents.pinyin import warm_up
from station_app.residents.search_index import deferred_indexing

__all__ = [
    "FIELD_LABELS",
    "ImportCancelled",
    "ImportFileError",
    "ImportReport",
    "RejectedRow",
    "SourceTable",
    "guess_mapping",
    "preview_import",
    "read_source",
    "run_import",
    "write_rejects",
]

Progress = Callable[[float, str], None]
_PLAN_SHARE = 0.5  # of the progress bar: checking rows; the rest is writing


@dataclass
class ImportReport:
    """What an import did (or, from preview_import, would do)."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    new_areas: list[str] = field(default_factory=list)  # "高力板镇 / 查干陶勒盖嘎查 / 第1网格"
    sheet_name: str = ""
    header_row: int = 0
    # Rows imported with a note to check (an ID number's region code no GB/T 2260 revision had).
    warnings: list[RejectedRow] = field(default_factory=list)


def _report(plan: Plan, source: SourceTable) -> ImportReport:
    return ImportReport(len(plan.new), len(plan.updates), plan.unchanged, plan.rejected, plan.new_areas,
                        source.sheet_name, source.header_row, plan.warnings)


def preview_import(actor: Actor, source: SourceTable, mapping: Mapping[int, str]) -> ImportReport:
    """Exactly what run_import would do with the database as it is now; writes nothing.

    Raises PermissionDenied, ValidationError (bad mapping: no name column, a field twice).
    """
    permissions.require(actor, "residents.import")
    return _report(Planner(_station(actor), source, mapping, None, None).run(), source)


def run_import(
    actor: Actor,
    source: SourceTable,
    mapping: Mapping[int, str],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the rows of `source`: new residents are added, matched ones updated (each audited),
    new areas created; one summary audit entry records the file and its SHA-256.

    `progress(fraction, message)` is called as work proceeds; `cancelled()` is polled every few
    hundred rows and between insert batches. Raises ImportCancelled (nothing written),
    PermissionDenied, ValidationError (bad mapping), ConflictError / StationError when another PC
    changed the same residents meanwhile (nothing written).
    """
    permissions.require(actor, "residents.import")
    report_progress = progress or (lambda fraction, message: None)
    poll = cancelled or (lambda: False)
    station_id = _station(actor)
    warm_up()  # pypinyin's dictionary and the division codes load before the transaction locks
    known_codes()
    try:
        with paused_gc(), db.bulk_write_cache(), db.transaction(task="residents.import"):
            planner = Planner(station_id, source, mapping, report_progress, poll)
            plan = planner.run(0.0, _PLAN_SHARE)
            real = planner.areas.create_planned(plan.planned_areas)
            _insert_new(station_id, plan, real, report_progress, poll)
            _apply_updates(actor, source, plan, real, report_progress, poll)
            report = _report(plan, source)
            audit.record(actor, "resident.import", "resident", "", extra={
                "file": source.path.name,
                "sha256": source.sha256 or file_sha256(source.path),
                "sheet": source.sheet_name,
                "imported": report.imported,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": len(report.rejected),
                "new_areas": "、".join(report.new_areas),
            })
    except peewee.IntegrityError as exc:
        # Only possible when another PC registered the same person between our check and insert.
        raise StationError(
            "导入期间其他电脑登记了相同身份证号的居民，本次导入未保存任何数据。请重新导入。"
        ) from exc
    report_progress(1.0, "导入完成")
    return report


def _station(actor: Actor) -> uuid.UUID:
    if actor.station_id is None:
        raise StationError("尚未设置本所信息，无法导入居民。")
    return actor.station_id


def _check_cancel(poll: Callable[[], bool]) -> None:
    if poll():
        raise ImportCancelled()


def _insert_new(station_id: uuid.UUID, plan: Plan, real: dict[uuid.UUID, uuid.UUID],
                progress: Progress, poll: Callable[[], bool]) -> None:
    total = max(len(plan.new), 1)
    # One index build for the whole file, in key order, at the end: per batch, each build scattered
    # its rows over an index growing to millions of rows (100k residents: 33 s of the import).
    with deferred_indexing():
        for start in range(0, len(plan.new), BATCH):
            _check_cancel(poll)
            batch = []
            for fields in plan.new[start:start + BATCH]:
                if fields.grid_id is not None:
                    fields.grid_id = real.get(fields.grid_id, fields.grid_id)
                batch.append(stored_values(station_id, fields))
            insert_residents(batch)
            done = start + len(batch)
            progress(_PLAN_SHARE + (1 - _PLAN_SHARE) * 0.7 * done / total,
                     f"写入新居民 {done}/{len(plan.new)}")
        _check_cancel(poll)
        progress(_PLAN_SHARE + (1 - _PLAN_SHARE) * 0.7, "建立搜索索引…")


def _apply_updates(actor: Actor, source: SourceTable, plan: Plan, real: dict[uuid.UUID, uuid.UUID],
                   progress: Progress, poll: Callable[[], bool]) -> None:
    hidden = {"name_keys", "phone_reversed"}
    total = max(len(plan.updates), 1)
    for position, update in enumerate(plan.updates):
        if position % 100 == 0:
            _check_cancel(poll)
            progress(_PLAN_SHARE + (1 - _PLAN_SHARE) * (0.8 + 0.2 * position / total),
                     f"更新居民 {position + 1}/{len(plan.updates)}")
        changes = dict(update.after)
        if changes.get("grid") is not None:
            changes["grid"] = real.get(changes["grid"], changes["grid"])  # type: ignore[arg-type]
        update_versioned(Resident(id=update.resident_id), update.version, **changes)
        audit.record(actor, "resident.update", "resident", update.resident_id, update.before,
                     {key: value for key, value in changes.items() if key not in hidden},
                     extra={"source": "import", "file": source.path.name, "row": update.row_number})
    _check_cancel(poll)


def write_rejects(path: str | Path, report: ImportReport, source: SourceTable) -> None:
    """Save the rejected rows as .xlsx: 行号, 原因, then the original columns, every value as text
    (ID numbers stay text, "=…" stays a string, never a formula) so the file can be fixed and
    re-imported. Written to a temporary file and renamed: never half-written. Raises OSError."""
    from station_app.residents.exporter import new_sheet, save_atomically, text_row

    workbook, sheet = new_sheet("未导入的行", ["行号", "原因", *source.headers],
                                widths=[8, 48, *([16] * len(source.headers))])
    for rejected in report.rejected:
        sheet.append(text_row(sheet, [rejected.row_number, rejected.reason, *rejected.values]))
    save_atomically(workbook, Path(path))
