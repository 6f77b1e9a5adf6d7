"""`station cases list|show|new`, `station agreement`, `station record`: disputes from scripts."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from station_app.cli.main import (
    UsageError,
    add_station_option,
    emit,
    jsonable,
    open_actor,
    station_codes,
    station_scope,
)
from station_app.core.clock import format_local
from station_app.mediation.vocab import STATES


def register(sub: argparse._SubParsersAction) -> None:
    cases = sub.add_parser("cases", help="矛盾纠纷案件").add_subparsers(dest="cases_command", required=True)
    listing = cases.add_parser("list", help="列出案件（新的在前）")
    listing.add_argument("--state", choices=list(STATES), help="只列出某一状态")
    add_station_option(listing)
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    show = cases.add_parser("show", help="查看一个案件")
    show.add_argument("number", metavar="NUMBER")
    add_station_option(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    new = cases.add_parser("new", help="从 JSON 文件登记一个案件，输出案件编号")
    new.add_argument("--json-file", required=True, metavar="F")
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=cmd_new)

    for name, help_text, handler in (
        ("agreement", "生成调解协议书 PDF", cmd_agreement),
        ("record", "生成调解笔录 PDF（默认最近一次调解）", cmd_record),
    ):
        parser = sub.add_parser(name, help=help_text)
        parser.add_argument("number", metavar="CASE_NUMBER")
        parser.add_argument("--out", required=True, metavar="FILE.pdf")
        parser.set_defaults(handler=handler)



def cmd_list(args: argparse.Namespace) -> int:
    from station_app.mediation.cases import list_cases

    actor = open_actor(args)
    stations = station_scope(args)
    rows = list_cases(actor, state=args.state, limit=args.limit, stations=stations)
    codes = station_codes()
    whose = (lambda row: f"{codes.get(str(row.station_id), '')}  ") if len(stations) > 1 else (lambda row: "")
    lines = [
        f"{whose(row)}{row.case_number}  {format_local(row.reported_at)}  {row.state_label:<4} "
        f"{row.risk_level or '-':<2} {row.category}  {row.parties}"
        for row in rows
    ] or ["（没有案件）"]
    emit(args, [{**jsonable(row), "station": codes.get(str(row.station_id), "")} for row in rows],
         "\n".join(lines))
    return 0


def _case_json(case) -> dict[str, object]:
    data = {
        "id": str(case.id),
        "case_number": case.row.case_number,
        "state": case.state,
        "state_label": case.row.state_label,
        "risk_level": case.row.risk_level,
        "category": case.row.category,
        "source": case.row.source,
        "summary": case.row.summary,
        "reported_at": case.row.reported_at.isoformat(),
        "station": station_codes().get(str(case.row.station_id), ""),
        "place": case.row.place,
        "parties": [
            {
                "name": party.name,
                "role_label": party.role_label,
                "gender": party.resident.gender,
                "ethnicity": party.resident.ethnicity,
                "id_number": party.resident.id_masked,
                "guardian": party.guardian,
            }
            for party in case.parties
        ],
        "sessions": len(case.sessions),
        "agreement": jsonable(case.agreement) if case.agreement else None,
        "follow_ups": jsonable(case.follow_ups),
        "timeline": [
            {
                "at": entry.at.isoformat(),
                "who": entry.who,
                "action": entry.action,
                "description": entry.description,
            }
            for entry in case.timeline
        ],
    }
    return data


def cmd_show(args: argparse.Namespace) -> int:
    from station_app.mediation.cases import find_case

    actor = open_actor(args)
    case = find_case(actor, args.number, station_scope(args))
    lines = [
        f"{case.row.case_number}  {case.row.state_label}  风险：{case.row.risk_level or '未评估'}",
        f"{case.row.category}（{case.row.source}）{case.row.place}",
        f"当事人：{'、'.join(f'{party.role_label} {party.name}' for party in case.parties)}",
        f"情况：{case.row.summary}",
        "经过：",
    ]
    lines += [
        f"  {format_local(entry.at)} {entry.who} {entry.action} {entry.description}"
        for entry in case.timeline
    ]
    emit(args, _case_json(case), "\n".join(lines))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from station_app.mediation.cases import open_case

    try:
        description = json.loads(Path(args.json_file).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UsageError(f"无法读取 {args.json_file}：{exc.strerror}") from exc
    except ValueError as exc:
        raise UsageError(f"{args.json_file} 不是有效的 JSON：{exc}") from exc
    if not isinstance(description, dict) or not isinstance(description.get("parties"), list):
        raise UsageError("JSON 须为对象，且含 parties 列表。")
    details = {
        "source": description.get("source", ""),
        "category": description.get("category", ""),
        "summary": description.get("summary", ""),
        "place_text": description.get("place", ""),
        "reporter_kind": description.get("reporter_kind", ""),
        "reporter_name": description.get("reporter_name", ""),
        "reporter_phone": description.get("reporter_phone", ""),
    }
    if description.get("reported_at"):
        try:
            details["reported_at"] = datetime.fromisoformat(str(description["reported_at"]))
        except ValueError as exc:
            raise UsageError(f"reported_at 不是有效时间：{description['reported_at']}") from exc
    role_keys = ("role_label", "occupation", "guardian", "representative")
    parties = [
        {
            "resident": {key: value for key, value in party.items() if key not in role_keys},
            **{key: party.get(key, "") for key in role_keys},
        }
        for party in description["parties"]
        if isinstance(party, dict)
    ]
    case = open_case(open_actor(args), details, parties)
    emit(args, _case_json(case), case.row.case_number)
    return 0


def _write_document(args: argparse.Namespace, actor, case_id, build) -> int:  # noqa: ANN001
    """Build, write, and record the copy as exported (the file is what gets printed and signed)."""
    from station_app.documents import write_pdf
    from station_app.mediation.print_record import record_print

    built = build()
    write_pdf(args.out, built.pdf)
    record_print(actor, case_id, built, "exported")
    print(f"已生成 {args.out}（{built.page_count} 页，校验码 {built.verification_code}）")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from station_app.mediation.cases import find_case
    from station_app.mediation.documents import agreement_pdf

    actor = open_actor(args)
    case = find_case(actor, args.number)
    return _write_document(args, actor, case.id, lambda: agreement_pdf(actor, case.id))


def cmd_record(args: argparse.Namespace) -> int:
    from station_app.core.errors import NotFound
    from station_app.mediation.cases import find_case
    from station_app.mediation.documents import session_record_pdf

    actor = open_actor(args)
    case = find_case(actor, args.number)
    if not case.sessions:
        raise NotFound(f"案件 {case.row.case_number} 还没有调解记录。")
    return _write_document(args, actor, case.id,
                           lambda: session_record_pdf(actor, case.id, case.sessions[-1].id))
