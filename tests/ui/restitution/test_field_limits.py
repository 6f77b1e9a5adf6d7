"""Typing stops at a field's limit in every restitution form, with the service's own message under
the field (they took 6,000 pasted characters until 保存, as the agreement did before item 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from station_app.restitution import limits
from tests.ui.conftest import visible_text


def _paste(widget) -> int:
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    widget.clear()
    widget.setFocus()
    widget.paste()
    return len(widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText())


def _check(qtbot, dialog, fields: dict[str, object], limited: dict[str, int]) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    for field, widget in fields.items():
        assert _paste(widget) == limited[field], field
        assert visible_text(dialog, f"error_{field}") == f"内容过长（最多 {limited[field]} 个字）。"


def test_pasting_6000_characters_into_every_restitution_form_stops_at_the_limits(qtbot, page, case) -> None:
    from ui.restitution.dialogs import (
        CaseDialog,
        RecoveryDialog,
        RemoveRecoveryDialog,
        ReturnDialog,
        VictimDialog,
    )
    from ui.restitution.event_dialog import EventDialog

    QApplication.clipboard().setText("长" * 6000)
    new = CaseDialog(page.actor, None, page)
    _check(qtbot, new, {"case_type": new.case_type, "summary": new.summary, "reference": new.reference,
                        "description": new.description}, limits.CASE)
    page.open_case(case.id)
    host = page.case_view
    victim = VictimDialog(host, None, page)
    _check(qtbot, victim, {"name": victim.name, "place": victim.place, "note": victim.note}, limits.VICTIM)
    recovery = RecoveryDialog(host, page)
    _check(qtbot, recovery, {"source": recovery.source, "note": recovery.note}, limits.RECOVERY)
    back = ReturnDialog(host, page)
    _check(qtbot, back, {"handed_over_by": back.handed_over_by}, limits.RETURN)
    remove = RemoveRecoveryDialog(host, case.recoveries[0].id, "8,300.00", page)
    _check(qtbot, remove, {"reason": remove.reason}, limits.REASON)
    event = EventDialog(host, None, page)
    _check(qtbot, event, {"place": event.place, "handed_over_by": event.handed_over_by}, limits.EVENT)
