"""Use cases for accounts: log in, lock-out, add/edit/disable accounts, passwords."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from station_app.accounts import passwords, permissions
from station_app.accounts.limits import ACCOUNT as ACCOUNT_LIMITS
from station_app.accounts.models import Account
from station_app.audit import chain as audit
from station_app.core import db, limits, vault
from station_app.core.actor import Actor
from station_app.core.clock import format_local, utcnow
from station_app.core.errors import AuthenticationError, NotFound, PermissionDenied, ValidationError
from station_app.core.models import Station
from station_app.core.versioning import update_versioned

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


@dataclass(frozen=True)
class AccountInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    role_label: str
    police_number: str
    is_active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int

    @classmethod
    def of(cls, account: Account) -> AccountInfo:
        return cls(
            account.id, account.username, account.full_name, account.role,
            permissions.role_label(account.role), account.police_number, account.is_active,
            account.must_change_password, account.locked_until, account.last_login_at,
            account.version,
        )


def _audit_view(account: Account) -> dict[str, object]:
    return {
        "username": account.username, "full_name": account.full_name, "role": account.role,
        "police_number": account.police_number, "is_active": account.is_active,
    }


def _actor_of(account: Account) -> Actor:
    return Actor(account.id, account.username, account.full_name, account.role, account.station_id)


def _home_station_id() -> uuid.UUID:
    station = Station.get_or_none(Station.is_home == True)  # noqa: E712 (peewee expression)
    if station is None:
        raise NotFound("尚未设置本所信息，请先完成首次设置。")
    return station.id


def validate_new_account(username: str, full_name: str, role: str, password: str) -> dict[str, str]:
    """Field → problem for a new account (empty when all is well); no database access."""
    problems: dict[str, str] = {}
    if not _USERNAME.match(username):
        problems["username"] = "用户名须为 2-32 位字母、数字、下划线、点或减号（如 cuixl、zhang.san）。"
    problems.update(_profile_problems(full_name, role))
    problem = passwords.password_problem(password, username)
    if problem:
        problems["password"] = problem
    return problems


def _profile_problems(full_name: str, role: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not full_name.strip():
        problems["full_name"] = "请填写姓名。"
    else:
        problems.update(limits.problems({"full_name": full_name}, ACCOUNT_LIMITS))
    if role not in permissions.ROLES:
        problems["role"] = "请选择角色：" + "、".join(permissions.ROLES.values()) + "。"
    return problems


def create_account(
    actor: Actor, username: str, full_name: str, role: str, password: str, police_number: str = ""
) -> AccountInfo:
    """Add an account to the home station. Raises ValidationError (duplicate name, weak password)."""
    permissions.require(actor, "users.manage")
    username, full_name, police_number = username.strip(), full_name.strip(), police_number.strip()
    problems = validate_new_account(username, full_name, role, password)
    problems.update(limits.problems({"police_number": police_number}, ACCOUNT_LIMITS))
    if problems:
        raise ValidationError(problems)
    password_hash = passwords.hash_password(password)
    with vault.changing_slots() as slots, db.transaction():
        station_id = _home_station_id()
        if Account.select().where(
            (Account.station == station_id) & (Account.username == username)
        ).exists():
            raise ValidationError.single("username", f"用户名“{username}”已被使用，请换一个。")
        account = Account.create(
            station=station_id, username=username, full_name=full_name, role=role,
            police_number=police_number, password_hash=password_hash,
        )
        audit.record(actor, "account.create", "account", account.id, None, _audit_view(account))
        if slots is not None:  # an encrypted database: the new account's password opens it too
            slots.add(account.id, username, password)
            slots.save()
    return AccountInfo.of(account)


def list_accounts(actor: Actor) -> list[AccountInfo]:
    permissions.require(actor, "users.manage")
    query = Account.select().where(Account.station == _home_station_id()).order_by(Account.username)
    return [AccountInfo.of(account) for account in query]


def _get(account_id: uuid.UUID) -> Account:
    # Only the home station's accounts: a county database also holds other stations' accounts.
    account = Account.get_or_none((Account.id == account_id) & (Account.station == _home_station_id()))
    if account is None:
        raise NotFound("找不到该账户。")
    return account


def _active_admins_besides(account: Account) -> int:
    return Account.select().where(
        (Account.role == "admin") & (Account.is_active == True)  # noqa: E712
        & (Account.id != account.id) & (Account.station == account.station_id)
    ).count()


def update_account(
    actor: Actor, account_id: uuid.UUID, expected_version: int,
    full_name: str, role: str, police_number: str = "",
) -> AccountInfo:
    """Change name, role or police number. The last active administrator keeps the role."""
    permissions.require(actor, "users.manage")
    full_name, police_number = full_name.strip(), police_number.strip()
    problems = _profile_problems(full_name, role)
    problems.update(limits.problems({"police_number": police_number}, ACCOUNT_LIMITS))
    if problems:
        raise ValidationError(problems)
    with db.transaction():
        account = _get(account_id)
        before = _audit_view(account)
        if account.role == "admin" and role != "admin" and _active_admins_besides(account) == 0:
            raise ValidationError.single("role", "这是唯一的管理员账户，不能改为其他角色。")
        update_versioned(account, expected_version, full_name=full_name, role=role,
                         police_number=police_number)
        audit.record(actor, "account.update", "account", account.id, before, _audit_view(account))
    return AccountInfo.of(account)


def set_account_active(actor: Actor, account_id: uuid.UUID, active: bool) -> AccountInfo:
    """Disable or re-enable an account. Nobody disables themselves or the last administrator."""
    permissions.require(actor, "users.manage")
    with vault.changing_slots() as slots, db.transaction():
        account = _get(account_id)
        if not active and account.id == actor.user_id:
            raise ValidationError.single("is_active", "不能停用自己正在使用的账户。")
        if not active and account.role == "admin" and _active_admins_besides(account) == 0:
            raise ValidationError.single("is_active", "这是唯一可用的管理员账户，不能停用。")
        before = _audit_view(account)
        update_versioned(account, account.version, is_active=active)
        audit.record(actor, "account.enable" if active else "account.disable", "account",
                     account.id, before, _audit_view(account))
        if slots is not None and not active:  # a disabled account's password no longer opens the file
            slots.remove(account.id)
            slots.save()
    return AccountInfo.of(account)


def reset_password(actor: Actor, account_id: uuid.UUID, new_password: str) -> AccountInfo:
    """Set a temporary password; the user must change it at next login. Also lifts a lock-out."""
    permissions.require(actor, "users.manage")
    with vault.changing_slots() as slots, db.transaction():
        account = _get(account_id)
        problem = passwords.password_problem(new_password, account.username)
        if problem:
            raise ValidationError.single("password", problem)
        update_versioned(
            account, account.version, password_hash=passwords.hash_password(new_password),
            must_change_password=True, failed_logins=0, locked_until=None,
        )
        audit.record(actor, "account.reset_password", "account", account.id,
                     extra={"username": account.username})
        if slots is not None and account.is_active:  # the temporary password opens the file
            slots.add(account.id, account.username, new_password)
            slots.save()
    return AccountInfo.of(account)


def change_own_password(actor: Actor, old_password: str, new_password: str) -> None:
    """The logged-in user changes their password. Raises ValidationError naming the field."""
    if actor.user_id is None:
        raise PermissionDenied("命令行不能修改个人密码。")
    with vault.changing_slots() as slots, db.transaction():
        account = _get(actor.user_id)
        if not passwords.verify_password(account.password_hash, old_password):
            raise ValidationError.single("old_password", "原密码不正确。")
        problem = passwords.password_problem(new_password, account.username)
        if problem is None and new_password == old_password:
            problem = "新密码不能与原密码相同。"
        if problem:
            raise ValidationError.single("new_password", problem)
        update_versioned(account, account.version, password_hash=passwords.hash_password(new_password),
                         must_change_password=False)
        audit.record(actor, "account.change_password", "account", account.id)
        if slots is not None:  # re-wrapped: the old password no longer opens the file
            slots.add(account.id, account.username, new_password)
            slots.save()


def login(username: str, password: str) -> Actor:
    """Check the password and return the acting user.

    Five wrong passwords in a row lock the account for 15 minutes. Every attempt is audited.
    Raises AuthenticationError with a message for the user.
    """
    username = username.strip()
    now = utcnow()
    failure: str | None = None
    with vault.changing_slots() as slots, db.transaction():
        account = Account.get_or_none(
            (Account.username == username) & (Account.station == _home_station_id())
        )
        if account is None:
            # What was typed may be a password typed into the wrong box: only its first character.
            typed = (username[:1] + "*" * (len(username) - 1)) if username else "?"
            audit.record(None, "login.failed", "account", "", username=typed,
                         extra={"reason": "unknown user"})
            failure = "用户名或密码不正确。"
        elif account.locked_until and account.locked_until > now:
            minutes = max(1, int((account.locked_until - now).total_seconds() // 60) + 1)
            audit.record(None, "login.refused_locked", "account", account.id, username=username)
            failure = (f"连续输错密码 {MAX_FAILED_LOGINS} 次，账户已锁定至 "
                       f"{format_local(account.locked_until)}（约 {minutes} 分钟）。可请管理员重置密码解锁。")
        elif not passwords.verify_password(account.password_hash, password):
            failure = _count_failure(account, now)
        elif not account.is_active:
            audit.record(None, "login.refused_disabled", "account", account.id, username=username)
            failure = "该账户已停用，请联系管理员。"
        else:
            changes: dict[str, object] = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
            if passwords.needs_rehash(account.password_hash):
                changes["password_hash"] = passwords.hash_password(password)
            _note_login(account, **changes)
            actor = _actor_of(account)
            audit.record(actor, "login", "account", account.id)
            if slots is not None and not slots.has_account(account.id):
                # Encrypted while this account had no slot (or re-enabled): opened by a colleague in
                # this session, its password now opens the file on the next start too.
                slots.add(account.id, account.username, password)
                slots.save()
    if failure:
        raise AuthenticationError(failure)
    return actor


def _note_login(account: Account, **changes: object) -> None:
    """Login bookkeeping (last login, failed count, lock-out, a re-hash): not an edit of the account,
    so no new version — an administrator editing it meanwhile is not told someone else saved, and
    the county is sent nothing (the journal follows versions for accounts)."""
    Account.update(**changes).where(Account.id == account.id).execute()
    for name, value in changes.items():
        setattr(account, name, value)


def _count_failure(account: Account, now: datetime) -> str:
    failed = account.failed_logins + 1
    if failed >= MAX_FAILED_LOGINS:
        _note_login(account, failed_logins=0, locked_until=now + LOCKOUT)
        audit.record(None, "account.locked_out", "account", account.id, username=account.username,
                     extra={"minutes": int(LOCKOUT.total_seconds() // 60)})
        return (f"密码错误。已连续输错 {MAX_FAILED_LOGINS} 次，账户锁定 "
                f"{int(LOCKOUT.total_seconds() // 60)} 分钟。")
    _note_login(account, failed_logins=failed)
    audit.record(None, "login.failed", "account", account.id, username=account.username,
                 extra={"reason": "wrong password", "failed_in_a_row": failed})
    return f"用户名或密码不正确（再错 {MAX_FAILED_LOGINS - failed} 次账户将锁定 15 分钟）。"


def unlock_session(actor: Actor, password: str) -> Actor:
    """Re-enter the password after the idle lock; same counting and lock-out as a login."""
    return login(actor.username, password)


def must_change_password(actor: Actor) -> bool:
    if actor.user_id is None:
        return False
    account = Account.get_or_none(Account.id == actor.user_id)
    return bool(account and account.must_change_password)


@dataclass(frozen=True)
class Colleague:
    id: uuid.UUID
    full_name: str
    role_label: str


def list_colleagues(actor: Actor) -> list[Colleague]:
    """The station's active accounts by name — for picking a grid worker, a mediator, a patrol
    member. Any logged-in role may see who works at the station; nothing else is returned."""
    permissions.require(actor, "settings.view")
    query = (Account.select(Account.id, Account.full_name, Account.role)
             .where((Account.station == _home_station_id()) & (Account.is_active == True))  # noqa: E712
             .order_by(Account.full_name))
    return [Colleague(row.id, row.full_name, permissions.role_label(row.role)) for row in query]
