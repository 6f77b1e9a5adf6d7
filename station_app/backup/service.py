"""Backing up the open SQLite database: automatically (start, exit, before an upgrade) and on
request (audited), rotating the folder; how old the last backup is; the newest good backup.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.backup.files import (
    BackupContents,
    BackupInfo,
    file_problem,
    list_backups,
    read_contents,
    remember_folder,
    remembered_folders,
    write_backup,
)
from station_app.backup.rotation import Keep, rotate
from station_app.core import db, paths, sqlite_files, vault
from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.core.errors import DatabaseDamaged, DatabaseUnavailable, SchemaTooNew, StationError

log = logging.getLogger(__name__)

POSTGRES_MESSAGE = ("PostgreSQL 数据库的备份由服务器负责：请在数据库服务器上用 pg_dump 定期备份"
                    "（例如 pg_dump -Fc 数据库名 > 备份文件）。本程序不做 PostgreSQL 备份。")
DAILY = timedelta(days=1)
STALE = timedelta(days=2)


@dataclass(frozen=True)
class BackupPlan:
    """What to back up, where to, and how many to keep."""

    source: Path
    folder: Path
    keep: Keep


@dataclass(frozen=True)
class CreatedBackup:
    info: BackupInfo
    contents: BackupContents
    removed: tuple[Path, ...]  # old backups deleted by the rotation


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    last: BackupInfo | None
    age: timedelta | None

    @property
    def stale(self) -> bool:
        return self.age is None or self.age > STALE


def backup_plan(remember: bool = True) -> BackupPlan | None:
    """The plan for the open database from the settings; None on PostgreSQL (the server's job).

    `remember` notes the folder outside the database (see files.remember_folder); a read-only
    look such as `station check` passes False."""
    database = db.current()
    if not isinstance(database, peewee.SqliteDatabase):
        return None
    from station_app.settings.service import AppSettings, load_settings, validate_settings

    try:
        settings = load_settings()
    except (peewee.PeeweeException, DatabaseUnavailable):
        # Before the first migration (or an old schema) there are no settings yet: the defaults.
        settings = AppSettings()
    problems = validate_settings(settings)
    if any(name.startswith("keep_") for name in problems):
        settings = replace(settings, keep_daily=7, keep_weekly=4, keep_monthly=12)
    folder = paths.default_backup_dir() if "backup_dir" in problems else settings.effective_backup_dir()
    keep = Keep(settings.keep_daily, settings.keep_weekly, settings.keep_monthly)
    if remember:
        remember_folder(folder)  # here, on the thread that reads the settings, not on a worker
    return BackupPlan(Path(database.database), folder, keep)


def run_backup(plan: BackupPlan, label: str, *, at: datetime | None = None,
               if_older_than: timedelta | None = None) -> CreatedBackup | None:
    """Write one checked backup and rotate the folder. No peewee: a worker thread may call it.

    With `if_older_than`, nothing is done (None) while the newest backup is younger than that.
    Raises BackupFailed.
    """
    now = at or local_now()
    if if_older_than is not None:
        last = newest(list_backups(plan.folder))
        if last is not None and now - last.taken_at < if_older_than:
            return None
    info = write_backup(plan.source, plan.folder, label, now)
    removed = tuple(rotate(plan.folder, plan.keep, also_keep=info.path))
    return CreatedBackup(info, read_contents(info.path), removed)


def backup_now(actor: Actor, folder: Path | None = None, at: datetime | None = None) -> CreatedBackup:
    """立即备份: a backup of the open database into `folder` (default: the backup folder), audited.

    Raises PermissionDenied, StationError on PostgreSQL, BackupFailed.
    """
    permissions.require(actor, "backup.create")
    plan = backup_plan()
    if plan is None:
        raise StationError(POSTGRES_MESSAGE)
    if folder is not None:
        plan = replace(plan, folder=Path(folder))
    created = run_backup(plan, "manual", at=at)
    assert created is not None
    with db.transaction():
        audit.record(actor, "backup.create", "backup", created.info.name,
                     extra={"path": str(created.info.path), "size": created.info.size,
                            "schema_version": created.contents.schema_version, **created.contents.counts})
    return created


def before_upgrade_backup(database: peewee.SqliteDatabase, version: int) -> BackupInfo:
    """The copy taken before the schema of `database` is upgraded from `version`; never rotated."""
    plan = backup_plan()
    folder = plan.folder if plan is not None else paths.default_backup_dir()
    info = write_backup(Path(database.database), folder, f"before-upgrade-v{version}")
    log.info("backed up schema %d database to %s before upgrading", version, info.path)
    return info


def newest(backups: list[BackupInfo]) -> BackupInfo | None:
    return max(backups, key=lambda info: info.order, default=None)


def backup_status(folder: Path | None = None, now: datetime | None = None) -> BackupStatus:
    """The newest backup in the backup folder and its age."""
    if folder is None:
        plan = backup_plan(remember=False)
        folder = plan.folder if plan is not None else paths.default_backup_dir()
    last = newest(list_backups(folder))
    # never negative: a backup stamped ahead (the PC clock was changed) counts as just made
    age = max((now or local_now()) - last.taken_at, timedelta(0)) if last is not None else None
    return BackupStatus(folder, last, age)


def describe_age(age: timedelta) -> str:
    """'3 天' / '5 小时' / '12 分钟': how long ago, roughly, in Chinese."""
    if age.days >= 1:
        return f"{age.days} 天"
    hours = age.seconds // 3600
    return f"{hours} 小时" if hours else f"{max(age.seconds // 60, 0)} 分钟"


def search_folders() -> list[Path]:
    """Where backups may be when the settings inside the database cannot be read."""
    folders: list[Path] = []
    for folder in (*remembered_folders(), paths.default_backup_dir()):
        if folder.resolve() not in [known.resolve() for known in folders]:
            folders.append(folder)
    return folders


class BackupUnusable(StationError):
    """The chosen file cannot be restored (damaged, not ours, unreadable)."""


def check_restorable(path: Path) -> BackupContents:
    """What a backup holds, if this program can restore it.

    Raises BackupUnusable (missing, damaged, not a Station Ledger database) or SchemaTooNew.
    """
    from station_app.core.migrations import latest_version

    path = Path(path)
    if not path.is_file():
        raise BackupUnusable(f"找不到备份文件：{path}")
    try:
        problem = file_problem(path, immutable=True, key=vault.key_for_file(path))
        contents = read_contents(path) if problem is None else None
    except (DatabaseUnavailable, vault.DatabaseLocked) as exc:
        raise BackupUnusable(f"无法读取备份 {path.name}：{exc.message}") from exc
    except sqlite_files.errors(OSError) as exc:
        raise BackupUnusable(f"无法读取备份 {path.name}：{exc}") from exc
    if contents is None:
        hint = ("；如果它是加密数据库的备份，请登录那个数据库后再恢复"
                if vault.is_encrypted(path) and vault.key_for_file(path) is None else "")
        raise BackupUnusable(f"备份文件已损坏或不是数据库文件，不能恢复：{path.name}（{problem}{hint}）")
    if not contents.station_name or contents.schema_version == 0:
        raise BackupUnusable(f"{path.name} 不是平安台账的备份（或备份时尚未完成首次设置），不能恢复。")
    if contents.schema_version > latest_version():
        raise SchemaTooNew(
            f"这份备份来自更新版本的平安台账（数据结构版本 {contents.schema_version}，本程序只认识到 "
            f"{latest_version()}），不能恢复。请先安装新版本。"
        )
    return contents


def newest_good_backup(folders: list[Path]) -> BackupInfo | None:
    """The newest backup across `folders` that passes its check and this program can open."""
    candidates = sorted({info.path: info for folder in folders for info in list_backups(folder)}.values(),
                        key=lambda info: info.order, reverse=True)
    for info in candidates:
        try:
            check_restorable(info.path)
        except StationError as exc:
            log.warning("backup %s is not usable: %s", info.path, exc.message)
            continue
        return info
    return None


def damaged(path: Path, problem: str) -> DatabaseDamaged:
    """The error for a damaged database, naming the newest good backup if there is one."""
    problem = " ".join(problem.split())[:200]
    backup = newest_good_backup(search_folders())
    message = (f"数据库文件已损坏：{path}（SQLite 检查结果：{problem}）。"
               "本程序没有改动它，请不要覆盖或删除该文件。")
    if backup is not None:
        message += f"最新的完好备份：{backup.path}（{backup.taken_at:%Y-%m-%d %H:%M}），可以从它恢复。"
    else:
        message += "没有找到完好的备份：请联系维护人员。"
    if vault.is_encrypted(path):
        message += ("如果这是加密的数据库而它的钥匙文件（.keys）丢失了，请不要恢复备份，"
                    "改用本所的恢复密钥单打开（登录窗口的“用恢复密钥打开”，或 station recover）。")
    log.error("database %s is damaged: %s", path, problem)
    return DatabaseDamaged(message, problem, path, backup.path if backup else None,
                           backup.taken_at if backup else None)
