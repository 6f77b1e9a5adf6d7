"""工作台 lists what needs attention (an open high-risk case without a warning) and opens it;
the other documents print from the case page; the core's labels are all listed for translation."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from station_app.mediation import steps, vocab
from ui.common.pdf_preview import PdfPreviewDialog
from ui.mediation import labels
from ui.mediation.page import DisputesPage


def test_the_dashboard_lists_a_high_risk_case_and_opens_it(qtbot, main_window_for, station, case_in) -> None:
    calm = case_in("assessed")
    case = case_in("registered")
    steps.assess_risk(station.actor, case.id, case.version, ["threats_or_weapons", "group_potential"])
    window = main_window_for(station.actor)
    panel = window.page("dashboard").attention
    listed = panel.list
    qtbot.waitUntil(lambda: listed.topLevelItemCount() > 0, timeout=3000)  # read just after the first paint
    assert listed.topLevelItemCount() == 1
    row = listed.topLevelItem(0)
    assert row.text(0) == case.row.case_number and "重大风险" in row.text(2) and "尚未发出预警" in row.text(2)
    numbers = [listed.topLevelItem(n).text(0) for n in range(listed.topLevelItemCount())]
    assert calm.row.case_number not in numbers

    listed.setCurrentItem(row)
    qtbot.keyClick(listed, Qt.Key.Key_Return)  # Enter (or a double click) opens the case

    page = window.stack.currentWidget()
    assert isinstance(page, DisputesPage)
    assert window.navigation.currentRow() == 1
    assert page.stack.currentWidget() is page.case_view
    assert page.case_view.number.text() == case.row.case_number
    assert page.case_view.risk.text() == "风险：重大"


def test_a_session_record_and_a_warning_print_from_the_case_page(qtbot, monkeypatch, disputes_page, station,
                                                                 case_in, drive_modal) -> None:
    case = case_in("mediating")
    steps.send_warning(station.actor, case.id, case.version, "妇联", "双方情绪激动，请妇联协助稳控。")
    disputes_page.open_case(case.id)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    texts = []

    def read(dialog: PdfPreviewDialog) -> None:
        document = pdfium.PdfDocument(dialog.pdf)
        texts.append("".join(page.get_textpage().get_text_range() for page in document))
        document.close()
        dialog.accept()

    for button in (disputes_page.case_view.tabs.print_session_button,
                   disputes_page.case_view.tabs.print_warning_button):
        driver = drive_modal(PdfPreviewDialog, read)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        driver.check()
    assert "调解笔录" in texts[0] and "嘎查委员会" in texts[0]
    assert "妇联" in texts[1]
    assert all(case.row.case_number in text for text in texts)
    # looked at, not printed: nothing is recorded (a print is recorded when it is printed or saved)
    assert [entry.action for entry in disputes_page.case_view.detail.timeline].count("打印文书") == 0


def test_every_label_of_the_core_is_listed_for_translation() -> None:
    from station_app.mediation.timeline import ACTION_LABELS as _ACTION_LABELS

    core = (set(vocab.STATES.values()) | set(vocab.REPORTER_KINDS.values())
            | {label for label, _weight in vocab.RISK_FACTORS.values()} | set(vocab.AGREEMENT_KINDS.values())
            | set(_ACTION_LABELS.values()))
    assert core <= set(labels.VOCAB_LABELS)
    assert list(labels.STEP_LABELS) == [
        "assess", "warn", "plan", "session", "fail", "draft_agreement", "sign", "follow_up", "close",
        "withdraw", "not_mediable", "reopen"]
