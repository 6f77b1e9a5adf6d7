"""Sealed bundles fail loudly: wrong password, a flipped bit, truncation, reordering, another file,
a newer format — and nothing of a bundle that fails anywhere is written at the county."""

from __future__ import annotations

import io
import struct

import pytest

from station_app.core.actor import Actor
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.demo.loader import load_demo
from station_app.exchange import bundle as bundle_module
from station_app.exchange.bundle import PASSWORD_PARAMS, PREFIX, BundleError
from station_app.exchange.bundle_reader import open_bundle
from station_app.exchange.bundle_writer import build_bundle
from station_app.exchange.stream import SEGMENT_SIZE, TAG_SIZE
from station_app.residents.models import Resident
from tests.unit.exchange.exchange_helpers import PASSWORD, new_county, receive, sqlite_url

HEADER_SIZE = PREFIX.size + PASSWORD_PARAMS.size


def read(data: bytes, password: str = PASSWORD) -> list[object]:
    """Every event of the bundle (what an import would apply), or BundleError."""
    manifest, events = open_bundle(io.BytesIO(data), password)
    return [manifest, *events]


@pytest.fixture
def sealed(sqlite_admin: Actor) -> bytes:
    return build_bundle(sqlite_admin, PASSWORD)


@pytest.fixture
def large(sqlite_admin: Actor, tmp_path) -> bytes:
    """A bundle of several segments: residents and a photo that does not compress."""
    import os

    from station_app.attachments.service import attach_file

    load_demo(5, residents=300, actor=sqlite_admin)
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(os.urandom(3 * SEGMENT_SIZE))
    attach_file(sqlite_admin, "resident", Resident.select().first().id, photo)
    data = build_bundle(sqlite_admin, PASSWORD, include_attachments=True)
    assert len(data) > 2 * (SEGMENT_SIZE + TAG_SIZE)
    return data


def test_reads_back(sealed: bytes) -> None:
    manifest, *events = read(sealed)
    assert manifest["station"]["code"] == "152222-GLB" and manifest["journal"]["full"] is True
    assert events[-1].__class__.__name__ == "End"


def test_wrong_password(sealed: bytes) -> None:
    with pytest.raises(BundleError, match="密码错误，或数据包已被改动"):
        read(sealed, "not-the-password")


def test_every_sampled_bit_flip_fails(sealed: bytes) -> None:
    positions = sorted({*range(0, HEADER_SIZE, 3), HEADER_SIZE, len(sealed) // 2,
                        len(sealed) - 17, len(sealed) - 1})  # header fields, ciphertext, tag
    for position in positions:
        for bit in (0, 7):
            damaged = bytearray(sealed)
            damaged[position] ^= 1 << bit
            with pytest.raises(BundleError):
                read(bytes(damaged))


def test_truncated(sealed: bytes) -> None:
    for length in (4, HEADER_SIZE - 1, HEADER_SIZE + 10, len(sealed) - 1):
        with pytest.raises(BundleError, match="数据包不完整"):
            read(sealed[:length])


def test_segments_cut_dropped_or_swapped_fail_and_write_nothing(large: bytes, tmp_path) -> None:
    segment = SEGMENT_SIZE + TAG_SIZE
    body = large[HEADER_SIZE:]
    first, second, rest = body[:segment], body[segment:2 * segment], body[2 * segment:]
    header = large[:HEADER_SIZE]
    broken = {
        "cut after a whole segment": header + first,
        "a segment dropped": header + first + rest,
        "two segments swapped": header + second + first + rest,
        "a segment repeated": header + first + first + second + rest,
    }
    county = new_county(sqlite_url(tmp_path, "county"))
    for name, data in broken.items():
        with pytest.raises(BundleError) as refused:
            receive(county, data)
        assert "数据包" in refused.value.message, name
        assert Resident.select().count() == 0, name
    assert receive(county, large).inserted > 300


def test_not_a_bundle() -> None:
    with pytest.raises(BundleError, match="不是平安台账数据包"):
        read(b"PK\x03\x04 a zip file, not a bundle" * 10)


def test_newer_format_version(sealed: bytes) -> None:
    newer = sealed[:8] + struct.pack(">H", bundle_module.FORMAT_VERSION + 1) + sealed[10:]
    with pytest.raises(BundleError, match="比本程序新"):
        read(newer)


def test_short_password_refused(sqlite_admin: Actor) -> None:
    with pytest.raises(ValidationError):
        build_bundle(sqlite_admin, "short")


def test_needs_permission(sqlite_admin: Actor) -> None:
    from dataclasses import replace

    with pytest.raises(PermissionDenied):
        build_bundle(replace(sqlite_admin, role="officer"), PASSWORD)


@pytest.mark.parametrize("weak", ["12345678", "88888888", "password", "abcdefgh", "Abcdefgh", "aaaa1111",
                                  "1234567", "县局交换"])
def test_a_password_anyone_would_try_first_cannot_seal_a_bundle(weak: str) -> None:
    """Issue 12: any officer's stick may be lost; a bundle of a station not yet enrolled is only as
    strong as its password (scrypt slows each guess, it cannot save 12345678)."""
    from station_app.core.errors import ValidationError
    from station_app.exchange.sealing import BUNDLE_PASSWORD_RULE, new_password_header

    with pytest.raises(ValidationError) as refused:
        new_password_header(weak)
    assert refused.value.errors == {"password": BUNDLE_PASSWORD_RULE}


@pytest.mark.parametrize("fine", ["县局交换2026", "bundle-password", "Gaoliban2026", "科右中旗高力板所"])
def test_a_password_of_two_kinds_of_characters_seals(fine: str) -> None:
    from station_app.exchange.sealing import bundle_password_problem

    assert bundle_password_problem(fine) is None
