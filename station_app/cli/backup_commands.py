"""`station backup` (a checked copy now) and `station restore FILE` (the current database is kept)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.cli.main import UsageError, emit, open_actor

if TYPE_CHECKING:
    from station_app.backup.files import BackupContents


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="立即备份 SQLite 数据库（写后检查，按设置轮换旧备份）")
    backup.add_argument("--to", metavar="DIR", help="备份到这个文件夹（默认：设置中的备份文件夹）")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help="从备份恢复（当前数据库先另存一份）")
    restore.add_argument("file", metavar="FILE", help="备份文件（.sqlite3）")
    restore.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)


def _contents_json(contents: BackupContents) -> dict[str, object]:
    return {"schema_version": contents.schema_version, "station": contents.station_name,
            "counts": dict(contents.counts)}


def cmd_backup(args: argparse.Namespace) -> int:
    from station_app.backup.service import backup_now

    actor = open_actor(args)
    created = backup_now(actor, Path(args.to) if args.to else None)
    info, contents = created.info, created.contents
    data = info.to_json() | _contents_json(contents) | {"removed": [str(path) for path in created.removed]}
    lines = [f"已备份并检查：{info.path}",
             f"  大小 {info.size:,} 字节，数据结构版本 {contents.schema_version}", f"  {contents.summary()}"]
    if created.removed:
        lines.append(f"  按保留规则删除了 {len(created.removed)} 份旧备份。")
    emit(args, data, "\n".join(lines))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from station_app.backup.restore import restore_backup, restore_damaged
    from station_app.backup.service import check_restorable
    from station_app.core.errors import DatabaseDamaged

    backup = Path(args.file)
    contents = check_restorable(backup)  # refuse a bad or newer backup before asking anything
    if not args.yes:
        _confirm(backup, contents)
    try:
        actor = open_actor(args)
    except DatabaseDamaged as exc:
        # The damaged file is renamed aside, never deleted; no one can log in to it anyway.
        assert exc.database_path is not None
        result = restore_damaged(exc.database_path, backup)
    else:
        result = restore_backup(actor, backup)
    data = {"restored_from": str(result.backup), "kept_aside": str(result.kept_aside),
            "upgraded_from": result.upgraded_from} | _contents_json(result.contents)
    lines = [f"已从备份恢复：{result.backup}", f"  {result.contents.summary()}",
             f"原来的数据库已另存为：{result.kept_aside}"]
    if result.upgraded_from is not None:
        lines.append(f"备份的数据结构（版本 {result.upgraded_from}）已升级到本程序的版本。")
    emit(args, data, "\n".join(lines))
    return 0


def _confirm(backup: Path, contents: BackupContents) -> None:
    from station_app.core.errors import StationError

    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError("恢复会替换当前数据库：请确认后加 --yes 再运行。")
    print(f"备份：{backup}\n派出所：{contents.station_name}\n{contents.summary()}")
    answer = input("用这份备份替换当前数据库？当前数据库会先另存一份。[y/N] ")
    if answer.strip().lower() not in ("y", "yes", "是"):
        raise StationError("已取消，没有做任何改动。")
