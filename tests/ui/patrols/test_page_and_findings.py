"""The 巡逻 page: the week's list and figures, weeks back and forth, findings (a dispute becomes a
case and opens from the patrol), the team editor, the dashboard's reminder, the translations."""

from __future__ import annotations

import re
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from station_app.core.clock import local_now
from station_app.mediation.cases import get_case
from station_app.patrols import findings, service
from station_app.patrols.reading import finding_for_case
from station_app.patrols.teams import list_teams
from station_app.patrols.vocab import FINDING_KINDS, PATROL_KINDS, TEAM_KINDS
from station_app.patrols.weeks import current_week, shift_week
from tests.ui.conftest import type_text, visible_text
from ui.patrols.finding_dialog import PatrolFindingDialog
from ui.patrols.labels import IN_PROGRESS, VOCAB_LABELS
from ui.patrols.patrol_list import COL_TIME, PatrolListModel
from ui.patrols.teams_dialog import PatrolTeamsDialog

ROOT = Path(__file__).resolve().parents[3]


def test_the_list_puts_patrols_under_way_first_and_moves_by_week(qtbot, patrols_page, scene) -> None:
    old = scene.patrol(hours_ago=24 * 8, length=3, distance_km=10)  # last week or the one before
    out = scene.patrol(hours_ago=24 * 9, length=None)  # under way for days: always on top, in red
    patrols_page.refresh()
    assert patrols_page.model.rows[0].id == out.id
    assert patrols_page.model.data(patrols_page.model.index(0, COL_TIME)).endswith("进行中")
    assert patrols_page.model.data(patrols_page.model.index(0, COL_TIME),
                                   Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert not patrols_page.next_week.isEnabled()  # no weeks in the future
    assert patrols_page.open_patrol(old.id)
    assert patrols_page.week != current_week() and patrols_page.current_id() == old.id
    assert "10 公里" in patrols_page.figures_view.summary.text()
    old_week = patrols_page.week
    patrols_page.go_week(1)  # Alt+→
    assert patrols_page.week == shift_week(old_week, 1)
    assert [row.id for row in patrols_page.model.rows][:1] == [out.id]  # still on top
    patrols_page.go_this_week()
    assert patrols_page.week == current_week()
    other = service.start_patrol(scene.actor, {"team_id": scene.other.id, "route": "林区防火道",
                                               "members": [scene.member("萨仁", scene.other)]})
    patrols_page.refresh()
    assert {row.id for row in patrols_page.model.rows} == {out.id, other.id}
    patrols_page.team_filter.setCurrentIndex(patrols_page.team_filter.findText("雪城义警"))
    assert [row.id for row in patrols_page.model.rows] == [other.id]
    patrols_page.refresh()  # the filter stays
    assert patrols_page.team_filter.currentText() == "雪城义警"
    assert [row.id for row in patrols_page.model.rows] == [other.id]


def test_a_dispute_found_on_patrol_becomes_a_case_and_opens_from_it(qtbot, patrols_page, scene,
                                                                    drive_modal) -> None:
    patrol = scene.patrol(hours_ago=2, length=None)
    patrols_page.refresh(select=patrol.id)

    def answer(dialog: PatrolFindingDialog) -> None:
        assert not dialog.category.isVisible() and not dialog.picker.isVisible()
        dialog.kind.setCurrentIndex(dialog.kind.findData("dispute"))
        assert dialog.category.isVisible() and dialog.picker.isVisible()
        assert dialog.save_button.text() == "保存并登记纠纷"
        type_text(qtbot, dialog.description, "两户因草场围栏位置争吵，一方扬言要拆围栏")
        dialog.submit()  # no category, no parties: told, nothing saved
        assert dialog.isVisible()
        assert visible_text(dialog, "error_parties") == "矛盾纠纷须添加至少一位当事人（将据此登记纠纷案件）。"
        dialog.category.setCurrentText("土地草场")
        dialog.picker.search.setText("乌云")
        dialog.picker.refresh_results()
        qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
        dialog.picker.open_new_row("张三")
        dialog.picker.add_new_person()
        assert dialog.picker.names() == ["乌云其木格", "张三"]
        dialog.submit()

    driver = drive_modal(PatrolFindingDialog, answer)
    qtbot.keyClick(patrols_page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    shown = patrols_page.detail_view
    assert shown.findings.count() == 1
    item = shown.findings.item(0)
    assert "矛盾纠纷" in item.text() and "已登记纠纷" in item.text()
    case_id = finding_for_case(scene.actor, patrols_page.current_detail().findings[0].case_id).case_id
    case = get_case(scene.actor, case_id)
    assert (case.row.source, case.row.category) == ("巡逻发现", "土地草场")
    assert case.row.parties == "乌云其木格、张三"
    with qtbot.waitSignal(patrols_page.sig_open_case) as opened:
        shown.findings.itemActivated.emit(item)
    assert opened.args == [case_id]


def test_help_given_shows_the_count_field_only_for_help(qtbot, scene) -> None:
    patrol = scene.patrol(hours_ago=2, length=None)
    dialog = PatrolFindingDialog(scene.actor, patrol)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.helped.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("help"))
    assert dialog.helped.isVisible()
    dialog.helped.setValue(2)
    type_text(qtbot, dialog.description, "与牧民一起救助被围栏缠住的狍子")
    dialog.submit()
    assert dialog.saved is not None and dialog.saved.people_helped == 2


def test_a_team_is_made_from_colleagues_and_volunteers(qtbot, scene) -> None:
    dialog = PatrolTeamsDialog(scene.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.team_list.count() == 2
    dialog.new_team()  # Ctrl+N
    assert dialog.current is None and dialog.name.text() == ""
    type_text(qtbot, dialog.name, "红城义警")
    dialog.kind.setCurrentIndex(dialog.kind.findData("volunteer"))
    dialog.colleague.setCurrentIndex(dialog.colleague.findText("李辅警", Qt.MatchFlag.MatchStartsWith))
    dialog.add_colleague()
    dialog.volunteers.search.setText("萨仁")
    dialog.volunteers.refresh_results()
    qtbot.keyClick(dialog.volunteers.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.member_list.count() == 2)
    dialog.volunteers.open_new_row("包音德力格尔")
    dialog.volunteers.add_new_person()
    qtbot.waitUntil(lambda: dialog.member_list.count() == 3)
    dialog.leader.setCurrentIndex(1)  # 萨仁
    dialog.submit()
    assert visible_text(dialog, "error_name") == "已有名为“红城义警”的巡逻队。"
    dialog.name.setText("神山义警")
    dialog.submit()  # Ctrl+S
    assert dialog.changed
    team = next(team for team in list_teams(scene.actor) if team.name == "神山义警")
    assert team.leader.name == "萨仁"
    assert sorted(member.name for member in team.members) == ["包音德力格尔", "李辅警", "萨仁"]
    assert dialog.current is not None and dialog.current.id == team.id
    # removing someone keeps them on record as a former member
    dialog.member_list.setCurrentRow(0)
    qtbot.keyClick(dialog.member_list, Qt.Key.Key_Delete)
    dialog.submit()
    changed = next(team for team in list_teams(scene.actor) if team.name == "神山义警")
    assert len(changed.active_members) == 2 and len(changed.members) == 3


def test_the_dashboard_panel_opens_a_forgotten_patrol(qtbot, patrols_page, scene) -> None:
    from ui.patrols.attention_panel import PatrolAttentionPanel

    scene.patrol(hours_ago=2, length=None)
    forgotten = scene.patrol(hours_ago=15, length=None)
    panel = PatrolAttentionPanel(scene.actor)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.list.topLevelItemCount() == 1 and not panel.empty.isVisible()
    row = panel.list.topLevelItem(0)
    assert row.text(0) == "红城义警 · 日常" and row.text(2) == "15" and row.text(3) == "王警官"
    with qtbot.waitSignal(panel.sig_open_patrol) as opened:
        panel.list.itemActivated.emit(row, 0)
    assert opened.args == [forgotten.id]
    assert patrols_page.open_patrol(forgotten.id) and patrols_page.current_id() == forgotten.id
    service.end_patrol(scene.actor, forgotten.id, forgotten.version,
                       {"ended_at": local_now() - timedelta(hours=11)})
    panel.refresh()
    assert panel.empty.isVisible() and panel.empty.text() == "没有超过 12 小时仍未结束的巡逻。"


def test_the_list_model_is_sound(qtmodeltester, scene) -> None:
    scene.patrol(hours_ago=3, length=None)
    scene.patrol(hours_ago=30, length=4)
    found_at = local_now() - timedelta(hours=9)
    findings.add_finding(scene.actor, scene.patrol(hours_ago=10, length=2).id,
                         {"kind": "opinion", "description": "路灯不亮", "found_at": found_at})
    from station_app.patrols.reading import list_patrols

    model = PatrolListModel()
    model.load(list_patrols(scene.actor))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_the_vocabulary_listed_for_translation_matches_the_core() -> None:
    core = {*TEAM_KINDS.values(), *PATROL_KINDS.values(), *FINDING_KINDS.values()}
    assert set(VOCAB_LABELS) == core and IN_PROGRESS == "进行中"


def test_every_patrol_string_has_english() -> None:
    """ui/patrols' strings have English in the merged tables (translations_en*.py, which
    update_translations.py merges into the .ts file)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from translations_en import ENGLISH as BASE
        from translations_en_patrols import ENGLISH
        from update_translations import english
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    literal = re.compile(r'(?:self\.tr|parent\.tr|QT_TRANSLATE_NOOP\("\w+",)\(?\s*"([^"\\]+)"\)')
    found = {match for path in (ROOT / "ui" / "patrols").glob("*.py")
             for match in literal.findall(path.read_text("utf-8"))}
    known = set(english())
    assert found and not found - known, sorted(found - known)
    assert all(text.strip() for text in ENGLISH.values())
    assert not {key for key in ENGLISH if key in BASE and BASE[key] != ENGLISH[key]}  # no silent override


@pytest.mark.parametrize("role", ["grid_worker", "readonly"])
def test_roles_that_may_only_look_see_no_entry_buttons(qtbot, scene, role: str) -> None:
    from station_app.core.actor import Actor
    from ui.patrols.page import PatrolsPage

    looker = Actor(scene.officer, "looker", "看的人", role, scene.actor.station_id)
    page = PatrolsPage(looker)
    qtbot.addWidget(page)
    page.show()
    assert not page.start_button.isVisible() and not page.log_button.isVisible()
    assert page.start_patrol() is None and page.end_patrol() is None
