"""Numbers in a bundle's manifest are hostile input too (issue "[Wave 2 · 2 of 6]": integers out of
range are refused with a clear message and nothing written). A change number of 2**64 stopped the
import with 内部错误：OverflowError on SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station_app.exchange.bundle import MSG_DAMAGED, BundleError
from station_app.exchange.models import ExchangePeer
from station_app.residents.models import Resident
from station_app.residents.service import create_resident
from tests.fuzz.test_bundle_fuzz import seal_frames
from tests.unit.exchange.exchange_helpers import export, new_county, new_station, receive, sqlite_url
from tests.unit.exchange.test_bundle_memory import _frames


@pytest.mark.parametrize("key,value", [("to", 2**64), ("to", 2**63), ("from", 2**63)])
def test_a_change_number_beyond_64_bits_is_refused(tmp_path: Path, key: str, value: int) -> None:
    station = new_station(sqlite_url(tmp_path, "station"))
    create_resident(station, {"name": "巴特尔", "phone": "13904751111"})
    frames = _frames(export(station))
    manifest = json.loads(frames[0][1])
    manifest["journal"].update({key: value, "full": key == "to"})
    if key == "from":
        manifest["journal"]["to"] = value
    frames[0] = (b"M", json.dumps(manifest).encode())
    county = new_county(sqlite_url(tmp_path, "county"))
    with pytest.raises(BundleError, match=MSG_DAMAGED):
        receive(county, seal_frames(frames))
    assert not Resident.select().exists() and not ExchangePeer.select().exists()


@pytest.mark.parametrize("key,value", [
    ("code", "../../152222"), ("code", "152222 DBS"), ("code", "x" * 40),
    ("name", "甲所：数据截至 2026-12-31\n152222-GLB 高力板派出所"), ("name", "\u202e所出派板力高"),
    ("county", "科右中旗\r"), ("name", "名" * 101)])
def test_a_station_named_as_no_station_can_be_is_refused(tmp_path: Path, key: str, value: str) -> None:
    """A station's code is 2–32 letters, digits, _ or - (as set up); its names are one line of at
    most 100 characters. A bundle naming it otherwise was applied (the name cut to 100), and its
    lines showed in 报送情况 as if from another station."""
    station = new_station(sqlite_url(tmp_path, "station"))
    frames = _frames(export(station))
    manifest = json.loads(frames[0][1])
    manifest["station"][key] = value
    frames[0] = (b"M", json.dumps(manifest).encode())
    county = new_county(sqlite_url(tmp_path, "county"))
    with pytest.raises(BundleError, match=MSG_DAMAGED):
        receive(county, seal_frames(frames))
    assert not ExchangePeer.select().exists()


def test_a_station_clock_ahead_does_not_make_weeks_to_come_reported(tmp_path: Path) -> None:
    """A station PC whose clock runs a month ahead (a flat CMOS battery) dates its bundle a month
    ahead: the county counted the station's data complete up to then, so the weekly report showed it
    已报送 for this week and the next ones before they were over. Nothing can be at the county later
    than the moment it arrived."""
    from datetime import timedelta

    from station_app.core.clock import utcnow
    from station_app.exchange.bundle import to_json
    from station_app.exchange.status import coverage

    station = new_station(sqlite_url(tmp_path, "station"))
    frames = _frames(export(station))
    manifest = json.loads(frames[0][1])
    manifest["created_at"] = to_json(utcnow() + timedelta(days=30))
    frames[0] = (b"M", json.dumps(manifest).encode())
    county = new_county(sqlite_url(tmp_path, "county"))
    receive(county, seal_frames(frames))
    covered = coverage([station.station_id])[station.station_id]
    assert covered is not None and covered <= utcnow()
