"""The first-start form: station identity and first administrator, typed by a user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from station_app.accounts import service as accounts
from station_app.audit.chain import recent_entries
from station_app.station.service import home_station
from tests.ui.conftest import type_text, visible_text
from ui.setup_wizard import SetupWizard

GOOD = {
    "station_name": "高力板派出所",
    "station_code": "152222-GLB",
    "county": "科右中旗",
    "town": "高力板镇",
    "admin_full_name": "崔鑫龙",
    "admin_username": "admin",
    "password": "Admin1234",
    "password_again": "Admin1234",
}


@pytest.fixture
def wizard(qtbot, opened_sqlite) -> SetupWizard:
    dialog = SetupWizard(opened_sqlite.location.display)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, wizard: SetupWizard, values: dict[str, str]) -> None:
    for field, text in values.items():
        widget = getattr(wizard, field)
        widget.clear()
        if text:
            type_text(qtbot, widget, text)


def typed(wizard: SetupWizard) -> dict[str, str]:
    return {field: getattr(wizard, field).text() for field in GOOD}


def test_the_form_says_where_the_data_will_be_saved(wizard: SetupWizard, opened_sqlite) -> None:
    texts = [label.text() for label in wizard.findChildren(QLabel)]
    assert any(opened_sqlite.location.display in text for text in texts)
    assert wizard.ok_button.text() == "完成设置"


def test_filling_the_form_creates_the_station_and_the_administrator(qtbot, wizard: SetupWizard) -> None:
    fill(qtbot, wizard, GOOD)
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)

    station = home_station()
    assert station is not None
    assert (station.name, station.code, station.county, station.town) == (
        "高力板派出所", "152222-GLB", "科右中旗", "高力板镇")
    assert wizard.admin is not None and wizard.admin.role == "admin"
    listed = {(info.username, info.full_name, info.role) for info in accounts.list_accounts(wizard.admin)}
    assert listed == {("admin", "崔鑫龙", "admin")}
    assert {"station.initialise", "account.create"} <= {entry.action for entry in recent_entries()}
    # the administrator can log in with what was typed
    assert accounts.login("admin", "Admin1234").username == "admin"


def test_return_key_in_the_last_field_submits(qtbot, wizard: SetupWizard) -> None:
    fill(qtbot, wizard, GOOD)
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        QTest.keyClick(wizard.password_again, Qt.Key.Key_Return)
    assert home_station() is not None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"station_name": ""}, "station_name", "派出所名称"),
        ({"password": "abc", "password_again": "abc"}, "admin_password", "太短"),
        ({"password": "abcdefghij", "password_again": "abcdefghij"}, "admin_password", "字母和数字"),
        ({"password_again": "Admin12345"}, "password_again", "不一致"),
        ({"station_code": "高力板"}, "station_code", "单位代码"),
        ({"admin_username": "x"}, "admin_username", "用户名"),
    ],
    ids=["empty-name", "short-password", "weak-password", "mismatch", "bad-code", "bad-username"],
)
def test_bad_input_is_shown_next_to_the_field_and_nothing_is_written(
    qtbot, wizard: SetupWizard, changes: dict[str, str], field: str, words: str
) -> None:
    values = {**GOOD, **changes}
    fill(qtbot, wizard, values)
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)

    message = visible_text(wizard, f"error_{field}")
    assert words in message
    assert wizard.findChild(QLabel, f"error_{field}").styleSheet().startswith("color: #b00020")
    assert wizard.isVisible() and wizard.result() != wizard.DialogCode.Accepted
    assert wizard.admin is None
    assert home_station() is None
    assert recent_entries() == []
    assert typed(wizard) == values, "what the user typed must stay in the form"


def test_every_problem_is_shown_at_once_and_cleared_when_fixed(qtbot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    for field in ("station_name", "station_code", "county", "admin_full_name", "admin_username",
                  "admin_password"):
        assert visible_text(wizard, f"error_{field}"), field
    assert home_station() is None

    fill(qtbot, wizard, {**GOOD, "password_again": "Other1234"})
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    assert visible_text(wizard, "error_station_name") == ""
    assert "不一致" in visible_text(wizard, "error_password_again")
    assert home_station() is None

    fill(qtbot, wizard, {"password_again": GOOD["password_again"]})
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    assert home_station() is not None
