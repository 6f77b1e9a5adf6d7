"""5,000 pasted characters are never stored: every mediation text field has a limit, refused by
the service with the field and the resident form's message. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from station_app.core.errors import ValidationError
from station_app.mediation import steps
from tests.unit.mediation.conftest import AGREEMENT, case_in_state, new_case

PASTED = "长" * 5000


@pytest.mark.parametrize("field", ["facts", "responsibility", "performance_method", "performance_place"])
def test_agreement_fields_over_their_limit_are_refused(admin, field: str) -> None:
    case = case_in_state(admin, "mediating")
    with pytest.raises(ValidationError) as caught:
        steps.draft_agreement(admin, case.id, case.version, {**AGREEMENT, field: PASTED})
    assert caught.value.errors[field].startswith("内容过长（最多")


def test_a_term_over_its_limit_is_named_by_its_number(admin) -> None:
    case = case_in_state(admin, "mediating")
    with pytest.raises(ValidationError) as caught:
        steps.draft_agreement(admin, case.id, case.version, {**AGREEMENT, "terms": [{"text": "赔礼道歉"},
                                                                                   {"text": PASTED}]})
    assert caught.value.errors["terms.1.text"] == "第 2 条：内容过长（最多 500 个字）。"


def test_case_session_follow_up_and_reason_fields_have_limits(admin) -> None:
    with pytest.raises(ValidationError) as caught:
        new_case(admin, summary=PASTED, reporter_name="铁" * 101)
    assert set(caught.value.errors) == {"summary", "reporter_name"}
    case = case_in_state(admin, "assessed")
    with pytest.raises(ValidationError) as caught:
        steps.record_session(admin, case.id, case.version, {"place": PASTED, "mediators": ["崔鑫龙"]})
    assert "place" in caught.value.errors
    case = case_in_state(admin, "performing")
    with pytest.raises(ValidationError) as caught:
        steps.record_follow_up(admin, case.id, case.version,
                               {"outcome": "已履行", "satisfaction": "满意", "measures": PASTED})
    assert "measures" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        steps.close_case(admin, case.id, case.version, PASTED)
    assert caught.value.errors["reason"] == "内容过长（最多 500 个字）。"


def test_risk_note_warning_receipt_and_session_statements_have_limits(admin) -> None:
    """What the forms left unchecked: a 5,000-character 说明, 签收人, 当事人陈述 or 监护人 was stored
    (and on PostgreSQL the receipt or the guardian failed with a database error)."""
    case = case_in_state(admin, "registered")
    with pytest.raises(ValidationError) as caught:
        steps.assess_risk(admin, case.id, case.version, ["alcohol"], PASTED)
    assert caught.value.errors["note"] == "内容过长（最多 2000 个字）。"
    case = steps.assess_risk(admin, case.id, case.version, ["alcohol"])
    case = steps.send_warning(admin, case.id, case.version, "司法所", "请关注")
    with pytest.raises(ValidationError) as caught:
        steps.acknowledge_warning(admin, case.id, case.version, case.warnings[0].id, PASTED)
    assert caught.value.errors["acknowledged_by"] == "内容过长（最多 100 个字）。"
    party = case.parties[0]
    session = {"place": "调解室", "mediators": ["崔鑫龙"]}
    with pytest.raises(ValidationError) as caught:
        steps.record_session(admin, case.id, case.version, {**session, "statements": [(party.name, PASTED)]})
    assert caught.value.errors["statements"] == ("内容过长（最多 2000 个字）。")
    with pytest.raises(ValidationError) as caught:
        steps.record_session(admin, case.id, case.version, {**session, "guardians": {str(party.id): PASTED}})
    assert caught.value.errors["guardians"] == ("内容过长（最多 100 个字）。")
