"""Findings: a dispute found on patrol becomes a mediation case in the same step, linked both ways;
a failure leaves neither behind."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station_app.audit.chain import verify_chain
from station_app.core.clock import local_now
from station_app.core.errors import ValidationError
from station_app.mediation.cases import get_case, list_cases
from station_app.patrols import findings
from station_app.patrols.models import PatrolFinding
from station_app.patrols.reading import finding_for_case, get_patrol
from station_app.residents.models import Resident
from tests.unit.patrols.conftest import Scene


def test_a_hazard_and_help_given_are_recorded_on_the_patrol(scene: Scene) -> None:
    patrol = scene.patrol(hours_ago=2, length=None)
    hazard = findings.add_finding(scene.actor, patrol.id, {
        "kind": "hazard", "place_area_id": scene.grid, "place_text": "3组路口",
        "description": "村道积雪结冰，坡陡易滑", "handling": "已通知嘎查撒融雪剂"})
    assert hazard.kind_label == "安全隐患" and hazard.case_id is None
    assert hazard.place == "第1网格 3组路口" and hazard.recorded_by == "崔鑫龙"
    helped = findings.add_finding(scene.actor, patrol.id, {
        "kind": "help", "description": "与牧民一起救助被围栏缠住的狍子，已放归", "people_helped": "2"})
    assert helped.people_helped == 2
    shown = get_patrol(scene.actor, patrol.id)
    assert [finding.kind for finding in shown.findings] == ["hazard", "help"]
    assert shown.row.findings == 2


def test_a_dispute_opens_one_case_linked_both_ways(scene: Scene) -> None:
    patrol = scene.patrol(hours_ago=5, length=3)
    found_at = local_now() - timedelta(hours=4)
    finding = findings.add_finding(
        scene.actor, patrol.id,
        {"kind": "dispute", "found_at": found_at, "place_area_id": scene.grid, "place_text": "草场围栏",
         "description": "两户因草场围栏位置争吵，一方扬言要拆围栏", "category": "土地草场"},
        [{"resident_id": scene.volunteers["乌云其木格"]},
         {"resident": {"name": "张三", "phone": "13800001111"}}],
    )
    assert finding.case_number and finding.case_id is not None
    case = get_case(scene.actor, finding.case_id)
    assert case.row.source == "巡逻发现" and case.state == "registered"
    assert case.row.summary == "两户因草场围栏位置争吵，一方扬言要拆围栏"
    assert case.row.parties == "乌云其木格、张三"
    assert case.reporter_name == "王警官" and case.reporter_kind == "officer"  # the patrol's leader
    assert case.row.reported_at == finding.found_at
    link = finding_for_case(scene.actor, case.id)
    assert link is not None
    assert (link.patrol_id, link.finding_id, link.team_name) == (patrol.id, finding.id, "红城义警")
    assert [row.case_number for row in list_cases(scene.actor)] == [finding.case_number]
    assert verify_chain().ok


def test_a_case_not_from_a_patrol_has_no_link(scene: Scene) -> None:
    from station_app.mediation.cases import open_case

    case = open_case(scene.actor, {"source": "群众来访", "category": "其他", "summary": "测试"},
                     [{"resident_id": scene.volunteers["萨仁"]}])
    assert finding_for_case(scene.actor, case.id) is None


def test_a_dispute_that_cannot_be_registered_leaves_nothing_behind(scene: Scene) -> None:
    patrol = scene.patrol(hours_ago=2, length=None)
    with pytest.raises(ValidationError) as caught:
        findings.add_finding(
            scene.actor, patrol.id, {"kind": "dispute", "description": "邻里争吵", "category": "邻里纠纷"},
            [{"resident": {"name": "新来的人"}},
             {"resident": {"name": "张三", "id_number": "152222199001011234"}}],
        )
    assert any(key.startswith("parties.1") for key in caught.value.errors)
    assert PatrolFinding.select().count() == 0
    assert list_cases(scene.actor) == []
    assert Resident.select().where(Resident.name == "新来的人").count() == 0
    with pytest.raises(ValidationError) as caught:
        findings.add_finding(scene.actor, patrol.id, {"kind": "dispute", "description": "邻里争吵",
                                                      "category": ""}, [])
    assert set(caught.value.errors) == {"parties"}
    with pytest.raises(ValidationError) as caught:
        findings.add_finding(scene.actor, patrol.id, {"kind": "dispute", "description": "邻里争吵"},
                             [{"resident_id": scene.volunteers["萨仁"]}])
    assert "category" in caught.value.errors  # open_case's message, under the finding's field
    assert PatrolFinding.select().count() == 0


@pytest.mark.parametrize(
    ("details", "field", "message"),
    [
        ({"kind": "rumour", "description": "x"}, "kind",
         "请选择发现类型：安全隐患、矛盾纠纷、社情民意、救助帮扶"),
        ({"kind": "opinion", "description": " "}, "description", "请写明发现的情况。"),
        ({"kind": "help", "description": "x", "people_helped": "-1"}, "people_helped",
         "帮扶人数不能为负数。"),
        ({"kind": "help", "description": "x", "people_helped": "两个"}, "people_helped",
         "帮扶人数请填写整数。"),
    ],
)
def test_bad_findings_are_refused(scene: Scene, details: dict, field: str, message: str) -> None:
    patrol = scene.patrol(hours_ago=2, length=None)
    with pytest.raises(ValidationError) as caught:
        findings.add_finding(scene.actor, patrol.id, details)
    assert caught.value.errors[field] == message


def test_a_finding_must_fall_within_the_patrol(scene: Scene) -> None:
    patrol = scene.patrol(hours_ago=10, length=3)
    with pytest.raises(ValidationError) as caught:
        findings.add_finding(scene.actor, patrol.id, {"kind": "opinion", "description": "村民反映路灯不亮",
                                                      "found_at": local_now() - timedelta(hours=2)})
    assert caught.value.errors["found_at"].startswith("发现时间须在这次巡逻期间（")
    with pytest.raises(ValidationError) as caught:
        findings.add_finding(scene.actor, patrol.id, {"kind": "opinion", "description": "村民反映路灯不亮"})
    assert caught.value.errors["found_at"] == "请填写发现时间。"  # no "now" guessed for an ended patrol


def test_a_dispute_found_by_a_volunteer_led_patrol_names_the_volunteer(scene: Scene) -> None:
    patrol = scene.patrol(hours_ago=2, length=1, leader=scene.member("巴特尔·额尔敦"))
    finding = findings.add_finding(
        scene.actor, patrol.id,
        {"kind": "dispute", "found_at": local_now() - timedelta(minutes=90),
         "description": "两户因牛羊越界争吵", "category": "土地草场"},
        [{"resident_id": scene.volunteers["乌云其木格"]}])
    case = get_case(scene.actor, finding.case_id)
    assert (case.reporter_kind, case.reporter_name) == ("volunteer", "巴特尔·额尔敦")  # 义警, not 民警
