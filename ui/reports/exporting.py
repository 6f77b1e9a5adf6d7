"""The three ways a summary leaves the page: PDF preview, an Excel file, a folder on a USB stick.

The USB export runs `station_app.reports.export.export_week` on a worker with a cancellable
progress dialog. Only when it returns (everything written, read back and checked against the
manifest) does the page say 可以安全拔出U盘; ExportFailed shows its own Chinese message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from station_app.core.actor import Actor
from station_app.core.errors import StationError
from station_app.exchange.names import safe_file_name
from station_app.reports.summary import Summary
from ui.common import file_dialogs
from ui.common.core_text import core_text
from ui.common.forms import run_service
from ui.common.tasks import Task, run_task


class ReportsPage(Protocol):
    """What these functions need of the page they serve (ui/reports/page.ReportsPage), named here
    so that this module does not import the page that imports it."""

    actor: Actor
    last_export: Path | None
    export_task: Task | None
    message_box: QMessageBox | None

    def say(self, text: str, error: bool = False) -> None: ...

    def tr(self, text: str) -> str: ...


def _widget(page: ReportsPage) -> QWidget:
    assert isinstance(page, QWidget)
    return page


def _tr(text: str) -> str:
    # What the page says while exporting: the page's translation context.
    return QCoreApplication.translate("ReportsPage", text)


def file_stem(summary: Summary) -> str:
    weekly = summary.period.kind == "week"
    pattern = (QCoreApplication.translate("ReportFiles", "{station}周报_{key}") if weekly
               else QCoreApplication.translate("ReportFiles", "{station}报告_{key}"))
    name = pattern.replace("{station}", summary.station_name).replace("{key}", summary.period.key)
    return safe_file_name(name, fallback=summary.period.key)


def preview_pdf(page: ReportsPage, summary: Summary) -> None:
    from station_app.reports.summary_pdf import build_summary_pdf
    from ui.common.pdf_preview import PdfPreviewDialog

    built = run_service(_widget(page), lambda: build_summary_pdf(summary))
    if built is None:
        return
    title = f"{summary.station_name} {core_text(summary.period.label)}"
    PdfPreviewDialog(built.pdf, title, file_stem(summary) + ".pdf",
                     _widget(page)).exec()


def export_excel(page: ReportsPage, summary: Summary) -> Path | None:
    from station_app.reports.summary_xlsx import write_summary_xlsx

    chosen = file_dialogs.save_file(_widget(page), _tr("导出Excel"), file_stem(summary) + ".xlsx",
                                    "Excel (*.xlsx)")
    if not chosen:
        return None
    target = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def write() -> Path:
        try:
            return write_summary_xlsx(summary, target)
        except OSError as exc:
            raise StationError(_tr("无法保存到“{path}”：{reason}").replace("{path}", str(target))
                               .replace("{reason}", exc.strerror or str(exc))) from exc

    written = run_service(_widget(page), write)
    if written is not None:
        page.say(_tr("已导出Excel：{path}").replace("{path}", str(written)))
    return written


def export_to_usb(page: ReportsPage, summary: Summary) -> Task | None:
    from station_app.exchange.enrolment import sends_signed
    from station_app.reports.export import export_week
    from ui.reports.usb_dialog import UsbExportDialog

    signed = bool(run_service(_widget(page), lambda: sends_signed(page.actor)))
    dialog = UsbExportDialog(core_text(summary.period.label), _widget(page), signed=signed)
    if not dialog.exec() or dialog.target is None:
        return None
    target, password, period, actor = dialog.target, dialog.password or None, summary.period, page.actor
    with_files, full, since = dialog.include_attachments, dialog.full, dialog.since
    page.say(_tr("正在导出到 {path}，请不要拔出U盘…").replace("{path}", str(target)))

    def work(progress, cancelled):  # noqa: ANN001, ANN202
        return export_week(actor, period, target, password, progress=progress, include_attachments=with_files,
                           cancelled=cancelled, full=full, since=since)

    page.export_task = run_task(_widget(page), _tr("导出到U盘"), work,
                                on_done=lambda result: _exported(page, target, result),
                                on_failed=lambda exc: _failed(page, exc))
    return page.export_task


def _exported(page: ReportsPage, target: Path, result: Any) -> None:
    folder = Path(result.target_dir)
    message = _tr("已写入并校验通过：{folder}。可以安全拔出U盘。").replace("{folder}", folder.name)
    message += "\n" + _carried(page, result)
    page.say(message)
    page.last_export = folder
    _tell(page, QMessageBox.Icon.Information, _tr("导出完成"), message)


def _carried(page: ReportsPage, result: Any) -> str:
    """What the bundle carried, in the interface's language."""
    bundle = result.bundle
    if bundle.span.full:
        return _tr("数据包包含本所全部数据（共 {count} 条记录）。").replace(
            "{count}", str(sum(bundle.records.values())))
    if not bundle.changes:
        return _tr("本次没有新的变更（县局已经有本所的全部数据）。")
    return (_tr("数据包包含第 {first}–{last} 号变更（{count} 条记录有改动）。")
            .replace("{first}", str(bundle.span.from_seq + 1)).replace("{last}", str(bundle.span.to_seq))
            .replace("{count}", str(bundle.changes)))


def _failed(page: ReportsPage, exc: BaseException) -> None:
    from station_app.exchange.safe_write import ExportCancelled

    if isinstance(exc, ExportCancelled):
        page.say(exc.message)
        return
    if not isinstance(exc, StationError):
        from ui.common.errors import show_error

        page.say(_tr("导出没有完成。"), error=True)
        show_error(_widget(page), exc)  # a bug: the exception dialog
        return
    page.say(exc.message, error=True)
    _tell(page, QMessageBox.Icon.Warning, _tr("导出没有完成"), exc.message)


def _tell(page: ReportsPage, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message that does not block (the page already shows the same line)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, _widget(page))
    box.setObjectName("export_message")
    page.message_box = box
    box.open()
