"""Issue 13, item 7: a distance impossible for the time is refused, a fast one is asked about;
a patrol's length reads the same everywhere; 进行中 means one thing for a week."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QMessageBox

from station_app.core.clock import local_now
from station_app.core.errors import ValidationError
from station_app.patrols import service
from station_app.patrols.inputs import FastPatrol
from tests.ui.conftest import visible_text
from ui.patrols.patrol_dialog import PatrolDialog


def qdatetime(moment) -> QDateTime:  # noqa: ANN001
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def log_dialog(qtbot, scene, minutes: int, km: str) -> PatrolDialog:
    dialog = PatrolDialog(scene.actor, "log")
    qtbot.addWidget(dialog)
    dialog.show()
    start = local_now().replace(second=0, microsecond=0) - timedelta(hours=5)
    dialog.started_at.setDateTime(qdatetime(start))
    dialog.ended_at.setDateTime(qdatetime(start + timedelta(minutes=minutes)))
    dialog.route.setText("村道—草场围栏")
    dialog.distance.setText(km)
    return dialog


def test_23_km_in_one_minute_is_refused_with_the_speed_it_would_take(qtbot, scene) -> None:
    dialog = log_dialog(qtbot, scene, 1, "23.5")
    dialog.submit()
    assert dialog.isVisible() and dialog.saved is None
    message = visible_text(dialog, "error_distance_km")
    assert "23.5 公里用时 1 分钟" in message and "1410 公里" in message and "核对" in message
    dialog.distance.setText("0.5")
    dialog.submit()
    assert dialog.saved is not None


def test_a_fast_but_possible_drive_is_asked_about_and_saved_when_confirmed(qtbot, scene, drive_modal) -> None:
    dialog = log_dialog(qtbot, scene, 120, "150")
    questions: list[str] = []

    def go_back(box: QMessageBox) -> None:
        questions.append(box.windowTitle() + "|" + box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    asked = drive_modal(QMessageBox, go_back)
    dialog.submit()
    asked.check()
    assert dialog.saved is None and "里程与时长对不上" in questions[0] and "75 公里" in questions[0]
    asked = drive_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    dialog.submit()
    asked.check()
    assert dialog.saved is not None and dialog.saved.row.distance_km == 150


def test_the_core_refuses_and_asks_too(scene) -> None:
    start = local_now() - timedelta(hours=5)
    values = {"team_id": scene.team.id, "started_at": start, "members": [scene.member("王警官")],
              "route": "村道", "ended_at": start + timedelta(minutes=1), "distance_km": "23.5"}
    with pytest.raises(ValidationError) as refused:
        service.log_patrol(scene.actor, values)
    assert "distance_km" in refused.value.errors
    with pytest.raises(FastPatrol):
        service.log_patrol(scene.actor, {**values, "ended_at": start + timedelta(hours=1), "distance_km": 90})
    assert service.log_patrol(scene.actor, {**values, "ended_at": start + timedelta(hours=1),
                                            "distance_km": 90}, confirm=True).row.distance_km == 90


def test_a_short_patrol_reads_in_minutes_in_the_header_list_and_summary(qtbot, patrols_page, scene) -> None:
    patrol = scene.patrol(hours_ago=0.5, length=1 / 60, distance_km=0.3)
    assert patrols_page.open_patrol(patrol.id)
    assert patrols_page.detail_view.title.text().endswith("1 分钟")
    number = patrols_page.model.row_of(patrol.id)
    assert patrols_page.model.data(patrols_page.model.index(number, 1)) == "1 分钟"
    assert "共 1 分钟" in patrols_page.figures_view.summary.text()
    assert "0.0" not in patrols_page.detail_view.title.text()
    assert "0.02" not in patrols_page.figures_view.summary.text() + patrols_page.totals.text()


def test_the_week_header_and_the_statistics_count_the_same_patrols_under_way(qtbot, patrols_page,
                                                                             scene) -> None:
    scene.patrol(hours_ago=24 * 9, length=None)  # an earlier week's, still open: listed on top
    scene.patrol(hours_ago=0, length=None)  # this week's
    patrols_page.go_this_week()
    patrols_page.refresh()
    assert sum(row.in_progress for row in patrols_page.model.rows) == 2
    assert "进行中 1 次" in patrols_page.totals.text()
    assert "其中 1 次进行中" in patrols_page.figures_view.summary.text()
    assert "另有 1 次不是本周开始、仍未结束" in patrols_page.totals.text()
