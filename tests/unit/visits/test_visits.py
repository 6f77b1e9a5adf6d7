"""Recording household visits: households grouped, findings kept, refusals named per field, and
nothing written when anything is wrong."""

from __future__ import annotations

import pytest

from station_app.accounts.service import set_account_active
from station_app.audit.models import AuditEntry
from station_app.core.actor import Actor, command_line_actor
from station_app.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from station_app.visits import visits
from station_app.visits.models import Visit, VisitFinding
from tests.unit.visits.conftest import TOMORROW, OnTheDay, days_ago, new_visit


def test_a_visit_groups_the_people_seen_by_household(place) -> None:
    detail = new_visit(place, ("巴特尔·额尔敦", "张三", "乌云其木格", "李四"),
                       findings=({"kind": "hazard", "description": "院内私拉电线充电",
                                  "resident_id": place.people["张三"]},))

    titles = [household.title for household in detail.households]
    assert titles == ["巴特尔户", "张三（户未登记）", "李四（户未登记）"]
    assert [person.name for person in detail.households[0].people] == ["巴特尔·额尔敦", "乌云其木格"]
    assert (detail.row.households, detail.row.findings, detail.row.disputes) == (3, 1, 0)
    assert detail.row.people == "巴特尔·额尔敦、张三、乌云其木格、李四"
    assert (detail.row.officer_name, detail.row.visited_on) == ("乌力吉", days_ago(1))
    assert (detail.row.publicity_topics, detail.row.materials_count) == (("反电诈",), 3)
    finding = detail.findings[0]
    assert (finding.kind_label, finding.resident_name, finding.case_id) == ("安全隐患", "张三", None)
    assert not finding.can_open_case
    entry = AuditEntry.select().where(AuditEntry.action == "visit.record").get()
    assert entry.entity_id == str(detail.id)


def test_the_officer_defaults_to_the_user_and_the_date_to_today(place) -> None:
    from station_app.accounts.service import login

    officer = login("wulij", "Police2026")
    detail = visits.record_visit(officer, {}, [{"resident_id": place.people["李四"]}])
    assert detail.row.officer_name == "乌力吉" and detail.row.visited_on == days_ago(0)
    assert detail.row.publicity_topics == () and detail.row.materials_count == 0


@pytest.mark.parametrize(("details", "people", "field", "words"), [
    ({"visited_on": TOMORROW}, None, "visited_on", "不能晚于今天"),
    ({"visited_on": "2026年13月1日"}, None, "visited_on", "日期不存在"),
    ({}, [], "people", "请至少选择一户"),
    ({"materials_count": -2}, None, "materials_count", "不能为负数"),
    ({"materials_count": 5, "publicity_topics": []}, None, "publicity_topics", "请勾选宣传内容"),
    ({"publicity_topics": ["这是一个长得离谱的宣传主题名称超过了二十个字的限制"]}, None,
     "publicity_topics", "过长"),
])
def test_bad_input_is_refused_by_field_and_nothing_is_written(place, details, people, field, words) -> None:
    chosen = people if people is not None else [{"resident_id": place.people["张三"]}]
    with pytest.raises(ValidationError) as refused:
        visits.record_visit(place.actor, {"officer_id": place.officer_id, "publicity_topics": ["反电诈"],
                                          **OnTheDay.resolved(details)}, chosen)
    assert words in refused.value.errors[field]
    assert Visit.select().count() == 0


def test_tomorrow_is_the_day_after_the_run_not_after_collection(monkeypatch) -> None:
    """Collected at 23:59 in Beijing, run at 00:01: "tomorrow" must still be tomorrow."""
    from datetime import date

    from tests.unit.visits import conftest

    collected = dict(TOMORROW_CASE)  # as parametrize holds it
    monkeypatch.setattr(conftest, "local_today", lambda: date(2027, 1, 1))  # the run, after midnight
    assert OnTheDay.resolved(collected)["visited_on"] == date(2027, 1, 2)


TOMORROW_CASE = {"visited_on": TOMORROW}


def test_every_bad_field_is_named_at_once(place) -> None:
    command_line = command_line_actor(place.actor.station_id)  # an administrator without an account
    with pytest.raises(ValidationError) as refused:
        visits.record_visit(command_line, {"visited_on": days_ago(-3)}, [],
                            [{"kind": "", "description": "x"}, {"kind": "hazard", "description": " "}])
    errors = refused.value.errors
    assert set(errors) == {"officer_id", "visited_on", "people", "findings.0", "findings.1"}
    assert "第 1 条发现" in errors["findings.0"] and "请写明" in errors["findings.1"]
    assert "请选择走访民警" in errors["officer_id"]


def test_people_picked_twice_or_gone_are_refused(place) -> None:
    twice = [{"resident_id": place.people["张三"]}, {"resident_id": place.people["张三"]}]
    with pytest.raises(ValidationError, match="被重复添加"):
        visits.record_visit(place.actor, {"officer_id": place.officer_id}, twice)
    import uuid

    with pytest.raises(ValidationError, match="已不在居民登记中"):
        visits.record_visit(place.actor, {"officer_id": place.officer_id}, [{"resident_id": uuid.uuid4()}])


def test_an_inactive_officer_is_refused(place) -> None:
    set_account_active(place.actor, place.other_officer_id, False)
    with pytest.raises(ValidationError) as refused:
        new_visit(place, officer_id=place.other_officer_id)
    assert "已停用" in refused.value.errors["officer_id"]


def test_a_finding_added_later_checks_the_version(place) -> None:
    detail = new_visit(place)
    later = visits.add_finding(place.actor, detail.id, detail.version,
                               {"kind": "hardship", "description": "独居老人取暖困难"})
    assert [finding.kind_label for finding in later.findings] == ["困难帮扶"]
    assert later.version == detail.version + 1
    with pytest.raises(ConflictError):
        visits.add_finding(place.actor, detail.id, detail.version,
                           {"kind": "other", "description": "再补一条"})
    with pytest.raises(ValidationError) as refused:
        visits.add_finding(place.actor, detail.id, later.version, {"kind": "nonsense", "description": "x"})
    assert "第 2 条发现" in refused.value.errors["finding"]
    assert VisitFinding.select().count() == 1


def test_lists_filter_by_dates_and_text(place) -> None:
    old = new_visit(place, ("李四",), visited_on=days_ago(20), note="登记家庭成员变动")
    recent = new_visit(place, ("阿拉坦仓",), findings=({"kind": "opinion", "description": "村道无路灯"},))
    rows = visits.list_visits(place.actor)
    assert [row.id for row in rows] == [recent.id, old.id]
    assert [row.id for row in visits.list_visits(place.actor, start=days_ago(7))] == [recent.id]
    assert [row.id for row in visits.list_visits(place.actor, end=days_ago(7))] == [old.id]
    searches = (("阿拉坦", recent.id), ("路灯", recent.id), ("成员变动", old.id), ("李四", old.id))
    for text, expected in searches:
        assert [row.id for row in visits.list_visits(place.actor, query=text)] == [expected], text
    assert len(visits.list_visits(place.actor, query="乌力吉")) == 2
    assert visits.list_visits(place.actor, limit=1, offset=1)[0].id == old.id


def test_read_only_users_may_look_but_not_record(place) -> None:
    detail = new_visit(place)
    reader = Actor(None, "reader", "只读", "readonly", place.actor.station_id)
    assert visits.get_visit(reader, detail.id).id == detail.id
    with pytest.raises(PermissionDenied):
        visits.record_visit(reader, {"officer_id": place.officer_id}, [{"resident_id": place.people["张三"]}])


def test_another_stations_visit_is_not_found(place) -> None:
    import uuid

    detail = new_visit(place)
    stranger = Actor(None, "x", "外所", "admin", uuid.uuid4())
    with pytest.raises(NotFound):
        visits.get_visit(stranger, detail.id)
