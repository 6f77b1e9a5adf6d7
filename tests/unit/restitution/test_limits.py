"""5,000 pasted characters are never stored: the restitution ledger's limits (checks.py) give the
same message as every other form, naming the field; nothing is written."""

from __future__ import annotations

import pytest

from station_app.core.errors import ValidationError
from station_app.restitution import ledger
from station_app.restitution.models import RestitutionCase, RestitutionVictim
from tests.unit.restitution.conftest import new_case

PASTED = "长" * 5000


@pytest.mark.parametrize(("field", "limit"), [("summary", 200), ("reference", 64)])
def test_a_case_field_over_its_limit_is_refused(sqlite_admin, field: str, limit: int) -> None:
    with pytest.raises(ValidationError) as caught:
        new_case(sqlite_admin, **{field: PASTED})
    assert caught.value.errors == {field: f"内容过长（最多 {limit} 个字）。"}
    assert RestitutionCase.select().count() == 0


@pytest.mark.parametrize(("field", "limit"), [("name", 100), ("place", 200), ("note", 2000)])
def test_a_victim_field_over_its_limit_is_refused(sqlite_admin, field: str, limit: int) -> None:
    case = new_case(sqlite_admin)
    details = {"name": "王建国", "amount_lost": "2,800", field: PASTED}
    with pytest.raises(ValidationError) as caught:
        ledger.add_victim(sqlite_admin, case.id, case.version, details)
    assert caught.value.errors == {field: f"内容过长（最多 {limit} 个字）。"}
    assert RestitutionVictim.select().count() == 0
