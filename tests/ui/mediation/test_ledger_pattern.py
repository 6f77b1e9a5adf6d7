"""Issue 13 items 5 and 14 on the disputes page: the sidebar's 矛盾纠纷 shows the list, not the
last case; the case header shows the grid as well as the exact spot; an empty list says what to
do next."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station_app.mediation import cases
from tests.ui.mediation.conftest import Station, new_case


def _sidebar(qtbot, window, label: str) -> None:  # noqa: ANN001
    item = window.navigation.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_sidebar_brings_back_the_list_of_cases(qtbot, station: Station, main_window_for) -> None:
    case = new_case(station)
    window = main_window_for(station.actor)
    page = window.show_page("disputes")
    assert page.open_case(case.id) and page.stack.currentWidget() is page.case_view
    _sidebar(qtbot, window, "工作台")
    _sidebar(qtbot, window, "矛盾纠纷")
    assert page.stack.currentWidget() is page.list_page  # was: the last case again
    page.open_case(case.id)
    _sidebar(qtbot, window, "矛盾纠纷")  # the entry already selected: the list too
    assert page.stack.currentWidget() is page.list_page


def test_the_case_header_names_the_grid_and_the_spot(qtbot, station: Station) -> None:
    from ui.mediation.page import DisputesPage

    case = cases.open_case(
        station.actor,
        {"source": "网格员上报", "category": "邻里纠纷", "summary": "两户因院墙边界争吵。",
         "place_area_id": station.grid_id, "place_text": "东头老李家院墙"},
        [{"resident_id": station.people["阿拉坦仓"]}])
    page = DisputesPage(station.actor)
    qtbot.addWidget(page)
    page.open_case(case.id)
    info = page.case_view.info.text()
    assert "高力板镇 / 查干陶勒盖嘎查 / 第1网格" in info and "东头老李家院墙" in info


def test_an_empty_list_says_what_to_do_next(qtbot, sqlite_admin) -> None:  # noqa: ANN001
    from ui.mediation.page import DisputesPage

    page = DisputesPage(sqlite_admin)
    qtbot.addWidget(page)
    page.show()
    assert "Ctrl+N" in page.table.hint_text()
    page.search.setText("没有这个人")
    page.refresh_list()
    assert "没有符合条件" in page.table.hint_text()
