"""What a bundle's ids cost the county while it imports (issue "[Wave 2 · 1 of 6]": an import's
memory must not grow with the bundle). Tombstones cost a few bytes each once compressed; every one
of them kept for the whole import made a 22 MB bundle of 8 million tombstones take 1.25 GB."""

from __future__ import annotations

import io
import json
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

import pytest

from station_app.exchange.bundle import MSG_DAMAGED, BundleError
from station_app.exchange.bundle_reader import open_bundle
from station_app.residents.models import Resident
from station_app.residents.service import create_resident
from tests.fuzz.test_bundle_fuzz import seal_frames
from tests.unit.exchange.exchange_helpers import (
    PASSWORD,
    export,
    new_county,
    new_station,
    receive,
    sqlite_url,
)


def _frames(data: bytes, tombstones: int = 0, first: int = 1) -> list[tuple[bytes, bytes]]:
    """The bundle's frames again, each table's tombstones followed by `tombstones` made-up ids."""
    manifest, events = open_bundle(io.BytesIO(data), PASSWORD)
    frames = [(b"M", json.dumps(manifest).encode())]
    counter = first
    for event in events:
        kind = type(event).__name__
        if kind == "TableStart":
            made = [str(uuid.UUID(int=counter + n)) for n in range(tombstones)]
            counter += tombstones
            frames.append((b"T", json.dumps({"table": event.table, "ids": event.ids,
                                             "deleted": event.deleted + made}).encode()))
        elif kind == "Record":
            frames.append((b"R", json.dumps(event.row).encode()))
        elif kind == "AuditHashes":
            frames.append((b"H", json.dumps(event.hashes).encode()))
        elif kind == "AuditRecord":
            frames.append((b"A", json.dumps(event.entry).encode()))
        elif kind == "End":
            frames.append((b"E", json.dumps({"files": 0, "missing_files": []}).encode()))
    return frames


@pytest.fixture
def urls(tmp_path: Path) -> tuple[str, str]:
    return sqlite_url(tmp_path, "station"), sqlite_url(tmp_path, "county")


def _peak(county: Any, data: bytes) -> int:
    tracemalloc.start()
    try:
        receive(county, data)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_tombstones_are_not_kept_for_the_whole_import(urls: tuple[str, str]) -> None:
    station_url, county_url = urls
    station = new_station(station_url)
    create_resident(station, {"name": "巴特尔", "phone": "13904751111"})
    full = export(station)
    create_resident(station, {"name": "乌云", "phone": "13904752222"})
    later = export(station)
    county = new_county(county_url)
    receive(county, full)
    bomb = seal_frames(_frames(later, tombstones=3_000))  # 30 tables: 90,000 ids of nothing
    peak = _peak(county, bomb)
    assert peak < 8 * 1024 * 1024, f"{peak / 2**20:.1f} MB"  # kept for the whole import: ~14 MB
    assert Resident.select().count() == 2


def test_a_full_bundle_carries_no_tombstones(urls: tuple[str, str]) -> None:
    """A full bundle says what the station has: what it lacks is gone. Tombstones in it can only
    be made up."""
    station_url, county_url = urls
    station = new_station(station_url)
    create_resident(station, {"name": "巴特尔", "phone": "13904751111"})
    full = export(station)
    county = new_county(county_url)
    with pytest.raises(BundleError, match=MSG_DAMAGED):
        receive(county, seal_frames(_frames(full, tombstones=1)))
    assert not Resident.select().exists()


def _with_history(data: bytes, entries: int, size: int) -> bytes:
    """The bundle again with `entries` more audit entries of `size` characters each, hashed and
    chained as the station's own would be (anyone can compute these hashes)."""
    from station_app.audit.chain import content_hash

    frames = _frames(data)
    audit = [json.loads(payload) for kind, payload in frames if kind == b"A"]
    hashes = next(json.loads(payload) for kind, payload in frames if kind == b"H")
    previous, seq = audit[-1]["hash"], audit[-1]["seq"]
    made = []
    for index in range(entries):
        seq += 1
        entry = {"seq": seq, "at": "2026-12-07T10:00:00", "station_id": audit[-1]["station_id"],
                 "user_id": None, "username": "admin", "action": "resident.update", "entity": "resident",
                 "entity_id": "x", "changes": chr(0x4e00 + index) * size, "prev_hash": previous}
        entry["hash"] = content_hash(previous, {key: entry.get(key) for key in (
            "at", "station_id", "user_id", "username", "action", "entity", "entity_id", "changes")})
        previous = entry["hash"]
        hashes.append([seq, entry["hash"][:16]])
        made.append((b"A", json.dumps(entry).encode()))
    end = next(i for i, (kind, _payload) in enumerate(frames) if kind == b"E")
    frames = [(kind, json.dumps(hashes).encode() if kind == b"H" else payload) for kind, payload in frames]
    return seal_frames(frames[:end] + made + frames[end:])


def test_audit_entries_are_not_all_held_in_memory(urls: tuple[str, str]) -> None:
    """Forty audit entries of a million characters each were all held until the end of the import
    (194 MB here; a 3.5 MB bundle of such entries took 881 MB)."""
    from station_app.exchange.models import StationAudit

    station_url, county_url = urls
    station = new_station(station_url)
    data = _with_history(export(station), entries=40, size=1_000_000)
    county = new_county(county_url)
    peak = _peak(county, data)
    assert peak < 48 * 1024 * 1024, f"{peak / 2**20:.1f} MB"  # one entry at a time: ~34 MB
    assert StationAudit.select().where(StationAudit.station_id == station.station_id).count() > 40


def test_long_texts_do_not_pile_up_in_a_batch(urls: tuple[str, str]) -> None:
    """Records whose texts cost a few bytes once compressed: 500 were held before a batch was
    written (300 residents of 2 million characters each, a 16 MB bundle: 3.2 GB)."""
    station_url, county_url = urls
    station = new_station(station_url)
    create_resident(station, {"name": "巴特尔", "phone": "13904751111"})
    frames = _frames(export(station))
    manifest = json.loads(frames[0][1])
    columns = manifest["tables"]["resident"]["columns"]
    at = next(i for i, (kind, payload) in enumerate(frames)
              if kind == b"T" and json.loads(payload)["table"] == "resident")
    real = dict(zip(columns, json.loads(frames[at + 1][1]), strict=True))
    made = [dict(real, id=str(uuid.UUID(int=n + 1)), notes=chr(0x4e00 + n) * 1_000_000) for n in range(24)]
    frames[at:at + 2] = [(b"T", json.dumps({"table": "resident", "ids": [r["id"] for r in made],
                                            "deleted": []}).encode())]
    frames[at + 1:at + 1] = [(b"R", json.dumps([r[c] for c in columns]).encode()) for r in made]
    county = new_county(county_url)
    peak = _peak(county, seal_frames(frames))
    assert peak < 40 * 1024 * 1024, f"{peak / 2**20:.1f} MB"  # 125 MB when 500 rows made a batch
    assert Resident.select().count() == 24
