"""Accounts: adding, roles, passwords, lock-out — on SQLite and PostgreSQL."""

from datetime import timedelta

import pytest

from station_app.accounts import service as accounts
from station_app.accounts.models import Account
from station_app.audit.chain import recent_entries, verify_chain
from station_app.core.clock import utcnow
from station_app.core.errors import AuthenticationError, ConflictError, ValidationError

ADMIN_PASSWORD = "Admin1234"


def test_admin_adds_an_officer_who_can_log_in(admin) -> None:
    info = accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026", "150123")
    assert (info.role_label, info.is_active, info.police_number) == ("民警", True, "150123")
    actor = accounts.login("cuixl", "Police2026")
    assert (actor.username, actor.role, actor.full_name) == ("cuixl", "officer", "崔鑫龙")
    actions = [entry.action for entry in recent_entries()]
    assert actions[:2] == ["login", "account.create"]


def test_duplicate_user_name_is_refused_with_the_field(admin) -> None:
    accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(admin, "cuixl", "崔鑫", "auxiliary", "Police2027")
    assert "已被使用" in caught.value.errors["username"]
    assert Account.select().count() == 2


@pytest.mark.parametrize(
    ("password", "expected"),
    [("short1", "太短"), ("abcdefgh", "字母和数字"), ("12345678", "字母和数字"), ("cuixl2026", None)],
)
def test_weak_passwords_explain_the_rule(admin, password: str, expected: str | None) -> None:
    if expected is None:
        accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", password)
        return
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", password)
    assert expected in caught.value.errors["password"]
    assert "至少 8 位" in caught.value.errors["password"]


def test_every_bad_field_is_reported_at_once(admin) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(admin, "x", " ", "sheriff", "weak")
    assert set(caught.value.errors) == {"username", "full_name", "role", "password"}


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(admin) -> None:
    accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    for attempt in range(4):
        with pytest.raises(AuthenticationError, match=f"再错 {4 - attempt} 次"):
            accounts.login("cuixl", "wrong-guess1")
    with pytest.raises(AuthenticationError, match="锁定 15 分钟"):
        accounts.login("cuixl", "wrong-guess1")
    with pytest.raises(AuthenticationError, match="已锁定"):
        accounts.login("cuixl", "Police2026")  # even the right password, while locked
    locked_until = Account.get(Account.username == "cuixl").locked_until
    assert timedelta(minutes=14) < locked_until - utcnow() <= timedelta(minutes=15)
    # fifteen minutes later the right password works again
    Account.update(locked_until=utcnow() - timedelta(seconds=1)).where(
        Account.username == "cuixl").execute()
    assert accounts.login("cuixl", "Police2026").username == "cuixl"
    actions = [entry.action for entry in recent_entries()]
    assert "account.locked_out" in actions and "login.refused_locked" in actions
    assert verify_chain().ok


def test_unknown_user_gets_the_same_message_and_is_audited(admin) -> None:
    with pytest.raises(AuthenticationError, match="用户名或密码不正确"):
        accounts.login("nobody", "Whatever1")
    entry = recent_entries(1)[0]
    assert (entry.action, entry.username) == ("login.failed", "n*****")  # may be a mistyped password


def test_reset_password_unlocks_and_forces_a_change(admin) -> None:
    info = accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.login("cuixl", "wrong-guess1")
    accounts.reset_password(admin, info.id, "Temp12345")
    officer = accounts.login("cuixl", "Temp12345")
    assert accounts.must_change_password(officer)
    with pytest.raises(ValidationError) as caught:
        accounts.change_own_password(officer, "not-it-123", "Mine2026x")
    assert caught.value.errors == {"old_password": "原密码不正确。"}
    with pytest.raises(ValidationError, match="不能与原密码相同"):
        accounts.change_own_password(officer, "Temp12345", "Temp12345")
    accounts.change_own_password(officer, "Temp12345", "Mine2026x")
    assert not accounts.must_change_password(officer)
    assert accounts.login("cuixl", "Mine2026x").username == "cuixl"


def test_disabled_account_cannot_log_in(admin) -> None:
    info = accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    accounts.set_account_active(admin, info.id, False)
    with pytest.raises(AuthenticationError, match="已停用"):
        accounts.login("cuixl", "Police2026")
    accounts.set_account_active(admin, info.id, True)
    assert accounts.login("cuixl", "Police2026").username == "cuixl"


def test_the_last_administrator_stays(admin) -> None:
    with pytest.raises(ValidationError, match="自己"):
        accounts.set_account_active(admin, admin.user_id, False)
    me = next(info for info in accounts.list_accounts(admin) if info.username == "admin")
    with pytest.raises(ValidationError, match="唯一的管理员"):
        accounts.update_account(admin, me.id, me.version, "崔鑫龙", "officer")


def test_stale_edit_gets_a_conflict_not_an_overwrite(admin) -> None:
    info = accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    accounts.update_account(admin, info.id, info.version, "崔鑫龙", "chief")  # another PC saved
    with pytest.raises(ConflictError, match="已被其他人修改") as caught:
        accounts.update_account(admin, info.id, info.version, "崔新龙", "officer")
    assert caught.value.changed_fields["role"] == ("chief", "officer")
    assert Account.get_by_id(info.id).role == "chief"


def test_passwords_never_reach_the_audit_trail_or_the_log(admin, data_dir) -> None:
    from station_app.core import logs

    logs.setup_logging()
    accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    with pytest.raises(AuthenticationError):
        accounts.login("cuixl", "Secret-Typo9")
    trail = " ".join(entry.changes for entry in recent_entries())
    assert "Police2026" not in trail and "Secret-Typo9" not in trail and ADMIN_PASSWORD not in trail
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    log_text = (data_dir / "logs" / "station.log").read_text(encoding="utf-8")
    assert "Police2026" not in log_text and "Secret-Typo9" not in log_text
