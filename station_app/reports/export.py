"""The week's export for the county bureau: summary PDF, XLSX and the sealed data bundle,
written to removable media so that a full or pulled stick never leaves a file that looks complete.

The week chosen names the folder and the summary; the bundle carries every change the county does
not have yet (after the last verified export), whatever week it was made in. Those changes count
as delivered only once the stick has been read back.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db, paths
from station_app.core.actor import Actor
from station_app.exchange import journal
from station_app.exchange.bundle_writer import WrittenBundle, write_bundle
from station_app.exchange.safe_write import MSG_NO_FOLDER, ExportFailed, ExportResult, write_export
from station_app.reports.periods import Period
from station_app.station.service import home_station

BUNDLE_SUFFIX = ".pajt"
MSG_NOTHING_NEW = "本次没有新的变更（县局已经有本所的全部数据）。"

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ExportOutcome:
    result: ExportResult
    bundle: WrittenBundle

    @property
    def target_dir(self) -> Path:
        return self.result.target_dir

    @property
    def files(self) -> tuple:
        return self.result.files

    @property
    def manifest(self) -> Path:
        return self.result.manifest

    @property
    def changes_text(self) -> str:
        """What the bundle carried, in words for the officer."""
        span = self.bundle.span
        if span.full:
            return f"数据包包含本所全部数据（共 {sum(self.bundle.records.values())} 条记录）。"
        if not self.bundle.changes:
            return MSG_NOTHING_NEW
        return (f"数据包包含第 {span.from_seq + 1}–{span.to_seq} 号变更"
                f"（{self.bundle.changes} 条记录有改动）。")


def export_folder_name(period: Period) -> str:
    """`152222-GLB_2026-W48`: station code and period, so the county can file many stations' weeks."""
    station = home_station()
    return f"{station.code if station else 'station'}_{period.key}"


def export_week(
    actor: Actor,
    period: Period,
    target_root: Path,
    password: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    include_attachments: bool = False,
    *,
    full: bool = False,
    since: int | None = None,
) -> ExportOutcome:
    """Write the period's PDF, XLSX and sealed bundle into `target_root/<station>_<period>/`,
    then the SHA-256 manifest, then read everything back and compare; then (only then) note the
    bundle's changes as delivered. `target_root` must exist (the stick, plugged in).

    Raises ExportFailed (no such folder, stick full or removed, read-back mismatch — say what
    happened), ExportCancelled, BundleError, ValidationError (password too short), PermissionDenied.
    """
    from station_app.reports.summary import weekly_summary
    from station_app.reports.summary_pdf import build_summary_pdf
    from station_app.reports.summary_xlsx import summary_workbook

    permissions.require(actor, "exchange.export")  # before minutes of work, not after
    target_root = Path(target_root)
    if not target_root.is_dir():
        raise ExportFailed(MSG_NO_FOLDER.replace("{path}", str(target_root)))
    report = progress or (lambda fraction, message: None)
    report(0.0, "正在统计…")
    summary = weekly_summary(actor, period)
    report(0.1, "正在生成 PDF…")
    pdf = build_summary_pdf(summary).pdf
    report(0.2, "正在生成 Excel…")
    buffer = io.BytesIO()
    summary_workbook(summary).save(buffer)
    report(0.25, "正在生成加密数据包…")
    handle, temp_name = tempfile.mkstemp(prefix=".bundle-", suffix=BUNDLE_SUFFIX, dir=paths.temp_dir())
    bundle_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            bundle = write_bundle(actor, out, password, period=period, full=full, since=since,
                                  include_attachments=include_attachments)
        stem = f"{summary.station_name}_{period.key}"
        files: dict[str, bytes | Path] = {
            f"{stem}_周报.pdf": pdf,
            f"{stem}_周报.xlsx": buffer.getvalue(),
            f"{stem}_数据包{BUNDLE_SUFFIX}": bundle_path,
        }
        result = write_export(
            target_root / export_folder_name(period),
            files,
            lambda done, total, name: report(0.3 + 0.7 * done / max(total, 1), f"正在写入 {name}"),
            cancelled,
        )
    finally:
        with contextlib.suppress(OSError):
            bundle_path.unlink()
    bundle_file = next(item for item in result.files if item.name.endswith(BUNDLE_SUFFIX))
    station = home_station()
    assert station is not None  # write_bundle refused a database without one
    with db.transaction():
        journal.record_verified_export(
            station.id, bundle.span, period_key=period.key, created_at=bundle.created_at,
            created_by=actor.username, folder=str(result.target_dir), bundle_sha256=bundle_file.sha256,
            changes=bundle.changes)
        audit.record(actor, "report.export", "report", period.key, extra={
            "folder": str(result.target_dir), "files": len(result.files), "bundle_bytes": bundle_file.size,
            "changes": "全部" if bundle.span.full else f"{bundle.span.from_seq + 1}–{bundle.span.to_seq}",
            "records": bundle.changes,
        })
    return ExportOutcome(result, bundle)
