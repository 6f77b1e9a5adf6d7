"""回访 recorded when it happened, with 部分履行; 结案 calls off pending follow-ups; the timeline
knows when a step happened and when it was entered. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from station_app.core.clock import from_local, local_now, local_today
from station_app.core.errors import ValidationError
from station_app.mediation import attention, steps
from station_app.mediation.cases import get_case
from tests.unit.mediation.conftest import case_in_state


def test_a_follow_up_records_when_it_happened_and_a_partial_performance(admin) -> None:
    case = case_in_state(admin, "performing")
    visited = (local_now() - timedelta(hours=3)).replace(second=0, microsecond=0, tzinfo=None)
    case = steps.record_follow_up(admin, case.id, case.version,
                                  {"visited_at": visited, "outcome": "部分履行", "satisfaction": "基本满意"})
    done = [item for item in case.follow_ups if item.done_at is not None]
    assert len(done) == 1 and done[0].outcome == "部分履行" and done[0].performed is False
    assert done[0].done_at == from_local(visited)  # when the visit happened, not when it was typed
    assert case.agreement.performed is False
    entry = case.timeline[-1]
    assert entry.description == "回访：部分履行，基本满意" and entry.happened_at == from_local(visited)
    assert entry.at > entry.happened_at  # entered afterwards: both are known


def test_a_follow_up_cannot_be_in_the_future_or_before_signing(admin) -> None:
    case = case_in_state(admin, "performing")
    for when in (local_now().replace(tzinfo=None) + timedelta(days=1), local_today() - timedelta(days=2)):
        with pytest.raises(ValidationError) as caught:
            steps.record_follow_up(admin, case.id, case.version,
                                   {"visited_at": when, "outcome": "已履行", "satisfaction": "满意"})
        assert "visited_at" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        steps.record_follow_up(admin, case.id, case.version, {"outcome": "差不多", "satisfaction": "满意"})
    assert "部分履行" in caught.value.errors["outcome"]


def test_closing_calls_off_the_pending_follow_ups(admin) -> None:
    case = case_in_state(admin, "followed_up")  # the 7-day visit done, the 30-day one pending
    pending = [item for item in case.follow_ups if item.done_at is None]
    assert len(pending) == 1
    closed = steps.close_case(admin, case.id, case.version)
    assert [item for item in closed.follow_ups if item.done_at is None] == []
    assert f"取消未做的回访（原定 {pending[0].due_on.isoformat()}）" in closed.timeline[-1].description
    assert all(item.case_id != case.id for item in attention.attention_items(admin)
               if hasattr(item, "case_id"))


def test_the_signing_day_and_a_session_time_are_when_they_happened(admin) -> None:
    case = case_in_state(admin, "agreed")
    from station_app.core.clock import utcnow
    from station_app.mediation.models import DisputeCase

    # reported three days ago: a session is never before the dispute was reported
    DisputeCase.update(reported_at=utcnow() - timedelta(days=3)).where(DisputeCase.id == case.id).execute()
    started = datetime.combine(local_today() - timedelta(days=1), datetime.min.time()).replace(hour=9)
    case = steps.record_session(admin, case.id, case.version,
                                {"place": "派出所", "mediators": ["崔鑫龙"], "started_at": started})
    assert get_case(admin, case.id).timeline[-1].happened_at == from_local(started)
    from tests.unit.mediation.conftest import mark_printed

    mark_printed(case)
    signed = steps.mark_signed(admin, case.id, case.version, local_today())
    assert signed.timeline[-1].happened_at == local_today()  # a day: signing has no time of day
    assert isinstance(signed.timeline[-1].happened_at, date)
