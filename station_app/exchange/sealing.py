"""The sealed file's header, its key, and (sealed for a county) its signature.

Two sealings (see bundle.py for the layout):

1. password: key from scrypt(password). The header's values are checked for sanity before any key
   is derived: it is only authenticated afterwards (with every segment), and a few flipped bits must
   not buy 4 GB of scrypt memory or minutes of work before we can say the file is damaged.
2. key: encrypted to the county's X25519 key with a fresh ephemeral key (HKDF-SHA256 of the shared
   secret, the header in its `info`), and signed by the station's Ed25519 key: the file ends with
   the signature of SHA-256(header ‖ segments). The signature is checked, over the whole file,
   before a single segment is decrypted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station_app.core.errors import ValidationError
from station_app.exchange.bundle import (
    FORMAT_VERSION,
    KEY_PARAMS,
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
    SEALING_KEY,
    SEALING_PASSWORD,
    BundleError,
)
from station_app.exchange.stream import NONCE_PREFIX_SIZE, SEGMENT_SIZE

MIN_PASSWORD = 8
SIGNATURE_SIZE = 64
SIGNATURE_LABEL = b"station-ledger bundle signature v1"
_HKDF_INFO = b"station-ledger bundle v2 key|"


@dataclass(frozen=True)
class SealedHeader:
    """A password-sealed bundle's header."""

    raw: bytes  # authenticated with every segment
    version: int
    sealing: int
    n: int
    r: int
    p: int
    salt: bytes
    prefix: bytes
    check: bytes


@dataclass(frozen=True)
class KeyHeader:
    """A bundle sealed for a county and signed by a station."""

    raw: bytes
    sender_id: uuid.UUID
    sender_fingerprint: str  # hex
    recipient_fingerprint: str  # hex
    ephemeral: bytes
    prefix: bytes


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(the stream's key, the password check) from one scrypt derivation of 64 bytes."""
    derived = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(password.encode("utf-8"))
    return derived[:32], derived[32:48]


BUNDLE_PASSWORD_RULE = "数据包密码至少 8 位，不能只是数字或只是字母（可以混用字母、数字、汉字和符号）。"


def bundle_password_problem(password: str) -> str | None:
    """Why `password` may not seal a bundle, or None. Anyone holding the stick can try passwords
    offline (scrypt slows each try, it cannot save "12345678"): at least 8 characters, not digits
    or Latin letters alone (a Chinese phrase is fine), at least 4 different ones."""
    kinds = {"digit" if char.isascii() and char.isdigit() else "letter" if char.isascii() and char.isalpha()
             else "other" for char in password}
    if len(password) < MIN_PASSWORD or kinds in ({"digit"}, {"letter"}) or len(set(password)) < 4:
        return BUNDLE_PASSWORD_RULE
    return None


def new_password_header(password: str, cost: tuple[int, int, int] = (SCRYPT_N, SCRYPT_R, SCRYPT_P),
                        version: int = FORMAT_VERSION) -> tuple[bytes, bytes, bytes]:
    """(header, key, nonce prefix) for a new bundle sealed under `password`. (The fuzz tests
    seal with the cheapest cost the reader accepts, and with other format versions.)"""
    problem = bundle_password_problem(password)
    if problem:
        raise ValidationError.single("password", problem)
    salt, prefix = os.urandom(16), os.urandom(NONCE_PREFIX_SIZE)
    key, check = _scrypt(password, salt, *cost)
    header = (PREFIX.pack(MAGIC, version, SEALING_PASSWORD)
              + PASSWORD_PARAMS.pack(*cost, salt, prefix, SEGMENT_SIZE, check))
    return header, key, prefix


def _stream_key(shared: bytes, ephemeral: bytes, recipient_box: bytes, header: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient_box,
                info=_HKDF_INFO + header).derive(shared)


def new_key_header(sender_id: uuid.UUID, sender_fingerprint: str, recipient_fingerprint: str,
                   recipient_box: bytes, version: int = FORMAT_VERSION) -> tuple[bytes, bytes, bytes]:
    """(header, key, nonce prefix) for a bundle sealed for the county whose X25519 public key is
    `recipient_box`, from a fresh ephemeral key (forgotten once the key is derived)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    prefix = os.urandom(NONCE_PREFIX_SIZE)
    header = (PREFIX.pack(MAGIC, version, SEALING_KEY)
              + KEY_PARAMS.pack(sender_id.bytes, bytes.fromhex(sender_fingerprint),
                                bytes.fromhex(recipient_fingerprint), ephemeral_public, prefix, SEGMENT_SIZE))
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box))
    return header, _stream_key(shared, ephemeral_public, recipient_box, header), prefix


def key_for_recipient(header: KeyHeader, box: X25519PrivateKey) -> bytes:
    """The stream's key, at the county that holds the X25519 private key the bundle was sealed for."""
    try:
        shared = box.exchange(X25519PublicKey.from_public_bytes(header.ephemeral))
    except ValueError:  # a low-order point: no honest writer makes one
        raise BundleError(MSG_DAMAGED) from None
    return _stream_key(shared, header.ephemeral, box.public_key().public_bytes_raw(), header.raw)


def signed_digest(digest: bytes) -> bytes:
    """What the station signs: a label and SHA-256(header ‖ segments)."""
    return SIGNATURE_LABEL + digest


def read_header(source: BinaryIO) -> SealedHeader | KeyHeader:
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
    if version != FORMAT_VERSION or sealing not in (SEALING_PASSWORD, SEALING_KEY):
        raise BundleError(MSG_DAMAGED)
    params = PASSWORD_PARAMS if sealing == SEALING_PASSWORD else KEY_PARAMS
    rest = source.read(params.size)
    if len(rest) < params.size:
        raise BundleError(MSG_TRUNCATED)
    if sealing == SEALING_KEY:
        sender, sender_fp, recipient_fp, ephemeral, prefix, segment = KEY_PARAMS.unpack(rest)
        if segment != SEGMENT_SIZE:
            raise BundleError(MSG_DAMAGED)
        return KeyHeader(start + rest, uuid.UUID(bytes=sender), sender_fp.hex(), recipient_fp.hex(),
                         ephemeral, prefix)
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


class HashingWriter:
    """Writes through to `out`, hashing everything (what the signature covers)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.sha256 = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        return self._out.write(data)


class LimitedReader:
    """Reads at most `limit` bytes of `source` (the segments, before the signature)."""

    def __init__(self, source: BinaryIO, limit: int) -> None:
        self._source, self._left = source, limit

    def read(self, size: int = -1) -> bytes:
        size = self._left if size < 0 else min(size, self._left)
        data = self._source.read(size)
        self._left -= len(data)
        return data
