"""The case page: buttons follow the state (a disabled one says why), a move refused by the core
shows the core's reason, a conflict with another PC is told and the case read again, the
timeline, the endings with a reason, signing with the scanned copy attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station_app.core.errors import ValidationError
from station_app.mediation import cases, steps
from tests.ui.conftest import type_text, visible_text
from tests.ui.mediation.conftest import mark_printed
from ui.mediation.agreement_editor import AgreementEditor
from ui.mediation.sign_dialog import SignDialog
from ui.mediation.simple_dialogs import PlanDialog, ReasonDialog

CLICK = Qt.MouseButton.LeftButton


def enabled_steps(page) -> set[str]:
    return {step for step, button in page.case_view.step_buttons.items() if button.isEnabled()}


def test_the_buttons_follow_the_state_and_a_disabled_one_says_why(disputes_page, case_in) -> None:
    case = case_in("registered")
    assert disputes_page.open_case(case.id)
    view = disputes_page.case_view
    assert enabled_steps(disputes_page) == {"assess", "warn", "plan", "withdraw", "not_mediable"}
    assert "请先完成风险评估" in view.step_buttons["session"].toolTip()
    assert "尚未进行调解，不能起草调解协议" in view.step_buttons["draft_agreement"].toolTip()
    assert "调解尚未结束" in view.step_buttons["close"].toolTip()
    assert view.step_buttons["assess"].toolTip() == ""

    performing = case_in("performing")
    disputes_page.open_case(performing.id)
    assert enabled_steps(disputes_page) == {"assess", "warn", "plan", "follow_up", "close"}
    assert "不能撤回" in view.step_buttons["withdraw"].toolTip()
    assert view.state.text() == "履行中"


def test_the_timeline_shows_local_time_who_and_what(disputes_page, case_in) -> None:
    case = case_in("agreed")
    disputes_page.open_case(case.id)
    timeline = disputes_page.case_view.tabs.timeline
    rows = [[timeline.topLevelItem(row).text(column) for column in range(4)]
            for row in range(timeline.topLevelItemCount())]
    assert [row[2] for row in rows] == ["登记", "风险评估", "调解", "起草协议"]
    assert all(row[1] == "崔鑫龙" for row in rows)
    from station_app.core.clock import format_local

    assert rows[0][0] == format_local(case.timeline[0].at)  # Asia/Shanghai, not the stored UTC
    assert "人民币叁万元整" in disputes_page.case_view.tabs.agreement.toPlainText()


def test_a_move_made_stale_elsewhere_is_told_then_refused_with_its_reason(qtbot, disputes_page, station,
                                                                         case_in, drive_modal) -> None:
    case = case_in("mediating")
    disputes_page.open_case(case.id)
    # Meanwhile, on another PC, the mediation is recorded as failed: this page has not seen it.
    steps.record_failure(station.actor, case.id, case.version, "引导向人民法院起诉", "双方分歧大")
    button = disputes_page.case_view.step_buttons["draft_agreement"]
    assert button.isEnabled()
    told = []

    def conflict(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    def answer(editor: AgreementEditor) -> None:
        editor.terms.item(0, 0).setText("乙方向甲方赔礼道歉")
        drive_modal(QMessageBox, conflict)
        qtbot.mouseClick(editor.save_button, CLICK)
        assert editor.isVisible()  # nothing typed is lost
        editor.reject()

    driver = drive_modal(AgreementEditor, answer)
    qtbot.mouseClick(button, CLICK)
    driver.check()
    assert told and "其他人修改" in told[0] and "状态" in told[0]  # who changed what, not a state error
    assert not button.isEnabled() and "调解不成" in button.toolTip()  # the page was read again
    fresh = cases.get_case(station.actor, case.id)
    assert fresh.agreement is None
    with pytest.raises(ValidationError, match="不能起草调解协议"):  # the core refuses the move anyway
        steps.draft_agreement(station.actor, case.id, fresh.version, {"terms": [{"text": "赔礼道歉"}]})


def test_a_conflict_is_told_the_case_reloaded_and_the_dialog_keeps_the_text(qtbot, disputes_page, station,
                                                                          case_in, drive_modal) -> None:
    case = case_in("assessed")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view
    steps.save_plan(station.actor, case.id, case.version, "另一台电脑上的措施", "乌兰", "2099-01-01")
    told = []

    def conflict(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    def answer(dialog: PlanDialog) -> None:
        type_text(qtbot, dialog.measures, "组织双方到嘎查委员会调解")
        drive_modal(QMessageBox, conflict)
        qtbot.mouseClick(dialog.save_button, CLICK)
        assert dialog.isVisible() and dialog.measures.toPlainText() == "组织双方到嘎查委员会调解"
        assert view.detail.version == case.version + 1  # read again
        qtbot.mouseClick(dialog.save_button, CLICK)  # saved against the fresh version
        assert not dialog.isVisible()

    driver = drive_modal(PlanDialog, answer)
    qtbot.mouseClick(view.step_buttons["plan"], CLICK)
    driver.check()
    assert told and "其他人修改" in told[0]
    assert {plan.measures for plan in view.detail.plans} == {"另一台电脑上的措施", "组织双方到嘎查委员会调解"}
    assert view.tabs.plans.topLevelItemCount() == 2


def test_closing_an_unperformed_agreement_needs_a_reason_then_reopens(qtbot, disputes_page, station, case_in,
                                                                     drive_modal) -> None:
    case = case_in("performing")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view

    def close(dialog: ReasonDialog) -> None:
        confirmed = drive_modal(QMessageBox, lambda box: box.done(QMessageBox.StandardButton.Yes))
        qtbot.mouseClick(dialog.save_button, CLICK)  # 结案 asks first, then the core refuses
        confirmed.check()
        assert "须写明原因" in visible_text(dialog, "error_reason")
        type_text(qtbot, dialog.reason, "当事人已外出务工，无法回访")
        confirmed = drive_modal(QMessageBox, lambda box: box.done(QMessageBox.StandardButton.Yes))
        qtbot.mouseClick(dialog.save_button, CLICK)
        confirmed.check()

    driver = drive_modal(ReasonDialog, close)
    qtbot.mouseClick(view.step_buttons["close"], CLICK)
    driver.check()
    assert view.detail.state == "closed" and view.state.text() == "结案"
    assert enabled_steps(disputes_page) == {"reopen"}
    assert disputes_page.model.rows[disputes_page.model.row_of(case.id)].state == "closed"


def test_signing_attaches_the_scanned_copy(qtbot, tmp_path, disputes_page, station, case_in,
                                           drive_modal) -> None:
    case = case_in("agreed")
    mark_printed(case)
    scan = tmp_path / "签字协议.jpg"
    scan.write_bytes(b"\xff\xd8\xff scanned agreement")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view

    def sign(dialog: SignDialog) -> None:
        dialog.scan.setText(str(scan))
        qtbot.mouseClick(dialog.save_button, CLICK)

    driver = drive_modal(SignDialog, sign)
    qtbot.mouseClick(view.step_buttons["sign"], CLICK)
    driver.check()
    qtbot.waitUntil(lambda: len(view.detail.attachments) == 1)
    assert view.detail.state == "performing" and view.detail.agreement.signed_on is not None
    attachment = view.detail.attachments[0]
    assert (attachment.file_name, attachment.purpose) == ("签字协议.jpg", "已签协议扫描件")
    assert attachment.path.read_bytes() == scan.read_bytes()
    assert len(view.detail.follow_ups) == 2  # 7 and 30 days
    assert view.tabs.attachments.topLevelItemCount() == 1


def test_photos_and_recordings_are_attached_and_opened(qtbot, tmp_path, monkeypatch, disputes_page,
                                                       case_in) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    photo, audio = tmp_path / "现场照片.jpg", tmp_path / "网格员转来的录音.amr"
    photo.write_bytes(b"\xff\xd8\xff photo")
    audio.write_bytes(b"#!AMR recording")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(photo), str(audio)], ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    case = case_in("registered")
    disputes_page.open_case(case.id)
    view = disputes_page.case_view

    qtbot.mouseClick(view.attach_button, CLICK)
    qtbot.waitUntil(lambda: len(view.detail.attachments) == 2)

    assert [(item.file_name, item.purpose) for item in view.detail.attachments] == [
        ("现场照片.jpg", "照片"), ("网格员转来的录音.amr", "录音")]
    assert [entry.action for entry in view.detail.timeline].count("添加附件") == 2
    tab = view.tabs.attachments
    tab.setCurrentItem(tab.topLevelItem(1))
    qtbot.mouseClick(view.tabs.open_attachment_button, CLICK)
    assert opened and Path(opened[0]).read_bytes() == audio.read_bytes()


def test_an_account_without_the_right_sees_why_and_cannot_register(qtbot, station, case_in) -> None:
    from station_app.accounts import service as accounts
    from station_app.core.actor import Actor
    from ui.mediation.page import DisputesPage

    info = accounts.create_account(station.actor, "grid01", "乌兰", "grid_worker", "Test12345")
    grid_worker = Actor(info.id, info.username, info.full_name, info.role, station.actor.station_id)
    case = case_in("registered")
    page = DisputesPage(grid_worker)
    qtbot.addWidget(page)
    assert page.register_button.isVisibleTo(page)  # grid workers report disputes
    page.open_case(case.id)
    view = page.case_view
    assert not any(button.isEnabled() for button in view.step_buttons.values())
    assert "无权" in view.step_buttons["assess"].toolTip()
    assert not view.attach_button.isEnabled()
