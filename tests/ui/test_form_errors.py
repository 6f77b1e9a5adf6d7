"""Inline form errors (issue 13, item 6): shown whole, said plainly, gone once the field is fixed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import type_text
from ui.setup_wizard import SetupWizard

STATION = {"station_name": "高力板派出所", "station_code": "152222-GLB", "county": "科右中旗"}


@pytest.fixture
def wizard(qtbot, opened_sqlite) -> SetupWizard:
    dialog = SetupWizard(opened_sqlite.location.display)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field, text in STATION.items():
        type_text(qtbot, getattr(dialog, field), text)
    return dialog


def error(wizard: SetupWizard, field: str) -> QLabel:
    label = wizard.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label


def test_two_line_errors_are_shown_whole_in_a_dialog_already_on_screen(qtbot, wizard: SetupWizard) -> None:
    type_text(qtbot, wizard.admin_username, "a")
    type_text(qtbot, wizard.password, "short")
    type_text(qtbot, wizard.password_again, "short")
    wizard.submit()
    for field in ("admin_username", "admin_password"):
        label = error(wizard, field)
        assert label.isVisible()
        # the text wraps to more than one line at the width it was given, and gets all of it
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
        assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing() * 1.5


def test_an_empty_password_is_asked_for_not_called_short(qtbot, wizard: SetupWizard) -> None:
    type_text(qtbot, wizard.admin_username, "admin")
    wizard.submit()
    message = error(wizard, "admin_password").text()
    assert message.startswith("请填写密码")
    assert "太短" not in message and "0 位" not in message


def test_a_corrected_field_loses_its_error_at_once_the_others_keep_theirs(qtbot, wizard: SetupWizard) -> None:
    type_text(qtbot, wizard.admin_username, "a")
    wizard.submit()
    assert error(wizard, "admin_username").isVisible()
    assert error(wizard, "admin_full_name").isVisible()
    type_text(qtbot, wizard.admin_username, "dmin")
    assert not error(wizard, "admin_username").isVisible()
    assert error(wizard, "admin_username").text() == ""
    assert error(wizard, "admin_full_name").isVisible()  # not touched yet: still says what is wrong
