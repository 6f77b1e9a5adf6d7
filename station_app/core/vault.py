"""The key that opens an encrypted station database, and who may unwrap it.

The SQLite database, its WAL and its backups are encrypted by SQLCipher with a random 256-bit key
(the database key). The key follows the people, not the PC: beside the database a small file
(`<database>.keys`, JSON, mode 0600) holds it wrapped once per account ("key slots", as disk
encryption does), each slot under a key derived from that account's password (Argon2id, the
OWASP parameters the passwords use), sealed with AES-256-GCM. Logging in unwraps it; a password
change re-wraps; an administrator's reset wraps it for the new temporary password; a disabled
account loses its slot.

The database key itself is derived (HKDF-SHA256) from a recovery code made at setup and printed
once on a sheet for the station's safe: with the code the database opens even when every
password, or the key file itself, is lost. All primitives come from `cryptography`.

An unlocked database's key stays in this process (`unlocked_key`) for its connections, its
backups and its attachments, until the database is closed.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import errno
import json
import logging
import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

# cryptography's modules are imported where a key is made or opened, not here: this module is on
# the path to the login window's first paint (bench/startup.py), which needs none of them.
from station_app.core.errors import AuthenticationError, StationError

log = logging.getLogger(__name__)

SUFFIX = ".keys"
FORMAT = "station-ledger-keys"
SQLITE_HEADER = b"SQLite format 3\x00"
# Argon2id as the account passwords use it (OWASP): 19 MiB, 2 passes, 1 lane.
ARGON2: dict[str, int] = {"iterations": 2, "lanes": 1, "memory_cost": 19_456}
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read from paper without doubt
_CODE_GROUPS, _CODE_GROUP = 8, 5  # 40 characters, ~196 bits

MSG_NO_SLOT = ("用户名或密码不正确。如果用户名“{user}”没有输错：数据库加密之后这个账户还没有设置过密码，"
               "请管理员在“账户管理”中为您重设密码。")
MSG_NO_KEY_FILE = ("数据库已加密，但找不到它的钥匙文件 {path}。请从备份文件夹的 keys 中找回，"
                   "或用本所的恢复密钥单（存放在保险柜）打开：station recover。")
MSG_WRONG = "用户名或密码不正确。"
# Guessing at the login window is slowed as the accounts do it (the database, closed until a slot
# opens, cannot count): five wrong passwords lock the slot for 15 minutes. Someone holding the file
# can skip this, so the Argon2id cost of each guess is what protects a stolen PC.
MAX_FAILED = 5
LOCKOUT = timedelta(minutes=15)
MSG_BAD_CODE = "恢复密钥不正确（请逐组核对恢复密钥单上的字符）。"


class VaultError(StationError):
    """The key file is missing, damaged or does not belong to this database."""


class DatabaseLocked(StationError):
    """The database is encrypted and nobody has unlocked it in this process yet."""


@dataclass(frozen=True)
class Unlocked:
    account_id: uuid.UUID | None  # None: opened with the recovery code
    key: bytes


_unlocked: dict[str, bytes] = {}  # database file → its key, while open in this process


def slots_path(database: Path) -> Path:
    return Path(database).with_name(Path(database).name + SUFFIX)


def is_encrypted(database: Path) -> bool:
    """A database file that is not plain SQLite (an empty or missing file is neither)."""
    try:
        with Path(database).open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def is_locked(database: Path) -> bool:
    """An encrypted database with its key file beside it that this process has not unlocked. (A
    file that is not SQLite and has no key file is treated as damaged: its backups are offered,
    and the message says to use the recovery sheet if it was encrypted.)"""
    return unlocked_key(database) is None and is_encrypted(database) and slots_path(database).is_file()


def remember(database: Path, key: bytes) -> None:
    _unlocked[str(Path(database).resolve())] = key


def forget(database: Path | None = None) -> None:
    if database is None:
        _unlocked.clear()
    else:
        _unlocked.pop(str(Path(database).resolve()), None)


def unlocked_key(database: Path) -> bytes | None:
    """The key of `database` if this process unlocked it."""
    return _unlocked.get(str(Path(database).resolve()))


def key_for_file(path: Path) -> bytes | None:
    """The key to read an encrypted copy (a backup) of the open database — the same key. None for
    a plain file, and when no encrypted database is open (the file then reads as not a database)."""
    if not is_encrypted(path):
        return None
    key = unlocked_key(path)
    if key is None:
        database = open_database_path()
        key = unlocked_key(database) if database is not None else None
    return key


def key_opens(database: Path, key: bytes) -> bool:
    """Whether `key` opens the encrypted file (SQLCipher checks the first page's HMAC)."""
    from station_app.core import sqlite_files

    # Read-only first (it sees a -wal the app left); then immutable, which creates nothing: on a
    # full disk (or a write-protected stick) the first cannot make its -shm, and a disk that says
    # "disk I/O error" must not be reported as a wrong key, a foreign key file or a damaged file.
    for immutable in (False, True):
        try:
            connection = sqlite_files.connect(database, key=key, read_only=True, immutable=immutable)
        except sqlite_files.errors():
            continue
        try:
            connection.execute("PRAGMA user_version").fetchone()  # page 1 only: a damaged page further
            return True  # on is reported as damage by the check that follows, not as a wrong key
        except sqlite_files.errors():
            continue
        finally:
            connection.close()
    return False


def refuse_wrong_key(database: Path, key: bytes) -> None:
    """VaultError unless `key` opens `database` (an empty or new file opens with any key)."""
    if is_encrypted(database) and not key_opens(database, key):
        raise VaultError(f"这把钥匙打不开数据库 {Path(database).name}：钥匙文件不属于这个数据库，"
                         "或数据库文件的开头已损坏。请用恢复密钥单打开，或从备份恢复。")


# --- the recovery code --------------------------------------------------------------------------

def new_recovery_code() -> str:
    """Eight groups of five characters from an alphabet without look-alikes."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUPS * _CODE_GROUP))
    return "-".join(chars[i:i + _CODE_GROUP] for i in range(0, len(chars), _CODE_GROUP))


def normalise_code(code: str) -> str:
    """What a person typed from the sheet: spaces, dashes, lower case and look-alikes forgiven."""
    text = "".join(code.upper().split()).replace("-", "")
    if len(text) != _CODE_GROUPS * _CODE_GROUP or any(c not in _CODE_ALPHABET for c in text):
        raise VaultError(MSG_BAD_CODE)
    return text


def key_from_code(code: str) -> bytes:
    """The database key: HKDF-SHA256 of the recovery code (~196 random bits, so no stretching and
    no salt: the code alone must open the database when the key file is lost too)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"station-ledger database key v1").derive(normalise_code(code).encode("ascii"))


def key_check(key: bytes) -> str:
    """A value that tells a right key from a wrong one without revealing it (kept in the file)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=16, salt=None,
                info=b"station-ledger key check v1").derive(key).hex()


# --- key slots ---------------------------------------------------------------------------------

def _kek(password: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=32, iterations=ARGON2["iterations"],
                    lanes=ARGON2["lanes"], memory_cost=ARGON2["memory_cost"]).derive(password.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class KeySlots:
    """The key file of one database: its identity, the station's name (for the login window, before
    anything is decrypted), the key check, and one slot per account."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path, self.data = path, data
        self.key: bytes | None = None  # set while the database is unlocked (changing_slots)

    @classmethod
    def create(cls, database: Path, station_name: str) -> KeySlots:
        data = {"format": FORMAT, "version": 1, "database_id": uuid.uuid4().hex, "station_name": station_name,
                "cipher": "sqlcipher4", "check": "", "slots": {}}
        return cls(slots_path(database), data)

    @classmethod
    def load(cls, database: Path) -> KeySlots:
        return cls.load_file(slots_path(database))

    @classmethod
    def load_file(cls, path: Path) -> KeySlots:
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise VaultError(MSG_NO_KEY_FILE.replace("{path}", str(path))) from None
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise VaultError(f"钥匙文件 {path} 无法读取或已损坏：{exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT or \
                not isinstance(data.get("slots"), dict):
            raise VaultError(f"钥匙文件 {path} 已损坏。")
        return cls(path, data)

    @property
    def database_id(self) -> str:
        return str(self.data["database_id"])

    @property
    def station_name(self) -> str:
        return str(self.data.get("station_name", ""))

    def set_key(self, key: bytes) -> None:
        self.data["check"] = key_check(key)

    def checks(self, key: bytes) -> bool:
        return bool(self.data.get("check")) and secrets.compare_digest(key_check(key), self.data["check"])

    def has(self, username: str) -> bool:
        return any(slot.get("username") == username for slot in self.data["slots"].values())

    def add(self, account_id: uuid.UUID, username: str, password: str, key: bytes | None = None) -> None:
        """Wrap `key` (default: the unlocked database's) for this account, replacing its slot."""
        key = key or self.key
        if key is None:
            raise VaultError("数据库钥匙尚未解开，不能为账户开启钥匙。")
        for other in [hex_id for hex_id, slot in self.data["slots"].items()
                      if slot.get("username") == username and hex_id != account_id.hex]:
            del self.data["slots"][other]  # a name is one account: a slot left by a rolled-back one goes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = os.urandom(16), os.urandom(12)
        aad = f"{self.database_id}|{account_id.hex}".encode("ascii")
        self.data["slots"][account_id.hex] = {
            "username": username, "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(_kek(password, salt)).encrypt(nonce, key, aad)), "kdf": "argon2id",
            **{f"kdf_{name}": value for name, value in ARGON2.items()}}

    def remove(self, account_id: uuid.UUID) -> None:
        self.data["slots"].pop(account_id.hex, None)

    def has_account(self, account_id: uuid.UUID) -> bool:
        return account_id.hex in self.data["slots"]

    def unlock(self, username: str, password: str, now: datetime | None = None) -> Unlocked:
        """The key, unwrapped with this account's password; AuthenticationError otherwise."""
        found = [(account, slot) for account, slot in self.data["slots"].items()
                 if slot.get("username") == username]
        if not found:
            raise AuthenticationError(MSG_NO_SLOT.replace("{user}", username[:32]))
        account, slot = found[0]
        now = now or datetime.now(timezone.utc)
        locked_until = _parse_time(slot.get("locked_until"))
        if locked_until is not None and locked_until > now:
            minutes = max(1, int((locked_until - now).total_seconds() // 60) + 1)
            raise AuthenticationError(f"连续输错密码 {MAX_FAILED} 次，账户已锁定（约 {minutes} 分钟后再试）。"
                                      "可请管理员重置密码解锁。")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            salt, nonce, wrapped = _unb64(slot["salt"]), _unb64(slot["nonce"]), _unb64(slot["wrapped"])
            aad = f"{self.database_id}|{account}".encode("ascii")
            key = AESGCM(_kek(password, salt)).decrypt(nonce, wrapped, aad)
        except (KeyError, ValueError, InvalidTag):
            raise AuthenticationError(self._count_failure(slot, now)) from None
        if slot.get("failed") or slot.get("locked_until"):
            slot.pop("failed", None)
            slot.pop("locked_until", None)
            self._save_quietly()
        return Unlocked(uuid.UUID(account), key)

    def _count_failure(self, slot: dict[str, Any], now: datetime) -> str:
        failed = int(slot.get("failed", 0)) + 1
        if failed >= MAX_FAILED:
            slot.pop("failed", None)
            slot["locked_until"] = (now + LOCKOUT).isoformat()
            self._save_quietly()
            minutes = int(LOCKOUT.total_seconds() // 60)
            return f"密码错误。已连续输错 {MAX_FAILED} 次，账户锁定 {minutes} 分钟。"
        slot["failed"] = failed
        self._save_quietly()
        return f"用户名或密码不正确（再错 {MAX_FAILED - failed} 次账户将锁定 15 分钟）。"

    def _save_quietly(self) -> None:
        try:
            self.save()
        except (OSError, VaultError) as exc:  # a read-only or full disk: the count is lost, not the answer
            log.warning("could not update the key file %s: %s", self.path, exc)

    def save(self) -> None:
        """Write atomically (temporary name, fsync, rename), readable by this user only."""
        temp = self.path.with_name(f".{self.path.name}.new")
        content = json.dumps(self.data, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
            try:
                if os.write(fd, content) != len(content):
                    raise OSError(errno.ENOSPC, "short write")
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise VaultError(f"磁盘已满：钥匙文件 {self.path} 无法写入，这项改动没有保存。"
                                 "请删除不需要的文件后再试。") from exc
            raise
        with contextlib.suppress(OSError):
            from station_app.core.durable import fsync_dir

            fsync_dir(self.path.parent)


def _parse_time(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def open_database_path() -> Path | None:
    """The file of the open SQLite database (None on PostgreSQL or when nothing is open)."""
    from station_app.core import db

    try:
        database = db.current()
    except StationError:
        return None
    path = getattr(database, "database", None)
    return Path(path) if db.is_sqlite() and path else None


@contextlib.contextmanager
def changing_slots() -> Iterator[KeySlots | None]:
    """The key slots of the open database when it is encrypted (None otherwise), for a service
    that changes a password: write them with `save()` inside its transaction, around which this
    goes (`with changing_slots() as slots, db.transaction():`): if the transaction then fails to
    commit, the previous slots are put back, so file and database never disagree."""
    path = open_database_path()
    key = unlocked_key(path) if path is not None else None
    if path is None or key is None:
        yield None
        return
    try:
        slots = KeySlots.load(path)
    except VaultError:
        log.warning("key file of %s missing or damaged: a new one is written", path)
        slots = KeySlots.create(path, "")
        slots.set_key(key)
    slots.key = key
    before = copy.deepcopy(slots.data)
    try:
        yield slots
    except BaseException:
        if slots.data != before:
            slots.data = before
            slots._save_quietly()
        raise
