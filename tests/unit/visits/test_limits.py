"""5,000 pasted characters are never stored: every text field of a visit, its findings and an
outreach event has a limit, refused by the service naming the field with the usual message;
nothing is written."""

from __future__ import annotations

import pytest

from station_app.core.errors import ValidationError
from station_app.visits import limits, visits
from station_app.visits.models import OutreachEvent, Visit, VisitFinding
from tests.unit.visits.conftest import Place, dispute, new_event, new_visit

PASTED = "长" * 5000


def message(limit: int) -> str:
    return f"内容过长（最多 {limit} 个字）。"


def test_a_visit_note_over_its_limit_is_refused(sqlite_place: Place) -> None:
    with pytest.raises(ValidationError) as caught:
        new_visit(sqlite_place, note=PASTED)
    assert caught.value.errors["note"] == message(limits.VISIT["note"])
    assert Visit.select().count() == 0


def test_a_finding_over_its_limit_is_refused_by_its_number(sqlite_place: Place) -> None:
    long_one = {**dispute(sqlite_place), "description": PASTED}
    with pytest.raises(ValidationError) as caught:
        new_visit(sqlite_place, findings=(dispute(sqlite_place), long_one))
    assert caught.value.errors["findings.1"] == "第 2 条发现：" + message(2000)
    assert Visit.select().count() == 0
    visit = new_visit(sqlite_place)
    with pytest.raises(ValidationError) as caught:
        visits.add_finding(sqlite_place.actor, visit.id, visit.version, long_one)
    assert caught.value.errors["finding"] == "第 1 条发现：" + message(2000)
    assert VisitFinding.select().count() == 0


@pytest.mark.parametrize("field", list(limits.EVENT))
def test_an_event_field_over_its_limit_is_refused(sqlite_place: Place, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        new_event(sqlite_place, **{field: PASTED})
    assert caught.value.errors[field] == message(limits.EVENT[field])
    assert OutreachEvent.select().count() == 0
