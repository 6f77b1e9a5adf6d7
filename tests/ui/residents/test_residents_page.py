"""居民/网格 page: search as you type, the area tree filters the list, grid roles, merge, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from station_app.audit.chain import recent_entries
from station_app.residents import areas, service
from tests.ui.conftest import type_text
from tests.ui.residents.conftest import actor_with_role
from ui.residents.area_tree import AreaDialog
from ui.residents.grid_roles import GridRoleDialog
from ui.residents.merge_dialog import MergeDialog
from ui.residents.page import ResidentsPage
from ui.residents.resident_form import ResidentDialog

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def make_page(qtbot, registry):
    def build(actor=None) -> ResidentsPage:
        page = ResidentsPage(actor or registry.actor)
        qtbot.addWidget(page)
        page.resize(1100, 650)
        page.show()
        qtbot.waitExposed(page)
        return page

    return build


@pytest.fixture
def page(make_page) -> ResidentsPage:
    return make_page()


def shown_names(page: ResidentsPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def search_for(qtbot, page: ResidentsPage, text: str, expected_count: int) -> None:
    page.search.clear()
    type_text(qtbot, page.search, text)
    qtbot.waitUntil(lambda: page.count_label.text() == f"共 {expected_count} 人", timeout=2000)


def select_area(page: ResidentsPage, name: str) -> None:
    item = page.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    page.tree.setCurrentItem(item)


def test_the_list_shows_everyone_with_masked_numbers(page: ResidentsPage) -> None:
    assert page.count_label.text() == "共 5 人"
    headers = [page.model.headerData(column, Qt.Orientation.Horizontal) for column in range(9)]
    assert headers == ["姓名", "性别", "民族", "身份证号", "出生日期", "联系电话", "网格", "住址", "标签"]
    row = shown_names(page).index("包音德力格尔")
    cells = [page.model.index(row, column).data() for column in range(9)]
    assert cells[:7] == ["包音德力格尔", "男", "", "152222********1233", "1990-01-01", "139****5678",
                         "查干陶勒盖嘎查 第1网格"]


@pytest.mark.parametrize(("typed", "expected"), [
    ("delige", ["包音德力格尔"]),  # full pinyin inside a Mongolian name
    ("bydlge", ["包音德力格尔"]),  # initials
    ("1233", ["包音德力格尔"]),  # ID suffix
    ("7654321", ["巴特尔·额尔敦"]),  # phone suffix
    ("张三", ["张三", "张三丰"]),  # Chinese substring
    ("德力格", ["包音德力格尔"]),
])
def test_the_search_box_filters_as_you_type(qtbot, page: ResidentsPage, typed: str,
                                            expected: list[str]) -> None:
    search_for(qtbot, page, typed, len(expected))
    assert sorted(shown_names(page)) == sorted(expected)


def test_clearing_the_search_shows_everyone_again(qtbot, page: ResidentsPage) -> None:
    search_for(qtbot, page, "delige", 1)
    page.search.clear()
    qtbot.waitUntil(lambda: page.count_label.text() == "共 5 人", timeout=2000)


def test_selecting_a_grid_shows_its_people_and_its_roles(qtbot, page: ResidentsPage, registry) -> None:
    assert not page.roles.isVisible()
    select_area(page, "第2网格")
    assert sorted(shown_names(page)) == sorted(["巴特尔·额尔敦", "单田芳"])
    assert page.roles.isVisible() and page.roles.title.text() == "第2网格：一员两长"
    select_area(page, "查干陶勒盖嘎查")
    assert page.count_label.text() == "共 4 人" and not page.roles.isVisible()
    # the search works inside the selected area
    search_for(qtbot, page, "zhang", 1)
    assert shown_names(page) == ["张三"]
    select_area(page, "全部")
    assert sorted(shown_names(page)) == ["张三", "张三丰"]


def test_areas_are_added_from_the_tree(qtbot, page: ResidentsPage, drive_modal) -> None:
    select_area(page, "查干陶勒盖嘎查")
    assert page.add_area_button.text() == "添加网格…"

    def answer(dialog: AreaDialog) -> None:
        type_text(qtbot, dialog.name, "第3网格")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    driver = drive_modal(AreaDialog, answer)
    qtbot.mouseClick(page.add_area_button, CLICK)
    driver.check()
    assert page.tree.current_node().name == "第3网格" and page.count_label.text() == "共 0 人"
    assert not page.add_area_button.isVisible()  # nothing goes under a grid


def test_a_duplicate_area_name_is_refused_inline(qtbot, page: ResidentsPage, drive_modal) -> None:
    select_area(page, "查干陶勒盖嘎查")
    messages = []

    def answer(dialog: AreaDialog) -> None:
        type_text(qtbot, dialog.name, "第1网格")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        messages.append(dialog.errors.message("name"))
        dialog.reject()

    driver = drive_modal(AreaDialog, answer)
    qtbot.mouseClick(page.add_area_button, CLICK)
    driver.check()
    assert messages == ["“第1网格”已存在。"]


def test_grid_roles_are_added_from_residents_and_removed(qtbot, page: ResidentsPage, registry,
                                                         drive_modal) -> None:
    select_area(page, "第1网格")

    def grid_worker(dialog: GridRoleDialog) -> None:
        type_text(qtbot, dialog.resident_search, "zhangsan")
        qtbot.waitUntil(lambda: dialog.resident_list.count() == 2
                        and dialog.resident_list.item(0).text().startswith("张三 "))
        qtbot.mouseClick(dialog.save_button, CLICK)

    driver = drive_modal(GridRoleDialog, grid_worker)
    qtbot.mouseClick(page.roles.add_button, CLICK)
    driver.check()
    assert [(view.role_label, view.person_name) for view in areas.grid_roles(registry.grid_one.id)] == [
        ("网格员", "张三")]
    assert page.roles.table.item(0, 0).text() == "网格员" and page.roles.table.item(0, 1).text() == "张三"

    def unit_head_without_unit(dialog: GridRoleDialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData("unit_head"))
        dialog.from_account.setChecked(True)
        type_text(qtbot, dialog.building, "3号楼")
        dialog.submit()
        assert dialog.errors.message("unit") == "单元长须填写楼栋和单元。"
        type_text(qtbot, dialog.unit, "2单元")
        dialog.submit()

    driver = drive_modal(GridRoleDialog, unit_head_without_unit)
    qtbot.mouseClick(page.roles.add_button, CLICK)
    driver.check()
    assert page.roles.table.rowCount() == 2
    assert page.roles.table.item(1, 1).text() == "崔鑫龙"
    assert page.roles.table.item(1, 2).text() == "3号楼2单元"

    page.roles.table.selectRow(0)  # the grid worker
    qtbot.mouseClick(page.roles.remove_button, CLICK)
    assert [view.person_name for view in areas.grid_roles(registry.grid_one.id)] == ["崔鑫龙"]
    assert recent_entries(1)[0].action == "grid_role.remove"


def test_ctrl_n_registers_a_resident_into_the_selected_grid(qtbot, page: ResidentsPage, registry,
                                                            drive_modal) -> None:
    select_area(page, "第2网格")

    def answer(dialog: ResidentDialog) -> None:
        assert dialog.grid.currentText() == "高力板镇 / 查干陶勒盖嘎查 / 第2网格"
        type_text(qtbot, dialog.name, "其木格")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    driver = drive_modal(ResidentDialog, answer)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    assert "其木格" in shown_names(page) and page.count_label.text() == "共 3 人"
    assert page.model.id_at(page.table.currentIndex().row()) is not None
    assert page.table.currentIndex().data() == "其木格"


def test_enter_on_a_row_opens_the_resident(qtbot, page: ResidentsPage, drive_modal) -> None:
    search_for(qtbot, page, "shantianfang", 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # from the search box to the list
    assert page.table.hasFocus() or page.focusWidget() is page.table
    opened = []

    def answer(dialog: ResidentDialog) -> None:
        opened.append(dialog.name.text())
        dialog.reject()

    driver = drive_modal(ResidentDialog, answer)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    driver.check()
    assert opened == ["单田芳"]


def test_two_records_of_one_person_are_merged(qtbot, page: ResidentsPage, registry, drive_modal) -> None:
    service.create_resident(registry.actor, {"name": "张三", "phone": "13655556666"}, confirm=True)
    page.refresh_list()
    search_for(qtbot, page, "张三", 3)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, name in enumerate(shown_names(page)):
        if name == "张三":
            selection.select(page.model.index(row, 0), flags)
    assert page.merge_button.isEnabled()

    def answer(dialog: MergeDialog) -> None:
        keep = next(index for index, view in enumerate(dialog.pair) if view.id_number)
        dialog.choices.button(keep).setChecked(True)
        dialog.submit()

    driver = drive_modal(MergeDialog, answer)
    qtbot.mouseClick(page.merge_button, CLICK)
    driver.check()
    qtbot.waitUntil(lambda: page.count_label.text() == "共 2 人")
    survivor = service.get_resident(registry.actor, registry.ids["张三"])
    assert survivor.phone == "13800001111" and recent_entries(1)[0].action == "resident.merge"


def test_a_read_only_account_sees_no_add_edit_or_import(page: ResidentsPage, make_page, registry) -> None:
    assert all(button.isVisible() for button in (page.new_button, page.import_button, page.export_button,
                                                 page.merge_button, page.add_area_button))
    reader = make_page(actor_with_role(registry, "readonly"))
    assert reader.count_label.text() == "共 5 人"
    assert not any(button.isVisible() for button in (reader.new_button, reader.import_button,
                                                     reader.export_button, reader.merge_button,
                                                     reader.add_area_button))
    assert reader.open_button.text() == "查看"
    select_area(reader, "第1网格")
    assert reader.roles.isVisible() and not reader.roles.add_button.isVisible()


def test_the_main_window_opens_the_residents_page(qtbot, main_window_for, registry) -> None:
    window = main_window_for(registry.actor)
    page = window.show_page("residents")
    assert isinstance(page, ResidentsPage) and page.count_label.text() == "共 5 人"
