"""Files kept with a case: photos, the audio a resident sent the grid worker, documents, the
scanned signed agreement. They are copied into the data directory under their SHA-256 by the core;
copying a large recording runs off the GUI thread so the window keeps painting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from station_app.attachments.service import AttachmentView, export_copy, viewing_copy
from station_app.core.errors import StationError
from station_app.mediation.cases import attach_to_case
from ui.common import file_dialogs
from ui.common.errors import show_error
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.tasks import run_task
from ui.mediation.step_dialog import CaseHost

PURPOSES = (
    QT_TRANSLATE_NOOP("Attachments", "照片"),
    QT_TRANSLATE_NOOP("Attachments", "录音"),
    QT_TRANSLATE_NOOP("Attachments", "文档"),
    QT_TRANSLATE_NOOP("Attachments", "已签协议扫描件"),
    QT_TRANSLATE_NOOP("Attachments", "其他"),
)
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".heic", ".webp"}
AUDIO_SUFFIXES = {".mp3", ".m4a", ".amr", ".wav", ".aac", ".ogg", ".silk"}


def file_filter() -> str:
    return ";;".join((
        QCoreApplication.translate("Attachments", "所有支持的文件")
        + " (*.jpg *.jpeg *.png *.bmp *.gif *.heic *.mp3 *.m4a *.amr *.wav *.aac *.pdf *.doc *.docx *.txt"
          " *.xls *.xlsx)",
        QCoreApplication.translate("Attachments", "照片 (*.jpg *.jpeg *.png *.bmp *.gif *.heic *.webp)"),
        QCoreApplication.translate("Attachments", "录音 (*.mp3 *.m4a *.amr *.wav *.aac *.ogg)"),
        QCoreApplication.translate("Attachments", "文档 (*.pdf *.doc *.docx *.txt *.xls *.xlsx)"),
        QCoreApplication.translate("Attachments", "所有文件 (*)"),
    ))


def guess_purpose(path: str) -> str:
    """照片 / 录音 / 文档 from the file name, so adding a file needs no extra question."""
    suffix = Path(path).suffix.lower()
    if suffix in PHOTO_SUFFIXES:
        return "照片"
    if suffix in AUDIO_SUFFIXES:
        return "录音"
    return "文档"


def pick_files(parent: QWidget, title: str | None = None) -> list[str]:
    title = title or QCoreApplication.translate("Attachments", "添加附件")
    return file_dialogs.open_files(parent, title, file_filter())


def attach_paths(parent: QWidget, host: CaseHost, paths: Sequence[str], purpose: str = "",
                 done: Callable[[], None] | None = None) -> None:
    """Copy `paths` into the case's attachments in the background, then show the case again."""
    if not paths:
        return
    actor, case_id = host.actor, host.detail.id

    def work(progress, cancelled) -> int:  # noqa: ANN001 (task callbacks)
        for index, path in enumerate(paths):
            if cancelled():
                break
            progress(index / len(paths), Path(path).name)
            attach_to_case(actor, case_id, path, purpose or guess_purpose(path))
        return len(paths)

    def finished(_count: object) -> None:
        host.reload()
        if done is not None:
            done()

    def failed(exc: BaseException) -> None:
        host.reload()  # the files copied before the failure are kept and shown
        show_error(parent, exc)

    run_task(parent, QCoreApplication.translate("Attachments", "正在保存附件…"), work, on_done=finished,
             on_failed=failed)


def _export(parent: QWidget, view: AttachmentView, target: str | Path) -> Path | None:
    try:
        return export_copy(view, target)
    except OSError as exc:  # a full disk, a read-only stick, a folder without permission
        message = QCoreApplication.translate("Attachments", "无法保存到“{path}”：{reason}")
        show_error(parent, StationError(message
                                        .replace("{path}", str(target))
                                        .replace("{reason}", exc.strerror or str(exc))))
    except StationError as exc:  # the stored file is missing or no longer matches its hash
        show_error(parent, exc)
    return None


def open_attachment(parent: QWidget, view: AttachmentView) -> None:
    """A checked copy in a temporary folder, opened with the system's program for its type."""
    try:
        copied: Path | None = viewing_copy(view)
    except (OSError, StationError) as exc:
        show_error(parent, exc if isinstance(exc, StationError) else StationError(
            QCoreApplication.translate("Attachments", "无法打开附件：{reason}").replace(
                "{reason}", getattr(exc, "strerror", None) or str(exc))))
        copied = None
    if copied is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copied)))


def save_attachment_as(parent: QWidget, view: AttachmentView) -> None:
    title = QCoreApplication.translate("Attachments", "另存为")
    target = file_dialogs.save_file(parent, title, view.file_name)
    if target:
        _export(parent, view, target)
