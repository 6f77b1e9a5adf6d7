"""At the county bureau every ledger page has a station filter and shows the stations' records
read-only; a station's own PC shows no filter."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from station_app.core import db
from station_app.core.startup import open_database
from tests.unit.county.conftest import import_other_station
from ui.main_window import FEATURE_PAGES

LEDGERS = ("disputes", "patrols", "residents", "hotline", "restitution", "visits")


@pytest.fixture
def county(sqlite_admin, sqlite_url: str, tmp_path: Path):  # noqa: ANN001, ANN201
    other = import_other_station(sqlite_admin, sqlite_url, tmp_path)
    db.close()
    open_database(sqlite_url)
    return sqlite_admin, other


def _page(qtbot, key: str, actor):  # noqa: ANN001, ANN202
    module_name, class_name = FEATURE_PAGES[key].split(":")
    page = getattr(importlib.import_module(module_name), class_name)(actor)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.mark.parametrize("key", LEDGERS)
def test_every_ledger_page_filters_by_station_at_the_county(qtbot, county, key: str) -> None:  # noqa: ANN001
    actor, other = county
    page = _page(qtbot, key, actor)
    if key == "patrols":
        page.go_week(-1)  # the demo's patrols may all be last week's
    filters = [combo for combo in page.findChildren(QComboBox, "station_filter") if combo.isVisibleTo(page)]
    assert filters, f"{key}: no station filter"
    chosen = filters[0]
    assert chosen.currentText() == "全部单位"
    texts = [chosen.itemText(index) for index in range(chosen.count())]
    assert texts[1].startswith("本所") and "代钦塔拉派出所" in texts


def test_another_stations_case_opens_read_only(qtbot, county) -> None:  # noqa: ANN001
    actor, other = county
    page = _page(qtbot, "disputes", actor)
    assert page.model.rowCount() > 0 and page.model.headerData(0, Qt.Orientation.Horizontal) == "单位"
    assert page.model.index(0, 0).data() == "代钦塔拉派出所"
    assert page.open_case(page.model.id_at(0))
    view = page.case_view
    banner = view.findChild(QLabel, "read_only_banner")
    assert banner.isVisibleTo(view) and "代钦塔拉派出所" in banner.text()
    assert not any(button.isEnabled() for button in view.step_buttons.values())
    assert not view.tabs.print_agreement_button.isEnabled() and not view.attach_button.isEnabled()
    assert view.detail.timeline  # put together from the case's records at the county
    page.show_list()
    page.list.stations.setCurrentIndex(1)  # 本所: the county's own, empty ledger
    assert page.model.rowCount() == 0


def test_a_station_sees_no_station_filter(qtbot, sqlite_admin) -> None:  # noqa: ANN001
    for key in LEDGERS:
        page = _page(qtbot, key, sqlite_admin)
        filters = page.findChildren(QComboBox, "station_filter")
        assert filters and not any(combo.isVisibleTo(page) for combo in filters), key
