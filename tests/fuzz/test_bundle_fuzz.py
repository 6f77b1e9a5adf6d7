"""The bundle reader under attack: cut short, bits flipped anywhere, another format version, another
bundle's bytes spliced in, the wrong password — each a BundleError in Chinese, nothing imported.
And bundles sealed with the right password around a broken archive (the sender's program may be
broken): refused as damaged, or imported; never a crash, never half an import.

Most examples seal with the cheapest scrypt parameters the reader accepts (n=2**14, r=1): the
reader derives the key before it can authenticate anything, and the default parameters would
make each example cost a tenth of a second.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import zipfile
from datetime import datetime, timedelta

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import example, given, settings
from hypothesis import strategies as st

from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.errors import StationError
from station_app.exchange.bundle import (
    FORMAT_VERSION,
    HEADER,
    KDF_SCRYPT,
    MAGIC,
    MSG_WRONG_PASSWORD,
    BundleError,
    _key,
    build_archive,
    build_bundle,
    read_bundle,
)
from station_app.exchange.bundle_import import import_bundle
from tests.fuzz.conftest import CHINESE, database_state

FUZZ = settings.get_profile("station-fuzz")
PASSWORD = "县局交换2026"
EVER = datetime(2000, 1, 1)
CHEAP = (2**14, 1, 1)


def seal_cheap(plain: bytes, password: str = PASSWORD, version: int = FORMAT_VERSION) -> bytes:
    """What bundle.seal writes, with the cheapest key derivation open_sealed accepts."""
    salt, nonce = os.urandom(16), os.urandom(12)
    header = HEADER.pack(MAGIC, version, KDF_SCRYPT, *CHEAP, len(plain) + 16, salt, nonce)
    return header + AESGCM(_key(password, salt, *CHEAP)).encrypt(nonce, plain, header)


@pytest.fixture
def archive(sqlite_admin: Actor) -> bytes:
    return build_archive(sqlite_admin, EVER, utcnow() + timedelta(days=1))


@pytest.fixture
def real_bundle(sqlite_admin: Actor) -> bytes:
    return build_bundle(sqlite_admin, EVER, utcnow() + timedelta(days=1), PASSWORD)


@pytest.fixture
def sealed(archive: bytes) -> bytes:
    data = seal_cheap(archive)
    assert read_bundle(data, PASSWORD).station["code"] == "152222-GLB"
    return data


def refused(actor: Actor, data: bytes, password: str = PASSWORD) -> str:
    """The BundleError message for `data`; the database must not have moved."""
    before = database_state()
    with pytest.raises(BundleError) as caught:
        import_bundle(actor, read_bundle(data, password))
    assert re.search(CHINESE, caught.value.message), caught.value.message
    assert database_state() == before
    return caught.value.message


@FUZZ
@given(st.integers(min_value=0))
def test_cut_short_anywhere(sqlite_admin: Actor, sealed: bytes, cut: int) -> None:
    message = refused(sqlite_admin, sealed[:cut % len(sealed)])
    assert "不完整" in message or "不是平安台账数据包" in message, message


@settings(FUZZ, max_examples=100)
@given(st.lists(st.tuples(st.sampled_from(["header", "ciphertext", "tag"]), st.integers(min_value=0),
                          st.integers(min_value=0, max_value=7)), min_size=1, max_size=3))
def test_flipped_bits_anywhere(sqlite_admin: Actor, sealed: bytes, flips: list[tuple[str, int, int]]) -> None:
    damaged = bytearray(sealed)
    regions = {"header": (0, HEADER.size), "ciphertext": (HEADER.size, len(sealed) - 16),
               "tag": (len(sealed) - 16, len(sealed))}
    for region, offset, bit in flips:
        start, end = regions[region]
        damaged[start + offset % (end - start)] ^= 1 << bit
    if bytes(damaged) != sealed:
        refused(sqlite_admin, bytes(damaged))


@FUZZ
@given(st.integers(min_value=0, max_value=2**16 - 1).filter(lambda version: version != FORMAT_VERSION))
@example(0)
@example(FORMAT_VERSION + 1)
def test_any_other_format_version(sqlite_admin: Actor, sealed: bytes, version: int) -> None:
    """Rewritten in the header, or sealed that way from the start (so the header authenticates)."""
    for data in (sealed[:8] + struct.pack(">H", version) + sealed[10:], seal_cheap(b"PK", version=version)):
        message = refused(sqlite_admin, data)
        if version > FORMAT_VERSION:
            assert "比本程序新" in message and "升级" in message, message


@settings(FUZZ, max_examples=20)
@given(st.integers(min_value=0), st.booleans())
def test_another_bundles_bytes_spliced_in(sqlite_admin: Actor, archive: bytes, sealed: bytes,
                                          at: int, other_first: bool) -> None:
    other = seal_cheap(archive)  # the same content and password, another salt and nonce
    cut = at % len(sealed)
    first, second = (other, sealed) if other_first else (sealed, other)
    spliced = first[:cut] + second[cut:]
    if spliced not in (sealed, other):
        refused(sqlite_admin, spliced)


@settings(FUZZ, max_examples=5)
@given(st.text(min_size=1).filter(lambda text: text != PASSWORD))
@example("县局交换2027")
def test_the_wrong_password(sqlite_admin: Actor, real_bundle: bytes, text: str) -> None:
    """With the real key derivation of build_bundle."""
    assert refused(sqlite_admin, real_bundle, text) == MSG_WRONG_PASSWORD


def test_key_derivation_that_would_cost_gigabytes_is_refused_unrun(sqlite_admin: Actor,
                                                                   sealed: bytes) -> None:
    """n, r, p as a few flipped bits can make them: 128·n·r = 4 GB, n·r·p = minutes."""
    for n, r, p in [(2**20, 32, 1), (2**20, 1, 16), (2**15, 32, 16), (2**17, 32, 1)]:
        header = bytearray(sealed[:HEADER.size])
        header[11:23] = struct.pack(">III", n, r, p)
        assert refused(sqlite_admin, bytes(header) + sealed[HEADER.size:]) == (
            "数据包已损坏或被改动，无法导入。请向对方重新索取数据包。")


# --- sealed with the right password around a broken archive ------------------------------------

def _members(plain: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def attempt(actor: Actor, plain: bytes) -> None:
    """Seal `plain` properly and import it: a BundleError (database unchanged) or an import."""
    before = database_state()
    try:
        import_bundle(actor, read_bundle(seal_cheap(plain), PASSWORD))
    except StationError as exc:
        assert isinstance(exc, BundleError), exc
        assert re.search(CHINESE, exc.message), exc.message
        assert database_state() == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (st.lists(children, max_size=3)
                      | st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=8)
MANIFEST_KEYS = ["format", "version", "schema_version", "station", "period", "created_at", "tables",
                 "audit_anchor"]


@settings(FUZZ, max_examples=40)
@given(st.lists(st.tuples(st.sampled_from(MANIFEST_KEYS), json_values), min_size=1, max_size=3))
def test_a_manifest_with_wrong_values(sqlite_admin: Actor, archive: bytes,
                                      changes: list[tuple[str, object]]) -> None:
    members = _members(archive)
    manifest = json.loads(members["manifest.json"])
    for key, value in changes:
        manifest[key] = value
    members["manifest.json"] = json.dumps(manifest).encode()
    attempt(sqlite_admin, _zip(members))


@settings(FUZZ, max_examples=40)
@given(table=st.sampled_from(["resident", "account", "area"]), line=st.integers(min_value=0),
       record=st.one_of(json_values, st.dictionaries(st.sampled_from(["id", "station_id", "version", "name",
                                                                     "updated_at", "created_at"]),
                                                     json_values, max_size=4)))
def test_a_record_that_is_not_what_the_table_holds(sqlite_admin: Actor, archive: bytes, table: str, line: int,
                                                   record: object) -> None:
    """The manifest's count and digest updated to match, so only the content is wrong."""
    import hashlib

    members = _members(archive)
    manifest = json.loads(members["manifest.json"])
    entry = manifest["tables"][table]
    lines = members[entry["file"]].decode().splitlines()
    if lines:
        original = json.loads(lines[line % len(lines)])
        lines[line % len(lines)] = json.dumps({**original, **record} if isinstance(record, dict) else record)
    else:
        lines = [json.dumps(record)]
    members[entry["file"]] = data = ("\n".join(lines) + "\n").encode()
    entry.update(records=len(lines), sha256=hashlib.sha256(data).hexdigest())
    members["manifest.json"] = json.dumps(manifest).encode()
    attempt(sqlite_admin, _zip(members))


def test_broken_archives_inside_a_good_seal(sqlite_admin: Actor, archive: bytes) -> None:
    members = _members(archive)
    deep = dict(members, **{"manifest.json": b"[" * 100_000 + b"]" * 100_000})
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in members.items():
            target.writestr(name, data)
        target.writestr("padding.jsonl", b" " * (64 * 1024 * 1024))  # 64 MB from 64 KB
    unknown_method = bytearray(_zip(members, zipfile.ZIP_STORED))
    for start in [m.start() for m in re.finditer(rb"PK\x03\x04|PK\x01\x02", bytes(unknown_method))]:
        offset = 8 if unknown_method[start + 2] == 3 else 10
        unknown_method[start + offset:start + offset + 2] = struct.pack("<H", 99)  # AES/unknown
    cases = {
        "random bytes": os.urandom(4096),
        "half a zip": archive[:len(archive) // 2],
        "deeply nested JSON": _zip(deep),
        "an inflating member": bomb.getvalue(),
        "an unknown compression method": bytes(unknown_method),
        "no manifest": _zip({name: data for name, data in members.items() if name != "manifest.json"}),
        "a manifest naming a missing file": _zip({**members, "manifest.json": members["manifest.json"]
                                                 .replace(b'"resident.jsonl"', b'"nobody.jsonl"')}),
    }
    for name, plain in cases.items():
        before = database_state()
        with pytest.raises(BundleError) as caught:
            import_bundle(sqlite_admin, read_bundle(seal_cheap(plain), PASSWORD))
        assert caught.value.message == "数据包已损坏或被改动，无法导入。请向对方重新索取数据包。" or \
            "压缩比异常" in caught.value.message, (name, caught.value.message)
        assert database_state() == before, name
