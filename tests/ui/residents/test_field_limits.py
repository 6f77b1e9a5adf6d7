"""Typing stops at a field's limit in the resident and area forms, with the service's own message
under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import visible_text
from tests.ui.residents.test_resident_form import grids
from ui.residents.resident_form import ResidentDialog


def test_pasting_5000_characters_into_the_resident_form_stops_at_the_limits(qtbot, registry) -> None:
    dialog = ResidentDialog(registry.actor, grids(registry), None)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("长" * 5000)
    dialog.notes.setFocus()
    dialog.notes.paste()
    assert len(dialog.notes.toPlainText()) == 2000
    assert visible_text(dialog, "error_notes") == "内容过长（最多 2000 个字）。"
    dialog.address.setFocus()
    dialog.address.paste()
    assert len(dialog.address.text()) == 200
    assert visible_text(dialog, "error_address") == "内容过长（最多 200 个字）。"
    for widget, limit, field in ((dialog.phone, 32, "phone"), (dialog.birth_date, 32, "birth_date")):
        widget.setFocus()
        widget.paste()  # was taken whole, and the refusal on 保存 repeated all 5,000 characters
        assert len(widget.text()) == limit
        assert visible_text(dialog, f"error_{field}") == f"内容过长（最多 {limit} 个字）。"
