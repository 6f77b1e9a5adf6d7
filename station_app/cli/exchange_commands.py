"""`station export` / `verify-export` (the week on a USB stick), `station exchange status` and, at
the county bureau, `station import-bundle` and `station conflicts list|resolve`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_app.cli.main import UsageError, emit, open_actor, read_password


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="导出一周的周报、Excel 和加密数据包到U盘（写后读回校验）")
    export.add_argument("--week", metavar="YYYY-Www", help="ISO 周，如 2026-W48（默认本周）")
    export.add_argument("--to", required=True, metavar="DIR", help="目标文件夹（如U盘）")
    export.add_argument("--password-file", metavar="F", help="数据包密码文件（第一行）")
    export.add_argument("--attachments", action="store_true", help="数据包中包含附件文件（照片、录音等）")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--full", action="store_true", help="数据包包含本所全部数据（如县局换了新服务器）")
    which.add_argument("--since", type=int, metavar="N",
                       help="从第 N 号变更起重新导出（县局提示缺少变更时）")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)
    importing = sub.add_parser("import-bundle", help="县局：导入一个派出所的数据包（重复导入不会重复）")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--password-file", metavar="F")
    importing.add_argument("--accept-restart", action="store_true",
                           help="该所从备份恢复后的全部数据包：以该所现有数据为准导入")
    importing.add_argument("--accept-history", action="store_true",
                           help="该所审计记录与县局保存的不一致时，核实后仍然导入并记录在案")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_bundle_import)
    exchange = sub.add_parser("exchange", help="报送情况").add_subparsers(dest="exchange_command",
                                                                    required=True)
    status = exchange.add_parser("status", help="本所：待导出的变更；县局：各所报送到哪一天、缺哪几周")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_exchange_status)
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
    if args.since is not None and args.since < 1:
        raise UsageError("--since 须为 1 或更大的变更编号。")
    if not Path(args.to).is_dir():  # before asking for a password: the stick is not there
        from station_app.exchange.safe_write import MSG_NO_FOLDER

        print(f"station: {MSG_NO_FOLDER.replace('{path}', args.to)}", file=sys.stderr)
        return 1
    actor = open_actor(args)
    from station_app.exchange.enrolment import active_county

    # Enrolled with the county: sealed for its key and signed, no password.
    password = None if active_county() is not None else read_password(
        args.password_file, "数据包密码 / Bundle password: ")
    outcome = export_week(actor, period, Path(args.to), password, include_attachments=args.attachments,
                          full=args.full, since=args.since)
    span = outcome.bundle.span
    data = {
        "folder": str(outcome.target_dir),
        "manifest": str(outcome.manifest),
        "files": [{"name": item.name, "size": item.size, "sha256": item.sha256} for item in outcome.files],
        "changes": {"from": span.from_seq + 1, "to": span.to_seq, "full": span.full,
                    "records": outcome.bundle.changes},
    }
    lines = [f"已写入并校验：{outcome.target_dir}"] + [
        f"  {item.name}  {item.size} 字节" for item in outcome.files
    ] + [outcome.changes_text]
    emit(args, data, "\n".join(lines + ["可以安全拔出U盘。"]))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from station_app.exchange.bundle_import import REPLAY, import_bundle_file, is_signed_bundle

    actor = open_actor(args)
    if not Path(args.file).is_file():
        raise UsageError(f"找不到数据包文件 {args.file}。")
    password = None
    if not is_signed_bundle(Path(args.file)):  # a password bundle of a station not enrolled yet
        password = read_password(args.password_file, "数据包密码 / Bundle password: ")
    summary = import_bundle_file(actor, Path(args.file), password, accept_restart=args.accept_restart,
                                 accept_history=args.accept_history)
    if summary.outcome == REPLAY:
        text = (f"{summary.station_name}：这份数据包的内容（至第 {summary.to_seq} 号变更）县局已经有了，"
                "没有任何改动。")
    else:
        text = (f"{summary.station_name}：新增 {summary.inserted}，更新 {summary.updated}，"
                f"删除 {summary.deleted}，未变 {summary.unchanged}（已收到第 {summary.to_seq} 号变更为止）")
    emit(args, summary.as_json(), text)
    return 0


def cmd_exchange_status(args: argparse.Namespace) -> int:
    from station_app.core.clock import format_local
    from station_app.exchange.status import exchange_status

    status = exchange_status(open_actor(args))
    lines: list[str] = []
    data: dict[str, object] = {"local": None, "stations": []}
    if status.local is not None:
        local = status.local
        data["local"] = {"code": local.station_code, "last_change": local.last_change,
                         "delivered_through": local.delivered_through, "undelivered": local.undelivered,
                         "last_export_at": format_local(local.last_export_at) or None,
                         "last_export_period": local.last_export_period}
        if local.delivered_through is None:
            lines.append(f"{local.station_name}：还没有导出过新格式的数据包，下次导出包含全部数据"
                         f"（{local.undelivered} 条记录）。")
        else:
            lines.append(f"{local.station_name}：已导出到第 {local.delivered_through} 号变更"
                         f"（{format_local(local.last_export_at)}，{local.last_export_period}），"
                         f"待导出 {local.undelivered} 条记录的变更。")
    for peer in status.peers:
        data["stations"].append({  # type: ignore[union-attr]
            "code": peer.code, "name": peer.name, "last_change": peer.last_change,
            "covered_until": format_local(peer.covered_until) if peer.covered_until else None,
            "last_received_at": format_local(peer.last_received_at) if peer.last_received_at else None,
            "last_period": peer.last_period, "weeks_received": peer.weeks_received,
            "weeks_missing": peer.weeks_missing})
        if peer.never_heard_from:
            lines.append(f"{peer.code} {peer.name}：从未收到新格式的数据包。")
            continue
        line = (f"{peer.code} {peer.name}：数据截至 {format_local(peer.covered_until)}"
                f"（第 {peer.last_change} 号变更），最近一次 {format_local(peer.last_received_at)} 收到"
                f"（{peer.last_period or '未注明周次'}）")
        if peer.weeks_missing:
            line += f"；没有数据包的周：{'、'.join(peer.weeks_missing)}"
        lines.append(line + "。")
    emit(args, data, "\n".join(lines) if lines else "本库还没有本所信息。")
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
