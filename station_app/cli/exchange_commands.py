"""`station export` (the week to a USB stick) and `station bundle import` (at the county bureau)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli.main import UsageError, emit, read_password


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="导出一周的周报、Excel 和加密数据包到U盘（写后读回校验）")
    export.add_argument("--week", metavar="YYYY-Www", help="ISO 周，如 2026-W48（默认本周）")
    export.add_argument("--to", required=True, metavar="DIR", help="目标文件夹（如U盘）")
    export.add_argument("--password-file", metavar="F", help="数据包密码文件（第一行）")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)
    bundle = sub.add_parser("bundle", help="县局：导入各派出所的数据包").add_subparsers(
        dest="bundle_command", required=True
    )
    importing = bundle.add_parser("import", help="导入一个数据包（重复导入不会重复）")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--password-file", metavar="F")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_bundle_import)


def cmd_export(args: argparse.Namespace) -> int:
    from station_app.cli.commands import _open
    from station_app.core.clock import local_today
    from station_app.core.errors import ValidationError
    from station_app.reports.export import export_week
    from station_app.reports.periods import parse_period, period_containing

    try:
        period = parse_period(args.week) if args.week else period_containing("week", local_today())
    except ValidationError as exc:
        raise UsageError(str(exc)) from exc
    actor = _open(args)
    password = read_password(args.password_file, "数据包密码 / Bundle password: ")
    result = export_week(actor, period, Path(args.to), password)
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
    from station_app.cli.commands import _open
    from station_app.exchange.bundle import read_bundle
    from station_app.exchange.bundle_import import import_bundle

    actor = _open(args)
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UsageError(f"无法读取 {args.file}：{exc.strerror}") from exc
    password = read_password(args.password_file, "数据包密码 / Bundle password: ")
    summary = import_bundle(actor, read_bundle(data, password))
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
