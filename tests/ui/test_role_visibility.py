"""Each role sees, enabled, only what DOMAIN.md lets it do — on every feature page with a record
open, through every keyboard shortcut, and in the dialogs a reader may still open. The expectation
is the hand-written table tests/security/who_may.py, never the matrix the app itself consults.
(The services refuse anyway: tests/security/test_permission_walk.py.)

Every button and dialog is classified below by the actions it needs; one that is not classified
fails the test, so a new button must say who may use it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QTabWidget, QWidget

from station_app.audit.models import AuditEntry
from station_app.core import db, paths
from station_app.core.masking import mask_id_number, mask_phone
from station_app.mediation import steps
from station_app.restitution import events
from station_app.restitution.cases import get_case as get_restitution
from tests.conftest import make_station
from tests.security.who_may import MAY, may
from tests.security.world import World, build_world, case_at
from ui.main_window import FEATURE_PAGES

ROLES = list(MAY)
VIEW = None  # a button that only reads
E, W, C = "disputes.edit", "disputes.warn", "disputes.close"

# page → {button objectName (or its text when it has none): the actions it needs}
BUTTONS: dict[str, dict[str, tuple[str, ...] | None]] = {
    "disputes": {
        "← 返回列表": VIEW, "刷新": VIEW, "register_case": ("disputes.register",),
        "step_assess": (E,), "step_warn": (W,), "step_plan": (E,), "step_session": (E,), "step_fail": (E,),
        "step_draft_agreement": (E,), "step_sign": (E,), "step_follow_up": (E,), "step_close": (C,),
        "step_withdraw": (C,), "step_not_mediable": (C,), "step_reopen": (C,), "panel_attach": (E,),
        "add_attachment": (E,), "print_warning": ("disputes.view",), "acknowledge_warning": (W,),
        "complete_plan": (E,), "print_session": ("disputes.view",), "edit_agreement": (E,),
        "print_agreement": (E,), "open_attachment": VIEW, "save_attachment": VIEW,
        "reveal_reporter_phone": ("personal.view_full",),
    },
    "patrols": {
        "start_patrol": ("patrols.edit",), "end_patrol": ("patrols.edit",), "log_patrol": ("patrols.edit",),
        "manage_teams": ("patrols.view",), "previous_week": VIEW, "next_week": VIEW, "this_week": VIEW,
        "结束巡逻…": ("patrols.edit",), "添加发现…": ("patrols.edit",), "修改…": ("patrols.edit",),
    },
    "residents": {
        "登记居民": ("residents.edit",), "修改": ("residents.edit",), "查看": ("residents.view",),
        "合并重复": ("residents.merge",), "导入Excel…": ("residents.import",),
        "导出Excel…": ("residents.export",),
        "add_area": ("residents.edit",),
    },
    "hotline": {
        "new_order": ("hotline.edit",), "import_orders": ("hotline.import",),
        "holiday_calendar": ("hotline.view",),
        **{f"step_{step}": ("hotline.edit",) for step in ("dispatch", "start", "note", "complete", "feedback",
                                                           "archive")},
        "step_open_case": ("hotline.edit", "disputes.register"),
        "reveal_caller_phone": ("personal.view_full",),
    },
    "restitution": {
        "new_restitution_case": ("restitution.edit",),
        **{f"action_{key}": ("restitution.edit",)
           for key in ("victim", "recovery", "return", "event", "edit")},
        **dict.fromkeys(("修改被害人…", "删除追回记录…", "打印签收单…", "签收并标记已返还…", "取消这次返还…"),
                        ("restitution.edit",)),
    },
    "visits": {
        "open_case": ("visits.edit", "disputes.register"), "show_case": ("disputes.view",),
        "add_finding": ("visits.edit",), "new_record": ("visits.edit",), "add_photo": ("visits.edit",),
    },
    "reports": {
        "this_week": VIEW, "last_week": VIEW, "previous_period": VIEW, "next_period": VIEW,
        "open_bundles": ("exchange.import",), "preview_pdf": ("disputes.view",),
        "export_excel": ("disputes.view",), "export_usb": ("disputes.view", "exchange.export"),
    },
}
# dialogs a page's buttons or shortcuts open ("module.Class") → the actions they need
DIALOGS: dict[str, tuple[str, ...]] = {
    "ui.mediation.register_dialog.RegisterDialog": ("disputes.register",),
    "ui.patrols.patrol_dialog.PatrolDialog": ("patrols.edit",),
    "ui.patrols.finding_dialog.PatrolFindingDialog": ("patrols.edit",),
    "ui.patrols.teams_dialog.PatrolTeamsDialog": ("patrols.view",),
    "ui.residents.resident_form.ResidentDialog": ("residents.view",),
    "ui.hotline.dialogs.DispatchDialog": ("hotline.edit",),
    "ui.hotline.dialogs.CaseDialog": ("hotline.edit", "disputes.register"),
    "ui.hotline.new_order_dialog.NewOrderDialog": ("hotline.edit",),
    "ui.hotline.import_dialog.OrderImportDialog": ("hotline.import",),
    "ui.hotline.calendar_dialog.CalendarDialog": ("hotline.view",),
    "ui.restitution.dialogs.CaseDialog": ("restitution.edit",),
    "ui.visits.event_dialog.EventDialog": ("visits.edit",),
    "ui.visits.visit_dialog.VisitDialog": ("visits.edit",),
    "ui.visits.open_case_dialog.OpenCaseDialog": ("visits.edit", "disputes.register"),
}
OPEN_RECORD = {
    "disputes": lambda page, world: page.open_case(world.case.id),
    "hotline": lambda page, world: page.open_order(world.order_id),
    "patrols": lambda page, world: page.open_patrol(world.patrol_id),
    "restitution": lambda page, world: page.open_case(world.restitution_id),
    "visits": lambda page, world: page.visits.show_visit(str(world.visit_id)),
    "residents": lambda page, world: page.select_row(0),
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """Records in states where every button of a page has something to act on."""
    from station_app.core.startup import open_database

    folder: Path = tmp_path_factory.mktemp("roles")
    paths.set_data_dir(folder / "data")
    open_database(f"sqlite:///{(folder / 'station.sqlite3').as_posix()}")
    admin = make_station()
    built = build_world(admin, folder)
    case = case_at(built, "agreed")
    case = steps.send_warning(admin, case.id, case.version, "高力板镇司法所", "双方情绪激动。")
    built.case = steps.save_plan(admin, case.id, case.version, "组织双方调解", "崔鑫龙", "2099-12-31")
    restitution = get_restitution(admin, built.restitution_id)
    events.plan_event(admin, restitution.id, restitution.version, {"place": "派出所会议室"},
                      [{"victim_id": restitution.victims[0].id, "amount": "10"}])
    yield built
    db.close()


class Shown:
    """What the user was shown instead of what the test drives: message boxes and dialogs are
    recorded and answered at once (Cancel / No), so nothing is written and nothing blocks."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[str] = []
        self.dialogs: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.messages.append(box.text()) or 0)
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda *args, **kwargs: self.messages.append(str(args[2:3])) or QMessageBox.StandardButton.No))
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self.dialogs.append(
            f"{type(dialog).__module__}.{type(dialog).__name__}") or 0)
        for name, empty in (("getSaveFileName", ("", "")), ("getOpenFileName", ("", "")),
                            ("getOpenFileNames", ([], "")), ("getExistingDirectory", "")):
            monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *args, _empty=empty, **kwargs: _empty))


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    return Shown(monkeypatch)


def _build(qtbot, key: str, role: str, world: World) -> QWidget:
    module_name, class_name = FEATURE_PAGES[key].split(":")
    page = getattr(importlib.import_module(module_name), class_name)(world.actors[role])
    qtbot.addWidget(page)
    page.show()
    if key in OPEN_RECORD and may(role, f"{key}.view"):
        OPEN_RECORD[key](page, world)
    return page


def _buttons(page: QWidget) -> dict[str, bool]:
    """Every labelled button the user can reach, on every tab: name → enabled."""
    found: dict[str, bool] = {}

    def collect() -> None:
        for button in page.findChildren(QAbstractButton):
            name = button.objectName() or button.text()
            if button.text() and button.isVisibleTo(page):
                found[name] = found.get(name, False) or button.isEnabled()

    collect()
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            collect()
    return found


def _allowed(role: str, needs: tuple[str, ...] | None) -> bool:
    return needs is None or may(role, *needs)


def _page_params() -> list:
    params = []
    for key in FEATURE_PAGES:
        for role in ROLES:
            params.append(pytest.param(key, role, id=f"{key}-{role}"))
    return params


@pytest.mark.parametrize(("key", "role"), _page_params())
def test_a_page_offers_a_role_only_what_it_may_do(qtbot, world: World, shown: Shown, key: str,
                                                  role: str) -> None:
    page = _build(qtbot, key, role, world)
    buttons = _buttons(page)
    unclassified = sorted(set(buttons) - set(BUTTONS[key]))
    assert unclassified == [], f"buttons on the {key} page without a permission in BUTTONS"
    offered = sorted(name for name, enabled in buttons.items()
                     if enabled and not _allowed(role, BUTTONS[key][name]))
    assert offered == [], f"{role} is offered what the matrix refuses"
    if role == "admin" and key != "reports":  # the check is not vacuous: the writer sees the buttons
        assert any(enabled and BUTTONS[key][name] for name, enabled in buttons.items())
    for action in page.findChildren(QAction):
        action.trigger()  # keyboard shortcuts: Ctrl+N, Ctrl+D …
    unknown = sorted(set(shown.dialogs) - set(DIALOGS))
    assert unknown == [], "dialogs without a permission in DIALOGS"
    opened = sorted(name for name in shown.dialogs if not _allowed(role, DIALOGS[name]))
    assert opened == [], f"a shortcut opens for {role} what the matrix refuses"
    assert shown.messages == [], "opening the page or a record showed an error"


@pytest.mark.parametrize("role", ROLES)
def test_the_dashboard_reads_for_every_role_and_offers_no_change(qtbot, world: World, shown: Shown,
                                                                 role: str) -> None:
    from station_app.station.service import home_station
    from ui.pages.dashboard import DashboardPage

    page = DashboardPage(world.actors[role], home_station())
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert sorted(_buttons(page)) == ["刷新"]
    assert page.attention.findChildren(QWidget) and shown.messages == []


@pytest.mark.parametrize("role", ROLES)
def test_the_resident_form_masks_both_numbers_and_reveals_them_only_to_allowed_roles_with_a_reason(
        qtbot, world: World, monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    """Issue 13 item 11: the phone is masked like the ID for every role; 显示完整 asks why and the
    audit keeps the reason, never the numbers."""
    from station_app.residents.service import get_resident
    from ui.common.reveal import RevealDialog
    from ui.residents.resident_form import ResidentDialog

    person = world.person(0)
    dialog = ResidentDialog(world.actors[role], [], get_resident(world.actors[role], person.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_button.isVisibleTo(dialog) == may(role, "residents.edit")
    assert (dialog.id_number.text(), dialog.phone.text()) == (mask_id_number(person.id_number),
                                                              mask_phone(person.phone))
    may_see = may(role, "personal.view_full")
    revealing = (dialog.reveal_button.isVisibleTo(dialog), dialog.reveal_phone_button.isVisibleTo(dialog))
    assert revealing == (may_see, may_see)
    assert dialog.retype_phone_button.isVisibleTo(dialog) == may(role, "residents.edit")
    if not may_see:
        return
    asked: list[str] = []

    def answer(reveal_dialog: RevealDialog) -> int:
        asked.append(reveal_dialog.windowTitle())
        reveal_dialog.submit()  # no reason yet: refused inline, nothing shown
        assert "请说明" in reveal_dialog.errors.message("reason") and reveal_dialog.revealed is None
        reveal_dialog.reason.setCurrentIndex(2)  # 核对身份
        reveal_dialog.submit()
        return int(reveal_dialog.result())

    monkeypatch.setattr(RevealDialog, "exec", answer)
    before = AuditEntry.select().count()
    dialog.reveal_phone_button.click()
    assert asked == ["显示完整号码"]
    assert (dialog.id_number.text(), dialog.phone.text()) == (person.id_number, person.phone)
    assert not dialog.reveal_button.isVisibleTo(dialog) and not dialog.reveal_phone_button.isVisibleTo(dialog)
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert AuditEntry.select().count() == before + 1
    assert (entry.action, entry.username) == ("resident.reveal", world.actors[role].username)
    assert "核对身份" in entry.changes and person.id_number not in entry.changes
    assert person.phone not in entry.changes


@pytest.mark.parametrize("role", ROLES)
def test_a_reader_can_open_the_teams_and_the_calendar_but_change_nothing(qtbot, world: World, shown: Shown,
                                                                        role: str) -> None:
    from ui.hotline.calendar_dialog import CalendarDialog
    from ui.patrols.teams_dialog import PatrolTeamsDialog

    for dialog, action in ((PatrolTeamsDialog(world.actors[role]), "patrols.edit"),
                           (CalendarDialog(world.actors[role]), "hotline.edit")):
        qtbot.addWidget(dialog)
        dialog.show()
        if may(role, action):
            continue
        closing = {"关闭", "取消", "Close", "Cancel"}
        offered = sorted(button.text() for button in dialog.findChildren(QAbstractButton)
                         if button.isVisibleTo(dialog) and button.isEnabled() and button.text()
                         and button.text() not in closing)
        assert offered == [], f"{type(dialog).__name__} lets {role} start a change"
    assert shown.messages == []


@pytest.mark.parametrize("role", ROLES)
def test_the_settings_show_accounts_and_backups_only_to_their_roles(qtbot, world: World, shown: Shown,
                                                                   role: str) -> None:
    from ui.settings.settings_page import SettingsPage

    page = SettingsPage(world.actors[role], "sqlite:///station.sqlite3")
    qtbot.addWidget(page)
    tabs = [page.tabText(index) for index in range(page.count())]
    assert ("账户管理" in tabs) == may(role, "users.manage")
    backups = any(may(role, action) for action in ("backup.create", "backup.restore"))
    assert ("备份与恢复" in tabs) == backups
    if backups:
        assert page.backup.backup_button.isEnabled() == may(role, "backup.create")
        assert not page.backup.restore_button.isEnabled() or may(role, "backup.restore")


@pytest.mark.parametrize("role", ROLES)
def test_the_case_header_masks_the_reporters_phone_for_every_role(qtbot, world: World, shown: Shown,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   role: str) -> None:
    """Issue 13 item 11: masked like the parties' numbers; an allowed role reveals it with a reason."""
    from station_app.mediation import cases
    from ui.common.reveal import RevealDialog
    from ui.mediation.page import DisputesPage

    phone = world.person(1).phone
    case = cases.open_case(world.admin, {"source": "110/电话报警", "category": "邻里纠纷",
                                         "summary": "邻居争吵。",
                                         "reporter_kind": "resident", "reporter_name": "白先生",
                                         "reporter_phone": phone}, [{"resident_id": world.person(2).id}])
    page = DisputesPage(world.actors[role])
    qtbot.addWidget(page)
    page.show()
    assert page.open_case(case.id)
    text = page.case_view.info.text()
    assert phone not in text and mask_phone(phone) in text
    button = page.case_view.reveal_phone_button
    assert button.isVisibleTo(page) == may(role, "personal.view_full")
    if not button.isVisibleTo(page):
        return

    def answer(reveal_dialog: RevealDialog) -> int:
        reveal_dialog.reason.setEditText("回访反映人")
        reveal_dialog.submit()
        return int(reveal_dialog.result())

    monkeypatch.setattr(RevealDialog, "exec", answer)
    button.click()
    assert phone in page.case_view.info.text() and not button.isVisibleTo(page)
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert (entry.action, entry.entity_id) == ("case.reveal_phone", str(case.id))
    assert "回访反映人" in entry.changes and phone not in entry.changes


@pytest.mark.parametrize("role", ROLES)
def test_the_order_header_masks_the_callers_phone_for_every_role(qtbot, world: World, shown: Shown,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 role: str) -> None:
    """Like the case header (item 11): the 12345 order pane showed the caller's phone in full to
    every role allowed full numbers, with no reason asked and nothing audited."""
    from datetime import timedelta

    from station_app.core.clock import local_now
    from station_app.hotline import orders
    from ui.common.reveal import RevealDialog
    from ui.hotline.page import HotlinePage

    if not may(role, "hotline.view"):
        return
    phone = "13904827788"
    order = orders.create_order(world.admin, {
        "order_number": f"XA-MASK-{role}", "caller_name": "白先生", "caller_phone": phone,
        "content": "反映路灯不亮。", "working_days": 5, "received_at": local_now() - timedelta(hours=1)})
    page = HotlinePage(world.actors[role])
    qtbot.addWidget(page)
    page.show()
    assert page.open_order(order.id)
    caller = page.view.fields["caller"].text()
    assert phone not in caller and mask_phone(phone) in caller
    button = page.view.reveal_phone_button
    assert button.isVisibleTo(page) == may(role, "personal.view_full")
    if not button.isVisibleTo(page):
        return

    def answer(reveal_dialog: RevealDialog) -> int:
        reveal_dialog.reason.setEditText("回访来电人")
        reveal_dialog.submit()
        return int(reveal_dialog.result())

    monkeypatch.setattr(RevealDialog, "exec", answer)
    button.click()
    assert phone in page.view.fields["caller"].text() and not button.isVisibleTo(page)
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert (entry.action, entry.entity_id) == ("hotline.reveal_phone", str(order.id))
    assert "回访来电人" in entry.changes and phone not in entry.changes


def test_the_navigation_lists_only_the_pages_a_role_may_view(qtbot, world: World, shown: Shown) -> None:
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.main_window import MainWindow

    window = MainWindow(world.actors["grid_worker"], home_station(), "sqlite", load_settings())
    qtbot.addWidget(window)
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())
              if not window.navigation.item(row).isHidden()]
    window.close()
    assert "返赃" not in labels


def test_a_role_without_restitution_view_gets_a_plain_notice_not_an_error(qtbot, world: World,
                                                                          shown: Shown) -> None:
    from PySide6.QtWidgets import QLabel

    page = _build(qtbot, "restitution", "grid_worker", world)
    assert shown.messages == []
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert any("无权查看返赃台账" in text for text in texts)
    assert world.restitution_number not in "".join(texts)
