"""The agreement editor: amounts in capitals while typing, a bad amount named on its row, printing
refused inline with what is missing, then the PDF previewed, printed and opened."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from station_app.mediation import cases
from tests.ui.conftest import type_text, visible_text
from ui.common.pdf_preview import PdfPreviewDialog
from ui.mediation.agreement_editor import AgreementEditor
from ui.mediation.terms_table import COL_AMOUNT, COL_CAPITALS, COL_TEXT

CLICK = Qt.MouseButton.LeftButton


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.fixture
def editor(qtbot, disputes_page, case_in):
    case = case_in("mediating")
    disputes_page.open_case(case.id)
    dialog = AgreementEditor(disputes_page.case_view, disputes_page)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_term(qtbot, editor: AgreementEditor, row: int, text: str, amount: str = "") -> None:
    table = editor.terms
    table.item(row, COL_TEXT).setText(text)
    if amount:
        table.item(row, COL_AMOUNT).setText(amount)


def test_amounts_show_in_capitals_while_typed_and_a_new_row_appears(qtbot, editor) -> None:
    type_term(qtbot, editor, 0, "乙方向甲方赔偿医疗费", "3万")
    assert editor.terms.item(0, COL_CAPITALS).text() == "人民币叁万元整"
    assert editor.terms.rowCount() == 2  # the next empty row, ready to type into
    editor.terms.item(0, COL_AMOUNT).setText("3,000.50")
    assert editor.terms.item(0, COL_CAPITALS).text() == "人民币叁仟元伍角"
    type_term(qtbot, editor, 1, "赔偿误工费", "三千")
    assert "无法识别" in editor.terms.item(1, COL_CAPITALS).text()
    qtbot.mouseClick(editor.save_button, CLICK)
    assert editor.isVisible()
    assert "第 2 条金额" in editor.general.text()
    assert "第 2 条金额" in editor.terms.item(1, COL_AMOUNT).toolTip()


def test_printing_is_refused_inline_with_what_is_missing(qtbot, editor, station) -> None:
    type_term(qtbot, editor, 0, "乙方向甲方赔偿院墙修复费用", "30000")
    qtbot.mouseClick(editor.preview_button, CLICK)  # no method, no deadline

    assert editor.isVisible()
    refusal = visible_text(editor, "print_refusal")
    assert refusal.startswith("不能打印")
    assert "履行方式" in refusal and "履行期限" in refusal
    assert visible_text(editor, "error_performance_method") != ""
    # the draft itself was saved: nothing typed is lost, even if the editor is closed now
    case = cases.get_case(station.actor, editor.host.detail.id)
    assert case.state == "agreed" and case.agreement.terms[0].amount_fen == 3_000_000
    assert case.agreement.document_sha256 == ""


def test_the_agreement_is_previewed_printed_and_opened(qtbot, tmp_path, monkeypatch, editor, station,
                                                       drive_modal) -> None:
    type_term(qtbot, editor, 0, "乙方向甲方赔偿院墙修复费用", "3万")
    type_text(qtbot, editor.method.lineEdit(), "现金一次性支付")
    type_text(qtbot, editor.place, "高力板派出所调解室")
    qtbot.keyClicks(editor.deadline, "2099-12-31")
    printed_to = tmp_path / "printed.pdf"
    opened: list[str] = []

    def accept_print(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed_to))  # a PDF instead of a printer
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept_print)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    seen = {}

    def preview(dialog: PdfPreviewDialog) -> None:
        seen["pages"] = dialog.page_count
        seen["shown"] = dialog.page_labels[0].pixmap().width()
        seen["printed"] = dialog.print_document()
        seen["opened"] = dialog.open_in_viewer()
        seen["pdf"] = dialog.pdf
        dialog.accept()

    driver = drive_modal(PdfPreviewDialog, preview)
    qtbot.mouseClick(editor.preview_button, CLICK)
    driver.check()

    assert not editor.refusal.isVisible()
    case = cases.get_case(station.actor, editor.host.detail.id)
    number = case.row.case_number
    assert seen["pdf"].startswith(b"%PDF") and seen["pages"] >= 1 and seen["shown"] > 300
    text = pdf_text(seen["pdf"])
    assert number in text and "人民币叁万元整" in text and "现金一次性支付" in text
    assert case.agreement.document_sha256 and case.agreement.verification_code  # recorded by the core
    assert seen["printed"] is True
    printed = printed_to.read_bytes()
    assert printed.startswith(b"%PDF") and len(pdfium.PdfDocument(printed)) == seen["pages"]
    assert Path(opened[0]) == seen["opened"] and seen["opened"].read_bytes() == seen["pdf"]
    assert seen["opened"].name == f"{case.agreement.number}.pdf"
    assert "打印文书" in [entry.action for entry in case.timeline]
    # the case page now knows the agreement is printed: signing is next
    assert editor.host.detail.agreement.document_sha256 == case.agreement.document_sha256


def test_save_as_writes_the_pdf_and_reports_an_unwritable_place(qtbot, tmp_path, monkeypatch, drive_modal):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.common.pdf_preview import safe_file_name

    data = _small_pdf()
    dialog = PdfPreviewDialog(data, "测试", "高力板派出所纠字〔2026〕第0001号/预警.pdf")
    qtbot.addWidget(dialog)
    assert dialog.file_name == safe_file_name("高力板派出所纠字〔2026〕第0001号/预警.pdf")
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    assert dialog.save_as() == tmp_path / "saved.pdf"
    assert (tmp_path / "saved.pdf").read_bytes() == data

    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "missing" / "x.pdf"), ""))
    driver = drive_modal(QMessageBox, lambda box: (told.append(box.text()), box.accept()))
    assert dialog.save_as() is None
    driver.check()
    assert "无法保存到" in told[0]


def _small_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.drawString(72, 720, "CASE-0001")
    sheet.save()
    return buffer.getvalue()


def test_a_people_s_mediation_agreement_names_the_village_committee(qtbot, monkeypatch, editor, station,
                                                                    drive_modal) -> None:
    """The case happened in a grid cell, at a place typed as 具体位置: the committee that signs is
    the village's (嘎查人民调解委员会), never "第1网格人民调解委员会" or one named after a fence."""
    from station_app.mediation.models import DisputeCase

    DisputeCase.update(place_text="3组草场围栏处").where(DisputeCase.id == editor.host.detail.id).execute()
    editor.host.reload()
    editor.kind.setCurrentIndex(editor.kind.findData("people"))
    type_term(qtbot, editor, 0, "乙方向甲方赔偿院墙修复费用", "3万")
    type_text(qtbot, editor.method.lineEdit(), "现金一次性支付")
    type_text(qtbot, editor.place, "嘎查委员会")
    qtbot.keyClicks(editor.deadline, "2099-12-31")
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    seen = {}

    def look(dialog: PdfPreviewDialog) -> None:
        seen["pdf"] = dialog.pdf
        dialog.accept()

    driver = drive_modal(PdfPreviewDialog, look)
    qtbot.mouseClick(editor.preview_button, CLICK)
    driver.check()
    text = pdf_text(seen["pdf"])
    assert "查干陶勒盖嘎查人民调解委员会" in text
    assert "网格人民调解委员会" not in text and "围栏处人民调解委员会" not in text
