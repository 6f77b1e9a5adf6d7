"""记录普法宣传 through the real dialog: a 嘎查 from the area tree, topics ticked from the keyboard
and one typed, a photo copied in after saving; and the refusals shown inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from station_app.core.clock import local_today
from station_app.visits import outreach
from station_app.visits.figures import utc_window, visit_figures
from tests.ui.conftest import type_text, visible_text
from ui.visits.event_dialog import EventDialog

TAB = Qt.Key.Key_Tab


# The completer's popup on the offscreen platform: it cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_an_event_is_recorded_with_a_photo(qtbot, visits_page, station, drive_modal, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "宣传现场.jpg"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    assert image.save(str(photo), "JPG")

    def answer(dialog: EventDialog) -> None:
        focused = dialog.focusWidget
        assert focused() is dialog.held_on
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.place_area
        qtbot.keyClicks(focused(), "cgtlg")  # pinyin initials of 查干陶勒盖嘎查
        popup = dialog.place_area.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not popup.isVisible())
        assert dialog.place_area.currentText() == "高力板镇 / 查干陶勒盖嘎查"
        qtbot.keyClick(focused(), TAB)
        type_text(qtbot, focused(), "嘎查委员会院内")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.topics and dialog.topics.currentRow() == 0
        qtbot.keyClick(focused(), Qt.Key.Key_Space)  # 反电诈
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # 禁毒: Enter ticks too
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.other_topics
        type_text(qtbot, focused(), "网络安全")
        qtbot.keyClick(focused(), TAB)
        assert focused() is dialog.audience
        qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(focused(), "86")
        dialog.add_photos([str(photo)])  # the file dialog itself cannot be driven offscreen
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter saves
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    visits_page.show_events()
    driver = drive_modal(EventDialog, answer)
    created = visits_page.events.record_event()
    driver.check()

    assert created is not None
    assert created.row.topics == ("反电诈", "禁毒", "网络安全") and created.row.audience == 86
    assert created.row.place == "查干陶勒盖嘎查 嘎查委员会院内"
    pane = visits_page.events.detail
    qtbot.waitUntil(lambda: pane.photos.count() == 1, timeout=5000)  # copied in the background
    assert not pane.photos.item(0).icon().isNull()  # shown as a thumbnail
    assert outreach.get_event(station.actor, created.id).photos[0].file_name == "宣传现场.jpg"
    assert pane.fields["audience"].text() == "86 人"
    figures = visit_figures(station.actor.station_id, *utc_window(local_today(), local_today()))
    assert (figures.events, figures.audience) == (1, 86)


def test_missing_place_and_topics_are_shown_inline(qtbot, station) -> None:
    dialog = EventDialog(station.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.content, "讲解典型案例")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.created is None
    assert "请填写宣传地点" in visible_text(dialog, "error_place")
    assert "请至少选择一个宣传主题" in visible_text(dialog, "error_topics")
    assert dialog.content.toPlainText() == "讲解典型案例"
    assert outreach.list_events(station.actor) == []


def test_finding_kinds_are_listed_for_translation() -> None:
    from station_app.visits.vocab import FINDING_KINDS
    from ui.visits.labels import KIND_LABELS

    assert set(KIND_LABELS) == set(FINDING_KINDS.values())
