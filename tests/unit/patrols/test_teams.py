"""Teams: members are accounts and resident volunteers, one leader, people who leave are kept."""

from __future__ import annotations

import pytest

from station_app.accounts.service import create_account
from station_app.audit.chain import verify_chain
from station_app.core.actor import Actor
from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.patrols import service, teams
from station_app.residents.models import Resident
from tests.unit.patrols.conftest import Scene


def test_a_team_lists_its_leader_first_then_officers_then_volunteers(scene: Scene) -> None:
    team = teams.get_team(scene.actor, scene.team.id)
    assert [member.name for member in team.members] == ["王警官", "乌云其木格", "巴特尔·额尔敦"]
    assert team.leader.name == "王警官"
    assert team.kind_label == "义警/群防队"
    batu = next(member for member in team.members if member.name == "巴特尔·额尔敦")
    assert batu.is_volunteer and batu.detail == "义警 查干陶勒盖嘎查 139****1234"
    assert next(member for member in team.members if member.name == "王警官").detail == "民警"


@pytest.mark.parametrize(
    ("details", "members", "field", "message"),
    [
        ({"name": "", "kind": "volunteer"}, None, "name", "请填写巡逻队名称"),
        ({"name": "红城义警", "kind": "volunteer"}, None, "name", "已有名为“红城义警”的巡逻队"),
        ({"name": "神山义警", "kind": "army"}, None, "kind", "请选择队伍类型"),
        ({"name": "神山义警", "kind": "volunteer"}, [], "members", "请至少添加一名队员"),
        ({"name": "神山义警", "kind": "volunteer"}, "no leader", "leader", "请指定一名队长"),
        ({"name": "神山义警", "kind": "volunteer"}, "two leaders", "leader", "一个队只能有一名队长"),
        ({"name": "神山义警", "kind": "volunteer"}, "twice", "members", "重复"),
    ],
)
def test_bad_teams_are_refused_with_the_reason(scene: Scene, details, members, field, message) -> None:
    saren, batu = scene.volunteers["萨仁"], scene.volunteers["巴特尔·额尔敦"]
    members = {
        None: [{"resident_id": saren, "is_leader": True}],
        "no leader": [{"resident_id": saren}],
        "two leaders": [{"resident_id": saren, "is_leader": True}, {"resident_id": batu, "is_leader": True}],
        "twice": [{"resident_id": saren, "is_leader": True}, {"resident_id": saren}],
    }.get(members, members) if not isinstance(members, list) else members
    with pytest.raises(ValidationError) as caught:
        teams.create_team(scene.actor, details, members)
    assert message in caught.value.errors[field]
    assert len(teams.list_teams(scene.actor)) == 2


def test_a_volunteer_not_yet_registered_is_registered_with_the_team(scene: Scene) -> None:
    new_person = {"name": "包音德力格尔", "id_number": "152222199001011233"}
    team = teams.create_team(scene.actor, {"name": "神山义警", "kind": "volunteer", "note": "阿尔山林区"},
                             [{"resident": new_person, "is_leader": True}])
    assert team.leader.name == "包音德力格尔" and team.leader.is_volunteer
    assert Resident.select().where(Resident.name == "包音德力格尔").count() == 1
    again = teams.create_team(scene.actor, {"name": "红枫巡防队", "kind": "joint"},
                              [{"resident": new_person, "is_leader": True}])
    assert again.leader.person_id == team.leader.person_id  # matched by ID number, not registered twice


def test_a_bad_new_volunteer_names_the_row(scene: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        teams.create_team(scene.actor, {"name": "神山义警", "kind": "volunteer"},
                          [{"account_id": scene.officer, "is_leader": True},
                           {"resident": {"name": "包音德力格尔", "id_number": "152222199001011234"}}])
    errors = caught.value.errors
    assert any(key.startswith("members.1") and "第 2 位队员" in text for key, text in errors.items())
    assert Resident.select().where(Resident.name == "包音德力格尔").count() == 0


def test_people_who_leave_stay_on_record_and_can_come_back(scene: Scene) -> None:
    team = scene.team
    kept = [{"account_id": scene.officer, "is_leader": True},
            {"resident_id": scene.volunteers["巴特尔·额尔敦"]}]
    joint = {"name": "红城义警", "kind": "joint"}
    changed = teams.update_team(scene.actor, team.id, team.version, joint, kept)
    assert changed.kind == "joint" and changed.version == team.version + 1
    assert [member.name for member in changed.active_members] == ["王警官", "巴特尔·额尔敦"]
    assert [member.name for member in changed.members if not member.active] == ["乌云其木格"]
    back = teams.update_team(scene.actor, team.id, changed.version, {"name": "红城义警", "kind": "joint"},
                             [*kept, {"resident_id": scene.volunteers["乌云其木格"], "is_leader": False}])
    assert len(back.active_members) == 3 and len(back.members) == 3


def test_a_stale_version_is_refused(scene: Scene) -> None:
    team = scene.team
    members = [{"account_id": scene.officer, "is_leader": True}]
    first = {"name": "红城义警", "kind": "volunteer", "note": "甲"}
    teams.update_team(scene.actor, team.id, team.version, first, members)
    with pytest.raises(ConflictError):
        teams.update_team(scene.actor, team.id, team.version, {"name": "红城义警", "kind": "volunteer",
                                                               "note": "乙"}, members)


def test_a_stopped_team_takes_no_new_patrols(scene: Scene) -> None:
    stopped = teams.set_team_active(scene.actor, scene.team.id, scene.team.version, False)
    assert not stopped.active
    assert [team.name for team in teams.list_teams(scene.actor, include_inactive=False)] == ["雪城义警"]
    with pytest.raises(ValidationError) as caught:
        scene.patrol()
    assert caught.value.errors["team_id"] == "“红城义警”已停用，不能再记录新的巡逻。"
    assert verify_chain().ok


@pytest.mark.parametrize("role", ["grid_worker", "readonly"])
def test_only_officers_and_auxiliaries_manage_teams(scene: Scene, role: str) -> None:
    info = create_account(scene.actor, f"user{role[:4]}", "某人", role, "Pass12345")
    someone = Actor(info.id, info.username, info.full_name, role, scene.actor.station_id)
    with pytest.raises(PermissionDenied):
        teams.create_team(someone, {"name": "神山义警", "kind": "volunteer"},
                          [{"account_id": info.id, "is_leader": True}])
    with pytest.raises(PermissionDenied):
        service.start_patrol(someone, {"team_id": scene.team.id})
    assert [team.name for team in teams.list_teams(someone)] == ["红城义警", "雪城义警"]  # may look
