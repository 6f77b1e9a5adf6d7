"""The bundle reader under attack: cut short, bits flipped anywhere, another format version, another
bundle's bytes spliced in, the wrong password — each a BundleError in Chinese, nothing imported.
And bundles sealed with the right password around broken content (the sender's program may be
broken): refused as damaged and nothing written, or imported — and then the county holds exactly
what the bundle carried, never something else.

Most examples seal with the cheapest scrypt parameters the reader accepts (n=2**14, r=1): the
reader derives the key before it can authenticate anything, and the default parameters would
make each example cost a tenth of a second.
"""

from __future__ import annotations

import io
import json
import re
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import StationError
from station_app.exchange.bundle import (
    FORMAT_VERSION,
    MSG_DAMAGED,
    MSG_WRONG_PASSWORD,
    PASSWORD_PARAMS,
    PREFIX,
    BundleError,
    from_json,
    station_models,
    to_json,
)
from station_app.exchange.bundle_import import import_bundle
from station_app.exchange.bundle_reader import open_bundle
from station_app.exchange.bundle_writer import build_bundle
from station_app.exchange.sealing import new_password_header
from station_app.exchange.stream import FrameWriter, SealedWriter
from station_app.residents.service import create_resident
from tests.fuzz.conftest import CHINESE, database_state
from tests.unit.exchange.exchange_helpers import new_county, new_station, sqlite_url, station_rows

FUZZ = settings.get_profile("station-fuzz")
PASSWORD = "县局交换2026"
CHEAP = (2**14, 1, 1)
HEADER_SIZE = PREFIX.size + PASSWORD_PARAMS.size


def seal_frames(frames: list[tuple[bytes, bytes]], password: str = PASSWORD,
                version: int = FORMAT_VERSION) -> bytes:
    """A bundle file holding `frames`, sealed as the writer does but with the cheapest key derivation."""
    header, key, prefix = new_password_header(password, CHEAP, version)
    buffer = io.BytesIO()
    buffer.write(header)
    writer = FrameWriter(SealedWriter(buffer, key, prefix, header))
    for kind, payload in frames:
        writer.frame(kind, payload)
    writer.close()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def station_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[tuple[bytes, bytes]], bytes]:
    """Another station's real full bundle: (its id, its frames, the real file)."""
    folder: Path = tmp_path_factory.mktemp("sender")
    station = new_station(sqlite_url(folder, "sender"))
    for index in range(4):
        create_resident(station, {"name": f"巴特尔{index}", "phone": f"1390475{index:04d}",
                                  "notes": "草场纠纷调解后回访"})
    data = build_bundle(station, PASSWORD)
    manifest, events = open_bundle(io.BytesIO(data), PASSWORD)
    frames = [(b"M", _dumps(manifest))]
    for event in events:
        name = type(event).__name__
        if name == "TableStart":
            frames.append((b"T", _dumps({"table": event.table, "ids": event.ids, "deleted": event.deleted})))
        elif name == "Record":
            columns = manifest["tables"][event.table]["columns"]
            frames.append((b"R", _dumps([event.values[c] for c in columns])))
        elif name == "End":
            frames.append((b"E", _dumps({"records": 0, "deleted": 0, "files": 0, "missing_files": []})))
    db.close()
    return station.station_id, frames, data


@pytest.fixture
def county(tmp_path: Path) -> Actor:
    return new_county(sqlite_url(tmp_path, "county"))


@pytest.fixture
def sealed(station_bundle) -> bytes:
    return seal_frames(station_bundle[1])


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def refused(actor: Actor, data: bytes, password: str = PASSWORD) -> str:
    """The BundleError message for `data`; the database must not have moved."""
    before = database_state()
    with pytest.raises(BundleError) as caught:
        import_bundle(actor, data, password)
    assert re.search(CHINESE, caught.value.message), caught.value.message
    assert database_state() == before
    return caught.value.message


def attempt(actor: Actor, station_id: Any, frames: list[tuple[bytes, bytes]]) -> None:
    """Seal `frames` properly and import them: refused with nothing written, or imported — and
    then the county holds exactly the records the frames carried. Each example starts from the
    same empty county: whatever it wrote is rolled back afterwards."""
    before = database_state()
    with db.current().atomic() as example_only:
        try:
            summary = import_bundle(actor, seal_frames(frames), PASSWORD)
        except StationError as exc:
            assert isinstance(exc, BundleError), exc
            assert re.search(CHINESE, exc.message), exc.message
            assert database_state() == before
        else:
            assert summary.outcome == "applied"
            assert station_rows(station_id) == _carried(frames), "an accepted bundle was not applied as sent"
        example_only.rollback()
    assert database_state() == before


def _carried(frames: list[tuple[bytes, bytes]]) -> dict[str, list[dict[str, Any]]]:
    """What the frames say the station's records are, each value as the county stores it."""
    manifest = json.loads(frames[0][1])
    models = {m._meta.table_name: m for m in station_models()}
    carried: dict[str, list[dict[str, Any]]] = {name: [] for name in models}
    table = ""
    for kind, payload in frames[1:]:
        if kind == b"T":
            table = json.loads(payload)["table"]
        elif kind == b"R":
            fields = {f.column_name: f for f in models[table]._meta.sorted_fields}
            values = dict(zip(manifest["tables"][table]["columns"], json.loads(payload), strict=True))
            carried[table].append({c: to_json(from_json(fields[c], v)) for c, v in values.items()})
    return {name: sorted(rows, key=lambda r: r["id"]) for name, rows in carried.items()}


@FUZZ
@given(st.integers(min_value=0))
def test_cut_short_anywhere(county: Actor, sealed: bytes, cut: int) -> None:
    message = refused(county, sealed[:cut % len(sealed)])
    assert "不完整" in message or "不是平安台账数据包" in message, message


@settings(FUZZ, max_examples=100)
@given(st.lists(st.tuples(st.sampled_from(["header", "ciphertext", "tag"]), st.integers(min_value=0),
                          st.integers(min_value=0, max_value=7)), min_size=1, max_size=3))
def test_flipped_bits_anywhere(county: Actor, sealed: bytes, flips: list[tuple[str, int, int]]) -> None:
    damaged = bytearray(sealed)
    regions = {"header": (0, HEADER_SIZE), "ciphertext": (HEADER_SIZE, len(sealed) - 16),
               "tag": (len(sealed) - 16, len(sealed))}
    for region, offset, bit in flips:
        start, end = regions[region]
        damaged[start + offset % (end - start)] ^= 1 << bit
    if bytes(damaged) != sealed:
        refused(county, bytes(damaged))


@FUZZ
@given(st.integers(min_value=0, max_value=2**16 - 1).filter(lambda version: version != FORMAT_VERSION))
@example(0)
@example(1)
@example(FORMAT_VERSION + 1)
def test_any_other_format_version(county: Actor, station_bundle, sealed: bytes, version: int) -> None:
    """Rewritten in the header, or sealed that way from the start (so the header authenticates)."""
    for data in (sealed[:8] + struct.pack(">H", version) + sealed[10:],
                 seal_frames(station_bundle[1], version=version)):
        message = refused(county, data)
        if version > FORMAT_VERSION:
            assert "比本程序新" in message and "升级" in message, message
        if version == 1:
            assert "旧版" in message, message


@settings(FUZZ, max_examples=20)
@given(st.integers(min_value=0), st.booleans())
def test_another_bundles_bytes_spliced_in(county: Actor, station_bundle, sealed: bytes, at: int,
                                          other_first: bool) -> None:
    other = seal_frames(station_bundle[1])  # the same content and password, another salt and nonce
    cut = at % len(sealed)
    first, second = (other, sealed) if other_first else (sealed, other)
    spliced = first[:cut] + second[cut:]
    if spliced not in (sealed, other):
        refused(county, spliced)


@settings(FUZZ, max_examples=5)
@given(st.text(min_size=1).filter(lambda text: text != PASSWORD))
@example("县局交换2027")
def test_the_wrong_password(county: Actor, station_bundle, text: str) -> None:
    """With the real key derivation of the writer."""
    assert refused(county, station_bundle[2], text) == MSG_WRONG_PASSWORD


def test_key_derivation_that_would_cost_gigabytes_is_refused_unrun(county: Actor, sealed: bytes) -> None:
    """n, r, p as a few flipped bits can make them: 128·n·r = 4 GB, n·r·p = minutes."""
    for n, r, p in [(2**20, 32, 1), (2**20, 1, 16), (2**15, 32, 16), (2**17, 32, 1)]:
        header = bytearray(sealed[:HEADER_SIZE])
        header[PREFIX.size:PREFIX.size + 12] = struct.pack(">III", n, r, p)
        assert refused(county, bytes(header) + sealed[HEADER_SIZE:]) == MSG_DAMAGED


# --- sealed with the right password around broken content ---------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (st.lists(children, max_size=3)
                      | st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=8)
MANIFEST_KEYS = ["format", "version", "schema_version", "station", "journal", "period", "created_at",
                 "tables", "exports", "audit_anchor"]


@settings(FUZZ, max_examples=40)
@given(st.lists(st.tuples(st.sampled_from(MANIFEST_KEYS), json_values), min_size=1, max_size=3))
def test_a_manifest_with_wrong_values(county: Actor, station_bundle,
                                      changes: list[tuple[str, object]]) -> None:
    station_id, frames, _ = station_bundle
    manifest = json.loads(frames[0][1])
    for key, value in changes:
        manifest[key] = value
    attempt(county, station_id, [(b"M", _dumps(manifest)), *frames[1:]])


@settings(FUZZ, max_examples=60)
@given(record_at=st.integers(min_value=0), column=st.integers(min_value=0), value=json_values)
def test_a_record_value_that_is_not_what_the_column_holds(county: Actor, station_bundle, record_at: int,
                                                          column: int, value: object) -> None:
    station_id, frames, _ = station_bundle
    records = [index for index, (kind, _) in enumerate(frames) if kind == b"R"]
    at = records[record_at % len(records)]
    values = json.loads(frames[at][1])
    if column % (len(values) + 1) == len(values):
        values = value  # the whole record replaced
    else:
        values[column % len(values)] = value
    attempt(county, station_id, [*frames[:at], (b"R", _dumps(values)), *frames[at + 1:]])


@settings(FUZZ, max_examples=40)
@given(st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(["drop", "repeat", "swap", "garble"])),
                min_size=1, max_size=2))
def test_frames_dropped_repeated_or_reordered(county: Actor, station_bundle,
                                              edits: list[tuple[int, str]]) -> None:
    station_id, frames, _ = station_bundle
    changed = list(frames)
    for position, edit in edits:
        at = 1 + position % (len(changed) - 1)
        if edit == "drop":
            del changed[at]
        elif edit == "repeat":
            changed.insert(at, changed[at])
        elif edit == "swap" and at + 1 < len(changed):
            changed[at], changed[at + 1] = changed[at + 1], changed[at]
        elif edit == "garble":
            changed[at] = (changed[at][0], changed[at][1][:-1] + b"#")
        if len(changed) < 2:
            break
    attempt(county, station_id, changed)


def test_broken_streams_inside_a_good_seal(county: Actor, station_bundle) -> None:
    station_id, frames, _ = station_bundle
    cases = {
        "no manifest": frames[1:],
        "deeply nested JSON": [(b"M", b"[" * 100_000 + b"]" * 100_000), *frames[1:]],
        "an unknown frame kind": [frames[0], (b"Z", b"{}"), *frames[1:]],
        "no end": frames[:-1],
        "something after the end": [*frames, (b"R", b"[]")],
        "a file announced and never sent": [*frames[:-1], (b"F", _dumps({"sha256": "0" * 64, "size": 5})),
                                             frames[-1]],
    }
    for name, broken in cases.items():
        before = database_state()
        with pytest.raises(BundleError) as caught:
            import_bundle(county, seal_frames(broken), PASSWORD)
        assert "损坏" in caught.value.message or "不完整" in caught.value.message or "不是平安台账" in \
            caught.value.message, (name, caught.value.message)
        assert database_state() == before, name
