"""Sealed bundles fail loudly: wrong password, a flipped bit, truncation, another file, newer format."""

from __future__ import annotations

import struct
from datetime import datetime, timedelta

import pytest

from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.exchange import bundle as bundle_module
from station_app.exchange.bundle import HEADER, BundleError, build_bundle, read_bundle

PASSWORD = "县局交换2026"


@pytest.fixture
def sealed(sqlite_admin: Actor) -> bytes:
    return build_bundle(sqlite_admin, datetime(2000, 1, 1), utcnow() + timedelta(days=1), PASSWORD)


def test_reads_back(sealed: bytes) -> None:
    bundle = read_bundle(sealed, PASSWORD)
    assert bundle.station["code"] == "152222-GLB" and bundle.tables["account"]


def test_wrong_password(sealed: bytes) -> None:
    with pytest.raises(BundleError, match="密码错误，或数据包已被改动"):
        read_bundle(sealed, "not-the-password")


def test_every_sampled_bit_flip_fails(sealed: bytes) -> None:
    positions = sorted({*range(0, HEADER.size, 3), HEADER.size, len(sealed) // 2,
                        len(sealed) - 17, len(sealed) - 1})  # header fields, ciphertext, tag
    for position in positions:
        for bit in (0, 7):
            damaged = bytearray(sealed)
            damaged[position] ^= 1 << bit
            with pytest.raises(BundleError):
                read_bundle(bytes(damaged), PASSWORD)


def test_truncated(sealed: bytes) -> None:
    for length in (4, HEADER.size - 1, HEADER.size + 10, len(sealed) - 1):
        with pytest.raises(BundleError, match="数据包不完整"):
            read_bundle(sealed[:length], PASSWORD)


def test_not_a_bundle() -> None:
    with pytest.raises(BundleError, match="不是平安台账数据包"):
        read_bundle(b"PK\x03\x04 a zip file, not a bundle" * 10, PASSWORD)


def test_newer_format_version(sealed: bytes) -> None:
    newer = sealed[:8] + struct.pack(">H", bundle_module.FORMAT_VERSION + 1) + sealed[10:]
    with pytest.raises(BundleError, match="比本程序新"):
        read_bundle(newer, PASSWORD)


def test_short_password_refused(sqlite_admin: Actor) -> None:
    from station_app.core.errors import ValidationError

    with pytest.raises(ValidationError):
        build_bundle(sqlite_admin, datetime(2000, 1, 1), utcnow(), "short")


def test_needs_permission(sqlite_admin: Actor) -> None:
    from dataclasses import replace

    from station_app.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        build_bundle(replace(sqlite_admin, role="officer"), datetime(2000, 1, 1), utcnow(), PASSWORD)
