"""Backup files: their names, writing one so a power cut never leaves a good-looking copy,
checking one, and reading what is inside.

A backup is `station-YYYYMMDD-HHMMSS-<label>.sqlite3` (station local time). It is written with
SQLite's backup API to `.<name>.partial`, fsynced, checked with `PRAGMA integrity_check`, and only
then renamed to its name (and the folder fsynced). Nothing here touches peewee: automatic backups
run on a worker thread with their own plain sqlite3 connections.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from station_app.backup.check import connect_read_only, file_problem
from station_app.core import paths, sqlite_files, vault
from station_app.core.clock import local_now
from station_app.core.durable import fsync_dir
from station_app.core.errors import DatabaseUnavailable, StationError, explain_database_error

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
TEMP_SUFFIX = ".partial"
_NAME = re.compile(r"^station-(\d{8}-\d{6})-([a-z0-9][a-z0-9-]*)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"
_REMEMBERED = "backup-folders.txt"

# (kind, what the user sees). Routine (automatic) kinds are rotated. A backup someone asked for,
# and the copies taken before an upgrade or a restore, stay until someone removes them: a path
# that `station backup` printed must not vanish at the next exit.
KIND_LABELS = {
    "auto": "每日自动",
    "exit": "退出时",
    "manual": "手动",
    "before-upgrade": "升级前",
    "before-restore": "恢复前保留",
    "before-encryption": "加密前",
}
ROUTINE_KINDS = frozenset({"auto", "exit"})

# (key, table, label): what a backup holds, shown before restoring it.
COUNTED: tuple[tuple[str, str, str], ...] = (
    ("residents", "resident", "居民"),
    ("disputes", "dispute_case", "矛盾纠纷"),
    ("patrols", "patrol", "巡逻"),
    ("hotline_orders", "hotline_order", "12345工单"),
    ("restitution_cases", "restitution_case", "返赃案件"),
    ("visits", "visit", "走访"),
    ("accounts", "account", "账户"),
    ("audit_entries", "audit_entry", "审计记录"),
)
class BackupFailed(StationError):
    """No backup was made; no file with a backup's name was left behind."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # station local time, naive, from the name
    label: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def order(self) -> tuple[datetime, int]:
        """Sorts by time, then by the -2, -3 … of backups taken in the same second."""
        match = re.search(r"-(\d+)$", self.label)
        return self.taken_at, int(match.group(1)) if match else 1

    @property
    def kind(self) -> str:
        return next((kind for kind in KIND_LABELS if self.label == kind or self.label.startswith(kind + "-")),
                    self.label)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.label)

    @property
    def routine(self) -> bool:
        return self.kind in ROUTINE_KINDS

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat(sep=" "), "kind": self.kind,
                "size": self.size}


@dataclass(frozen=True)
class BackupContents:
    schema_version: int
    station_name: str
    counts: dict[str, int] = field(default_factory=dict)

    def labelled(self) -> list[tuple[str, int]]:
        return [(label, self.counts[key]) for key, _table, label in COUNTED if key in self.counts]

    def summary(self) -> str:
        return "，".join(f"{label} {count}" for label, count in self.labelled())


def backup_name(at: datetime, label: str) -> str:
    return f"station-{at.strftime(_STAMP)}-{label}{SUFFIX}"


def parse_backup(path: Path) -> BackupInfo | None:
    """The backup at `path` if its name is a backup's name and it is a file; else None."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken_at = datetime.strptime(match.group(1), _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken_at, match.group(2), size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first (a missing or unreadable folder has none)."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found = [info for info in map(parse_backup, entries) if info is not None]
    return sorted(found, key=lambda info: info.order, reverse=True)


def read_contents(path: Path, immutable: bool = True) -> BackupContents:
    """Schema version, station and record counts of a backup (tables it lacks are left out).

    immutable=False for the live database."""
    connection = connect_read_only(path, immutable=immutable, key=vault.key_for_file(path))
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = 0
        if "schema_version" in tables:
            row = connection.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
            version = int(row[0]) if row else 0
        station = ""
        if "station" in tables:
            row = connection.execute("SELECT name FROM station WHERE is_home = 1").fetchone()
            station = str(row[0]) if row else ""
        counts = {}
        for key, table, _label in COUNTED:
            if table in tables:
                counts[key] = _count(connection, table)
        return BackupContents(version, station, counts)
    finally:
        connection.close()


def contents_or_none(path: Path) -> BackupContents | None:
    """read_contents for a listing: a damaged or foreign file in the folder is listed, not fatal."""
    try:
        return read_contents(path)
    except sqlite_files.errors(OSError, StationError):
        return None


def _count(connection: Any, table: str) -> int:
    if table == "resident":  # a merged duplicate is not a resident any more
        with contextlib.suppress(*sqlite_files.operational_errors()):
            return int(connection.execute(
                "SELECT count(*) FROM resident WHERE merged_into_id IS NULL").fetchone()[0])
    return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # table: from COUNTED


def write_backup(source: Path, folder: Path, label: str, at: datetime | None = None) -> BackupInfo:
    """Copy the SQLite file `source` into `folder` as a checked backup; consistent while in use.

    Raises BackupFailed (folder not writable, disk full, the copy fails its integrity check); the
    temporary file is removed then, so nothing with a backup's name is left.
    """
    folder = Path(folder)
    temp: Path | None = None
    try:
        # Only the last level is created: a missing parent is a backup disk that is not connected,
        # and its mount point must not silently fill the system disk.
        folder.mkdir(exist_ok=True)
        _remove_stale_partials(folder)
        target = _free_name(folder, at or local_now(), label)
        temp = folder / f".{target.name}{TEMP_SUFFIX}"
        key = vault.key_for_file(source)  # an encrypted database's backups are encrypted alike
        _copy_with_backup_api(source, temp, key=key)
        _fsync_file(temp)
        problem = file_problem(temp, immutable=True, key=key)
        if problem is not None:
            raise BackupFailed(f"备份写入后检查未通过（磁盘可能有坏块），已删除这份备份：{problem}")
        os.replace(temp, target)
        fsync_dir(folder)
    except BackupFailed:
        _discard(temp)
        raise
    except sqlite_files.errors(OSError, DatabaseUnavailable) as exc:
        _discard(temp)
        raise BackupFailed(f"备份没有完成：{_explain(exc, folder, _size(source))}") from exc
    except BaseException:
        _discard(temp)
        raise
    info = parse_backup(target)
    assert info is not None
    log.info("backup written: %s (%d bytes)", target, info.size)
    copy_key_files(folder)
    copy_vault_file(source, folder)
    return info


def copy_vault_file(source: Path, folder: Path) -> None:
    """An encrypted database's key slots go with its backups (`<folder>/keys/<name>.keys`): the
    backups open with the same passwords on a rebuilt PC. Best effort."""
    slots = vault.slots_path(source)
    if not slots.is_file():
        return
    target = Path(folder) / "keys" / slots.name
    try:
        content = slots.read_bytes()
        if target.is_file() and target.read_bytes() == content:
            return
        target.parent.mkdir(exist_ok=True)
        temp = target.with_name(f".{target.name}{TEMP_SUFFIX}")
        temp.write_bytes(content)
        _fsync_file(temp)
        os.replace(temp, target)
    except OSError as exc:
        log.warning("could not copy the key slots to %s: %s", target, exc)


def copy_key_files(folder: Path) -> None:
    """The exchange keys go with the backups (`<folder>/keys/`): a PC that died can be rebuilt
    from its backup without enrolling again. Best effort: the database copy is what matters."""
    source = paths.data_dir() / "keys"
    if not source.is_dir():
        return
    target = Path(folder) / "keys"
    for key in source.glob("*.pem"):
        copy = target / key.name
        try:
            content = key.read_bytes()
            if copy.is_file() and copy.read_bytes() == content:
                continue
            target.mkdir(exist_ok=True)
            temp = target / f".{key.name}{TEMP_SUFFIX}"
            temp.write_bytes(content)
            _fsync_file(temp)
            os.replace(temp, copy)
        except OSError as exc:
            log.warning("could not copy the exchange keys to %s: %s", target, exc)


def copy_file_safely(source: Path, target: Path) -> None:
    """Copy a backup to `target` via a temporary name, fsync, rename."""
    temp = target.with_name(f".{target.name}{TEMP_SUFFIX}")
    try:
        _copy_with_backup_api(source, temp, immutable=True, key=vault.key_for_file(source))
        _fsync_file(temp)
        os.replace(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        _discard(temp)
        raise


def _copy_with_backup_api(source: Path, temp: Path, immutable: bool = False,
                          key: bytes | None = None) -> None:
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    reader = connect_read_only(source, immutable=immutable, key=key)
    try:
        writer = sqlite_files.connect(temp, key=key)  # SQLCipher copies page by page under one key
        try:
            reader.backup(writer)  # all pages in one step: one consistent snapshot of the source
            # A single self-contained file: reading it later must not need (or leave) -wal/-shm.
            writer.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            writer.close()
    finally:
        reader.close()


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def _free_name(folder: Path, at: datetime, label: str) -> Path:
    """A name not yet used. A second backup in the same second (of any kind) gets -2, -3 …, so
    the newest is always known: rotation must never take the one just written for an older one."""
    taken = len(list(folder.glob(f"station-{at.strftime(_STAMP)}-*{SUFFIX}")))
    number = taken + 1
    target = folder / backup_name(at, label if number == 1 else f"{label}-{number}")
    while target.exists():
        number += 1
        target = folder / backup_name(at, f"{label}-{number}")
    return target


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(temp: Path | None) -> None:
    if temp is None:
        return
    for path in (temp, temp.with_name(temp.name + "-journal")):
        with contextlib.suppress(OSError):
            path.unlink()


def _remove_stale_partials(folder: Path) -> None:
    """Left by a power cut mid-backup; an hour old so a backup running right now is not touched."""
    cutoff = datetime.now().timestamp() - 3600
    for path in folder.glob(f".station-*{TEMP_SUFFIX}*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def _explain(exc: BaseException, folder: Path, needed: int = 0) -> str:
    """What went wrong writing a backup into `folder`, in words; `needed`: the database's size."""
    if isinstance(exc, DatabaseUnavailable):
        return exc.message
    full = (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG,
                                                       getattr(errno, "EDQUOT", errno.ENOSPC))) or (
        not isinstance(exc, OSError) and "full" in str(exc).lower())
    if full:
        from station_app.core.diskspace import free_bytes, megabytes

        free = free_bytes(folder)
        room = f"只剩 {megabytes(free)}，" if free is not None else ""
        return (f"备份盘已满（{folder}）：{room}这份备份约需 {megabytes(needed)}。"
                "请删除不需要的旧备份或文件，或换一个空间更大的U盘，再备份一次。")
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"备份文件夹不能写入（{folder}）：请检查权限，或确认备份盘没有写保护。"
        return f"无法写入备份文件夹 {folder}：{exc.strerror or exc}（备份盘是否已连接？）"
    explained = explain_database_error(exc)
    return explained.message if explained else str(exc)


def remember_folder(folder: Path) -> None:
    """Note where backups go, outside the database: when the database is damaged, the setting
    inside it cannot be read, yet the newest backup must still be found. The last few are kept."""
    with contextlib.suppress(OSError):
        note = paths.data_dir() / _REMEMBERED
        before = [str(path) for path in remembered_folders()]
        folders = [str(Path(folder).resolve())]
        folders += [line for line in before if line not in folders]
        if folders[:5] == before:
            return
        temp = note.with_name(note.name + TEMP_SUFFIX)
        temp.write_text("\n".join(folders[:5]) + "\n", encoding="utf-8")
        os.replace(temp, note)


def remembered_folders() -> list[Path]:
    with contextlib.suppress(OSError):
        text = (paths.data_dir() / _REMEMBERED).read_text(encoding="utf-8")
        return [Path(line) for line in text.splitlines() if line.strip()]
    return []
