"""5,000 pasted characters are never stored: an account's name and police number, and the typed
settings, have a limit, refused by the service naming the field with the usual message; nothing
is written."""

from __future__ import annotations

import pytest

from station_app.accounts import limits, service
from station_app.accounts.models import Account
from station_app.core.errors import ValidationError
from station_app.settings import limits as settings_limits
from station_app.settings.service import load_settings, update_settings

PASTED = "长" * 5000


def test_a_new_account_over_the_limits_is_refused(sqlite_admin) -> None:
    accounts = Account.select().count()
    with pytest.raises(ValidationError) as caught:
        service.create_account(sqlite_admin, "wulij", PASTED, "officer", "Police2026", PASTED)
    assert caught.value.errors == {"full_name": "内容过长（最多 64 个字）。",
                                   "police_number": "内容过长（最多 16 个字）。"}
    assert Account.select().count() == accounts


@pytest.mark.parametrize("field", list(limits.ACCOUNT))
def test_an_account_edit_over_a_limit_leaves_it_as_it_was(sqlite_admin, field: str) -> None:
    account = service.create_account(sqlite_admin, "wulij", "乌力吉", "officer", "Police2026", "150321")
    values = {"full_name": "乌力吉", "role": "officer", "police_number": "150321", field: PASTED}
    with pytest.raises(ValidationError) as caught:
        service.update_account(sqlite_admin, account.id, account.version, **values)
    assert caught.value.errors == {field: f"内容过长（最多 {limits.ACCOUNT[field]} 个字）。"}
    stored = Account.get_by_id(account.id)
    assert (stored.full_name, stored.police_number) == ("乌力吉", "150321")


@pytest.mark.parametrize("field", list(settings_limits.SETTINGS))
def test_a_setting_over_its_limit_is_refused(sqlite_admin, field: str) -> None:
    before = load_settings()
    with pytest.raises(ValidationError) as caught:  # not OSError "File name too long" from the folder check
        update_settings(sqlite_admin, **{field: "/" + PASTED})
    assert caught.value.errors == {field: f"内容过长（最多 {settings_limits.SETTINGS[field]} 个字）。"}
    assert load_settings() == before
