"""Encrypting a station's SQLite database where it stands, and its old plain backups.

A database made by a release before encryption, or by the first-start form (which writes the
station and its administrator before there is a password to wrap a key with), is plain SQLite.
`encrypt_database` turns it into a SQLCipher file under a new random key (derived from a new
recovery code): a checked backup first, then SQLCipher's own export into a new file beside it,
checked table by table, the key file written, and only then the new file renamed over the old.
A power cut at any moment leaves either the plain database or the encrypted one with its key file.

`encrypt_backups` then replaces the plain backups in the backup folders by encrypted copies (the
user is asked first: it is their backups that change). Nothing here can wipe the plain file's old
sectors from the disk: an SSD remaps them; the README says so and names BitLocker for the disk.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from station_app.accounts import passwords, permissions
from station_app.accounts.models import Account
from station_app.audit import chain as audit
from station_app.backup.check import connect_read_only, file_problem
from station_app.backup.files import BackupFailed, BackupInfo, list_backups, write_backup
from station_app.backup.service import POSTGRES_MESSAGE, backup_plan, search_folders
from station_app.core import db, sqlite_files, vault
from station_app.core.actor import Actor
from station_app.core.durable import fsync_dir
from station_app.core.errors import StationError, ValidationError

log = logging.getLogger(__name__)

_COMPANIONS = ("-wal", "-shm")


class EncryptionFailed(StationError):
    """The database was not encrypted; it is as it was."""


@dataclass(frozen=True)
class EncryptedDatabase:
    recovery_code: str  # shown and printed once; never stored
    backup: BackupInfo | None  # the checked plain copy taken first
    without_key: tuple[str, ...]  # accounts whose password does not open the file yet
    plain_backups: tuple[Path, ...]  # plain backups still in the backup folders


def is_encrypted() -> bool:
    """Whether the open database is an encrypted SQLite file."""
    return db.current_key() is not None


def encryption_offered(actor: Actor) -> bool:
    """A plain SQLite database and an administrator logged in: the moment to offer encryption."""
    return (db.is_sqlite() and not is_encrypted() and actor.user_id is not None
            and permissions.allowed(actor.role, "database.encrypt"))


def encrypt_database(actor: Actor, password: str, keep_plain_copy: bool = True) -> EncryptedDatabase:
    """加密数据库: the open plain SQLite database becomes an encrypted one, opened again at once.

    `password` is the administrator's own, typed again: it wraps the new key for them. A checked
    plain backup is taken first, except for a database set up a moment ago (`keep_plain_copy`
    False: the first-start form, `station init`), which holds nothing to lose. Raises
    PermissionDenied, ValidationError (password), EncryptionFailed / BackupFailed (nothing changed).
    """
    permissions.require(actor, "database.encrypt")
    plan = backup_plan()
    if plan is None:
        raise StationError(POSTGRES_MESSAGE.replace("备份", "加密", 1)
                           + "（PostgreSQL 的加密由服务器负责。）")
    if is_encrypted():
        raise EncryptionFailed("数据库已经加密。")
    account = Account.get_or_none(Account.id == actor.user_id)
    if account is None or not passwords.verify_password(account.password_hash, password):
        raise ValidationError.single("password", "密码不正确。")
    path = plan.source
    kept = write_backup(path, plan.folder, "before-encryption") if keep_plain_copy else None
    code = vault.new_recovery_code()
    key = vault.key_from_code(code)
    station_name = _station_name()
    temp = path.with_name(f".{path.name}.encrypting")
    with db.writer_lock():  # nothing else in this process writes while the file changes hands
        _checkpoint()
        db.close()
        try:
            _export_checked(path, temp, key)
            slots = vault.KeySlots.create(path, station_name)
            slots.set_key(key)
            slots.add(account.id, account.username, password, key)
            slots.save()  # before the rename: an encrypted file is never without its key file
            for suffix in _COMPANIONS:  # empty after the checkpoint; a plain WAL must not survive
                with contextlib.suppress(FileNotFoundError):
                    path.with_name(path.name + suffix).unlink()
            os.replace(temp, path)
            fsync_dir(path.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        finally:  # the encrypted file once renamed, else the plain one as it was
            _reopen(path, key if vault.is_encrypted(path) else None)
    from station_app.attachments.service import encrypt_stored_files

    sealed = encrypt_stored_files()
    with db.transaction():
        audit.record(actor, "database.encrypt", "database", "",
                     extra={"backup": str(kept.path) if kept else "", "cipher": "SQLCipher 4 (AES-256)",
                            "attachments_sealed": sealed})
    without_key = tuple(
        row.username for row in Account.select().where(
            (Account.is_active == True) & (Account.id != account.id)  # noqa: E712
            & (Account.station == account.station_id)).order_by(Account.username))
    log.info("database %s encrypted; plain copy kept at %s", path, kept.path if kept else "-")
    return EncryptedDatabase(code, kept, without_key, tuple(plain_backups()))


def recovery_sheet_pdf(actor: Actor, code: str) -> bytes:
    """恢复密钥单 for the open database (to print at once; the code is stored nowhere)."""
    from station_app.core.clock import local_now
    from station_app.documents.recovery_sheet_pdf import RecoverySheet, build_recovery_sheet_pdf
    from station_app.station.service import home_station

    permissions.require(actor, "database.encrypt")
    station = home_station()
    path = vault.open_database_path()
    return build_recovery_sheet_pdf(RecoverySheet(
        station.name if station else "", station.code if station else "", str(path or ""),
        local_now(), actor.full_name or actor.username, code))


def _station_name() -> str:
    from station_app.station.service import home_station

    station = home_station()
    return station.name if station else ""


def _checkpoint() -> None:
    """Everything in the WAL into the file, and the WAL emptied (the export reads the file)."""
    with contextlib.suppress(Exception):
        db.current().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _export_checked(source: Path, target: Path, key: bytes) -> None:
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    try:
        sqlite_files.export_encrypted(source, target, key)
        _fsync(target)
        problem = file_problem(target, key=key)
        if problem is None:
            problem = _differences(source, target, key)
    except sqlite_files.errors(OSError) as exc:
        raise EncryptionFailed(f"加密没有完成，数据库保持原样：{_explain(exc, source)}") from exc
    if problem is not None:
        raise EncryptionFailed(f"加密后的检查未通过，数据库保持原样：{problem}")


def _differences(source: Path, target: Path, key: bytes | None) -> str | None:
    """The first table whose row count differs between the two files (None: all alike)."""
    plain = connect_read_only(source)
    try:
        encrypted = connect_read_only(target, key=key)
        try:
            tables = [row[0] for row in plain.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            for table in tables:
                quoted = '"' + table.replace('"', '""') + '"'
                before = plain.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
                after = encrypted.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
                if before != after:
                    return f"表 {table} 原有 {before} 行，加密后 {after} 行"
        finally:
            encrypted.close()
    finally:
        plain.close()
    return None


def _explain(exc: BaseException, near: Path) -> str:
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        size = near.stat().st_size if near.exists() else 0
        return f"磁盘已满：加密需要再有约 {size // (1024 * 1024) + 1} MB 的空间（{near.parent}）。"
    return getattr(exc, "strerror", None) or str(exc)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reopen(path: Path, key: bytes | None) -> None:
    from station_app.core.startup import open_database

    open_database(f"sqlite:///{path.as_posix()}", key)


# --- the plain backups -------------------------------------------------------------------------

def plain_backups() -> list[Path]:
    """Backups in the backup folders that are still plain SQLite (made before encryption)."""
    found: list[Path] = []
    for folder in search_folders():
        for info in list_backups(folder):
            if not vault.is_encrypted(info.path) and info.path not in found:
                found.append(info.path)
    return found


def encrypt_backups(actor: Actor) -> tuple[int, list[str]]:
    """加密旧备份: each plain backup replaced by an encrypted copy under the database's key (the
    same name, so its date and kind stay). Returns (how many were replaced, problems one per file
    that could not be: it is left as it was)."""
    permissions.require(actor, "database.encrypt")
    key = db.current_key()
    if key is None:
        raise EncryptionFailed("请先加密数据库，再加密旧备份。")
    done, problems = 0, []
    for path in plain_backups():
        temp = path.with_name(f".{path.name}.encrypting")
        try:
            _export_checked(path, temp, key)
            os.replace(temp, path)
            fsync_dir(path.parent)
            done += 1
        except (EncryptionFailed, OSError) as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            problems.append(f"{path.name}：{getattr(exc, 'message', None) or exc}")
    with db.transaction():
        audit.record(actor, "backup.encrypt", "backup", "", extra={"replaced": done, "failed": len(problems)})
    return done, problems


__all__ = ["BackupFailed", "EncryptedDatabase", "EncryptionFailed", "encrypt_backups", "encrypt_database",
           "encryption_offered", "is_encrypted", "plain_backups", "recovery_sheet_pdf"]
