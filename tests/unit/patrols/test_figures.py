"""Figures for a week: per team, per person, volunteer hours; the dashboard's forgotten patrols."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from station_app.core.clock import local_now, utcnow
from station_app.core.errors import ValidationError
from station_app.patrols import attention, findings, service
from station_app.patrols.figures import patrol_figures
from station_app.patrols.reading import get_patrol
from station_app.patrols.weeks import current_week, shift_week, week_bounds, week_days, week_label
from station_app.residents import service as residents
from tests.unit.patrols.conftest import Scene, local

WEEK = "2025-W48"  # Monday 2025-11-24 … Sunday 2025-11-30


def log(scene: Scene, team, start: str, end: str, names: list[str], **details):  # noqa: ANN001, ANN201
    return service.log_patrol(scene.actor, {
        "team_id": team.id, "started_at": local(start), "ended_at": local(end),
        "members": [scene.member(name, team) for name in names], "route": "村道", **details})


def test_week_bounds_are_local_monday_to_monday() -> None:
    assert week_bounds("2026-W48") == (datetime(2026, 11, 22, 16, 0), datetime(2026, 11, 29, 16, 0))
    assert week_bounds("2026w48") == week_bounds("2026-W48")
    assert week_days(WEEK) == (datetime(2025, 11, 24).date(), datetime(2025, 11, 30).date())
    assert shift_week("2026-W01", -1) == "2025-W52"
    assert week_label(datetime(2021, 1, 3).date()) == "2020-W53"
    assert current_week() == week_label(local_now().date())
    for bad in ("2026-48", "2026-W54", ""):
        with pytest.raises(ValidationError):
            week_bounds(bad)


def test_figures_per_team_and_per_person(scene: Scene) -> None:
    red, snow = scene.team, scene.other
    log(scene, red, "2025-11-24T09:00", "2025-11-24T12:00", ["王警官", "巴特尔·额尔敦"], distance_km=10)
    log(scene, red, "2025-11-30T22:00", "2025-12-01T02:30", ["王警官", "巴特尔·额尔敦", "乌云其木格"],
        distance_km="20.5", weather="雪、大风")  # overnight into the next week: counted here
    log(scene, snow, "2025-11-27T14:00", "2025-11-27T16:00", ["萨仁", "李辅警"], kind="school", distance_km=3)
    log(scene, snow, "2025-12-01T14:00", "2025-12-01T16:00", ["萨仁"])  # next week
    log(scene, red, "2025-11-23T23:00", "2025-11-24T01:00", ["王警官"])  # started the week before
    figures = patrol_figures(scene.actor.station_id, *week_bounds(WEEK))
    assert (figures.patrols, figures.in_progress, figures.hours, figures.km) == (3, 0, 9.5, 33.5)
    assert (figures.night, figures.snow, figures.by_kind) == (1, 1, {"routine": 1, "night": 1, "school": 1})
    assert figures.person_hours == 3 * 2 + 4.5 * 3 + 2 * 2
    assert figures.volunteer_hours == 3 + 4.5 * 2 + 2  # 巴特尔 7.5, 乌云其木格 4.5, 萨仁 2
    assert (figures.people, figures.volunteers) == (5, 3)
    by_team = {team.name: team for team in figures.teams}
    assert [team.name for team in figures.teams] == ["红城义警", "雪城义警"]  # most hours first
    red_team, snow_team = by_team["红城义警"], by_team["雪城义警"]
    assert (red_team.patrols, red_team.hours, red_team.km) == (2, 7.5, 30.5)
    assert red_team.volunteer_hours == 12 and red_team.volunteers == 2
    assert (snow_team.hours, snow_team.volunteer_hours, snow_team.people) == (2, 2, 2)
    people = {person.name: person for person in figures.persons}
    wang = people["王警官"]
    assert (wang.patrols, wang.hours, wang.km, wang.led) == (2, 7.5, 30.5, 2)
    assert [person.name for person in figures.volunteer_persons] == ["巴特尔·额尔敦", "乌云其木格", "萨仁"]
    assert people["萨仁"].teams == ["雪城义警"] and not people["李辅警"].is_volunteer


def test_a_patrol_under_way_counts_without_hours_and_findings_are_totalled(scene: Scene) -> None:
    open_patrol = scene.patrol(hours_ago=3, length=None)
    ended = scene.patrol(hours_ago=6, length=2, distance_km=8)
    findings.add_finding(scene.actor, open_patrol.id, {"kind": "help", "description": "送迷路老人回家",
                                                       "people_helped": 1})
    dispute = {"kind": "dispute", "description": "两户争吵", "category": "邻里纠纷",
               "found_at": local_now() - timedelta(hours=5)}
    findings.add_finding(scene.actor, ended.id, dispute, [{"resident_id": scene.volunteers["萨仁"]}])
    figures = patrol_figures(scene.actor.station_id, utcnow() - timedelta(days=1), utcnow())
    assert (figures.patrols, figures.in_progress, figures.hours, figures.km) == (2, 1, 2, 8)
    assert figures.findings == {"hazard": 0, "dispute": 1, "opinion": 0, "help": 1}
    assert (figures.cases_opened, figures.people_helped) == (1, 1)
    empty = patrol_figures(scene.actor.station_id, *week_bounds(WEEK))
    assert (empty.patrols, empty.hours, empty.teams, empty.persons) == (0, 0, [], [])


def test_a_merged_volunteer_is_one_person_in_the_figures(scene: Scene) -> None:
    batu = scene.volunteers["巴特尔·额尔敦"]
    twin = residents.create_resident(scene.actor, {"name": "巴特尔·额尔敦", "phone": "13904821234"}).id
    team = scene.team
    from station_app.patrols import teams

    members = [{"account_id": scene.officer, "is_leader": True}, {"resident_id": batu}, {"resident_id": twin}]
    team = teams.update_team(scene.actor, team.id, team.version, {"name": team.name, "kind": team.kind},
                             members)
    patrol = log(scene, team, "2025-11-25T09:00", "2025-11-25T11:00", ["王警官"], members=[
        {"resident_id": batu}, {"resident_id": twin}, {"account_id": scene.officer}])
    residents.merge_residents(scene.actor, batu, twin)
    on_patrol = get_patrol(scene.actor, patrol.id).people
    assert [person.name for person in on_patrol] == ["王警官", "巴特尔·额尔敦"]  # once, not twice
    figures = patrol_figures(scene.actor.station_id, *week_bounds(WEEK))
    assert [(person.name, person.hours) for person in figures.volunteer_persons] == [("巴特尔·额尔敦", 2)]
    assert len(teams.get_team(scene.actor, team.id).members) == 3  # the twin's place folded into batu's


def test_the_dashboard_lists_patrols_left_open_for_over_12_hours(scene: Scene) -> None:
    forgotten = scene.patrol(hours_ago=13, length=None)
    scene.patrol(hours_ago=11, length=None)  # still a normal night out
    scene.patrol(hours_ago=30, length=3)  # ended
    items = attention.attention_items(scene.actor)
    assert [item.patrol_id for item in items] == [forgotten.id]
    assert items[0].open_hours == 13 and items[0].leader_name == "王警官"
    assert items[0].text.startswith("红城义警 日常巡逻 ")
    assert "已 13 小时未结束（带队：王警官）" in items[0].text
    service.end_patrol(scene.actor, forgotten.id, forgotten.version,
                       {"ended_at": local_now() - timedelta(hours=9)})
    assert attention.attention_items(scene.actor) == []
