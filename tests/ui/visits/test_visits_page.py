"""记录走访 from the keyboard through the real dialogs: people picked from the register by
household, a dispute finding, and straight on to 开立矛盾纠纷 for it; refusals shown inline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from station_app.core.clock import local_today
from station_app.mediation import cases
from station_app.visits import findings, visits
from tests.ui.conftest import type_text, visible_text
from ui.visits.open_case_dialog import OpenCaseDialog
from ui.visits.visit_dialog import VisitDialog

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


# The category completer's popup on the offscreen platform: it cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_visit_with_a_dispute_opens_a_case_from_the_keyboard(qtbot, visits_page, station,
                                                               drive_modal) -> None:
    def record(dialog: VisitDialog) -> None:
        focused = dialog.focusWidget
        assert focused() is dialog.officer and dialog.officer.currentText().startswith("崔鑫龙")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.visited_on  # today: Tab leaves it as it is
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.picker.search
        type_text(qtbot, focused(), "巴特尔")
        qtbot.waitUntil(lambda: dialog.picker.results.count() > 0)
        qtbot.keyClick(focused(), ENTER)  # the top match; the cursor stays for the next person
        qtbot.keyClicks(focused(), "wyqmg")  # pinyin initials of 乌云其木格
        qtbot.waitUntil(lambda: "乌云其木格" in (dialog.picker.results.item(0).text()
                                                 if dialog.picker.results.count() else ""))
        qtbot.keyClick(focused(), ENTER)
        type_text(qtbot, focused(), "李四")
        qtbot.waitUntil(lambda: "李四" in (dialog.picker.results.item(0).text()
                                          if dialog.picker.results.count() else ""))
        qtbot.keyClick(focused(), ENTER)
        assert [name for _id, name in dialog.picker.names()] == ["巴特尔·额尔敦", "乌云其木格", "李四"]
        assert [person["household"] for person in dialog.picker.people()] == ["巴特尔户", "巴特尔户", ""]
        dialog.topic_boxes[0].setFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_Space)  # 反电诈
        dialog.materials.setFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(focused(), "5")
        dialog.findings.kind.setFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_Down)  # 安全隐患 → 矛盾纠纷
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.findings.person
        for _ in range(3):  # (不指定人) → 巴特尔 → 乌云其木格 → 李四
            qtbot.keyClick(focused(), Qt.Key.Key_Down)
        qtbot.keyClick(focused(), TAB)
        type_text(qtbot, focused(), "与邻居因院墙边界争吵，扬言要推倒院墙")
        qtbot.keyClick(focused(), ENTER)  # adds the line, does not save
        assert dialog.isVisible() and len(dialog.findings.items) == 1
        qtbot.keyClick(focused(), ENTER, Qt.KeyboardModifier.ControlModifier)  # saves from any field
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    def open_case(dialog: OpenCaseDialog) -> None:
        focused = dialog.focusWidget
        assert dialog.picker.names() == ["李四"]  # the resident the finding concerns
        assert focused() is dialog.category
        type_text(qtbot, focused(), "邻里纠纷")
        dialog.picker.search.setFocus()
        type_text(qtbot, focused(), "阿拉坦")
        qtbot.waitUntil(lambda: dialog.picker.results.count() > 0)
        qtbot.keyClick(focused(), ENTER)
        qtbot.keyClick(focused(), ENTER)  # nothing typed in the search box: Enter opens the case
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    recorder = drive_modal(VisitDialog, record)
    opener = drive_modal(OpenCaseDialog, open_case)
    detail = visits_page.visits.record_visit()
    recorder.check()
    opener.check()

    assert detail is not None
    assert [household.title for household in detail.households] == ["巴特尔户", "李四（户未登记）"]
    assert (detail.row.publicity_topics, detail.row.materials_count) == (("反电诈",), 5)
    finding = detail.findings[0]
    case = cases.get_case(station.actor, finding.case_id)
    assert case.row.source == "走访排查" and [party.name for party in case.parties] == ["李四", "阿拉坦仓"]
    assert findings.case_origin(station.actor, case.id).visit_id == detail.id
    # the page shows the visit with its case number beside the finding
    pane = visits_page.visits.detail
    assert pane.detail.id == detail.id
    assert case.row.case_number in pane.findings.item(0, 3).text()
    assert not pane.open_case_button.isEnabled() and pane.show_case_button.isEnabled()
    assert visits_page.visits.model.row_of(detail.id) == 0


def test_bad_input_is_shown_inline_and_nothing_is_lost(qtbot, station) -> None:
    dialog = VisitDialog(station.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    tomorrow = local_today() + timedelta(days=1)
    dialog.visited_on.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dialog.materials.setValue(3)
    type_text(qtbot, dialog.note, "登记家庭成员变动")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.created is None
    assert "不能晚于今天" in visible_text(dialog, "error_visited_on")
    assert "请至少选择一户" in visible_text(dialog, "error_people")
    assert "请勾选宣传内容" in visible_text(dialog, "error_publicity_topics")
    assert dialog.note.toPlainText() == "登记家庭成员变动" and dialog.materials.value() == 3
    assert visits.list_visits(station.actor) == []


def test_a_dispute_left_open_can_be_opened_later_with_ctrl_d(qtbot, visits_page, station,
                                                             drive_modal) -> None:
    recorded = visits.record_visit(station.actor, {"officer_id": station.officer_id},
                                   [{"resident_id": station.people["李四"]}],
                                   [{"kind": "hazard", "description": "草垛紧挨住房"},
                                    {"kind": "dispute", "description": "赊购化肥款未还",
                                     "resident_id": station.people["李四"]}])
    visits_page.visits.refresh(select=recorded.id)
    pane = visits_page.visits.detail
    assert pane.detail.id == recorded.id and pane.findings.currentRow() == 1  # the open dispute
    assert pane.open_case_button.isEnabled() and pane.findings.item(1, 3).text() == "未开立"

    def later(dialog: OpenCaseDialog) -> None:
        dialog.reject()  # 以后再说: nothing changes

    driver = drive_modal(OpenCaseDialog, later)
    visits_page.visits.list.table.setFocus()
    qtbot.keyClick(visits_page.visits.list.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    assert cases.list_cases(station.actor) == [] and pane.open_case_button.isEnabled()

    def now(dialog: OpenCaseDialog) -> None:
        dialog.category.setCurrentText("债权债务")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    driver = drive_modal(OpenCaseDialog, now)
    qtbot.mouseClick(pane.open_case_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert len(cases.list_cases(station.actor)) == 1 and not pane.open_case_button.isEnabled()


def test_a_refused_case_keeps_the_dialog_open(qtbot, station) -> None:
    recorded = visits.record_visit(station.actor, {"officer_id": station.officer_id},
                                   [{"resident_id": station.people["李四"]}],
                                   [{"kind": "dispute", "description": "院墙争吵"}])
    dialog = OpenCaseDialog(station.actor, recorded, recorded.findings[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_detail is None
    assert "纠纷类别" in visible_text(dialog, "error_category")
    assert "至少添加一位当事人" in visible_text(dialog, "error_parties")
    assert cases.list_cases(station.actor) == []
