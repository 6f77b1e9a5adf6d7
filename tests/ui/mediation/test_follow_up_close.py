"""回访 typed with the day it happened and 部分履行; 结案 asks before closing and names the
follow-ups it calls off; a closed case shows no red risk badge; the timeline shows when a
back-dated visit happened and when it was entered."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QMessageBox

from station_app.core.clock import local_now
from station_app.mediation import cases, steps
from ui.mediation.simple_dialogs import FollowUpDialog, ReasonDialog


def test_a_back_dated_partial_follow_up(qtbot, disputes_page, case_in, station) -> None:
    case = case_in("performing")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view
    dialog = FollowUpDialog(view, view)
    qtbot.addWidget(dialog)
    earlier = (local_now() - timedelta(minutes=20)).replace(second=0, microsecond=0)  # signed today
    dialog.visited_at.setDateTime(QDateTime(earlier.year, earlier.month, earlier.day, earlier.hour,
                                            earlier.minute, 0))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("部分履行"))
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("基本满意"))
    dialog.submit()
    saved = cases.get_case(station.actor, case.id)
    assert [item.outcome for item in saved.follow_ups if item.done_at] == ["部分履行"]
    shown = view.tabs.timeline.topLevelItem(view.tabs.timeline.topLevelItemCount() - 1).text(0)
    assert shown.startswith(earlier.strftime("%Y-%m-%d %H:%M")) and "录入" in shown


def test_closing_asks_first_and_the_risk_badge_goes(qtbot, disputes_page, case_in, station,
                                                    drive_modal) -> None:
    case = case_in("followed_up")
    steps.assess_risk(station.actor, case.id, case.version, ["threats_or_weapons"])  # 风险：高
    disputes_page.open_case(case.id)
    view = disputes_page.case_view
    assert view.risk.isVisible() and view.risk.text() == "风险：高"
    asked = []

    def answer(no: bool):
        def press(box: QMessageBox) -> None:
            asked.append(box.text())
            box.done(QMessageBox.StandardButton.No if no else QMessageBox.StandardButton.Yes)
        return press

    dialog = ReasonDialog(view, "close", view)
    qtbot.addWidget(dialog)
    driver = drive_modal(QMessageBox, answer(no=True))
    dialog.submit()
    driver.check()
    assert cases.get_case(station.actor, case.id).state == "followed_up"  # not closed: the answer was no
    assert "将一并取消" in asked[0]
    driver = drive_modal(QMessageBox, answer(no=False))
    dialog.submit()
    driver.check()
    closed = cases.get_case(station.actor, case.id)
    assert closed.state == "closed" and all(item.done_at for item in closed.follow_ups)
    assert not view.risk.isVisible()
