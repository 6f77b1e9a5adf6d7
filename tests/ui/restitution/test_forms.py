"""The case, victim and return forms: inline messages, nothing typed is lost, figures in refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station_app.residents.service import create_resident
from station_app.restitution import cases
from tests.ui.conftest import type_text, visible_text
from ui.restitution.dialogs import CaseDialog, ReturnDialog, VictimDialog


# The type-ahead's popup on the offscreen platform: it cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_case_is_opened_and_refusals_show_inline(qtbot, page, sqlite_admin, drive_modal) -> None:
    def answer(dialog: CaseDialog) -> None:
        type_text(qtbot, dialog.suspects, "包某")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)  # nothing else typed: refused inline
        assert "请填写案件类别" in visible_text(dialog, "error_case_type")
        assert "请填写简要案情" in visible_text(dialog, "error_summary")
        assert dialog.isVisible() and dialog.suspects.text() == "包某"
        type_text(qtbot, dialog.case_type.lineEdit(), "电信网络诈骗")
        type_text(qtbot, dialog.summary, "网上以“卖车收取定金”为名诈骗")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    driver = drive_modal(CaseDialog, answer)
    created = page.new_case()
    driver.check()
    assert created is not None and created.suspects == ["包某"]
    assert page.case_view.number.text() == created.row.case_number
    assert page.model.rowCount() == 1 and page.case_view.status.text() == "待登记被害人"


def test_a_resident_victim_and_a_refused_return(qtbot, page, case, sqlite_admin, drive_modal) -> None:
    create_resident(sqlite_admin, {"name": "乌云其木格", "address": "高力板镇五家子嘎查"}, confirm=True)
    page.refresh_list()
    page.open_case(case.id)
    view = page.case_view

    def add_victim(dialog: VictimDialog) -> None:
        type_text(qtbot, dialog.find, "乌云")
        qtbot.waitUntil(lambda: dialog.matches.count() == 1)
        qtbot.keyClick(dialog.find, Qt.Key.Key_Return)  # the top match fills name and place
        assert dialog.isVisible() and dialog.focusWidget() is dialog.amount
        assert (dialog.name.text(), dialog.place.text()) == ("乌云其木格", "高力板镇五家子嘎查")
        qtbot.keyClicks(dialog.amount, "1.5w")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "无法识别" in visible_text(dialog, "error_amount_lost")
        dialog.amount.setText("1.5万")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    driver = drive_modal(VictimDialog, add_victim)
    qtbot.mouseClick(view.buttons["victim"], Qt.MouseButton.LeftButton)
    driver.check()
    victim = view.detail.victims[-1]
    assert (victim.name, victim.lost, victim.resident_id is not None) == ("乌云其木格", 1_500_000, True)
    assert view.tabs.victims.topLevelItem(3).text(3) == "是"

    def give_back(dialog: ReturnDialog) -> None:
        assert dialog.amount.text() == "2,800.00"  # 王建国's balance, within what is available
        dialog.amount.setText("2,900")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        message = visible_text(dialog, "error_amount")
        assert "王建国被骗 2,800.00 元" in message and "最多还可返还 2,800.00 元" in message
        assert dialog.isVisible() and dialog.amount.text() == "2,900"
        dialog.amount.setText("2,800")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    driver = drive_modal(ReturnDialog, give_back)
    qtbot.mouseClick(view.buttons["return"], Qt.MouseButton.LeftButton)
    driver.check()
    detail = cases.get_case(sqlite_admin, case.id)
    returned = [(r.victim_name, r.amount, r.receipt_signed) for r in detail.returns]
    assert returned == [("王建国", 280_000, True)]
    assert view.tabs.returns.topLevelItem(0).text(4) == "已签收"


def test_every_core_label_is_listed_for_translation() -> None:
    from station_app.restitution import vocab
    from ui.restitution.labels import VOCAB_LABELS

    core = {*vocab.STATUSES, *vocab.EVENT_STATES.values(), *vocab.RETURN_STATES.values()}
    assert core <= set(VOCAB_LABELS)


def test_the_list_from_the_keyboard(qtbot, page, case, sqlite_admin) -> None:
    from tests.unit.restitution.conftest import new_case

    other = new_case(sqlite_admin, summary="盗窃牧民牛只后变卖", case_type="盗窃")
    page.refresh_list()
    page.search.setFocus()
    type_text(qtbot, page.search, "王建国")  # a victim's name finds the case
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1 and page.table.hasFocus()
    assert page.case_view.detail.id == case.id
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.case_view.buttons["victim"].hasFocus()
    page.search.clear()
    page.refresh_list()
    assert page.model.rowCount() == 2 and page.model.rows[0].id == other.id
    page.select_row(0)
    assert page.case_view.number.text() == other.row.case_number
    assert page.case_view.status.text() == "待登记被害人"
    assert not page.case_view.buttons["event"].isEnabled()
    assert "请先登记被害人" in page.case_view.buttons["event"].toolTip()
