"""Signing in to a database: its key unlocked (an encrypted SQLite file), opened, the user logged in.

The login window and the `station` command both come here first, before any other service; on
an encrypted database nothing can be read until a password opens its key slot (core/vault). The
recovery code from the sheet in the station's safe is the one way in without a password: it
opens the database and sets a new password for an administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station_app.accounts import passwords
from station_app.accounts import service as accounts
from station_app.accounts.models import Account
from station_app.audit import chain as audit
from station_app.core import db, paths, vault
from station_app.core.actor import Actor
from station_app.core.errors import NotInitialised, ValidationError
from station_app.core.startup import OpenedDatabase, open_database
from station_app.core.versioning import update_versioned
from station_app.station.service import home_station


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    opened: OpenedDatabase


@dataclass(frozen=True)
class LockState:
    """What the login window knows before anything is decrypted."""

    locked: bool  # an encrypted database not yet opened in this process
    station_name: str  # from the key file (the database itself cannot be read yet)


def database_file(url: str | None) -> Path | None:
    return db.parse_location(url or paths.default_database_url()).sqlite_path


def lock_state(url: str | None) -> LockState:
    path = database_file(url)
    slots = _key_file(path) if path is not None else None
    if slots is None:
        return LockState(False, "")
    try:
        return LockState(True, vault.KeySlots.load_file(slots).station_name)
    except vault.VaultError:
        return LockState(True, "")


def _key_file(path: Path) -> Path | None:
    """The key file of a locked database: beside it, or else the copy its backups carry (a PC
    whose key file was deleted or not copied along opens with the same passwords)."""
    if vault.unlocked_key(path) is not None or not vault.is_encrypted(path):
        return None
    beside = vault.slots_path(path)
    if beside.is_file():
        return beside
    from station_app.backup.service import search_folders

    for folder in search_folders():
        copy = folder / "keys" / beside.name
        if copy.is_file():
            return copy
    return None


def unlock(url: str | None, username: str, password: str) -> bytes | None:
    """The key of a locked database, from this user's slot (None: nothing to unlock).

    Raises AuthenticationError (wrong password, no slot, slot locked out), VaultError."""
    path = database_file(url)
    found = _key_file(path) if path is not None else None
    if path is None or found is None:
        return None
    slots = vault.KeySlots.load_file(found)
    key = slots.unlock(username.strip(), password).key
    if not slots.checks(key):
        raise vault.VaultError(f"钥匙文件 {slots.path} 已损坏（钥匙校验值不符）。请用恢复密钥单打开。")
    vault.refuse_wrong_key(path, key)
    if found != vault.slots_path(path):  # put back beside the database
        slots.path = vault.slots_path(path)
        slots.save()
    return key


def sign_in(url: str | None, username: str, password: str) -> SignedIn:
    """Unlock if needed, open (and upgrade) the database, log in. Raises AuthenticationError,
    VaultError, DatabaseUnavailable / DatabaseDamaged, NotInitialised."""
    key = unlock(url, username, password)
    opened = open_database(url, key)
    if not opened.initialised:
        raise NotInitialised("数据库尚未初始化：请先完成首次设置（或运行 station init）。")
    return SignedIn(accounts.login(username, password), opened)


def recover(url: str | None, code: str, username: str, new_password: str) -> SignedIn:
    """用恢复密钥打开: the recovery code opens the database (its key file lost, or every
    administrator's password forgotten); administrator `username` gets `new_password`, a key
    slot again (the key file is rewritten if it was lost), and is logged in. Audited.

    Raises VaultError (wrong code), ValidationError (no such administrator, weak password),
    DatabaseUnavailable."""
    path = database_file(url)
    if path is None:
        raise vault.VaultError("PostgreSQL 数据库没有恢复密钥：它的账户由服务器管理员恢复。")
    key = vault.key_from_code(code)
    if not vault.is_encrypted(path) or not vault.key_opens(path, key):
        raise vault.VaultError(vault.MSG_BAD_CODE if vault.is_encrypted(path)
                               else "这个数据库没有加密，不需要恢复密钥：请用管理员账户登录。")
    opened = open_database(url, key)
    username = username.strip()
    with vault.changing_slots() as slots, db.transaction():
        home = home_station()
        account = None if home is None else Account.get_or_none(
            (Account.username == username) & (Account.station == home.id))
        if account is None or account.role != "admin":
            raise ValidationError.single("username", f"本所没有名为“{username[:32]}”的管理员账户。")
        problem = passwords.password_problem(new_password, username)
        if problem:
            raise ValidationError.single("password", problem)
        update_versioned(account, account.version, password_hash=passwords.hash_password(new_password),
                         must_change_password=False, failed_logins=0, locked_until=None, is_active=True)
        audit.record(None, "account.recovered", "account", account.id, username="recovery-code",
                     extra={"username": username, "key_file_rewritten": not vault.slots_path(path).is_file()})
        assert slots is not None
        if not slots.data.get("station_name") and home is not None:
            slots.data["station_name"] = home.name
        slots.set_key(key)
        slots.add(account.id, username, new_password)
        slots.save()
    return SignedIn(accounts.login(username, new_password), opened)

