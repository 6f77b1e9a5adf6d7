"""The resident form: inline errors that keep what was typed, live fill-in from the ID number,
the duplicate-ID link, the likely-duplicate question, masked numbers, keyboard use."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station_app.audit.chain import recent_entries
from station_app.residents import search, service
from tests.ui.conftest import type_text, visible_text
from tests.ui.residents.conftest import actor_with_role
from ui.residents.area_tree import flatten
from ui.residents.resident_form import ResidentDialog

CLICK = Qt.MouseButton.LeftButton
VALID_ID = "152222198503120013"  # born 1985-03-12, order 001: male


def grids(registry):
    from station_app.residents.areas import area_tree

    nodes = flatten(area_tree(registry.actor.station_id))
    return [(node, path) for node, path in nodes if node.kind == "grid"]


@pytest.fixture
def form(qtbot, registry):
    def build(existing=None, actor=None):
        dialog = ResidentDialog(actor or registry.actor, grids(registry), existing)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return build


def names_in_db(registry, query: str) -> list[str]:
    return [view.name for view in search.search_residents(registry.actor.station_id, query)]


def test_a_bad_check_digit_is_shown_under_the_id_and_nothing_typed_is_lost(qtbot, form, registry) -> None:
    dialog = form()
    type_text(qtbot, dialog.name, "乌云其木格")
    type_text(qtbot, dialog.id_number, "152222198503120018")  # check digit should be 3
    type_text(qtbot, dialog.address, "高力板镇3组")
    dialog.ethnicity.setCurrentIndex(dialog.ethnicity.findData("蒙古族"))
    # while typing, the form already says what is wrong
    assert "校验位错误" in visible_text(dialog, "hint_id_number")

    qtbot.mouseClick(dialog.save_button, CLICK)

    assert dialog.isVisible() and dialog.saved is None
    assert "校验位错误：应为3，实为8" in visible_text(dialog, "error_id_number")
    assert visible_text(dialog, "error_name") == ""
    assert dialog.name.text() == "乌云其木格"
    assert dialog.id_number.text() == "152222198503120018"
    assert dialog.address.text() == "高力板镇3组"
    assert dialog.ethnicity.currentText() == "蒙古族"
    assert dialog.focusWidget() is dialog.id_number
    assert names_in_db(registry, "乌云其木格") == []


def test_an_empty_name_is_refused_inline(qtbot, form) -> None:
    dialog = form()
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert visible_text(dialog, "error_name") == "请填写姓名。"


def test_a_valid_id_fills_birth_date_and_gender_while_typing(qtbot, form) -> None:
    dialog = form()
    type_text(qtbot, dialog.id_number, VALID_ID[:17])
    assert dialog.birth_date.text() == "" and dialog.gender.currentData() == ""

    type_text(qtbot, dialog.id_number, VALID_ID[17])

    assert dialog.birth_date.text() == "1985-03-12"
    assert dialog.gender.currentText() == "男"
    assert visible_text(dialog, "hint_birth_date") == "由身份证号自动填入"
    assert visible_text(dialog, "hint_gender") == "由身份证号自动填入"
    # a typo in the number takes the filled-in values away again
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Backspace)
    assert dialog.birth_date.text() == "" and dialog.gender.currentData() == ""


def test_a_typed_birth_date_that_contradicts_the_id_is_flagged(qtbot, form) -> None:
    dialog = form()
    type_text(qtbot, dialog.birth_date, "1985-03-13")
    dialog.gender.setCurrentIndex(dialog.gender.findData("女"))
    dialog.gender.activated.emit(dialog.gender.currentIndex())
    type_text(qtbot, dialog.id_number, VALID_ID)

    assert dialog.birth_date.text() == "1985-03-13"  # what the user typed is not overwritten
    assert visible_text(dialog, "hint_birth_date") == "与身份证号不符：身份证号显示为 1985-03-12"
    assert visible_text(dialog, "hint_gender") == "与身份证号不符：应为男"
    # the service agrees when saving
    type_text(qtbot, dialog.name, "王五")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert "出生日期与身份证号不符" in visible_text(dialog, "error_birth_date")


def test_a_duplicate_id_links_to_the_person_already_registered(qtbot, form, registry, drive_modal) -> None:
    dialog = form()
    type_text(qtbot, dialog.name, "包音")
    type_text(qtbot, dialog.id_number, "152222199001011233")
    qtbot.mouseClick(dialog.save_button, CLICK)

    assert visible_text(dialog, "error_id_number") == "该身份证号已登记为“包音德力格尔”，不能重复登记。"
    assert dialog.existing_link.isVisible() and dialog.existing_link.text() == "查看已登记的人"

    def look(existing: ResidentDialog) -> None:
        assert existing.name.text() == "包音德力格尔"
        assert existing.id_number.text() == "152222********1233"  # masked until 显示完整
        existing.reject()

    driver = drive_modal(ResidentDialog, look)
    qtbot.mouseClick(dialog.existing_link, CLICK)
    driver.check()
    assert dialog.name.text() == "包音" and dialog.id_number.text() == "152222199001011233"


def answer_box(button_text: str, seen: list[str]):
    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        assert [button.text() for button in box.buttons()] == ["继续保存", "返回修改"]
        next(button for button in box.buttons() if button.text() == button_text).click()

    return answer


@pytest.mark.parametrize(("answer", "saved"), [("返回修改", False), ("继续保存", True)])
def test_a_likely_duplicate_asks_before_saving(qtbot, form, registry, drive_modal, answer, saved) -> None:
    service.create_resident(registry.actor, {"name": "王芳", "birth_date": "1990-05-01",
                                             "grid_id": registry.grid_one.id})
    dialog = form()
    type_text(qtbot, dialog.name, "王芳")
    type_text(qtbot, dialog.birth_date, "1990年5月1日")
    seen: list[str] = []
    driver = drive_modal(QMessageBox, answer_box(answer, seen))
    qtbot.mouseClick(dialog.save_button, CLICK)
    driver.check()

    assert "王芳（1990-05-01，高力板镇 / 查干陶勒盖嘎查 / 第1网格）" in seen[0]
    assert names_in_db(registry, "王芳") == ["王芳", "王芳"][: 2 if saved else 1]
    assert (dialog.saved is not None) is saved
    assert dialog.isVisible() is not saved
    if not saved:
        assert dialog.name.text() == "王芳" and dialog.birth_date.text() == "1990年5月1日"


def test_enter_saves_and_escape_cancels(qtbot, form, registry) -> None:
    dialog = form()
    type_text(qtbot, dialog.name, "阿拉坦")
    type_text(qtbot, dialog.id_number, VALID_ID)
    dialog.grid.setCurrentIndex(dialog.grid.findText("高力板镇 / 查干陶勒盖嘎查 / 第2网格"))
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Return)

    assert dialog.saved is not None and not dialog.isVisible()
    saved = service.get_resident(registry.actor, dialog.saved.id)
    assert (saved.birth_date, saved.gender, saved.grid_id) == (date(1985, 3, 12), "男", registry.grid_two.id)

    other = form()
    type_text(qtbot, other.name, "不保存")
    qtbot.keyClick(other.name, Qt.Key.Key_Escape)
    assert not other.isVisible() and names_in_db(registry, "不保存") == []


def test_editing_keeps_the_grid_and_saves_changes(qtbot, form, registry) -> None:
    dialog = form(service.get_resident(registry.actor, registry.ids["单田芳"]))
    assert dialog.grid.currentText() == "高力板镇 / 查干陶勒盖嘎查 / 第2网格"
    assert dialog.birth_date.text() == "1880-01-01" and dialog.gender.currentText() == "男"
    dialog.name.clear()
    type_text(qtbot, dialog.name, "单田芳老人")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    saved = service.get_resident(registry.actor, registry.ids["单田芳"])
    assert (saved.name, saved.grid_id, saved.version) == ("单田芳老人", registry.grid_two.id, 2)


def test_a_grid_name_that_is_not_in_the_list_is_refused(qtbot, form) -> None:
    dialog = form()
    type_text(qtbot, dialog.name, "某人")
    dialog.grid.setEditText("不存在的网格")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert visible_text(dialog, "error_grid_id") != "" and dialog.saved is None


def test_tags_and_free_text_tags_are_saved_and_shown_again(qtbot, form, registry) -> None:
    dialog = form()
    type_text(qtbot, dialog.name, "其其格")
    dialog.tags.findItems("独居老人", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.extra_tags, "护林员、")
    type_text(qtbot, dialog.extra_tags, "养殖户")
    dialog.relation.setCurrentText("户主")
    qtbot.mouseClick(dialog.save_button, CLICK)
    view = service.get_resident(registry.actor, dialog.saved.id)
    assert view.tags == ("独居老人", "护林员", "养殖户") and view.relation_to_head == "户主"

    again = form(view)
    checked = [again.tags.item(row).text() for row in range(again.tags.count())
               if again.tags.item(row).checkState() == Qt.CheckState.Checked]
    assert checked == ["独居老人"] and again.extra_tags.text() == "护林员、养殖户"


def test_the_numbers_are_masked_until_revealed_with_a_reason_and_the_reveal_is_audited(
        qtbot, form, registry, monkeypatch) -> None:
    from ui.common.reveal import RevealDialog

    view = service.get_resident(registry.actor, registry.ids["张三"])
    dialog = form(view)
    assert dialog.id_number.text() == "110105********002X" and dialog.id_number.isReadOnly()
    assert dialog.phone.text() == "138****1111" and dialog.phone.isReadOnly()  # masked like the ID

    asked: list[str] = []

    def cancel(reveal: RevealDialog) -> int:
        asked.append("cancelled")
        return 0

    monkeypatch.setattr(RevealDialog, "exec", cancel)
    qtbot.mouseClick(dialog.reveal_button, CLICK)
    assert asked == ["cancelled"] and dialog.id_number.text() == "110105********002X"

    def answer(reveal: RevealDialog) -> int:
        type_text(qtbot, reveal.reason.lineEdit(), "核对户籍信息")
        reveal.submit()
        return int(reveal.result())

    monkeypatch.setattr(RevealDialog, "exec", answer)
    qtbot.mouseClick(dialog.reveal_button, CLICK)

    assert dialog.id_number.text() == "11010519491231002X" and not dialog.reveal_button.isVisible()
    assert dialog.phone.text() == "13800001111" and not dialog.phone.isReadOnly()
    entry = recent_entries(1)[0]
    assert entry.action == "resident.reveal" and "核对户籍信息" in entry.changes
    # saving an unrevealed (masked) number keeps the real one
    other = form(service.get_resident(registry.actor, registry.ids["包音德力格尔"]))
    type_text(qtbot, other.address, "新地址")
    qtbot.mouseClick(other.save_button, CLICK)
    kept = service.get_resident(registry.actor, registry.ids["包音德力格尔"])
    assert kept.id_number == "152222199001011233" and kept.address == "新地址"


def test_roles_without_full_view_see_masked_numbers_and_can_retype(qtbot, form, registry) -> None:
    auxiliary = actor_with_role(registry, "auxiliary")
    view = service.get_resident(auxiliary, registry.ids["包音德力格尔"])
    dialog = form(view, auxiliary)
    assert not dialog.reveal_button.isVisible() and dialog.retype_id_button.isVisible()
    assert dialog.phone.text() == "139****5678" and dialog.phone.isReadOnly()

    qtbot.mouseClick(dialog.retype_phone_button, CLICK)
    type_text(qtbot, dialog.phone, "13700002222")
    qtbot.mouseClick(dialog.save_button, CLICK)

    saved = service.get_resident(registry.actor, registry.ids["包音德力格尔"])
    assert (saved.phone, saved.id_number) == ("13700002222", "152222199001011233")


def test_a_read_only_account_sees_the_form_without_save(qtbot, form, registry) -> None:
    reader = actor_with_role(registry, "readonly")
    dialog = form(service.get_resident(reader, registry.ids["张三"]), reader)
    assert not dialog.save_button.isVisible()
    assert dialog.name.isReadOnly() and not dialog.grid.isEnabled()
