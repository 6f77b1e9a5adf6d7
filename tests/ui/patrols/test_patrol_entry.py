"""开始巡逻 now and 结束巡逻 later from the keyboard, a patrol entered afterwards, the 24-hour
question, and bad input shown beside the field with nothing typed lost."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from station_app.core.clock import local_now
from station_app.patrols.reading import get_patrol, list_patrols
from tests.ui.conftest import type_text, visible_text
from ui.patrols.end_dialog import EndPatrolDialog
from ui.patrols.patrol_dialog import PatrolDialog

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


def qdatetime(moment) -> QDateTime:  # noqa: ANN001
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


# The area completer's popup on the offscreen platform cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_patrol_is_started_from_the_keyboard(qtbot, patrols_page, scene, drive_modal) -> None:
    def answer(dialog: PatrolDialog) -> None:
        focused = dialog.focusWidget
        assert focused() is dialog.team and dialog.team.currentText().startswith("红城义警")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.kind
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.started_at  # now; Tab leaves it as it is
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.members.filter
        assert [member.name for member in dialog.members.checked()] == ["王警官"]  # the leader
        qtbot.keyClicks(focused(), "wyqmg")  # pinyin initials of 乌云其木格
        qtbot.keyClick(focused(), ENTER)  # ticks the match, does not save
        assert dialog.isVisible() and dialog.members.filter.text() == ""
        assert [member.name for member in dialog.members.checked()] == ["王警官", "乌云其木格"]
        assert dialog.leader.currentText() == "王警官"
        qtbot.keyClick(focused(), TAB)  # → 全选
        qtbot.keyClick(focused(), TAB)  # → the list
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.leader
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.areas.combo
        type_text(qtbot, focused(), "高力板镇 / 查干陶勒盖嘎查")
        qtbot.keyClick(dialog.areas.combo.lineEdit(), ENTER)  # adds the place
        assert dialog.areas.list.item(0).text() == "高力板镇 / 查干陶勒盖嘎查"
        dialog.route.setFocus()
        type_text(qtbot, focused(), "村道—草场围栏")
        qtbot.keyClick(focused(), TAB)
        type_text(qtbot, focused(), "雪、大风")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.temperature
        focused().selectAll()
        qtbot.keyClicks(focused(), "-28")
        qtbot.keyClick(focused(), ENTER)  # saves

    driver = drive_modal(PatrolDialog, answer)
    started = patrols_page.start_patrol()
    driver.check()

    assert started is not None and started.row.in_progress
    assert [person.name for person in started.people] == ["王警官", "乌云其木格"]
    assert started.row.weather == ("雪", "大风") and started.row.temperature_c == -28
    assert started.areas[0][1] == "高力板镇 / 查干陶勒盖嘎查" and started.route == "村道—草场围栏"
    assert patrols_page.model.row_of(started.id) == 0
    assert patrols_page.detail_view.end_button.isVisible()
    assert "进行中" in patrols_page.detail_view.title.text()


def test_end_later_with_a_bad_distance_shown_inline(qtbot, patrols_page, scene, drive_modal) -> None:
    started = scene.patrol(hours_ago=3, length=None)
    patrols_page.refresh(select=started.id)

    def answer(dialog: EndPatrolDialog) -> None:
        assert dialog.focusWidget() is dialog.distance
        qtbot.keyClicks(dialog.distance, "-3")
        qtbot.keyClick(dialog.distance, ENTER)
        assert dialog.isVisible() and visible_text(dialog, "error_distance_km") == "里程不能为负数。"
        assert dialog.distance.text() == "-3"  # nothing typed is lost
        dialog.distance.setText("8.5")
        qtbot.keyClick(dialog.distance, ENTER)

    driver = drive_modal(EndPatrolDialog, answer)
    qtbot.keyClick(patrols_page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    ended = get_patrol(scene.actor, started.id)
    assert not ended.row.in_progress and ended.row.distance_km == 8.5
    assert patrols_page.detail_view.values["distance"].text() == "8.5 公里"
    assert not patrols_page.detail_view.end_button.isVisible()


def test_a_forgotten_end_asks_before_saving_more_than_24_hours(qtbot, patrols_page, scene,
                                                                drive_modal) -> None:
    forgotten = scene.patrol(hours_ago=30, length=None)
    patrols_page.refresh(select=forgotten.id)
    questions: list[str] = []

    def answer(dialog: EndPatrolDialog) -> None:
        def go_back(box: QMessageBox) -> None:
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

        asked = drive_modal(QMessageBox, go_back)
        dialog.submit()
        asked.check()
        assert dialog.isVisible() and get_patrol(scene.actor, forgotten.id).row.in_progress
        dialog.ended_at.setDateTime(qdatetime(local_now() - timedelta(hours=26)))
        dialog.distance.setText("12")
        dialog.submit()

    driver = drive_modal(EndPatrolDialog, answer)
    ended = patrols_page.end_patrol()
    driver.check()
    assert "超过 24 小时" in questions[0] and "30.0 小时" in questions[0]
    assert ended is not None and ended.row.hours == pytest.approx(4, abs=0.05)


def test_a_confirmed_long_patrol_is_saved(qtbot, scene, drive_modal) -> None:
    dialog = PatrolDialog(scene.actor, "log")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.started_at.setDateTime(qdatetime(local_now() - timedelta(hours=40)))
    dialog.ended_at.setDateTime(qdatetime(local_now() - timedelta(hours=10)))
    dialog.route.setText("边境线3号—7号界桩")
    asked = drive_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    dialog.submit()
    asked.check()
    assert dialog.saved is not None and dialog.saved.row.hours == pytest.approx(30, abs=0.05)


def test_bad_entries_afterwards_are_shown_beside_their_fields(qtbot, scene) -> None:
    dialog = PatrolDialog(scene.actor, "log")
    qtbot.addWidget(dialog)
    dialog.show()
    start = local_now().replace(hour=22, minute=0) - timedelta(days=2)
    dialog.started_at.setDateTime(qdatetime(start))
    dialog.ended_at.setDateTime(qdatetime(start.replace(hour=4, minute=30)))  # forgot the next day
    for item in range(dialog.members.list.count()):
        dialog.members.list.item(item).setCheckState(Qt.CheckState.Unchecked)
    dialog.distance.setText("-12")
    type_text(qtbot, dialog.note, "冒雪巡逻")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    assert visible_text(dialog, "error_ended_at") == (
        "结束时间须晚于开始时间。跨夜巡逻请把结束日期改为第二天。")
    assert visible_text(dialog, "error_members") == "请至少选择一名参加巡逻的人员。"
    assert visible_text(dialog, "error_distance_km") == "里程不能为负数。"
    assert visible_text(dialog, "error_area_ids") == "请选择巡逻区域（镇/嘎查/网格），或填写巡逻路线。"
    assert dialog.kind.currentData() == "night"  # from the 22:00 start
    assert dialog.note.toPlainText() == "冒雪巡逻"
    dialog.ended_at.setDateTime(qdatetime(start.replace(hour=4, minute=30) + timedelta(days=1)))
    dialog.members.check(["王警官", "巴特尔·额尔敦"])
    dialog.distance.setText("18")
    dialog.route.setText("查干陶勒盖嘎查村道")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.row.hours == 6.5 and dialog.saved.entered_afterwards
    assert [row.id for row in list_patrols(scene.actor)] == [dialog.saved.id]


def test_a_correction_shows_what_was_recorded(qtbot, patrols_page, scene, drive_modal) -> None:
    patrol = scene.patrol(hours_ago=8, length=3, weather="雪", temperature_c=-20, distance_km=6,
                          vehicles="警车", note="平安")
    assert patrols_page.open_patrol(patrol.id)  # whichever week it is in

    def answer(dialog: PatrolDialog) -> None:
        assert [member.name for member in dialog.members.checked()] == ["王警官", "巴特尔·额尔敦"]
        assert (dialog.weather.text(), dialog.temperature.degrees()) == ("雪", -20)
        assert dialog.distance.text() == "6"
        assert dialog.areas.area_ids() == [scene.village] and dialog.note.toPlainText() == "平安"
        dialog.distance.setText("7.5")
        qtbot.keyClick(dialog.distance, ENTER)

    driver = drive_modal(PatrolDialog, answer)
    qtbot.keyClick(patrols_page.table, ENTER)  # Enter on a patrol opens it for correction
    driver.check()
    assert get_patrol(scene.actor, patrol.id).row.distance_km == 7.5
