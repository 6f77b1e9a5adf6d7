"""The county looks behind a figure: every ledger's read services cover another station's records
when asked (never by default), and every write to them is refused with one clear message,
changing nothing. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from station_app.audit.models import AuditEntry
from station_app.core.clock import local_today
from station_app.core.errors import NotFound, OtherStationRecord
from station_app.core.scope import all_stations, holds_other_stations, stations_here
from station_app.hotline import orders
from station_app.hotline import steps as hotline_steps
from station_app.mediation import cases, steps
from station_app.patrols import findings, reading, teams
from station_app.residents import search, service
from station_app.restitution import cases as restitution
from station_app.restitution import ledger
from station_app.visits import outreach, visits
from tests.unit.county.conftest import OTHER_CODE, County


def _writes_nothing(call) -> str:  # noqa: ANN001
    before = AuditEntry.select().count()
    with pytest.raises(OtherStationRecord) as refused:
        call()
    assert AuditEntry.select().count() == before
    return refused.value.message


def test_the_county_knows_the_stations_it_holds(county: County) -> None:
    assert holds_other_stations()
    choices = stations_here()
    assert choices[0].is_home and choices[0].id == county.actor.station_id
    assert [choice.code for choice in choices[1:]] == [OTHER_CODE]


def test_disputes_with_their_timeline_are_read_only(county: County) -> None:
    actor, other = county.actor, [county.other.station_id]
    assert cases.list_cases(actor) == []  # the county's own ledger, as at a station
    rows = cases.list_cases(actor, stations=other)
    assert rows and {row.station_id for row in rows} == {county.other.station_id}
    assert len(cases.list_cases(actor, stations=all_stations())) == len(rows)
    with pytest.raises(NotFound):
        cases.get_case(actor, rows[0].id)  # not without asking for that station
    case = cases.get_case(actor, rows[0].id, stations=other)
    assert case.timeline and case.timeline[0].action == "登记"  # from the case's own records
    assert cases.find_case(actor, case.row.case_number, other).id == case.id
    message = _writes_nothing(lambda: steps.assess_risk(actor, case.id, case.version, ["alcohol"]))
    assert "代钦塔拉派出所" in message and "只能查看" in message


def test_residents_are_found_and_read_only(county: County) -> None:
    actor, other = county.actor, [county.other.station_id]
    ids = search.resident_ids(actor.station_id, "", stations=other)
    assert ids and search.resident_ids(actor.station_id, "") == []
    view = service.get_resident(actor, ids[0], other)
    found = search.search_residents(actor.station_id, view.name, 5, stations=other)
    assert view.id in [item.id for item in found]
    _writes_nothing(lambda: service.update_resident(actor, view.id, view.version, view.as_form()))


def test_patrols_are_read_only(county: County) -> None:
    actor, other = county.actor, [county.other.station_id]
    rows = reading.list_patrols(actor, stations=other, limit=50)
    assert rows and reading.list_patrols(actor) == []
    assert teams.list_teams(actor, stations=other)
    patrol = reading.get_patrol(actor, rows[0].id, other)
    _writes_nothing(lambda: findings.add_finding(actor, patrol.id, {
        "kind": "help", "found_at": patrol.row.started_at, "description": "县局补记"}))


def test_hotline_orders_are_read_only(county: County) -> None:
    actor, other = county.actor, [county.other.station_id]
    rows = orders.list_orders(actor, stations=other)
    assert rows and orders.list_orders(actor) == []
    order = orders.get_order(actor, rows[0].id, other)
    _writes_nothing(lambda: hotline_steps.add_note(actor, order.id, order.version, "县局电话核实"))


def test_restitution_is_read_only(county: County) -> None:
    actor, other = county.actor, [county.other.station_id]
    rows = restitution.list_cases(actor, stations=other)
    assert rows and restitution.list_cases(actor) == []
    case = restitution.get_case(actor, rows[0].id, other)
    _writes_nothing(lambda: ledger.add_recovery(actor, case.id, case.version, {
        "recovered_on": local_today(), "amount": "10", "source": "犯罪嫌疑人退赔"}))


def test_visits_and_events_are_read_only(county: County) -> None:
    actor, other = county.actor, [county.other.station_id]
    rows = visits.list_visits(actor, stations=other)
    assert rows and visits.list_visits(actor) == []
    visit = visits.get_visit(actor, rows[0].id, other)
    _writes_nothing(lambda: visits.add_finding(actor, visit.id, visit.version,
                                               {"kind": "opinion", "description": "县局补记"}))
    events = outreach.list_events(actor, stations=other)
    if events:
        assert outreach.get_event(actor, events[0].id, other).row.station_id == county.other.station_id


def test_a_station_without_other_stations_looks_as_before(admin) -> None:  # noqa: ANN001
    assert not holds_other_stations()
    assert [choice.id for choice in stations_here()] == [admin.station_id] == all_stations()
