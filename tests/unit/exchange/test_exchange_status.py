"""报送情况 / `station exchange status` at the county: up to when each station's data is here, the
weeks it sent bundles for, the complete weeks without one, and stations known but never heard from
(issue "[Wave 2 · 1 of 6]", point 4)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from station_app.cli.main import main
from station_app.core import db
from station_app.core.clock import local_today, utcnow
from station_app.exchange.enrolment import enrolment_file_bytes, import_enrolment
from station_app.exchange.models import ExchangePeer
from station_app.exchange.status import exchange_status
from station_app.patrols.weeks import week_label
from station_app.reports.periods import week_period
from station_app.residents.service import create_resident
from tests.cli_login import logged_in
from tests.unit.exchange.exchange_helpers import export, new_county, new_station, receive, sqlite_url, use


def _week(weeks_ago: int) -> str:
    return week_label(local_today() - timedelta(days=7 * weeks_ago))


@pytest.fixture
def county(tmp_path: Path) -> str:
    """A county that has had two bundles from 代钦塔拉 (three weeks ago and last week, none for the
    week between) and knows 高力板 only by its enrolment."""
    sending, silent, county_url = (sqlite_url(tmp_path, name) for name in ("dbs", "glb", "county"))
    quiet = new_station(silent, code="152222-GLB", name="高力板派出所", town="高力板镇")
    _, quiet_enrolment = enrolment_file_bytes(quiet)
    station = new_station(sending)
    create_resident(station, {"name": "乌云其木格"})
    first = export(station, period=week_period(_week(3)))
    create_resident(station, {"name": "阿拉坦仓"})
    second = export(station, period=week_period(_week(1)))
    county = new_county(county_url)
    receive(county, first)
    receive(county, second)
    import_enrolment(county, quiet_enrolment)
    # The first bundle came three weeks ago (the county's clock, not the bundle's, says when).
    ExchangePeer.update(first_received_at=utcnow() - timedelta(days=21)).execute()
    db.close()
    return county_url


def test_the_county_sees_the_weeks_without_a_bundle_and_the_station_never_heard_from(county: str) -> None:
    use(county)
    from station_app.accounts.service import login

    peers = {peer.code: peer for peer in exchange_status(login("admin", "Admin1234")).peers}
    assert set(peers) == {"152222-DBS", "152222-GLB"}
    sending, quiet = peers["152222-DBS"], peers["152222-GLB"]
    assert sending.weeks_received == [_week(3), _week(1)] and sending.last_period == _week(1)
    assert sending.weeks_missing == [_week(2)]
    assert sending.last_change is not None and sending.covered_until is not None
    assert quiet.never_heard_from and quiet.weeks_missing == [] and quiet.last_change is None
    db.close()


def test_station_exchange_status_says_it_in_words_and_in_json(county: str, capsys) -> None:
    assert main(logged_in(["--db", county, "exchange", "status"])) == 0
    text = capsys.readouterr().out
    assert "152222-GLB 高力板派出所：从未收到新格式的数据包。" in text
    assert f"没有数据包的周：{_week(2)}" in text and f"（{_week(1)}）" in text
    assert main(logged_in(["--db", county, "exchange", "status", "--json"])) == 0
    stations = {row["code"]: row for row in json.loads(capsys.readouterr().out)["stations"]}
    assert stations["152222-DBS"]["weeks_missing"] == [_week(2)]
    assert stations["152222-GLB"]["last_change"] is None
    db.close()
