"""Typing stops at a field's limit in the account form, with the service's own message under the
field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import visible_text
from ui.accounts.users_page import AccountDialog


def test_pasting_5000_characters_into_the_account_form_stops_at_the_limits(qtbot, sqlite_admin) -> None:
    dialog = AccountDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("长" * 5000)
    dialog.police_number.setFocus()
    dialog.police_number.paste()
    assert len(dialog.police_number.text()) == 16
    assert visible_text(dialog, "error_police_number") == "内容过长（最多 16 个字）。"


def test_pasting_5000_characters_as_the_backup_folder_stops_at_the_limit(qtbot, sqlite_admin) -> None:
    from ui.settings.settings_page import SettingsPage

    page = SettingsPage(sqlite_admin, "sqlite:///station.sqlite3")
    qtbot.addWidget(page)
    page.show()
    QApplication.clipboard().setText("长" * 5000)
    general = page.widget(0)
    general.backup_dir.setFocus()
    general.backup_dir.paste()
    assert len(general.backup_dir.text()) == 260
    assert visible_text(general, "error_backup_dir") == "内容过长（最多 260 个字）。"
