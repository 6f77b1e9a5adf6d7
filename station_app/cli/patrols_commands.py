"""`station patrols list|teams|figures|open`: the patrol ledger from scripts."""

from __future__ import annotations

import argparse
import dataclasses

from station_app.cli.main import add_station_option, emit, jsonable, open_actor, station_codes, station_scope
from station_app.core.clock import format_local, to_local
from station_app.patrols.vocab import FINDING_KINDS


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to `station`."""
    patrols = sub.add_parser("patrols", help="巡逻台账").add_subparsers(dest="patrols_command", required=True)
    listing = patrols.add_parser("list", help="列出巡逻记录（新的在前）")
    listing.add_argument("--week", metavar="2026-W48", help="只列出这一周开始的巡逻（周一至周日）")
    listing.add_argument("--team", metavar="NAME", help="只列出这个巡逻队的")
    listing.add_argument("--open", action="store_true", help="只列出尚未结束的巡逻")
    add_station_option(listing)
    listing.add_argument("--limit", type=int, default=200)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    team_list = patrols.add_parser("teams", help="列出巡逻队和队员")
    team_list.add_argument("--json", action="store_true")
    team_list.set_defaults(handler=cmd_teams)
    figures = patrols.add_parser("figures", help="一周的巡逻统计：次数、时长、里程，按队、按人，义警时长")
    figures.add_argument("--week", metavar="2026-W48", help="默认本周")
    figures.add_argument("--json", action="store_true")
    figures.set_defaults(handler=cmd_figures)
    stale = patrols.add_parser("open", help="开始超过 12 小时仍未结束的巡逻（工作台提醒）")
    stale.add_argument("--json", action="store_true")
    stale.set_defaults(handler=cmd_open)



def _span(row) -> str:  # noqa: ANN001
    start = format_local(row.started_at)
    if row.ended_at is None:
        return f"{start} → （进行中）"
    end_local, start_local = to_local(row.ended_at), to_local(row.started_at)
    end = end_local.strftime("%H:%M" if end_local.date() == start_local.date() else "%m-%d %H:%M")
    return f"{start} → {end}"


def _line(row) -> str:  # noqa: ANN001
    hours = f"{row.hours:.1f}小时" if row.hours is not None else "-"
    km = f"{row.distance_km:g}公里" if row.distance_km is not None else "-"
    temperature = f"{row.temperature_c}℃" if row.temperature_c is not None else ""
    weather = " ".join(part for part in (row.weather_text, temperature) if part)
    others = f" 等{row.member_count}人" if row.member_count > 1 else ""
    found = f"  发现{row.findings}" if row.findings else ""
    return (f"{_span(row)}  {hours}  {km}  {row.kind_label}  {row.team_name}  带队 {row.leader_name}{others}"
            f"  {weather or '-'}  {row.places}{found}")


def cmd_list(args: argparse.Namespace) -> int:
    from station_app.patrols.reading import list_patrols
    from station_app.patrols.teams import find_team
    from station_app.patrols.weeks import week_bounds

    actor = open_actor(args)
    start, end = week_bounds(args.week) if args.week else (None, None)
    team_id = find_team(actor, args.team).id if args.team else None
    rows = list_patrols(actor, start, end, team_id, True if args.open else None, args.limit,
                        stations=station_scope(args))
    codes = station_codes()
    data = [jsonable(row) | {"hours": row.hours, "distance_km": row.distance_km,
                              "station": codes.get(str(row.station_id), "")} for row in rows]
    emit(args, data, "\n".join(_line(row) for row in rows) or "（没有巡逻记录）")
    return 0


def cmd_teams(args: argparse.Namespace) -> int:
    from station_app.patrols.teams import list_teams

    teams = list_teams(open_actor(args))
    lines = []
    for team in teams:
        state = "" if team.active else "（已停用）"
        leader = team.leader.name if team.leader else "未指定"
        volunteers = sum(1 for member in team.active_members if member.is_volunteer)
        lines.append(f"{team.name}{state}  {team.kind_label}  队长 {leader}  "
                     f"队员 {len(team.active_members)} 人（义警 {volunteers}）")
        lines += [f"    {member.name}{'（队长）' if member.is_leader else ''}  {member.detail}"
                  for member in team.active_members]
    emit(args, [jsonable(team) for team in teams], "\n".join(lines) or "（还没有巡逻队）")
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from station_app.accounts import permissions
    from station_app.patrols.figures import patrol_figures
    from station_app.patrols.weeks import current_week, week_bounds, week_days

    actor = open_actor(args)
    permissions.require(actor, "patrols.view")
    week = args.week or current_week()
    figures = patrol_figures(actor.station_id, *week_bounds(week))
    monday, sunday = week_days(week)
    under_way = f"（{figures.in_progress} 次进行中）" if figures.in_progress else ""
    found = "、".join(f"{label} {figures.findings.get(key, 0)}" for key, label in FINDING_KINDS.items())
    lines = [f"{week}（{monday} 至 {sunday}）巡逻 {figures.patrols} 次{under_way}，{figures.hours:g} 小时，"
             f"{figures.km:g} 公里；夜间 {figures.night} 次，雪天 {figures.snow} 次",
             f"参加 {figures.people} 人，其中义警 {figures.volunteers} 人、"
             f"义警时长 {figures.volunteer_hours:g} 小时",
             f"发现：{found}；登记纠纷 {figures.cases_opened} 件，帮扶 {figures.people_helped} 人",
             "按队："]
    lines += [f"    {team.name}  {team.patrols} 次  {team.hours:g} 小时  {team.km:g} 公里  义警时长 "
              f"{team.volunteer_hours:g} 小时" for team in figures.teams]
    lines.append("按人：")
    lines += [f"    {person.name}{'（义警）' if person.is_volunteer else ''}  {person.patrols} 次  "
              f"{person.hours:g} 小时  {person.km:g} 公里" for person in figures.persons]
    data = jsonable(figures) | {"week": week}
    data["persons"] = [jsonable(person) | {"is_volunteer": person.is_volunteer}
                       for person in figures.persons]
    emit(args, data, "\n".join(lines))
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from station_app.patrols.attention import attention_items

    items = attention_items(open_actor(args))
    emit(args, [dataclasses.asdict(item) | {"started_at": item.started_at.isoformat(),
                                            "patrol_id": str(item.patrol_id)} for item in items],
         "\n".join(item.text for item in items) or "（没有超过 12 小时未结束的巡逻）")
    return 0
