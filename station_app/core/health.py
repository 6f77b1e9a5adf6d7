"""`station check`: is the database sound? integrity, foreign keys, audit chain, SQLite version,
how old the last backup is, and whether its disk has room. On a full disk, where the database cannot
even be opened for use (SQLite needs room for its -shm and -wal), the same checks run on a read-only
connection that needs none."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from station_app.accounts import permissions
from station_app.audit.chain import verify_chain
from station_app.core import db, sqlite_files, vault
from station_app.core.actor import Actor


@dataclass
class HealthReport:
    backend: str
    sqlite_version: str = ""
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    audit_entries: int = 0
    last_backup: str = ""  # path of the newest backup ('' for none, or on PostgreSQL)
    last_backup_age_hours: float | None = None
    warnings: list[str] = field(default_factory=list)  # worth acting on, but the data is sound

    @property
    def ok(self) -> bool:
        return not self.problems


def sqlite_wal_reset_bug(version: str = sqlite3.sqlite_version) -> bool:
    """True if this SQLite has the WAL-reset corruption bug (3.7.0–3.51.2, fixed in 3.51.3,
    3.50.7 and 3.44.6). The app keeps one writing connection per process either way."""
    numbers = tuple(int(part) for part in version.split(".")[:3])
    if numbers < (3, 7, 0) or numbers >= (3, 51, 3):
        return False
    major_minor = numbers[:2]
    if major_minor == (3, 50) and numbers >= (3, 50, 7):
        return False
    return not (major_minor == (3, 44) and numbers >= (3, 44, 6))


def check(actor: Actor) -> HealthReport:
    """`station check` for a user allowed to run it."""
    permissions.require(actor, "system.check")
    return check_database()


def check_locked_file(path: Path) -> HealthReport:
    """An encrypted database nobody has unlocked: what can be seen from outside (its key file,
    its backups); the contents need a login (`station --user NAME check`)."""
    from station_app.core import vault

    report = HealthReport("sqlite（已加密）")
    try:
        slots = vault.KeySlots.load(path)
        report.notes.append(f"数据库已加密（SQLCipher 4，AES-256）；钥匙文件 {slots.path.name} 中有 "
                            f"{len(slots.data['slots'])} 个账户的钥匙。")
    except vault.VaultError as exc:
        report.problems.append(exc.message)
    report.notes.append("没有登录，只检查了文件本身：加 --user 账户名 登录后可检查完整性、外键和审计链。")
    _check_backups(report, locked=True)
    return report


def check_database() -> HealthReport:
    """Run every check and collect what is wrong (Chinese) — never raises for a finding."""
    database = db.current()
    if db.is_sqlite():
        encrypted = db.current_key() is not None
        version = sqlite_files.library_version(encrypted)
        report = HealthReport("sqlite（SQLCipher 加密）" if encrypted else "sqlite", version)
        result = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            report.problems.append("数据库完整性检查失败：" + "；".join(map(str, result[:5])))
        fk = database.execute_sql("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems.append(f"有 {len(fk)} 处外键引用失效，例如表 {fk[0][0]} 第 {fk[0][1]} 行")
        if sqlite_wal_reset_bug(version):
            report.notes.append(
                f"SQLite {version} 存在 WAL 重置缺陷（3.7.0–3.51.2）；本程序在一个进程内"
                "同一时刻只有一个连接写入或做检查点，以避开它"
                "（程序运行时请不要另用 station 命令写入同一个数据库）。"
                "升级到 3.51.3 / 3.50.7 / 3.44.6 及以上可彻底消除。"
            )
        else:
            report.notes.append(f"SQLite {version} 不受 WAL 重置缺陷影响。")
        _check_backups(report)
        _check_room(report)
    else:
        version = database.execute_sql("SHOW server_version").fetchone()[0]
        report = HealthReport("postgresql")
        report.notes.append(f"PostgreSQL {version}：完整性和备份由服务器负责（在服务器上用 pg_dump 备份）。")
    chain = verify_chain()
    report.audit_entries = chain.entries_checked
    if not chain.ok:
        report.problems.append(f"审计链断裂：{chain.problem}")
    missing = missing_triggers()
    if missing:
        report.problems.append(
            f"数据库的保护触发器被删除了：{'、'.join(missing[:6])}{'等' if len(missing) > 6 else ''}"
            "（审计记录可被改写，或变更不再送往县局）。数据库可能被人直接改动过，请联系县局核实。")
    return report


def missing_triggers() -> list[str]:
    """The triggers that keep the audit chain append-only and the change journal complete, when
    any was dropped (whoever can drop them can rewrite history quietly)."""
    from station_app.exchange.bundle import station_models
    from station_app.exchange.models import JournalState

    database = db.current()
    journalled = JournalState.select().exists()
    tables = [model._meta.table_name for model in station_models()] if journalled else []
    if db.is_sqlite():
        events = ("insert", "update", "delete")
        wanted = ["audit_entry_no_update", "audit_entry_no_delete",
                  *(f"journal_{table}_{event}" for table in tables for event in events)]
        found = {name for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    else:
        from station_app.core.migrations.m0011_change_journal import VERSIONED_UPDATES_ONLY

        wanted = ["audit_entry_no_change", *(f"journal_{table}" for table in tables),
                  *(f"journal_{table}_update" for table in tables if table in VERSIONED_UPDATES_ONLY)]
        found = {name for (name,) in database.execute_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal").fetchall()}
    return [name for name in wanted if name not in found]


def _check_backups(report: HealthReport, locked: bool = False) -> None:
    from station_app.backup.service import STALE, backup_status, describe_age
    from station_app.core import paths

    # A locked database's settings cannot be read: the default folder, as a backup search does.
    status = backup_status(paths.default_backup_dir() if locked else None)
    if status.last is None:
        report.warnings.append(f"还没有任何备份（备份文件夹：{status.folder}）。请运行 station backup。")
    else:
        assert status.age is not None
        report.last_backup = str(status.last.path)
        report.last_backup_age_hours = round(status.age.total_seconds() / 3600, 1)
        when = f"{status.last.taken_at:%Y-%m-%d %H:%M}（{describe_age(status.age)}前）"
        if status.age > STALE:
            report.warnings.append(f"最近一次备份是 {when}，已超过 {STALE.days} 天：请检查备份盘和自动备份。")
        else:
            report.notes.append(f"最近一次备份：{when}，{status.last.path}")


LOW_ROOM = 100 * 1024 * 1024  # below this, a large import or the weekly export may not fit


def _check_room(report: HealthReport) -> None:
    from station_app.core.diskspace import NEARLY_FULL, free_bytes, megabytes

    name = db.current().database
    folder = Path(name).parent if name and name != ":memory:" and not name.startswith("file:") else None
    free = free_bytes(folder)
    if free is None or free >= LOW_ROOM:
        return
    if free < NEARLY_FULL:
        report.warnings.append(f"磁盘已满：数据库所在的磁盘（{folder}）只剩 {megabytes(free)}，"
                               "程序无法保存任何内容。请删除不需要的文件，或把数据移到空间更大的磁盘。")
    else:
        report.warnings.append(f"磁盘空间不足：数据库所在的磁盘（{folder}）只剩 {megabytes(free)}，"
                               "大批导入或导出可能无法完成。")


def check_on_full_disk(url: str | None) -> HealthReport | None:
    """`station check` when the database could not be opened: if its disk is full, every check on a
    read-only connection that creates nothing (None when the disk is not full, or not SQLite)."""
    import peewee

    from station_app.core import paths
    from station_app.core.diskspace import NEARLY_FULL, free_bytes, megabytes

    location = db.parse_location(url or paths.default_database_url())
    path = location.sqlite_path
    if path is None or not path.is_file():
        return None
    free = free_bytes(path.parent)
    if free is None or free >= NEARLY_FULL:
        return None
    # A -wal with pages in it holds the newest changes: read them if SQLite can (its -shm is whole).
    # Otherwise the file alone, immutable: no -shm and no -wal needed, nothing created.
    wal = Path(f"{path}-wal")
    unmerged = wal.exists() and wal.stat().st_size > 0
    database = None
    key = vault.unlocked_key(path)  # an encrypted database: the login unlocked it before it failed
    for flags in (["mode=ro"] if unmerged else []) + ["mode=ro&immutable=1"]:
        uri = f"{path.resolve().as_uri()}?{flags}"
        database = (db.EncryptedSqliteDatabase(uri, key, uri=True) if key is not None
                    else peewee.SqliteDatabase(uri, uri=True))
        try:
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except peewee.DatabaseError:
            database.close()
            continue
        unmerged = unmerged and "immutable" in flags
        break
    assert database is not None
    db.database_proxy.initialize(database)
    report = check_database()
    report.warnings.insert(0, f"磁盘已满：数据库所在的磁盘（{path.parent}）只剩 {megabytes(free)}，"
                              "程序无法保存任何内容（这次检查以只读方式进行，没有写入）。"
                              "请删除不需要的文件，或把数据移到空间更大的磁盘。")
    if unmerged:
        report.warnings.append("数据库旁还有未并入的日志文件（-wal），只读检查看不到其中最近的改动；"
                               "腾出空间后请再检查一次。")
    return report
