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


def _paste(widget) -> int:
    """Paste 5,000 characters into an emptied field; the length that stayed."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    widget.clear()
    widget.setFocus()
    widget.paste()
    return len(widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText())


def test_pasting_5000_characters_into_the_register_and_step_forms_stops_at_the_limits(
        qtbot, disputes_page, case_in) -> None:
    """登记纠纷, 风险评估, 预警通报 and its 签收, 记录调解: every text field stops at its limit with the
    message under it, as the agreement does (they took anything until 保存 was pressed, and the
    risk note, a party's statement and 签收人 were stored whole)."""
    from ui.mediation.register_dialog import RegisterDialog
    from ui.mediation.risk_dialog import RiskDialog
    from ui.mediation.session_dialog import SessionDialog
    from ui.mediation.warning_dialogs import AcknowledgeDialog, WarningDialog

    QApplication.clipboard().setText("长" * 5000)
    register = RegisterDialog(disputes_page.actor, disputes_page)
    qtbot.addWidget(register)
    register.show()
    for widget, limit, field in ((register.summary, 2000, "summary"),
                                 (register.place_text, 200, "place_text"),
                                 (register.reporter_name, 100, "reporter_kind"),
                                 (register.reporter_phone, 32, "reporter_kind")):
        assert _paste(widget) == limit, field
        assert visible_text(register, f"error_{field}") == f"内容过长（最多 {limit} 个字）。"

    register.picker.open_new_row("")  # 新增人员: a party not registered yet
    for widget, limit in ((register.picker.new_name, 100), (register.picker.new_phone, 32)):
        assert _paste(widget) == limit
        assert visible_text(register, "error_parties") == f"内容过长（最多 {limit} 个字）。"

    case = case_in("registered")
    disputes_page.open_case(case.id)
    host = disputes_page.case_view
    risk = RiskDialog(host, disputes_page)
    qtbot.addWidget(risk)
    risk.show()
    assert _paste(risk.note) == 2000
    assert visible_text(risk, "error_note") == "内容过长（最多 2000 个字）。"

    warning = WarningDialog(host, disputes_page)
    qtbot.addWidget(warning)
    warning.show()
    assert (_paste(warning.recipient), _paste(warning.content)) == (100, 2000)
    assert visible_text(warning, "error_content") == "内容过长（最多 2000 个字）。"
    assert visible_text(warning, "error_recipient") == "内容过长（最多 100 个字）。"  # a combo box too

    case = case_in("assessed")
    from station_app.mediation import steps

    case = steps.send_warning(disputes_page.actor, case.id, case.version, "司法所", "请关注")
    disputes_page.open_case(case.id)
    host = disputes_page.case_view
    receipt = AcknowledgeDialog(host, case.warnings[0], disputes_page)
    qtbot.addWidget(receipt)
    receipt.show()
    assert _paste(receipt.who) == 100
    assert visible_text(receipt, "error_acknowledged_by") == "内容过长（最多 100 个字）。"

    session = SessionDialog(host, disputes_page)
    qtbot.addWidget(session)
    session.show()
    for widget, limit in ((session.place, 200), (session.mediators, 200), (session.note_taker, 64),
                          (session.attendees, 200), (session.notices, 2000), (session.facts, 2000),
                          (session.outcome, 2000)):
        assert _paste(widget) == limit
    for party_id, statement in session.statements.items():
        assert _paste(statement) == 2000
        assert _paste(session.guardians[party_id]) == 100
    assert visible_text(session, "error_guardians") == "内容过长（最多 100 个字）。"
