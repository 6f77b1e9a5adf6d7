"""The sealed file's header and its key: what is needed before a bundle's stream can be read.

The header (see bundle.py) is read and its values checked for sanity before any key is derived:
it is only authenticated afterwards (with every segment), and a few flipped bits must not buy
4 GB of scrypt memory or minutes of work before we can say the file is damaged.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station_app.core.errors import ValidationError
from station_app.exchange.bundle import (
    FORMAT_VERSION,
    MAGIC,
    MAX_SCRYPT_NR,
    MAX_SCRYPT_WORK,
    MSG_DAMAGED,
    MSG_NOT_BUNDLE,
    MSG_TRUNCATED,
    MSG_VERSION_1,
    MSG_WRONG_PASSWORD,
    PASSWORD_PARAMS,
    PREFIX,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    SEALING_PASSWORD,
    BundleError,
)
from station_app.exchange.stream import NONCE_PREFIX_SIZE, SEGMENT_SIZE

MIN_PASSWORD = 8


@dataclass(frozen=True)
class SealedHeader:
    raw: bytes  # authenticated with every segment
    version: int
    sealing: int
    n: int
    r: int
    p: int
    salt: bytes
    prefix: bytes
    check: bytes


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(the stream's key, the password check) from one scrypt derivation of 64 bytes."""
    derived = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(password.encode("utf-8"))
    return derived[:32], derived[32:48]


def new_password_header(password: str, cost: tuple[int, int, int] = (SCRYPT_N, SCRYPT_R, SCRYPT_P),
                        version: int = FORMAT_VERSION) -> tuple[bytes, bytes, bytes]:
    """(header, key, nonce prefix) for a new bundle sealed under `password`. (The fuzz tests
    seal with the cheapest cost the reader accepts, and with other format versions.)"""
    if len(password) < MIN_PASSWORD:
        raise ValidationError.single("password", f"数据包密码至少需要 {MIN_PASSWORD} 位。")
    salt, prefix = os.urandom(16), os.urandom(NONCE_PREFIX_SIZE)
    key, check = _scrypt(password, salt, *cost)
    header = (PREFIX.pack(MAGIC, version, SEALING_PASSWORD)
              + PASSWORD_PARAMS.pack(*cost, salt, prefix, SEGMENT_SIZE, check))
    return header, key, prefix


def read_header(source: BinaryIO) -> SealedHeader:
    """Read and sanity-check the header at the start of `source`; raises BundleError."""
    start = source.read(PREFIX.size)
    head = start[:len(MAGIC)]
    if not head or not MAGIC.startswith(head):
        raise BundleError(MSG_NOT_BUNDLE)
    if len(start) < PREFIX.size:
        raise BundleError(MSG_TRUNCATED)
    _magic, version, sealing = PREFIX.unpack(start)
    if version == 1:
        raise BundleError(MSG_VERSION_1)
    if version > FORMAT_VERSION:
        raise BundleError(f"数据包格式版本 {version} 比本程序新（本程序只认识到 {FORMAT_VERSION}）。"
                          "请先升级平安台账后再导入。")
    if version != FORMAT_VERSION or sealing != SEALING_PASSWORD:
        raise BundleError(MSG_DAMAGED)
    rest = source.read(PASSWORD_PARAMS.size)
    if len(rest) < PASSWORD_PARAMS.size:
        raise BundleError(MSG_TRUNCATED)
    n, r, p, salt, prefix, segment, check = PASSWORD_PARAMS.unpack(rest)
    sane = (2**14 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
            and n * r <= MAX_SCRYPT_NR and n * r * p <= MAX_SCRYPT_WORK and segment == SEGMENT_SIZE)
    if not sane:
        raise BundleError(MSG_DAMAGED)
    return SealedHeader(start + rest, version, sealing, n, r, p, salt, prefix, check)


def password_key(header: SealedHeader, password: str) -> bytes:
    """The stream's key; raises BundleError (wrong password) when the check does not match."""
    key, check = _scrypt(password, header.salt, header.n, header.r, header.p)
    if not hmac.compare_digest(check, header.check):
        raise BundleError(MSG_WRONG_PASSWORD)
    return key
