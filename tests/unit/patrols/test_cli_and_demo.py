"""`station patrols …` outputs and exit codes; the demo patrols; the schema of the patrol tables."""

from __future__ import annotations

import json
from datetime import timedelta

import peewee
import pytest

from station_app.cli.main import main
from station_app.core import db
from station_app.core.actor import command_line_actor
from station_app.core.clock import local_now
from station_app.demo.loader import load_demo
from station_app.patrols import models as patrol_models
from station_app.patrols.figures import patrol_figures
from station_app.patrols.models import Patrol, PatrolFinding
from station_app.patrols.reading import list_patrols
from station_app.patrols.teams import list_teams
from station_app.patrols.weeks import current_week, shift_week, week_bounds
from tests.cli_login import logged_in
from tests.unit.patrols.conftest import Scene, local


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(logged_in(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_scene(sqlite_scene: Scene, sqlite_url: str) -> tuple[Scene, str]:
    scene = sqlite_scene
    scene.patrol(hours_ago=14, length=None, weather="雪", temperature_c=-26)
    scene.patrol(started_at=local("2025-11-30T21:30"), ended_at=local("2025-12-01T02:00"), distance_km="16.5")
    db.close()
    return scene, sqlite_url


def test_list_teams_and_open(cli_scene, capsys) -> None:
    _scene, url = cli_scene
    code, out, err = run(capsys, "--db", url, "patrols", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 2 and "（进行中）" in lines[0] and "雪 -26℃" in lines[0]
    assert lines[1].startswith(
        "2025-11-30 21:30 → 12-01 02:00  4.5小时  16.5公里  日常  红城义警  带队 王警官 等2人")
    code, out, _ = run(capsys, "--db", url, "patrols", "list", "--open", "--json")
    data = json.loads(out)
    assert code == 0 and len(data) == 1 and data[0]["ended_at"] is None and data[0]["team_name"] == "红城义警"
    code, out, _ = run(capsys, "--db", url, "patrols", "list", "--week", "2025-W48", "--team", "雪城义警")
    assert (code, out.strip()) == (0, "（没有巡逻记录）")
    code, out, _ = run(capsys, "--db", url, "patrols", "teams")
    assert "红城义警  义警/群防队  队长 王警官  队员 3 人（义警 2）" in out
    assert "巴特尔·额尔敦  义警 查干陶勒盖嘎查 139****1234" in out
    code, out, _ = run(capsys, "--db", url, "patrols", "open")
    assert code == 0 and "已 14 小时未结束（带队：王警官）" in out


def test_figures_of_a_week(cli_scene, capsys) -> None:
    _scene, url = cli_scene
    code, out, _ = run(capsys, "--db", url, "patrols", "figures", "--week", "2025-W48", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["week"], data["patrols"], data["hours"], data["km"], data["volunteer_hours"]) == (
        "2025-W48", 1, 4.5, 16.5, 4.5)
    assert data["start_utc"] == "2025-11-23T16:00:00"
    assert [(person["name"], person["is_volunteer"]) for person in data["persons"]] == [
        ("巴特尔·额尔敦", True), ("王警官", False)]
    code, text, _ = run(capsys, "--db", url, "patrols", "figures", "--week", "2025-W48")
    assert text.splitlines()[:2] == [
        "2025-W48（2025-11-24 至 2025-11-30）巡逻 1 次，4.5 小时，16.5 公里；夜间 0 次，雪天 0 次",
        "参加 2 人，其中义警 1 人、义警时长 4.5 小时"]
    assert "    红城义警  1 次  4.5 小时  16.5 公里  义警时长 4.5 小时" in text
    assert "    巴特尔·额尔敦（义警）  1 次  4.5 小时  16.5 公里" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("patrols", "list", "--week", "2026-W99"), "2026 年没有第 99 周。"),
        (("patrols", "list", "--week", "48"), "周次格式不对：48（应为 2026-W48）。"),
        (("patrols", "list", "--team", "无此队"), "找不到名为“无此队”的巡逻队。"),
    ],
)
def test_bad_arguments_fail_with_one_line(cli_scene, capsys, args, message) -> None:
    _scene, url = cli_scene
    code, out, err = run(capsys, "--db", url, *args)
    assert (code, out) == (1, "")
    assert err.strip() == f"错误：{message}"


def test_the_demo_has_every_kind_of_patrol_and_is_not_loaded_twice(sqlite_admin) -> None:
    from station_app.demo.patrols import PLANS, load_demo_patrols

    load_demo(seed=3, residents=300, actor=sqlite_admin)
    actor = command_line_actor(sqlite_admin.station_id)
    added = load_demo_patrols(actor, seed=3, weeks=4)
    teams = list_teams(actor)
    assert sorted(team.name for team in teams) == sorted(plan.name for plan in PLANS)
    assert {team.kind for team in teams} == {"police", "volunteer", "joint", "border"}
    assert all(team.leader is not None for team in teams)
    assert any(member.is_volunteer for team in teams for member in team.members)
    assert any(not member.is_volunteer for team in teams for member in team.members)
    rows = list_patrols(actor, limit=1000)
    assert len(rows) == added > 30
    assert {row.kind for row in rows} == {"routine", "night", "peak", "border", "school", "holiday"}
    overnight = [row for row in rows if row.ended_at and
                 (row.ended_at + timedelta(hours=8)).date() > (row.started_at + timedelta(hours=8)).date()]
    assert overnight
    assert any("雪" in row.weather_text for row in rows)
    assert PatrolFinding.select().where(PatrolFinding.case.is_null(False)).count() >= 1
    assert {finding.kind for finding in PatrolFinding.select()} >= {"hazard", "opinion", "dispute"}
    assert sum(1 for row in rows if row.in_progress) == 2
    # nothing in the future, nothing over 24 hours
    now = local_now() - timedelta(hours=8)
    assert all(row.started_at <= now + timedelta(minutes=1) for row in rows)
    assert all(row.hours is None or row.hours <= 24 for row in rows)
    assert load_demo_patrols(actor, seed=3, weeks=4) == 0  # the same weeks are not filled again
    figures = patrol_figures(actor.station_id, *week_bounds(shift_week(current_week(), -1)))
    assert figures.patrols > 10 and figures.volunteer_hours > 0


@pytest.mark.parametrize("model", [patrol_models.PatrolTeam, patrol_models.TeamMember, Patrol,
                                   patrol_models.PatrolMember, patrol_models.PatrolArea, PatrolFinding])
def test_live_models_match_the_migrated_tables(opened, model: type[peewee.Model]) -> None:
    columns = {column.name for column in db.current().get_columns(model._meta.table_name)}
    assert {field.column_name for field in model._meta.sorted_fields} == columns
    indexes = {tuple(index.columns) for index in db.current().get_indexes(model._meta.table_name)}
    for field in model._meta.sorted_fields:
        if isinstance(field, peewee.ForeignKeyField) or field.index:
            assert any(columns_[0] == field.column_name for columns_ in indexes), field.name
