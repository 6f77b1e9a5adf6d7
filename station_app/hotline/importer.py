"""Importing orders from the 12345 platform's Excel export — the API the UI and the CLI use.

    source = read_orders("工单.xlsx")                      # ImportFileError if unreadable
    report = preview_import(actor, source)                  # what would happen; writes nothing
    report = run_import(actor, source, {"XA…": "take"}, progress, cancelled)
    write_rejects("未导入.xlsx", report, source)           # rejected rows + conflicts, to check

An import is ONE transaction: cancelled or failed, the database is exactly as before.
Conflicts (same number, different content) keep the stored order unless `resolutions` maps
the number to "take" (the file's version).
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
from station_app.core.clock import utcnow
from station_app.core.errors import StationError
from station_app.core.versioning import update_versioned
from station_app.hotline.calendar import load_calendar
from station_app.hotline.import_plan import Conflict, Plan, Planner
from station_app.hotline.import_source import read_orders
from station_app.hotline.models import HotlineEvent, HotlineOrder
from station_app.hotline.orders import add_event, audit_order, station_of
from station_app.residents.import_plan import ImportCancelled, RejectedRow
from station_app.residents.import_source import ImportFileError, SourceTable, file_sha256

__all__ = ["ImportCancelled", "ImportFileError", "ImportReport", "preview_import", "read_orders",
           "run_import", "write_rejects"]

Progress = Callable[[float, str], None]
BATCH = 500


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    taken: list[str] = field(default_factory=list)  # conflicts resolved with the file's version
    sheet_name: str = ""
    header_row: int = 0

    @property
    def kept(self) -> list[str]:
        return [item.order_number for item in self.conflicts if item.order_number not in self.taken]


def _report(plan: Plan, source: SourceTable, taken: list[str]) -> ImportReport:
    return ImportReport(len(plan.new), len(plan.updates), plan.unchanged, plan.rejected, plan.conflicts,
                        taken, source.sheet_name, source.header_row)


def preview_import(actor: Actor, source: SourceTable) -> ImportReport:
    """Exactly what run_import would do with the database as it is now; writes nothing."""
    permissions.require(actor, "hotline.import")
    return _report(Planner(station_of(actor), source, load_calendar(actor)).run(), source, [])


def run_import(actor: Actor, source: SourceTable, resolutions: Mapping[str, str] | None = None,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
               ) -> ImportReport:
    """Import the rows: new orders added, changed ones updated (each audited), conflicts kept
    unless resolved "take"; one summary audit entry records the file and its SHA-256.

    Raises ImportCancelled (nothing written), PermissionDenied, ImportFileError (columns missing),
    ConflictError / StationError when another PC changed the same orders meanwhile.
    """
    permissions.require(actor, "hotline.import")
    report_progress = progress or (lambda fraction, message: None)
    poll = cancelled or (lambda: False)
    station_id = station_of(actor)
    choices = dict(resolutions or {})
    try:
        with db.transaction(task="hotline.import"):
            plan = Planner(station_id, source, load_calendar(actor), poll, report_progress).run(0.0, 0.5)
            _insert(actor, station_id, plan, report_progress, poll)
            for update in plan.updates:
                update_versioned(HotlineOrder(id=update.order_id), update.version, **update.after)
                _reimported(actor, station_id, update.order_id, update.number, update.before, update.after,
                            source, update.row_number)
            taken = []
            for conflict in plan.conflicts:
                if choices.get(conflict.order_number) != "take":
                    continue
                update_versioned(HotlineOrder(id=conflict.order_id), conflict.version, **conflict.take)
                _reimported(actor, station_id, conflict.order_id, conflict.order_number, conflict.before,
                            conflict.take, source, conflict.row_number, conflict=True)
                taken.append(conflict.order_number)
            if poll():
                raise ImportCancelled()
            report = _report(plan, source, taken)
            audit.record(actor, "hotline.import", "hotline_order", "", extra={
                "file": source.path.name, "sha256": source.sha256 or file_sha256(source.path),
                "sheet": source.sheet_name, "imported": report.imported, "updated": report.updated,
                "unchanged": report.unchanged, "rejected": len(report.rejected),
                "conflicts": len(report.conflicts), "taken": len(taken)})
    except peewee.IntegrityError as exc:  # another PC registered one of these numbers meanwhile
        raise StationError(
            "导入期间其他电脑登记了相同编号的工单，本次导入未保存任何数据。请重新导入。") from exc
    report_progress(1.0, "导入完成")
    return report


def _insert(actor: Actor, station_id: uuid.UUID, plan: Plan, progress: Progress,
            poll: Callable[[], bool]) -> None:
    now, total = utcnow(), max(len(plan.new), 1)
    for first in range(0, len(plan.new), BATCH):
        if poll():
            raise ImportCancelled()
        orders, events = [], []
        for _row, fields in plan.new[first:first + BATCH]:
            order_id = uuid.uuid4()
            orders.append({"id": order_id, "station": station_id, "order_number": fields.order_number,
                           "status": "received", "source": "import", "registered_by": actor.full_name,
                           "created_at": now, "updated_at": now, "version": 1, **fields.platform_values()})
            events.append({"id": uuid.uuid4(), "station": station_id, "order": order_id, "kind": "import",
                           "at": now, "by": actor.full_name,
                           "text": f"办理期限 {fields.deadline.isoformat()}",
                           "satisfaction": "", "created_at": now, "updated_at": now, "version": 1})
        HotlineOrder.insert_many(orders).execute()
        HotlineEvent.insert_many(events).execute()
        done = first + len(orders)
        progress(0.5 + 0.4 * done / total, f"写入新工单 {done}/{len(plan.new)}")


def _reimported(actor: Actor, station_id: uuid.UUID, order_id: uuid.UUID, number: str,
                before: Mapping[str, object], after: Mapping[str, object], source: SourceTable, row: int,
                conflict: bool = False) -> None:
    changed = "、".join(sorted(after))
    text = ("按导入文件替换（编号冲突）：" if conflict else "平台数据更新：") + changed
    add_event(HotlineOrder(id=order_id, station=station_id), "reimport", actor.full_name, text)
    audit_order(actor, "hotline.reimport", order_id, number, dict(before), dict(after),
                file=source.path.name, row=row, conflict=conflict)


def write_rejects(path: str | Path, report: ImportReport, source: SourceTable) -> None:
    """Save the rejected rows (行号, 原因, then the original columns, all as text) and, on a second
    sheet, the conflicts with both versions side by side. Written atomically. Raises OSError."""
    from station_app.residents.exporter import new_sheet, save_atomically, text_row

    workbook, sheet = new_sheet("未导入的行", ["行号", "原因", *source.headers],
                                widths=[8, 48, *([16] * len(source.headers))])
    for rejected in report.rejected:
        sheet.append(text_row(sheet, [rejected.row_number, rejected.reason, *rejected.values]))
    if report.conflicts:
        conflicts = workbook.create_sheet("编号冲突")
        conflicts.append(text_row(conflicts, ["行号", "工单编号", "不同之处", "处理", "已有的内容",
                                              "文件中的内容"]))
        for item in report.conflicts:
            handled = "已按文件替换" if item.order_number in report.taken else "保留已有（未覆盖）"
            conflicts.append(text_row(conflicts, [
                item.row_number, item.order_number, "、".join(item.fields), handled,
                "\n".join(f"{label}：{value}" for label, value in item.existing.items()),
                "\n".join(f"{label}：{value}" for label, value in item.incoming.items())]))
    save_atomically(workbook, Path(path))
