"""Typing stops at a field's limit, with the service's own message under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import visible_text
from ui.mediation.agreement_editor import AgreementEditor


def test_pasting_5000_characters_into_the_agreement_stops_at_the_limit(qtbot, disputes_page, case_in) -> None:
    case = case_in("mediating")
    disputes_page.open_case(case.id)
    editor = AgreementEditor(disputes_page.case_view, disputes_page)
    qtbot.addWidget(editor)
    editor.show()
    QApplication.clipboard().setText("长" * 5000)
    editor.facts.clear()
    editor.facts.paste()
    assert len(editor.facts.toPlainText()) == 2000
    assert visible_text(editor, "error_facts") == "内容过长（最多 2000 个字）。"
    editor.place.setFocus()
    editor.place.paste()
    assert len(editor.place.text()) == 200
    assert visible_text(editor, "error_performance_place") == "内容过长（最多 200 个字）。"
