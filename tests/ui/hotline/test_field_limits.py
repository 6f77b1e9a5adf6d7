"""Typing stops at a field's limit in the hotline forms, with the service's own message under the
field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import visible_text
from ui.hotline.new_order_dialog import NewOrderDialog


def test_pasting_5000_characters_into_a_new_order_stops_at_the_limits(qtbot, sqlite_admin) -> None:
    dialog = NewOrderDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("长" * 5000)
    dialog.content.setFocus()
    dialog.content.paste()
    assert len(dialog.content.toPlainText()) == 4000
    assert visible_text(dialog, "error_content") == "内容过长（最多 4000 个字）。"
    dialog.caller.setFocus()
    dialog.caller.paste()
    assert len(dialog.caller.text()) == 100
    assert visible_text(dialog, "error_caller_name") == "内容过长（最多 100 个字）。"

    for widget, limit, field in ((dialog.number, 64, "order_number"), (dialog.phone, 32, "caller_phone")):
        widget.clear()
        widget.setFocus()
        widget.paste()  # was taken whole: 5,000 characters, refused only by 保存
        assert len(widget.text()) == limit
        assert visible_text(dialog, f"error_{field}") == f"内容过长（最多 {limit} 个字）。"
