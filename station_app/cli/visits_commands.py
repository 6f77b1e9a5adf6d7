"""`station visits list|figures` and `station outreach list`: household visits and 普法宣传 events.

    station visits list [--week 2026-W48] [--query 巴特尔] [--limit N] [--json]
    station visits figures [--week 2026-W48] [--json]      # the weekly report's numbers
    station outreach list [--week 2026-W48] [--query 禁毒] [--limit N] [--json]

Without --week every record is listed (newest first); figures default to the current week.
"""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date

from station_app.cli.main import UsageError, add_station_option, emit, open_actor, station_scope


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to `station`."""
    visits = sub.add_parser("visits", help="走访台账（百万警进千万家）").add_subparsers(
        dest="visits_command", required=True)
    listing = visits.add_parser("list", help="列出走访记录（新的在前）")
    _common(listing)
    listing.set_defaults(handler=cmd_visits_list)
    figures = visits.add_parser("figures", help="一周的走访和普法宣传数字（默认本周）")
    figures.add_argument("--week", metavar="YYYY-Www", help="ISO 周，如 2026-W48")
    figures.add_argument("--json", action="store_true")
    figures.set_defaults(handler=cmd_visits_figures)

    outreach = sub.add_parser("outreach", help="普法宣传活动").add_subparsers(
        dest="outreach_command", required=True)
    events = outreach.add_parser("list", help="列出普法宣传活动（新的在前）")
    _common(events)
    events.set_defaults(handler=cmd_outreach_list)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--week", metavar="YYYY-Www", help="只列出某一周（ISO 周，如 2026-W48）")
    parser.add_argument("--query", default="", help="姓名、地点、主题或其他文字")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    add_station_option(parser)


def _week(text: str | None) -> tuple[date, date] | tuple[None, None]:
    from station_app.visits.figures import parse_week

    if not text:
        return None, None
    try:
        return parse_week(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def _jsonable(row: object) -> dict[str, object]:
    data = dataclasses.asdict(row)  # type: ignore[call-overload]
    return {key: (value.isoformat() if isinstance(value, date) else str(value) if key == "id"
                  else list(value) if isinstance(value, tuple) else value) for key, value in data.items()}


def cmd_visits_list(args: argparse.Namespace) -> int:
    from station_app.visits.visits import list_visits

    start, end = _week(args.week)
    actor = open_actor(args)
    rows = list_visits(actor, start, end, args.query, limit=args.limit, stations=station_scope(args))
    lines = [
        f"{row.visited_on.isoformat()}  {row.officer_name}  {row.households} 户  {row.people}"
        + (f"  发现 {row.findings} 条" if row.findings else "")
        + (f"（纠纷 {row.disputes}）" if row.disputes else "")
        + (f"  宣传：{'、'.join(row.publicity_topics)}" if row.publicity_topics else "")
        for row in rows
    ] or ["（没有走访记录）"]
    emit(args, [_jsonable(row) for row in rows], "\n".join(lines))
    return 0


def cmd_outreach_list(args: argparse.Namespace) -> int:
    from station_app.visits.outreach import list_events

    start, end = _week(args.week)
    actor = open_actor(args)
    rows = list_events(actor, start, end, args.query, limit=args.limit, stations=station_scope(args))
    lines = [
        f"{row.held_on.isoformat()}  {row.place}  {'、'.join(row.topics)}  受众 {row.audience} 人"
        + (f"  照片 {row.photos} 张" if row.photos else "")
        for row in rows
    ] or ["（没有普法宣传记录）"]
    emit(args, [_jsonable(row) for row in rows], "\n".join(lines))
    return 0


def cmd_visits_figures(args: argparse.Namespace) -> int:
    from station_app.core.clock import local_today
    from station_app.visits.figures import utc_window, visit_figures, week_of
    from station_app.visits.vocab import FINDING_KINDS

    actor = open_actor(args)
    week = args.week or week_of(local_today())
    first, last = _week(week)
    assert first is not None and last is not None
    figures = visit_figures(actor.home, *utc_window(first, last))
    found = "、".join(f"{FINDING_KINDS[kind]} {number}" for kind, number in figures.findings_by_kind.items()
                     if number)
    text = "\n".join([
        f"{week}（{first.isoformat()} 至 {last.isoformat()}）",
        f"走访 {figures.visits} 次，入户 {figures.households} 户，见到居民 {figures.residents} 人",
        f"发现问题：{found or '无'}；开立矛盾纠纷 {figures.cases_opened} 件",
        f"入户宣传 {figures.publicity_visits} 次，发放资料 {figures.materials} 份",
        f"普法宣传活动 {figures.events} 场，受众 {figures.audience} 人",
    ])
    emit(args, {"week": week, "first_day": first.isoformat(), "last_day": last.isoformat(),
                **dataclasses.asdict(figures)}, text)
    return 0
