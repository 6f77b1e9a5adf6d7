"""Every step in every state: allowed moves work, refused moves say why and change nothing."""

from __future__ import annotations

from datetime import date

import pytest

from station_app.core.clock import local_today
from station_app.core.errors import ConflictError, ValidationError
from station_app.mediation import cases, steps
from station_app.mediation.models import DisputeCase
from station_app.mediation.vocab import STATES

# Written out by hand from DOMAIN.md's workflow, not derived from the code under test.
EXPECTED: dict[str, set[str]] = {
    "registered": {"assess", "warn", "plan", "withdraw", "not_mediable"},
    "assessed": {"assess", "warn", "plan", "session", "withdraw", "not_mediable"},
    "mediating": {"assess", "warn", "plan", "session", "fail", "draft_agreement", "withdraw", "not_mediable"},
    "agreed": {"assess", "warn", "plan", "session", "draft_agreement", "sign"},
    "performing": {"assess", "warn", "plan", "follow_up", "close"},
    "followed_up": {"assess", "warn", "plan", "follow_up", "close"},
    "closed": {"reopen"},
    "failed": {"close", "reopen"},
    "withdrawn": {"reopen"},
    "not_mediable": {"reopen"},
}

AGREEMENT = {
    "kind": "police",
    "terms": [{"text": "赔礼道歉"}],
    "performance_method": "当面",
    "performance_deadline": date(2099, 1, 1),
}

CALLS = {
    "assess": lambda a, c: steps.assess_risk(a, c.id, c.version, ["threats_or_weapons"]),
    "warn": lambda a, c: steps.send_warning(a, c.id, c.version, "司法所", "双方矛盾有激化可能"),
    "plan": lambda a, c: steps.save_plan(a, c.id, c.version, "每日电话回访", "崔鑫龙", "2099-01-01"),
    "session": lambda a, c: steps.record_session(
        a, c.id, c.version, {"place": "派出所", "mediators": "崔鑫龙"}
    ),
    "fail": lambda a, c: steps.record_failure(a, c.id, c.version, "其他", "拒绝调解"),
    "draft_agreement": lambda a, c: steps.draft_agreement(a, c.id, c.version, AGREEMENT),
    "sign": lambda a, c: steps.mark_signed(a, c.id, c.version, local_today()),
    "follow_up": lambda a, c: steps.record_follow_up(
        a, c.id, c.version, {"performed": True, "satisfaction": "满意"}
    ),
    "close": lambda a, c: steps.close_case(a, c.id, c.version, "结案说明"),
    "withdraw": lambda a, c: steps.withdraw_case(a, c.id, c.version, "自行和解"),
    "not_mediable": lambda a, c: steps.mark_not_mediable(a, c.id, c.version, "属于寻衅滋事"),
    "reopen": lambda a, c: steps.reopen_case(a, c.id, c.version, "矛盾再次激化"),
}


@pytest.mark.parametrize("state", list(STATES))
def test_allowed_steps_match_the_domain(in_state, state: str) -> None:
    case = in_state(state)
    assert set(case.allowed_steps) == EXPECTED[state]


@pytest.mark.parametrize("step", list(CALLS))
@pytest.mark.parametrize("state", list(STATES))
def test_each_step_in_each_state(sqlite_admin, in_state, state: str, step: str) -> None:
    case = in_state(state)
    if step == "sign" and state == "agreed":
        from tests.unit.mediation.conftest import mark_printed

        mark_printed(case)
    before = DisputeCase.get_by_id(case.id)
    if step in EXPECTED[state]:
        after = CALLS[step](sqlite_admin, case)
        assert after.version == case.version + 1
        assert after.timeline[-1].who == sqlite_admin.full_name
    else:
        with pytest.raises(ValidationError) as caught:
            CALLS[step](sqlite_admin, case)
        assert "state" in caught.value.errors
        assert STATES[state] in caught.value.errors["state"]
        unchanged = DisputeCase.get_by_id(case.id)
        assert (unchanged.state, unchanged.version) == (before.state, before.version)


def test_refusals_explain_the_common_mistakes(in_state, sqlite_admin) -> None:
    case = in_state("assessed")
    with pytest.raises(ValidationError, match="尚未进行调解，不能起草"):
        steps.draft_agreement(sqlite_admin, case.id, case.version, AGREEMENT)
    registered = in_state("registered")
    with pytest.raises(ValidationError, match="请先完成风险评估"):
        steps.record_session(
            sqlite_admin, registered.id, registered.version, {"place": "派出所", "mediators": "崔"}
        )
    performing = in_state("performing")
    unperformed = steps.record_follow_up(
        sqlite_admin, performing.id, performing.version, {"performed": False, "satisfaction": "不满意"}
    )
    with pytest.raises(ValidationError, match="结案须写明原因"):
        steps.close_case(sqlite_admin, unperformed.id, unperformed.version)
    closed = steps.close_case(
        sqlite_admin, unperformed.id, unperformed.version, "一方外出务工，改由司法所跟进"
    )
    assert closed.state == "closed"
    reopened = steps.reopen_case(sqlite_admin, closed.id, closed.version, "矛盾再次激化")
    assert reopened.state == "registered"
    assert [entry.action for entry in reopened.timeline][-2:] == ["结案", "重新启动"]


def test_stale_version_is_a_conflict(in_state, sqlite_admin) -> None:
    case = in_state("registered")
    steps.assess_risk(sqlite_admin, case.id, case.version, ["alcohol"])
    with pytest.raises(ConflictError, match="已被其他人修改"):
        steps.assess_risk(sqlite_admin, case.id, case.version, ["alcohol", "violence_history"])


def test_guardian_is_required_for_a_party_under_sixteen(sqlite_admin) -> None:
    child = cases.open_case(
        sqlite_admin,
        {"source": "群众来访", "category": "损害赔偿", "summary": "学生打闹致伤"},
        [
            {"resident": {"name": "王小明", "id_number": "15222220150101123X"}},
            {"resident": {"name": "张三", "id_number": "11010519491231002X"}},
        ],
    )
    child = steps.assess_risk(sqlite_admin, child.id, child.version, [])
    with pytest.raises(ValidationError, match="未满16周岁") as caught:
        steps.record_session(
            sqlite_admin, child.id, child.version, {"place": "派出所", "mediators": "崔鑫龙"}
        )
    assert "guardians" in caught.value.errors
    minor = child.parties[0]
    done = steps.record_session(
        sqlite_admin,
        child.id,
        child.version,
        {"place": "派出所", "mediators": "崔鑫龙", "guardians": {minor.id: "王大明"}},
    )
    assert done.state == "mediating" and done.parties[0].guardian == "王大明"
