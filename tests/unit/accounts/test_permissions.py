"""Every service action × every role: allowed exactly as the matrix says, denied otherwise."""

from collections.abc import Callable

import pytest

from station_app.accounts import permissions
from station_app.accounts import service as accounts
from station_app.core.actor import Actor
from station_app.core.errors import PermissionDenied
from station_app.settings import service as settings

ROLES = list(permissions.ROLES)


def _actor(admin: Actor, role: str) -> Actor:
    return Actor(admin.user_id, f"test-{role}", "测试", role, admin.station_id)


def _target(admin: Actor):
    return accounts.create_account(admin, "target", "目标", "officer", "Target2026")


SERVICE_CALLS: dict[str, tuple[str, Callable[[Actor, Actor], object]]] = {
    "create_account": ("users.manage", lambda actor, admin: accounts.create_account(
        actor, "newbie", "新人", "auxiliary", "Newbie2026")),
    "list_accounts": ("users.manage", lambda actor, admin: accounts.list_accounts(actor)),
    "update_account": ("users.manage", lambda actor, admin: (lambda t: accounts.update_account(
        actor, t.id, t.version, "目标", "chief"))(_target(admin))),
    "set_account_active": ("users.manage", lambda actor, admin: accounts.set_account_active(
        actor, _target(admin).id, False)),
    "reset_password": ("users.manage", lambda actor, admin: accounts.reset_password(
        actor, _target(admin).id, "Reset2026x")),
    "update_settings": ("settings.edit", lambda actor, admin: settings.update_settings(
        actor, idle_lock_minutes=7)),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("call", list(SERVICE_CALLS))
def test_service_obeys_the_matrix(sqlite_admin: Actor, role: str, call: str) -> None:
    action, invoke = SERVICE_CALLS[call]
    actor = _actor(sqlite_admin, role)
    if permissions.allowed(role, action):
        invoke(actor, sqlite_admin)
    else:
        with pytest.raises(PermissionDenied, match="无权"):
            invoke(actor, sqlite_admin)


def test_unknown_roles_and_actions_are_denied() -> None:
    assert not permissions.allowed("sheriff", "users.manage")
    assert not permissions.allowed("admin", "launch.rockets")
    with pytest.raises(PermissionDenied, match="请先登录"):
        permissions.require(None, "settings.view")


def test_every_action_in_the_matrix_has_a_chinese_name() -> None:
    assert set(permissions.matrix()) == set(permissions.ACTIONS)
    assert all(roles <= set(ROLES) for roles in permissions.matrix().values())
