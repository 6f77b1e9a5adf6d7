"""`station report weekly`: the summary of a week, month, quarter or year as PDF and XLSX.

    station report weekly [--week 2026-W48 | --month 2026-11 | --quarter 2026-Q4 | --year 2026]
                          [--station CODE | --station all] --out DIR

Without a period option: the current ISO week. Without --station: this database's own station;
at the county bureau `--station all` sums every station whose bundles were imported (with one
line per station) and `--station CODE` reports one of them. Prints the two paths written.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from station_app.cli.main import UsageError, open_actor
from station_app.core.actor import Actor


def register(sub: argparse._SubParsersAction) -> None:
    """Add `station report weekly` to `station`."""
    report = sub.add_parser("report", help="周报和统计报表").add_subparsers(
        dest="report_command", required=True)
    weekly = report.add_parser("weekly", help="生成周报（PDF 和 XLSX），也可按月、季度、年")
    which = weekly.add_mutually_exclusive_group()
    which.add_argument("--week", metavar="YYYY-Www", help="ISO 周，如 2026-W48（默认本周）")
    which.add_argument("--month", metavar="YYYY-MM", help="月，如 2026-11")
    which.add_argument("--quarter", metavar="YYYY-Qn", help="季度，如 2026-Q4")
    which.add_argument("--year", metavar="YYYY", help="年，如 2026")
    weekly.add_argument("--station", metavar="CODE",
                        help="单位代码；all 为库中全部单位合计（县局汇总各派出所）")
    weekly.add_argument("--out", required=True, metavar="DIR", help="输出目录")
    weekly.set_defaults(handler=cmd_report_weekly)


def cmd_report_weekly(args: argparse.Namespace) -> int:
    from station_app.core.clock import local_today
    from station_app.core.errors import ValidationError
    from station_app.documents import write_pdf
    from station_app.exchange.names import inside, safe_file_name
    from station_app.reports.periods import parse_period, period_containing
    from station_app.reports.summary import weekly_summary
    from station_app.reports.summary_pdf import build_summary_pdf
    from station_app.reports.summary_xlsx import write_summary_xlsx

    text = args.week or args.month or args.quarter or args.year
    try:
        period = parse_period(text) if text else period_containing("week", local_today())
    except ValidationError as exc:
        raise UsageError(str(exc)) from exc
    actor = open_actor(args)
    summary = weekly_summary(actor, period, _stations(actor, args.station), as_units=args.station == "all")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # The station's name may come from another PC's bundle: it names a file only once made safe.
    kind = "周报" if period.kind == "week" else "报告"
    stem = safe_file_name(f"{summary.station_name}_{period.key}_{kind}", fallback=period.key)
    pdf_path, xlsx_path = inside(out, f"{stem}.pdf"), inside(out, f"{stem}.xlsx")
    write_pdf(pdf_path, build_summary_pdf(summary).pdf)
    write_summary_xlsx(summary, xlsx_path)
    print(pdf_path)
    print(xlsx_path)
    return 0


def _stations(actor: Actor, code: str | None) -> list[uuid.UUID] | None:
    from station_app.reports.summary import report_stations

    if not code:
        return None
    known = report_stations(actor)
    if code == "all":
        return [station_id for station_id, _, _ in known]
    chosen = [station_id for station_id, station_code, _ in known if station_code == code]
    if not chosen:
        codes = "、".join(station_code for _, station_code, _ in known)
        raise UsageError(f"本库中没有单位代码 {code}（有：{codes}）。")
    return chosen
