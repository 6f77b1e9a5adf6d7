"""The week's export for the county bureau: summary PDF, XLSX and the encrypted data bundle,
written to removable media so that a full or pulled stick never leaves a file that looks complete."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.exchange.bundle import build_bundle
from station_app.exchange.safe_write import ExportResult, write_export
from station_app.reports.periods import Period
from station_app.station.service import home_station

BUNDLE_SUFFIX = ".pajt"

Progress = Callable[[float, str], None]


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
) -> ExportResult:
    """Write the period's PDF, XLSX and sealed bundle into `target_root/<station>_<period>/`,
    then the SHA-256 manifest, then read everything back and compare.

    Raises ExportFailed (stick full or removed, read-back mismatch — say what happened),
    ExportCancelled, BundleError (password too short), PermissionDenied.
    """
    from station_app.reports.summary import weekly_summary
    from station_app.reports.summary_pdf import build_summary_pdf
    from station_app.reports.summary_xlsx import summary_workbook

    permissions.require(actor, "exchange.export")  # before minutes of work, not after
    report = progress or (lambda fraction, message: None)
    report(0.0, "正在统计…")
    summary = weekly_summary(actor, period)
    report(0.1, "正在生成 PDF…")
    pdf = build_summary_pdf(summary).pdf
    report(0.2, "正在生成 Excel…")
    buffer = io.BytesIO()
    summary_workbook(summary).save(buffer)
    report(0.25, "正在加密数据包…")
    bundle = build_bundle(actor, period.start_utc, period.end_utc, password, include_attachments)
    stem = f"{summary.station_name}_{period.key}"
    files = {
        f"{stem}_周报.pdf": pdf,
        f"{stem}_周报.xlsx": buffer.getvalue(),
        f"{stem}_数据包{BUNDLE_SUFFIX}": bundle,
    }
    result = write_export(
        Path(target_root) / export_folder_name(period),
        files,
        lambda done, total, name: report(0.3 + 0.7 * done / max(total, 1), f"正在写入 {name}"),
        cancelled,
    )
    with db.transaction():
        audit.record(
            actor,
            "report.export",
            "report",
            period.key,
            extra={"folder": str(result.target_dir), "files": len(result.files), "bundle_bytes": len(bundle)},
        )
    return result
