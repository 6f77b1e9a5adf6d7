"""登记纠纷 from the keyboard through the real dialog: type-ahead, Tab order, the registry's
search for parties, a new person typed inline, Enter registers; and the refusals shown inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station_app.mediation import cases
from tests.ui.conftest import type_text, visible_text
from ui.mediation.register_dialog import RegisterDialog

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


def focus_in(dialog):
    """The widget the keyboard types into (the dialog's focus, whether or not the offscreen
    platform made the window active)."""
    return lambda: dialog.focusWidget()


# The completer's popup on the offscreen platform: it cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_dispute_is_registered_from_the_keyboard(qtbot, disputes_page, station, drive_modal) -> None:
    def answer(dialog: RegisterDialog) -> None:
        focused = focus_in(dialog)
        assert focused() is dialog.source
        qtbot.keyClicks(focused(), "wg")  # pinyin initials of 网格员上报
        popup = dialog.source.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, ENTER)
        assert dialog.source.currentText() == "网格员上报"
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.category
        type_text(qtbot, focused(), "土地草场")
        qtbot.keyClick(focused(), TAB)  # the time: already now
        assert focused() is dialog.reported_at
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.reporter_kind
        qtbot.keyClick(focused(), Qt.Key.Key_Down)  # 居民 → 村/嘎查干部 is the second
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        qtbot.keyClick(focused(), TAB)
        type_text(qtbot, focused(), "铁明")
        qtbot.keyClick(focused(), TAB)
        type_text(qtbot, focused(), "13904825678")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.place_area
        type_text(qtbot, focused(), "高力板镇 / 查干陶勒盖嘎查")
        qtbot.keyClick(focused(), TAB)
        type_text(qtbot, focused(), "3组草场围栏处")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.summary
        type_text(qtbot, focused(), "两户因草场围栏位置发生争执，一方扬言拆除围栏。")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.picker.search
        type_text(qtbot, focused(), "阿拉坦")
        qtbot.waitUntil(lambda: dialog.picker.results.count() > 0)
        qtbot.keyClick(focused(), ENTER)  # the top match is added; the cursor stays for the next
        assert dialog.isVisible() and dialog.picker.names() == ["阿拉坦仓"]
        qtbot.keyClicks(focused(), "bte")  # pinyin initials of 巴特尔·额尔敦
        qtbot.waitUntil(lambda: "巴特尔" in (dialog.picker.results.item(0).text()
                                             if dialog.picker.results.count() else ""))
        qtbot.keyClick(focused(), Qt.Key.Key_Down)  # into the matches, Enter there adds too
        qtbot.keyClick(focused(), ENTER)
        type_text(qtbot, focused(), "乌云其木格")  # not registered yet
        qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
        qtbot.keyClick(focused(), ENTER)  # → the new person row, name filled in
        assert focused() is dialog.picker.new_id
        qtbot.keyClicks(focused(), "152222197003080049")
        qtbot.keyClick(focused(), ENTER)
        assert dialog.picker.names() == ["阿拉坦仓", "巴特尔·额尔敦", "乌云其木格"]
        assert focused() is dialog.picker.search
        qtbot.keyClick(focused(), ENTER)  # nothing typed: Enter registers

    driver = drive_modal(RegisterDialog, answer)
    created = disputes_page.register()
    driver.check()

    assert created is not None
    detail = cases.get_case(station.actor, created.id)
    assert (detail.row.source, detail.row.category, detail.state) == ("网格员上报", "土地草场", "registered")
    assert (detail.reporter_kind, detail.reporter_name) == ("official", "铁明")
    assert detail.place_area_id is not None and detail.row.place == "3组草场围栏处"
    assert [party.name for party in detail.parties] == ["阿拉坦仓", "巴特尔·额尔敦", "乌云其木格"]
    assert detail.parties[2].resident.gender == "女"  # from the ID number typed inline
    # the page now shows the new case, and the list has it
    assert disputes_page.stack.currentWidget() is disputes_page.case_view
    assert disputes_page.case_view.number.text() == created.row.case_number
    assert disputes_page.model.row_of(created.id) == 0


def test_missing_fields_and_a_bad_party_are_shown_inline_and_nothing_is_lost(qtbot, station) -> None:
    dialog = RegisterDialog(station.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.summary, "半夜喧哗")
    dialog.picker.open_new_row()
    type_text(qtbot, dialog.picker.new_name, "王五")
    qtbot.keyClicks(dialog.picker.new_id, "152222198503120018")  # wrong check digit
    dialog.picker.add_new_person()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.created is None
    assert "纠纷来源" in visible_text(dialog, "error_source")
    assert "纠纷类别" in visible_text(dialog, "error_category")
    assert visible_text(dialog, "error_summary") == ""
    assert dialog.summary.toPlainText() == "半夜喧哗" and dialog.picker.names() == ["王五"]

    dialog.source.setCurrentText("群众来访")
    dialog.category.setCurrentText("邻里纠纷")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.created is None
    assert "第 1 位当事人" in visible_text(dialog, "error_parties")
    assert "第 1 位当事人" in dialog.picker.table.item(0, 1).toolTip()
    assert cases.list_cases(station.actor) == []
