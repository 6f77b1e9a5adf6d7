"""Printed documents: mediation agreements, session records, warning notices.

Pure functions from input dataclasses (`inputs.py`) to PDF bytes; no database. The builders
import reportlab (≈300 ms, 50 MB), so they are reached through the lazy wrappers below and the
application starts without it:

    from station_app.documents import build_agreement_pdf, write_pdf
    doc = build_agreement_pdf(agreement, font_key=settings.print_font)
    write_pdf(path, doc.pdf)      # record doc.sha256, doc.verification_code with the case
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.core.durable import fsync_dir
from station_app.core.errors import StationError

if TYPE_CHECKING:
    from station_app.documents.inputs import AgreementInput, SessionRecordInput, WarningInput
    from station_app.documents.verification import BuiltDocument


def build_agreement_pdf(agreement: AgreementInput, font_key: str | None = None) -> BuiltDocument:
    """See agreement_pdf.build_agreement_pdf (imported on first call)."""
    from station_app.documents.agreement_pdf import build_agreement_pdf as build

    return build(agreement, font_key)


def build_session_record_pdf(record: SessionRecordInput, font_key: str | None = None) -> BuiltDocument:
    """See record_pdf.build_session_record_pdf (imported on first call)."""
    from station_app.documents.record_pdf import build_session_record_pdf as build

    return build(record, font_key)


def build_warning_pdf(warning: WarningInput, font_key: str | None = None) -> BuiltDocument:
    """See warning_pdf.build_warning_pdf (imported on first call)."""
    from station_app.documents.warning_pdf import build_warning_pdf as build

    return build(warning, font_key)


def write_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write data to path atomically: a temporary file in the same folder, fsync, rename.

    A power cut or a pulled USB stick leaves either the old file or the complete new one, never
    half a PDF under the real name. Returns the path written. Raises StationError with a plain
    message when the folder is missing, not writable, full or read-only; the temporary file is
    removed on failure.
    """
    target = Path(path)
    folder = target.parent
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp_name, target)
        temp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise StationError(_explain_write_error(exc, target)) from exc
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):  # the error being reported matters more
                os.unlink(temp_name)
    return target


def _fsync_folder(folder: Path) -> None:
    """Best effort here: the PDF is already complete under its name."""
    with contextlib.suppress(OSError):
        fsync_dir(folder)


def _explain_write_error(exc: OSError, target: Path) -> str:
    folder = target.parent
    if not folder.is_dir():
        return f"无法保存 PDF：文件夹“{folder}”不存在（U盘是否已拔出？）。请选择其他位置。"
    if target.is_dir():
        return f"无法保存 PDF：“{target}”是一个文件夹，请换一个文件名。"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"无法保存 PDF：“{folder}”所在磁盘空间已满。请清理磁盘或换一个位置。"
    if exc.errno == errno.EROFS:
        return f"无法保存 PDF：“{folder}”是只读的（U盘写保护？）。请换一个位置。"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return (f"无法保存 PDF：没有写入“{target}”的权限（文件可能正在被其他程序打开，"
                "或该文件夹不允许写入）。请关闭已打开的文件或换一个位置。")
    return f"无法保存 PDF 到“{target}”：{exc.strerror or exc}。"
