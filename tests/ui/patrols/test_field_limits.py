"""Typing stops at a field's limit in the patrol forms (RowForm), with the service's own message
under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import visible_text
from ui.patrols.finding_dialog import PatrolFindingDialog


def test_pasting_5000_characters_into_a_finding_stops_at_the_limits(qtbot, scene) -> None:
    patrol = scene.patrol(hours_ago=2, length=None)
    dialog = PatrolFindingDialog(scene.actor, patrol)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("长" * 5000)
    dialog.description.setFocus()
    dialog.description.paste()
    assert len(dialog.description.toPlainText()) == 2000
    assert visible_text(dialog, "error_description") == "内容过长（最多 2000 个字）。"
    dialog.place_text.setFocus()
    dialog.place_text.paste()
    assert len(dialog.place_text.text()) == 200
    assert visible_text(dialog, "error_place_text") == "内容过长（最多 200 个字）。"
