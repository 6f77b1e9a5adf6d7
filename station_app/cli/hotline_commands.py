"""`station orders import|list`: 12345 hotline work orders from the command line.

Exit codes: 0 done (an import with rejected rows or conflicts is still done: they are reported,
and a conflict always keeps the stored order — choose per conflict in the program), 1 the file
cannot be read or another failure, 2 bad usage.
"""

from __future__ import annotations

import argparse

from station_app.cli.main import (
    UsageError,
    add_station_option,
    emit,
    open_actor,
    station_codes,
    station_scope,
)
from station_app.core.clock import format_local
from station_app.hotline.vocab import STATUSES

SHOWN_PROBLEMS = 20


def register(sub: argparse._SubParsersAction) -> None:
    """Add `station orders …` to `station`."""
    orders = sub.add_parser("orders", help="12345工单：导入、列出").add_subparsers(
        dest="orders_command", required=True)
    importing = orders.add_parser("import", help="从12345平台导出的 .xlsx 导入工单（按工单编号更新，不重复）")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--sheet", metavar="NAME", help="工作表名称（默认：第一个有工单表头的工作表）")
    importing.add_argument("--rejects", metavar="OUT.xlsx", help="把未导入的行和编号冲突另存为 .xlsx")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_import)
    listing = orders.add_parser("list", help="列出工单（新的在前）")
    listing.add_argument("--overdue", action="store_true", help="只列出已逾期未办结的工单")
    listing.add_argument("--status", choices=list(STATUSES), help="只列出某一状态")
    add_station_option(listing)
    listing.add_argument("--limit", type=int, default=200, metavar="N")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)



def cmd_import(args: argparse.Namespace) -> int:
    from station_app.hotline.importer import read_orders, run_import, write_rejects

    actor = open_actor(args)
    source = read_orders(args.file, args.sheet)
    report = run_import(actor, source)
    problems = bool(report.rejected or report.conflicts)
    if args.rejects and problems:
        write_rejects(args.rejects, report, source)
    data = {
        "file": str(source.path), "sheet": report.sheet_name, "header_row": report.header_row,
        "imported": report.imported, "updated": report.updated, "unchanged": report.unchanged,
        "rejected": len(report.rejected), "conflicts": len(report.conflicts),
        "rejected_rows": [{"row": row.row_number, "reason": row.reason} for row in report.rejected],
        "conflict_rows": [{"row": item.row_number, "order_number": item.order_number, "fields": item.fields,
                           "existing": item.existing, "file": item.incoming, "kept": True}
                          for item in report.conflicts],
    }
    lines = [f"工作表“{report.sheet_name}”（表头在第 {report.header_row} 行）：",
             f"新增 {report.imported} 件，更新 {report.updated} 件，无变化 {report.unchanged} 件，"
             f"未导入 {len(report.rejected)} 行，编号冲突 {len(report.conflicts)} 件。"]
    lines += [f"  第 {row.row_number} 行：{row.reason}" for row in report.rejected[:SHOWN_PROBLEMS]]
    for item in report.conflicts[:SHOWN_PROBLEMS]:
        lines.append(f"  第 {item.row_number} 行 工单 {item.order_number} 与已登记的不同"
                     f"（{'、'.join(item.fields)}），已保留原有内容；如需采用文件中的内容，"
                     "请在程序的导入窗口中逐件选择。")
    hidden = max(len(report.rejected) - SHOWN_PROBLEMS, 0) + max(len(report.conflicts) - SHOWN_PROBLEMS, 0)
    if hidden:
        lines.append(f"  ……另有 {hidden} 行未列出" + ("" if args.rejects else "（可用 --rejects 保存全部）"))
    if args.rejects and problems:
        lines.append(f"未导入的行和编号冲突已保存到 {args.rejects}")
    emit(args, data, "\n".join(lines))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from station_app.hotline.orders import list_orders

    if args.limit < 1:
        raise UsageError("--limit 应为正整数。")
    actor = open_actor(args)
    rows = list_orders(actor, status=args.status, overdue=args.overdue, limit=args.limit,
                       stations=station_scope(args))
    codes = station_codes()
    data = [{"id": str(row.id), "station": codes.get(str(row.station_id), ""),
             "order_number": row.order_number, "received_at": row.received_at.isoformat(),
             "caller_name": row.caller_name, "caller_phone": row.caller_phone_masked,
             "category": row.category,
             "content": row.content, "deadline": row.deadline.isoformat(), "status": row.status,
             "status_label": row.status_label, "dispatched_to": row.dispatched_to,
             "satisfaction": row.satisfaction, "overdue": row.overdue, "case_number": row.case_number}
            for row in rows]
    lines = [f"{row.order_number}  {format_local(row.received_at)}  {row.status_label:<4} "
             f"期限 {row.deadline.isoformat()}{' 【逾期】' if row.overdue else ''}  "
             f"{row.caller_name or '-'} {row.caller_phone_masked or ''}  {row.content[:30]}"
             for row in rows] or ["（没有逾期的工单）" if args.overdue else "（没有工单）"]
    emit(args, data, "\n".join(lines))
    return 0
