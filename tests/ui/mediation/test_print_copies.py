"""Printing that means printing: a preview (closed, or its print dialog cancelled) records nothing
and does not unlock 协议签订; the print dialog accepted records one timeline line naming the copy,
and 协议签订 shows and signs that copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from station_app.mediation import cases
from ui.common.pdf_preview import PdfPreviewDialog
from ui.mediation import printing
from ui.mediation.sign_dialog import SignDialog

CLICK = Qt.MouseButton.LeftButton


def _prints(station, case_id) -> list[str]:
    case = cases.get_case(station.actor, case_id)
    return [entry.description for entry in case.timeline if entry.action == "打印文书"]


def test_a_preview_or_a_cancelled_print_records_nothing(qtbot, monkeypatch, disputes_page, case_in, station,
                                                        drive_modal) -> None:
    case = case_in("agreed")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)

    def look_then_cancel(dialog: PdfPreviewDialog) -> None:
        assert dialog.print_document() is False  # the officer cancels the print dialog
        dialog.accept()

    for _click in range(3):
        driver = drive_modal(PdfPreviewDialog, look_then_cancel)
        printing.print_agreement(view, view)
        driver.check()
    assert _prints(station, case.id) == []
    assert cases.get_case(station.actor, case.id).agreement.document_sha256 == ""
    sign = SignDialog(view, view)
    qtbot.addWidget(sign)
    assert "尚未打印" in sign.findChild(QLabel, "signed_copy").text()
    sign.submit()  # refused by the core: nothing was printed
    assert cases.get_case(station.actor, case.id).state == "agreed"


def test_a_real_print_is_one_line_and_that_copy_is_signed(qtbot, tmp_path, monkeypatch, disputes_page,
                                                          case_in, station, drive_modal) -> None:
    case = case_in("agreed")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view

    def accept_print(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept_print)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "copy.pdf"), ""))
    seen = {}

    def print_it(dialog: PdfPreviewDialog) -> None:
        seen["printed"] = dialog.print_document()
        dialog.accept()

    driver = drive_modal(PdfPreviewDialog, print_it)
    printing.print_agreement(view, view)
    driver.check()
    assert seen["printed"] is True
    code = cases.get_case(station.actor, case.id).agreement.verification_code
    lines = _prints(station, case.id)
    assert len(lines) == 1 and f"校验码 {code}" in lines[0]
    assert view.detail.agreement.document_sha256  # the page was read again

    sign = SignDialog(view, view)
    qtbot.addWidget(sign)
    shown = sign.findChild(QLabel, "signed_copy").text()
    assert code in shown
    sign.submit()
    signed = cases.get_case(station.actor, case.id)
    assert signed.state == "performing" and f"校验码 {code} 的打印件" in signed.timeline[-1].description
