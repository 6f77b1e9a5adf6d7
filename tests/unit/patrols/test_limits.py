"""5,000 pasted characters are never stored: every text field of a team, a patrol and a finding
has a limit, refused by the service naming the field with the usual message; nothing is written.
(Vehicles were cut to 200 characters without a word; now they are refused too.)"""

from __future__ import annotations

import pytest

from station_app.core.errors import ValidationError
from station_app.patrols import findings, limits, service, teams
from station_app.patrols.models import Patrol, PatrolFinding, PatrolTeam
from station_app.residents.models import Resident
from tests.unit.patrols.conftest import Scene

PASTED = "长" * 5000


def message(limit: int) -> str:
    return f"内容过长（最多 {limit} 个字）。"


@pytest.mark.parametrize("field", list(limits.TEAM))
def test_a_team_field_over_its_limit_is_refused(sqlite_scene: Scene, field: str) -> None:
    details = {"name": "白城义警", "kind": "volunteer", field: PASTED}
    with pytest.raises(ValidationError) as caught:
        teams.create_team(sqlite_scene.actor, details,
                          [{"account_id": sqlite_scene.officer, "is_leader": True}])
    assert caught.value.errors[field] == message(limits.TEAM[field])
    assert PatrolTeam.select().count() == 2
    team = sqlite_scene.team
    assert team is not None
    with pytest.raises(ValidationError) as caught:
        teams.update_team(sqlite_scene.actor, team.id, team.version, {"name": team.name, "kind": "volunteer",
                                                                        field: PASTED},
                          [{f"{member.person_kind}_id": member.person_id, "is_leader": member.is_leader}
                           for member in team.members])
    assert caught.value.errors[field] == message(limits.TEAM[field])
    stored = PatrolTeam.get_by_id(team.id)
    assert (stored.name, stored.note, stored.version) == (team.name, "", team.version)


def test_a_new_volunteer_with_a_pasted_name_is_refused(sqlite_scene: Scene) -> None:
    residents = Resident.select().count()
    with pytest.raises(ValidationError) as caught:
        teams.create_team(sqlite_scene.actor, {"name": "白城义警", "kind": "volunteer"},
                          [{"account_id": sqlite_scene.officer, "is_leader": True},
                           {"resident": {"name": PASTED}}])
    assert caught.value.errors["members.1.name"] == "第 2 位队员：" + message(100)
    assert Resident.select().count() == residents and PatrolTeam.select().count() == 2


@pytest.mark.parametrize("field", list(limits.PATROL))
def test_a_patrol_field_over_its_limit_is_refused(sqlite_scene: Scene, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        sqlite_scene.patrol(**{field: PASTED})
    assert caught.value.errors[field] == message(limits.PATROL[field])
    under_way = sqlite_scene.patrol(hours_ago=1, length=None)
    if field == "note":
        with pytest.raises(ValidationError) as caught:
            service.end_patrol(sqlite_scene.actor, under_way.id, under_way.version, {"note": PASTED})
        assert caught.value.errors["note"] == message(limits.PATROL["note"])
    assert Patrol.select().count() == 1 and Patrol.get_by_id(under_way.id).ended_at is None


@pytest.mark.parametrize("field", list(limits.FINDING))
def test_a_finding_field_over_its_limit_is_refused(sqlite_scene: Scene, field: str) -> None:
    patrol = sqlite_scene.patrol(hours_ago=2, length=None)
    with pytest.raises(ValidationError) as caught:
        findings.add_finding(sqlite_scene.actor, patrol.id,
                             {"kind": "hazard", "description": "村道积雪结冰", field: PASTED})
    assert caught.value.errors[field] == message(limits.FINDING[field])
    assert PatrolFinding.select().count() == 0
