"""Documents of a case — 调解协议书, 调解笔录, 预警通报 — built by the core, shown in the preview.

The core refuses a document that lacks a required part (an agreement without a performance method
or deadline, say) with a ValidationError naming each gap; the caller decides where that shows.
Building and previewing record nothing. Printing from the preview (the print dialog accepted) or
saving the PDF records that copy with the core (print_record.record_print): one timeline line
per copy, and for the agreement the copy the parties may sign. The case is read again then.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from station_app.core.errors import ValidationError
from ui.common.forms import FieldErrors, run_service
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.pdf_preview import PdfPreviewDialog
from ui.mediation.step_dialog import CaseHost

TITLES = {
    "agreement": QT_TRANSLATE_NOOP("Printing", "调解协议书"),
    "session": QT_TRANSLATE_NOOP("Printing", "调解笔录"),
    "warning": QT_TRANSLATE_NOOP("Printing", "预警通报"),
}


def title(kind: str) -> str:
    return QCoreApplication.translate("Printing", TITLES[kind])


def _documents():  # noqa: ANN202 (module)
    # reportlab and the font machinery cost ~300 ms and 50 MB: loaded with the first document.
    from station_app.mediation import documents

    return documents


def build_document(parent: QWidget, host: CaseHost, build: Callable[[], object],
                   errors: FieldErrors | None = None, general: QLabel | None = None,
                   refused: Callable[[ValidationError], None] | None = None) -> object | None:
    """Run `build()` with a busy cursor. A refusal goes to `refused` (or inline / a message)."""
    refusals: list[ValidationError] = []

    def guarded() -> object | None:
        try:
            return build()
        except ValidationError as exc:
            if refused is None:
                raise
            refusals.append(exc)
            return None

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        document = run_service(parent, guarded, errors, general)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if refusals and refused is not None:
        refused(refusals[0])
    return document


def copy_recorder(parent: QWidget, host: CaseHost, document: object) -> Callable[[str], object]:
    """What the preview calls when `document` was really printed or saved: the core records the copy
    (a refusal — the agreement changed meanwhile, say — is shown, the paper is not to be signed)."""

    def record(how: str) -> object:
        from station_app.mediation.print_record import record_print

        done = run_service(parent, lambda: record_print(host.actor, host.detail.id, document, how))
        host.reload()
        return done

    return record


def preview(parent: QWidget, host: CaseHost, document: object, title: str,
            file_name: str) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(document.pdf, title, file_name, parent)
    dialog.recorder = copy_recorder(dialog, host, document)  # a refusal shows over the preview
    dialog.exec()
    return dialog


def print_agreement(parent: QWidget, host: CaseHost,
                    refused: Callable[[ValidationError], None] | None = None) -> PdfPreviewDialog | None:
    actor, case_id = host.actor, host.detail.id
    document = build_document(parent, host, lambda: _documents().agreement_pdf(actor, case_id),
                              refused=refused)
    if document is None:
        return None
    agreement = host.detail.agreement
    number = agreement.number if agreement is not None else host.detail.row.case_number
    return preview(parent, host, document, title("agreement"), f"{number}.pdf")


def print_session(parent: QWidget, host: CaseHost, session_id: uuid.UUID) -> PdfPreviewDialog | None:
    actor, case_id = host.actor, host.detail.id
    document = build_document(parent, host,
                              lambda: _documents().session_record_pdf(actor, case_id, session_id))
    if document is None:
        return None
    number = host.detail.row.case_number
    return preview(parent, host, document, title("session"), f"{number}-调解笔录.pdf")


def print_warning(parent: QWidget, host: CaseHost, warning_id: uuid.UUID) -> PdfPreviewDialog | None:
    actor, case_id = host.actor, host.detail.id
    document = build_document(parent, host, lambda: _documents().warning_pdf(actor, case_id, warning_id))
    if document is None:
        return None
    number = host.detail.row.case_number
    return preview(parent, host, document, title("warning"), f"{number}-预警通报.pdf")
