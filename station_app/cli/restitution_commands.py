"""`station restitution list|show`: the restitution ledger from scripts. Amounts in JSON are fen
(integers, `*_fen`); the text output shows 元."""

from __future__ import annotations

import argparse

from station_app.cli.main import add_station_option, emit, open_actor, station_codes, station_scope
from station_app.core.clock import format_local


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to `station`."""
    group = sub.add_parser("restitution", help="返赃台账").add_subparsers(dest="restitution_command",
                                                                          required=True)
    listing = group.add_parser("list", help="列出返赃案件（新的在前）")
    listing.add_argument("--query", default="", help="按编号、案情、嫌疑人或被害人姓名查找")
    add_station_option(listing)
    listing.add_argument("--limit", type=int, default=200)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    show = group.add_parser("show", help="查看一个返赃案件：被害人、追回、返还和集中返赃")
    show.add_argument("number", metavar="NUMBER", help="如 返赃〔2026〕第3号")
    add_station_option(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)



def _yuan(fen: int) -> str:
    from station_app.documents.money import format_amount

    return format_amount(fen)


def _totals_json(totals) -> dict[str, int]:  # noqa: ANN001
    return {"lost_fen": totals.lost, "recovered_fen": totals.recovered, "returned_fen": totals.returned,
            "pending_fen": totals.pending, "owed_fen": totals.owed, "available_fen": totals.available}


def _row_json(row) -> dict[str, object]:  # noqa: ANN001
    return {"id": str(row.id), "case_number": row.case_number, "case_type": row.case_type,
            "summary": row.summary, "suspects": row.suspects, "registered_at": row.registered_at.isoformat(),
            "victims": row.victims, "status": row.status,
            "station": station_codes().get(str(row.station_id), ""), **_totals_json(row.totals)}


def cmd_list(args: argparse.Namespace) -> int:
    from station_app.restitution.cases import list_cases

    actor = open_actor(args)
    rows = list_cases(actor, args.query, limit=args.limit, stations=station_scope(args))
    lines = [
        f"{row.case_number}  {row.status:<6} {row.case_type}  {row.summary}  被害人 {row.victims} 人  "
        f"被骗 {_yuan(row.totals.lost)}  追回 {_yuan(row.totals.recovered)}  "
        f"已返还 {_yuan(row.totals.returned)}  待返还 {_yuan(row.totals.owed)}"
        for row in rows
    ] or ["（没有返赃案件）"]
    emit(args, [_row_json(row) for row in rows], "\n".join(lines))
    return 0


def _case_json(case) -> dict[str, object]:  # noqa: ANN001
    return {
        **_row_json(case.row),
        "suspects": case.suspects,
        "description": case.description,
        "reference": case.reference,
        "registered_by": case.registered_by,
        "victims": [{"id": str(v.id), "name": v.name, "place": v.place, "resident": v.resident_id is not None,
                     "lost_fen": v.lost, "returned_fen": v.returned, "pending_fen": v.pending,
                     "balance_fen": v.balance} for v in case.victims],
        "recoveries": [{"date": r.recovered_on.isoformat(), "amount_fen": r.amount, "source": r.source,
                        "recorded_by": r.recorded_by} for r in case.recoveries],
        "returns": [{"date": r.returned_on.isoformat(), "victim": r.victim_name, "amount_fen": r.amount,
                     "state": r.state, "receipt_signed": r.receipt_signed, "handed_over_by": r.handed_over_by,
                     "event_id": str(r.event_id) if r.event_id else None} for r in case.returns],
        "events": [{"id": str(e.id), "date": e.held_on.isoformat(), "place": e.place, "state": e.state,
                    "handed_over_by": e.handed_over_by, "victims": len(e.lines), "total_fen": e.total,
                    "verification_code": e.verification_code} for e in case.events],
    }


def cmd_show(args: argparse.Namespace) -> int:
    from station_app.restitution.cases import find_case

    actor = open_actor(args)
    case = find_case(actor, args.number, station_scope(args))
    totals = case.totals
    lines = [
        f"{case.row.case_number}  {case.row.status}  {case.row.case_type}",
        f"案情：{case.row.summary}",
        f"犯罪嫌疑人：{'、'.join(case.suspects) or '（未填写）'}    "
        f"登记：{format_local(case.row.registered_at)} {case.registered_by}",
        f"被骗合计 {_yuan(totals.lost)} 元，已追回 {_yuan(totals.recovered)} 元，"
        f"已返还 {_yuan(totals.returned)} 元，尚欠被害人 {_yuan(totals.owed)} 元，"
        f"可供返还 {_yuan(totals.available)} 元",
        "被害人：",
    ]
    lines += [f"  {v.position:>2}. {v.name}（{v.place or '—'}）被骗 {_yuan(v.lost)}  "
              f"已返还 {_yuan(v.returned)}  余额 {_yuan(v.balance)}" for v in case.victims]
    lines.append("追回：")
    lines += [f"  {r.recovered_on}  {_yuan(r.amount)}  {r.source}" for r in case.recoveries]
    lines.append("返还：")
    lines += [f"  {r.returned_on}  {r.victim_name}  {_yuan(r.amount)}  {r.state_label}"
              f"{'  已签收' if r.receipt_signed else ''}  发还人 {r.handed_over_by}" for r in case.returns]
    for event in case.events:
        code = f"  校验码 {event.verification_code}" if event.verification_code else ""
        lines.append(f"集中返赃 {event.held_on} {event.place}：{len(event.lines)} 人 {_yuan(event.total)} 元 "
                     f"{event.state_label}{code}")
    emit(args, _case_json(case), "\n".join(lines))
    return 0
