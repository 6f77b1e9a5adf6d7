"""Typing stops at a field's limit in the outreach and visit forms (FormDialog), with the service's
own message under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import visible_text
from ui.visits.event_dialog import EventDialog


def test_pasting_5000_characters_into_an_event_stops_at_the_limits(qtbot, station) -> None:
    dialog = EventDialog(station.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("长" * 5000)
    dialog.content.setFocus()
    dialog.content.paste()
    assert len(dialog.content.toPlainText()) == 2000
    assert visible_text(dialog, "error_content") == "内容过长（最多 2000 个字）。"
    dialog.partners.setFocus()
    dialog.partners.paste()
    assert len(dialog.partners.text()) == 200
    assert visible_text(dialog, "error_partners") == "内容过长（最多 200 个字）。"
