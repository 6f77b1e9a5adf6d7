"""Step dialogs: the risk level shown live and the early-warning prompt for 高/重大, the warning
acknowledged, a session with a child party (age shown, guardian required), the follow-up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station_app.mediation import cases
from tests.ui.conftest import type_text, visible_text
from ui.mediation.actions import WarningPrompt
from ui.mediation.risk_dialog import RiskDialog
from ui.mediation.session_dialog import SessionDialog
from ui.mediation.simple_dialogs import FollowUpDialog
from ui.mediation.warning_dialogs import AcknowledgeDialog, WarningDialog

CLICK = Qt.MouseButton.LeftButton


def test_a_high_risk_assessment_asks_for_an_early_warning_and_sends_it(qtbot, disputes_page, station, case_in,
                                                                       drive_modal) -> None:
    case = case_in("registered")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view
    seen = {}

    def assess(dialog: RiskDialog) -> None:
        assert dialog.level.text() == "低"
        dialog.checks["alcohol"].setChecked(True)
        dialog.checks["violence_history"].setChecked(True)
        assert dialog.level.text() == "中"  # live, before saving
        dialog.checks["threats_or_weapons"].setChecked(True)
        seen["level"] = dialog.level.text()
        seen["note"] = dialog.level_note.text()
        qtbot.mouseClick(dialog.save_button, CLICK)

    def prompt(box: WarningPrompt) -> None:
        seen["prompt"] = box.text()
        box.send.click()

    def warn(dialog: WarningDialog) -> None:
        assert case.row.case_number in dialog.content.toPlainText()  # the case, ready to edit
        type_text(qtbot, dialog.recipient.lineEdit(), "司法所")
        qtbot.mouseClick(dialog.save_button, CLICK)

    drivers = [drive_modal(RiskDialog, assess), drive_modal(WarningPrompt, prompt),
               drive_modal(WarningDialog, warn)]
    qtbot.mouseClick(view.step_buttons["assess"], CLICK)
    for driver in drivers:
        driver.check()
    assert seen["level"] == "高" and "预警" in seen["note"] and "“高”" in seen["prompt"]
    assert view.detail.row.risk_level == "高" and view.risk.text() == "风险：高"
    assert [(item.recipient, item.acknowledged_at) for item in view.detail.warnings] == [("司法所", None)]
    assert view.tabs.warnings.topLevelItem(0).text(3) == "未签收"

    def acknowledge(dialog: AcknowledgeDialog) -> None:
        type_text(qtbot, dialog.who, "司法所 张明")
        qtbot.keyClick(dialog.who, Qt.Key.Key_Return)  # Enter saves

    driver = drive_modal(AcknowledgeDialog, acknowledge)
    qtbot.mouseClick(view.tabs.acknowledge_button, CLICK)
    driver.check()
    assert view.detail.warnings[0].acknowledged_by == "司法所 张明"
    assert not view.tabs.acknowledge_button.isEnabled()


def test_a_low_assessment_does_not_ask(qtbot, disputes_page, case_in, drive_modal) -> None:
    case = case_in("registered")
    disputes_page.open_case(case.id)
    driver = drive_modal(RiskDialog, lambda dialog: dialog.save_button.click())
    assert disputes_page.case_view.do_step("assess") is None
    driver.check()
    assert disputes_page.case_view.detail.state == "assessed"
    assert disputes_page.case_view.detail.warnings == []


def test_a_child_party_shows_the_age_and_needs_a_guardian(qtbot, disputes_page, station, case_in,
                                                          drive_modal) -> None:
    case = case_in("assessed", names=("阿拉坦仓", "萨仁"))
    disputes_page.open_case(case.id)
    child = case.parties[1]

    def record(dialog: SessionDialog) -> None:
        label = dialog.party_labels[child.id].text()
        assert label.startswith("萨仁（乙方，") and "未成年" in label
        assert dialog.guardians[child.id].isVisibleTo(dialog)
        assert not dialog.guardians[case.parties[0].id].isVisibleTo(dialog)
        type_text(qtbot, dialog.place, "查干陶勒盖嘎查委员会")
        type_text(qtbot, dialog.statements[child.id], "他家的狗咬了我。")
        qtbot.mouseClick(dialog.save_button, CLICK)
        assert "须有监护人在场" in visible_text(dialog, "error_guardians")
        type_text(qtbot, dialog.guardians[child.id], "其母 乌日娜")
        qtbot.mouseClick(dialog.save_button, CLICK)

    driver = drive_modal(SessionDialog, record)
    disputes_page.case_view.do_step("session")
    driver.check()
    detail = cases.get_case(station.actor, case.id)
    assert detail.state == "mediating"
    assert detail.parties[1].guardian == "其母 乌日娜"
    assert detail.sessions[0].statements == [("萨仁", "他家的狗咬了我。")]


def test_a_follow_up_needs_its_answers(qtbot, disputes_page, case_in, drive_modal) -> None:
    case = case_in("performing")
    disputes_page.open_case(case.id)

    def visit(dialog: FollowUpDialog) -> None:
        qtbot.mouseClick(dialog.save_button, CLICK)
        assert "履行情况" in visible_text(dialog, "error_outcome")
        dialog.outcome.setCurrentIndex(1)
        dialog.satisfaction.setCurrentIndex(1)
        qtbot.mouseClick(dialog.save_button, CLICK)

    driver = drive_modal(FollowUpDialog, visit)
    disputes_page.case_view.do_step("follow_up")
    driver.check()
    detail = disputes_page.case_view.detail
    assert detail.state == "followed_up"
    assert detail.follow_ups[0].performed is True and detail.follow_ups[0].satisfaction == "满意"


def test_a_warning_receipt_or_session_time_that_cannot_be_is_refused(qtbot, disputes_page, case_in,
                                                                     station) -> None:
    """Like the follow-up's time (item 8): a warning sent in three days, a receipt a year before the
    warning, a session in three days or a year before the dispute was reported were all recorded."""
    from datetime import timedelta

    from PySide6.QtCore import QDate, QDateTime, QTime

    from station_app.core.clock import local_now
    from station_app.mediation import steps

    def at(moment) -> QDateTime:  # noqa: ANN001
        return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))

    future, long_ago = local_now() + timedelta(days=3), local_now() - timedelta(days=400)
    case = case_in("assessed")
    disputes_page.open_case(case.id)
    host = disputes_page.case_view
    warning = WarningDialog(host, disputes_page)
    qtbot.addWidget(warning)
    warning.show()
    type_text(qtbot, warning.recipient.lineEdit(), "司法所")
    warning.sent_at.setDateTime(at(future))
    qtbot.mouseClick(warning.save_button, CLICK)
    assert visible_text(warning, "error_sent_at") == "通报时间不能晚于现在。"
    warning.sent_at.setDateTime(at(long_ago))
    qtbot.mouseClick(warning.save_button, CLICK)
    assert visible_text(warning, "error_sent_at").startswith("通报时间早于纠纷反映时间（")
    assert cases.get_case(station.actor, case.id).warnings == []

    case = steps.send_warning(station.actor, case.id, host.detail.version, "司法所", "请关注")
    disputes_page.open_case(case.id)
    receipt = AcknowledgeDialog(host, case.warnings[0], disputes_page)
    qtbot.addWidget(receipt)
    receipt.show()
    receipt.who.setText("张所长")
    receipt.at.setDateTime(at(local_now() - timedelta(days=1)))
    qtbot.mouseClick(receipt.save_button, CLICK)
    assert visible_text(receipt, "error_acknowledged_at").startswith("签收时间早于通报时间（")
    receipt.at.setDateTime(at(future))
    qtbot.mouseClick(receipt.save_button, CLICK)
    assert visible_text(receipt, "error_acknowledged_at") == "签收时间不能晚于现在。"
    assert cases.get_case(station.actor, case.id).warnings[0].acknowledged_at is None

    session = SessionDialog(host, disputes_page)
    qtbot.addWidget(session)
    session.show()
    session.place.setText("嘎查委员会")
    for moment, message in ((future, "调解时间不能晚于现在。"), (long_ago, "调解时间早于纠纷反映时间（")):
        session.started.setDateTime(at(moment))
        session.ended.setDateTime(at(moment + timedelta(hours=1)))
        qtbot.mouseClick(session.save_button, CLICK)
        assert visible_text(session, "error_started_at").startswith(message)
    assert cases.get_case(station.actor, case.id).sessions == []
