"""The patrol log: start now and end later, overnight patrols, patrols entered afterwards, and
every bad input refused with a message the officer can act on."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station_app.core.clock import local_now
from station_app.core.errors import ConflictError, ValidationError
from station_app.patrols import service, teams
from station_app.patrols.inputs import LongPatrol
from station_app.patrols.reading import get_patrol, list_patrols
from station_app.patrols.service import PatrolAlreadyEnded
from station_app.patrols.weeks import week_bounds
from tests.unit.patrols.conftest import Scene, local


def test_start_now_and_end_later(scene: Scene) -> None:
    started = scene.patrol(hours_ago=2, length=None, weather="雪、大风", temperature_c="零下28",
                           vehicles="警车 蒙G·1234")
    assert started.row.in_progress and started.row.hours is None
    assert started.row.leader_name == "王警官"  # the team's leader leads when present
    assert started.row.weather == ("雪", "大风") and started.row.temperature_c == -28
    assert [row.id for row in list_patrols(scene.actor, in_progress=True)] == [started.id]
    ended = service.end_patrol(scene.actor, started.id, started.version, {"distance_km": "12.5公里"})
    assert not ended.row.in_progress
    assert ended.row.distance_m == 12_500 and ended.row.distance_km == 12.5
    assert ended.row.hours == pytest.approx(2, abs=0.02)
    assert ended.ended_by == scene.actor.full_name and not ended.entered_afterwards
    with pytest.raises(PatrolAlreadyEnded, match="这次巡逻已于"):
        service.end_patrol(scene.actor, ended.id, ended.version, {})


def test_an_overnight_patrol_crosses_midnight(scene: Scene) -> None:
    patrol = service.log_patrol(scene.actor, {
        "team_id": scene.team.id, "started_at": local("2025-11-30T22:00"),
        "ended_at": local("2025-12-01T04:30"),
        "members": [scene.member("王警官"), scene.member("乌云其木格")], "area_ids": [scene.village],
        "weather": ["雪"], "temperature_c": -31, "distance_km": 18})
    assert patrol.row.kind == "night"  # from the start hour, when no kind is given
    assert patrol.row.hours == 6.5 and patrol.entered_afterwards
    assert patrol.areas[0][1] == "高力板镇 / 查干陶勒盖嘎查"
    # it belongs to the week it started in (2025-W48 ends on Sunday 2025-11-30)
    assert [row.id for row in list_patrols(scene.actor, *week_bounds("2025-W48"))] == [patrol.id]
    assert list_patrols(scene.actor, *week_bounds("2025-W49")) == []


def test_an_end_before_the_start_is_refused_with_a_hint_for_overnight_patrols(scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        scene.patrol(started_at=local("2025-11-30T22:00"), ended_at=local("2025-11-30T04:30"))
    assert caught.value.errors["ended_at"] == "结束时间须晚于开始时间。跨夜巡逻请把结束日期改为第二天。"
    with pytest.raises(ValidationError) as caught:
        scene.patrol(started_at=local("2025-11-30T22:00"), ended_at=local("2025-11-29T23:00"))
    assert caught.value.errors["ended_at"] == "结束时间须晚于开始时间。"
    assert list_patrols(scene.actor) == []


def test_more_than_24_hours_needs_a_confirmation(scene: Scene) -> None:
    details = {"started_at": local("2025-11-28T08:00"), "ended_at": local("2025-11-29T14:30")}
    with pytest.raises(LongPatrol) as caught:
        scene.patrol(**details)
    assert caught.value.hours == 30.5
    assert "30.5 小时，超过 24 小时" in caught.value.message
    assert list_patrols(scene.actor) == []
    values = {"team_id": scene.team.id, "members": [scene.member("王警官")], "route": "边境线 3 号界桩",
              **details}
    saved = service.log_patrol(scene.actor, values, confirm=True)
    assert saved.row.hours == 30.5
    # ending a forgotten patrol asks the same question
    forgotten = scene.patrol(hours_ago=40, length=None)
    with pytest.raises(LongPatrol):
        service.end_patrol(scene.actor, forgotten.id, forgotten.version, {})
    fixed = service.end_patrol(scene.actor, forgotten.id, forgotten.version,
                               {"ended_at": local_now() - timedelta(hours=36)})
    assert fixed.row.hours == pytest.approx(4, abs=0.02)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("distance_km", "-3", "里程不能为负数。"),
        ("distance_km", -0.5, "里程不能为负数。"),
        ("distance_km", "十二", "里程请填写数字（公里），如 12.5。"),
        ("distance_km", "5000", "里程超过 2000 公里，请核对（单位是公里）。"),
        ("temperature_c", "-75", "气温应在 -60℃ 到 50℃ 之间，请核对。"),
        ("temperature_c", "很冷", "气温请填写数字（摄氏度），如 -28。"),
        ("kind", "巡查", "请选择巡逻类型：日常、夜间、重点时段、边境、护学、节日"),
        ("weather", "大雪转暴雪伴有七级大风", "天气请用简短的词，如：雪、大风、严寒。"),
        ("started_at", "昨天", "开始时间无法识别，请写成 2026-11-28 21:30。"),
    ],
)
def test_bad_values_are_refused_with_the_reason(scene: Scene, field: str, value: object,
                                                message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        scene.patrol(**{field: value})
    assert caught.value.errors[field] == message
    assert list_patrols(scene.actor) == []


@pytest.mark.parametrize(("typed", "metres"), [("12.5", 12_500), ("１２km", 12_000), (" 0 ", 0), (7, 7_000)])
def test_distances_as_typed(scene: Scene, typed: object, metres: int) -> None:
    assert scene.patrol(distance_km=typed).row.distance_m == metres


@pytest.mark.parametrize(("typed", "degrees"), [("−28℃", -28), ("零下30度", -30), ("-5.4", -5), ("", None)])
def test_temperatures_as_typed(scene: Scene, typed: object, degrees: int | None) -> None:
    assert scene.patrol(temperature_c=typed).row.temperature_c == degrees


def test_times_in_the_future_are_refused(scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        scene.patrol(hours_ago=-2, length=None)
    assert caught.value.errors["started_at"] == "开始时间不能晚于现在。"
    with pytest.raises(ValidationError) as caught:
        scene.patrol(hours_ago=1, length=3)
    assert caught.value.errors["ended_at"] == "结束时间不能晚于现在。"


def test_people_not_in_the_team_are_named(scene: Scene) -> None:
    outsider = scene.member("萨仁", scene.other)  # 雪城义警's leader
    with pytest.raises(ValidationError) as caught:
        scene.patrol(members=[scene.member("王警官"), outsider])
    assert caught.value.errors["members"] == "萨仁 不是“红城义警”的队员，请先在巡逻队中添加。"
    with pytest.raises(ValidationError) as caught:
        scene.patrol(members=[{"resident_id": scene.volunteers["萨仁"]}])
    assert "萨仁 不是“红城义警”的队员" in caught.value.errors["members"]
    team = scene.team
    teams.update_team(scene.actor, team.id, team.version, {"name": team.name, "kind": team.kind},
                      [{"account_id": scene.officer, "is_leader": True}])
    with pytest.raises(ValidationError) as caught:
        scene.patrol()
    assert caught.value.errors["members"] == "巴特尔·额尔敦 已离开“红城义警”。"


def test_leader_members_and_place_are_required_together(scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        scene.patrol(members=[], area_ids=[], route="", distance_km="-1")
    assert set(caught.value.errors) == {"members", "area_ids", "distance_km"}  # all at once
    assert caught.value.errors["area_ids"] == "请选择巡逻区域（镇/嘎查/网格），或填写巡逻路线。"
    with pytest.raises(ValidationError) as caught:
        scene.patrol(members=[scene.member("巴特尔·额尔敦")], leader=scene.member("王警官"))
    assert caught.value.errors["leader"] == "带队人须是本次参加巡逻的人员。"
    led = scene.patrol(members=[scene.member("巴特尔·额尔敦"), scene.member("乌云其木格")])
    assert led.row.leader_name == "巴特尔·额尔敦"  # the team leader is absent: the first chosen leads
    chosen = scene.patrol(leader=scene.member("巴特尔·额尔敦"))
    assert chosen.leader.name == "巴特尔·额尔敦" and chosen.row.volunteer_count == 1


def test_a_correction_keeps_someone_who_has_left_the_team_since(scene: Scene) -> None:
    patrol = scene.patrol(hours_ago=30)
    team = scene.team
    teams.update_team(scene.actor, team.id, team.version, {"name": team.name, "kind": team.kind},
                      [{"account_id": scene.officer, "is_leader": True}])
    details = {"team_id": team.id, "started_at": local_now() - timedelta(hours=30),
               "ended_at": local_now() - timedelta(hours=26), "kind": "peak",
               "members": [{"account_id": scene.officer}, {"resident_id": scene.volunteers["巴特尔·额尔敦"]}],
               "area_ids": [scene.grid, scene.village], "route": "", "distance_km": "9.5", "note": "集市人多"}
    fixed = service.update_patrol(scene.actor, patrol.id, patrol.version, details)
    assert fixed.row.kind_label == "重点时段" and fixed.row.hours == pytest.approx(4, abs=0.02)
    assert [name for _id, name in fixed.areas] == [
        "高力板镇 / 查干陶勒盖嘎查 / 第1网格", "高力板镇 / 查干陶勒盖嘎查"]
    assert [person.name for person in fixed.people] == ["王警官", "巴特尔·额尔敦"]
    with pytest.raises(ConflictError):
        service.update_patrol(scene.actor, patrol.id, patrol.version, details)
    assert get_patrol(scene.actor, patrol.id).version == patrol.version + 1


def test_ending_with_a_stale_version_is_refused(scene: Scene) -> None:
    patrol = scene.patrol(hours_ago=3, length=None)
    service.end_patrol(scene.actor, patrol.id, patrol.version, {"distance_km": 4})
    with pytest.raises((ConflictError, PatrolAlreadyEnded)):
        service.end_patrol(scene.actor, patrol.id, patrol.version, {"distance_km": 5})
    assert get_patrol(scene.actor, patrol.id).row.distance_m == 4000


def test_lists_page_newest_first_and_filter_by_team(scene: Scene) -> None:
    older = scene.patrol(hours_ago=30)
    newer = scene.patrol(hours_ago=10)
    snow = service.log_patrol(scene.actor, {
        "team_id": scene.other.id, "started_at": local_now() - timedelta(hours=20),
        "ended_at": local_now() - timedelta(hours=18), "members": [scene.member("萨仁", scene.other)],
        "route": "林区防火道"})
    assert [row.id for row in list_patrols(scene.actor)] == [newer.id, snow.id, older.id]
    assert [row.id for row in list_patrols(scene.actor, limit=2, offset=1)] == [snow.id, older.id]
    assert [row.id for row in list_patrols(scene.actor, team_id=scene.other.id)] == [snow.id]
    assert list_patrols(scene.actor, in_progress=True) == []
    assert snow.row.places == "林区防火道" and snow.row.leader_name == "萨仁"
