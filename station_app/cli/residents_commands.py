"""`station residents import|export|search`: the residents registry from the command line.

The command acts as `command_line_actor` (an administrator of the database it can open). Exit
codes: 0 done (an import with rejected rows is still done: they are reported), 1 the file cannot
be read or another failure, 2 bad usage.
"""

from __future__ import annotations

import argparse
import uuid

from station_app.cli.main import (
    UsageError,
    add_station_option,
    emit,
    open_actor,
    station_codes,
    station_scope,
)
from station_app.core.actor import Actor
from station_app.core.errors import NotFound


def register(sub: argparse._SubParsersAction) -> None:
    residents = sub.add_parser("residents", help="居民：导入、导出、搜索").add_subparsers(
        dest="residents_command", required=True)

    importing = residents.add_parser("import", help="从 .xlsx、.xls、.ods 或 .csv 导入居民")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--sheet", metavar="NAME", help="工作表名称（默认：第一个有表头的工作表）")
    importing.add_argument("--rejects", metavar="OUT.xlsx", help="把未导入的行及原因另存为 .xlsx")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_import)

    exporting = residents.add_parser("export", help="导出居民名单为 .xlsx（默认遮蔽身份证号和电话）")
    exporting.add_argument("out", metavar="OUT.xlsx")
    exporting.add_argument("--grid", metavar="CODE", help="只导出该网格（编码或名称）")
    exporting.add_argument("--query", metavar="Q", default="", help="只导出搜索结果（同搜索框）")
    exporting.add_argument("--unmasked", action="store_true", help="不遮蔽（需要权限，记入审计）")
    exporting.add_argument("--json", action="store_true")
    exporting.set_defaults(handler=cmd_export)

    searching = residents.add_parser("search", help="搜索居民：汉字、拼音、首字母、证件号或电话尾号")
    searching.add_argument("query", metavar="QUERY")
    add_station_option(searching)
    searching.add_argument("--limit", type=int, default=20, metavar="N")
    searching.add_argument("--json", action="store_true")
    searching.set_defaults(handler=cmd_search)


def cmd_import(args: argparse.Namespace) -> int:
    from station_app.residents.importer import guess_mapping, read_source, run_import, write_rejects

    actor = open_actor(args)
    source = read_source(args.file, args.sheet)
    report = run_import(actor, source, guess_mapping(source.headers))
    if args.rejects and report.rejected:
        write_rejects(args.rejects, report, source)
    data = {
        "file": str(source.path), "sheet": report.sheet_name, "header_row": report.header_row,
        "imported": report.imported, "updated": report.updated, "unchanged": report.unchanged,
        "rejected": len(report.rejected), "new_areas": report.new_areas,
        "rejected_rows": [{"row": row.row_number, "reason": row.reason} for row in report.rejected],
        "warnings": [{"row": row.row_number, "reason": row.reason} for row in report.warnings],
    }
    lines = [f"工作表“{report.sheet_name}”（表头在第 {report.header_row} 行）：",
             f"新增 {report.imported} 人，更新 {report.updated} 人，无变化 {report.unchanged} 人，"
             f"未导入 {len(report.rejected)} 行。"]
    if report.new_areas:
        lines.append("新建区域：" + "；".join(report.new_areas))
    lines += [f"  第 {row.row_number} 行：{row.reason}" for row in report.rejected[:20]]
    if len(report.rejected) > 20:
        hint = "" if args.rejects else "（可用 --rejects 保存全部）"
        lines.append(f"  ……另有 {len(report.rejected) - 20} 行未列出{hint}")
    if args.rejects and report.rejected:
        lines.append(f"未导入的行已保存到 {args.rejects}")
    if report.warnings:
        lines.append(f"已导入但请核对 {len(report.warnings)} 行：")
        lines += [f"  第 {row.row_number} 行：{row.reason}" for row in report.warnings[:20]]
    emit(args, data, "\n".join(lines))
    return 0


def _area(actor: Actor, code: str) -> uuid.UUID:
    from station_app.residents.models import Area

    in_station = Area.station == actor.station_id
    by_code = list(Area.select().where(in_station & (Area.code == code) & (Area.code != "")))
    found = by_code or list(Area.select().where(in_station & (Area.name == code)))
    if not found:
        raise NotFound(f"没有编码或名称为“{code}”的网格。")
    grids = [area for area in found if area.kind == "grid"] or found
    if len(grids) > 1:
        raise UsageError(f"有 {len(grids)} 个名为“{code}”的区域，请改用网格编码。")
    return grids[0].id


def cmd_export(args: argparse.Namespace) -> int:
    from station_app.residents.exporter import export_residents

    actor = open_actor(args)
    area_id = _area(actor, args.grid) if args.grid else None
    count = export_residents(actor, args.out, args.query, area_id, unmasked=args.unmasked)
    masked = "未遮蔽（已记入审计）" if args.unmasked else "身份证号和电话已遮蔽"
    emit(args, {"file": args.out, "count": count, "masked": not args.unmasked},
         f"已导出 {count} 人到 {args.out}（{masked}）")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from station_app.accounts import permissions
    from station_app.residents.search import query_for, search_residents
    from station_app.residents.views import shown_to

    if args.limit < 1:
        raise UsageError("--limit 应为正整数。")
    actor = open_actor(args)
    permissions.require(actor, "residents.view")
    assert actor.station_id is not None
    stations = station_scope(args)
    # as the reader may receive them: a masked view has no birth date beside a masked ID number
    views = shown_to(actor, search_residents(actor.station_id, query_for(actor, args.query), args.limit,
                                             stations=stations))
    codes = station_codes()
    rows = [{"id": str(view.id), "station": codes.get(str(view.station_id), ""),
             "name": view.name, "gender": view.gender, "birth_date": view.birth_date,
             "birth_year": view.birth_year,
             "id_masked": view.id_masked, "phone_masked": view.phone_masked, "grid": view.grid_name,
             "place": view.place} for view in views]
    def whose(view: object) -> str:
        return f"{codes.get(str(view.station_id), '')}\t" if len(stations) > 1 else ""

    lines = [f"{whose(view)}{view.name}\t{view.id_masked or '-'}\t{view.phone_masked or '-'}\t"
             f"{view.place or '未分网格'}" for view in views] or ["没有找到匹配的居民。"]
    emit(args, rows, "\n".join(lines))
    return 0
