"""`station export` / `verify-export` (the week on a USB stick) and, at the county bureau,
`station import-bundle` and `station conflicts list|resolve`."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli.main import UsageError, emit, open_actor, read_password


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="导出一周的周报、Excel 和加密数据包到U盘（写后读回校验）")
    export.add_argument("--week", metavar="YYYY-Www", help="ISO 周，如 2026-W48（默认本周）")
    export.add_argument("--to", required=True, metavar="DIR", help="目标文件夹（如U盘）")
    export.add_argument("--password-file", metavar="F", help="数据包密码文件（第一行）")
    export.add_argument("--attachments", action="store_true", help="数据包中包含本周的附件文件")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)
    importing = sub.add_parser("import-bundle", help="县局：导入一个派出所的数据包（重复导入不会重复）")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--password-file", metavar="F")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_bundle_import)
    verify = sub.add_parser("verify-export", help="按清单重新校验U盘上导出的文件夹")
    verify.add_argument("folder", metavar="DIR")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_verify_export)
    conflicts = sub.add_parser("conflicts", help="县局：导入数据包时保留待处理的冲突").add_subparsers(
        dest="conflicts_command", required=True)
    listing = conflicts.add_parser("list", help="列出待处理的冲突")
    listing.add_argument("--all", action="store_true", help="也列出已处理的")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_conflicts_list)
    resolve = conflicts.add_parser("resolve", help="处理一条冲突")
    resolve.add_argument("conflict_id", metavar="ID")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep-local", action="store_const", const="keep_local", dest="resolution",
                        help="保留本库的记录")
    choice.add_argument("--take-incoming", action="store_const", const="take_incoming", dest="resolution",
                        help="采用数据包中的记录")
    resolve.add_argument("--json", action="store_true")
    resolve.set_defaults(handler=cmd_conflicts_resolve)


def cmd_export(args: argparse.Namespace) -> int:
    from station_app.core.clock import local_today
    from station_app.core.errors import ValidationError
    from station_app.reports.export import export_week
    from station_app.reports.periods import parse_period, period_containing

    try:
        period = parse_period(args.week) if args.week else period_containing("week", local_today())
    except ValidationError as exc:
        raise UsageError(str(exc)) from exc
    actor = open_actor(args)
    password = read_password(args.password_file, "数据包密码 / Bundle password: ")
    result = export_week(actor, period, Path(args.to), password, include_attachments=args.attachments)
    data = {
        "folder": str(result.target_dir),
        "manifest": str(result.manifest),
        "files": [{"name": item.name, "size": item.size, "sha256": item.sha256} for item in result.files],
    }
    lines = [f"已写入并校验：{result.target_dir}"] + [
        f"  {item.name}  {item.size} 字节" for item in result.files
    ]
    emit(args, data, "\n".join(lines + ["可以安全拔出U盘。"]))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from station_app.exchange.bundle_import import import_bundle_file

    actor = open_actor(args)
    if not Path(args.file).is_file():
        raise UsageError(f"找不到数据包文件 {args.file}。")
    password = read_password(args.password_file, "数据包密码 / Bundle password: ")
    summary = import_bundle_file(actor, Path(args.file), password)
    result = {
        "inserted": summary.inserted,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "conflicts": len(summary.conflicts),
    }
    emit(
        args,
        result,
        f"新增 {summary.inserted}，更新 {summary.updated}，未变 {summary.unchanged}，"
        f"冲突待处理 {len(summary.conflicts)}",
    )
    return 0


def cmd_verify_export(args: argparse.Namespace) -> int:
    from station_app.exchange.safe_write import verify_export

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"找不到文件夹 {args.folder}。")
    problems = verify_export(folder)
    emit(args, {"folder": str(folder), "ok": not problems, "problems": problems},
         "\n".join(problems) if problems else f"{folder.name}：所有文件与清单一致。")
    return 1 if problems else 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from station_app.core.clock import format_local
    from station_app.exchange.conflicts import RESOLUTIONS, list_conflicts

    rows = list_conflicts(open_actor(args), include_decided=args.all)
    data = [{"id": str(row.id), "station": row.station_name, "table": row.table, "record_id": row.record_id,
             "reason": row.reason, "local_version": row.local_version,
             "incoming_version": row.incoming_version, "resolution": row.resolution} for row in rows]
    lines = [f"{row.id}  {row.station_name}  {row.table_label} {row.record_id[:8]}  {row.reason}"
             f"  （{format_local(row.detected_at)}）"
             + (f"  已处理：{RESOLUTIONS.get(row.resolution, row.resolution)}" if row.resolution else "")
             for row in rows]
    emit(args, data, "\n".join(lines) if lines else "没有待处理的冲突。")
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    import uuid

    from station_app.exchange.conflicts import RESOLUTIONS, resolve_conflict

    try:
        conflict_id = uuid.UUID(args.conflict_id)
    except ValueError as exc:
        raise UsageError(f"冲突编号 {args.conflict_id} 格式不对（应为 conflicts list 列出的编号）。") from exc
    row = resolve_conflict(open_actor(args), conflict_id, args.resolution)
    emit(args, {"id": str(row.id), "resolution": row.resolution},
         f"已处理：{RESOLUTIONS[row.resolution]}（{row.table_label} {row.record_id}）")
    return 0
