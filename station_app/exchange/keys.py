"""This database's keys for the exchange with the county: Ed25519 to sign bundles, X25519 to be
written to. All from `cryptography`; nothing here invents a primitive.

The private keys live in a file in the data directory (`keys/<station id>.pem`, PKCS#8), each
encrypted with a random key kept in the database's settings: the database file alone, or the key
file alone, gives nothing away (a stolen backup stick holding both is a stolen station; see
docs/exchange.md). Backups copy the key file beside the database copy. The public keys and their
fingerprint are in `exchange_identity`.

A fingerprint is the SHA-256 of both public keys; people compare it as six groups of five digits,
read out by phone or printed on the enrolment form.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from station_app.core import paths
from station_app.core.errors import StationError
from station_app.core.models import Setting
from station_app.exchange.models import ExchangeIdentity

WRAP_SETTING = "exchange.key_wrap"
_FINGERPRINT_LABEL = b"station-ledger exchange keys v1"
MSG_NO_KEY_FILE = ("本机找不到本所的交换密钥文件（{path}）。请从备份恢复密钥文件；若已无法找回，请在“设置”中"
                   "重新生成本所密钥，并把新的登记文件送县局重新登记。")


class KeysMissing(StationError):
    """The private keys cannot be read on this PC."""


@dataclass(frozen=True)
class PrivateKeys:
    sign: Ed25519PrivateKey
    box: X25519PrivateKey


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int) -> bytes:
    """Base64 of exactly `length` bytes; ValueError otherwise."""
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if len(data) != length:
        raise ValueError("wrong length")
    return data


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    return hashlib.sha256(_FINGERPRINT_LABEL + sign_public + box_public).hexdigest()


def fingerprint_digits(hex_fingerprint: str) -> str:
    """"12345 67890 …": six groups of five digits (100 bits) from the fingerprint, to read aloud."""
    number = int.from_bytes(bytes.fromhex(hex_fingerprint)[:13], "big") % 10**30
    digits = f"{number:030d}"
    return " ".join(digits[start:start + 5] for start in range(0, 30, 5))


def key_file(station_id: uuid.UUID) -> Path:
    folder = paths.data_dir() / "keys"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{station_id.hex}.pem"


def _wrap_password(create: bool = False) -> bytes:
    """The random key the private keys are encrypted with, kept in the database (made once)."""
    setting = Setting.get_or_none(Setting.key == WRAP_SETTING)
    if setting is None:
        if not create:
            raise ValueError("no wrapping key in this database")
        setting = Setting.create(key=WRAP_SETTING, value=json.dumps(secrets.token_hex(32)))
    return json.loads(setting.value).encode("ascii")


def create_keys(station_id: uuid.UUID) -> ExchangeIdentity:
    """New key pairs for this database's station: the key file written (fsynced, mode 0600) and
    the public keys recorded, replacing earlier ones. Call inside a transaction."""
    private = PrivateKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    wrap = serialization.BestAvailableEncryption(_wrap_password(create=True))
    pem = b"".join(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, wrap)
                   for key in (private.sign, private.box))
    target = key_file(station_id)
    temp = target.with_name(f".{target.name}.new")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    if target.exists():  # the old keys stay beside, in case an enrolment with them is still wanted
        with contextlib.suppress(OSError):
            os.replace(target, target.with_name(f"{target.stem}.replaced-{secrets.token_hex(4)}.pem"))
    os.replace(temp, target)
    sign_public, box_public = raw_public(private.sign.public_key()), raw_public(private.box.public_key())
    ExchangeIdentity.delete().where(ExchangeIdentity.station_id == station_id).execute()
    return ExchangeIdentity.create(station_id=station_id, sign_public=b64(sign_public),
                                   box_public=b64(box_public),
                                   fingerprint=fingerprint(sign_public, box_public))


def own_identity(station_id: uuid.UUID) -> ExchangeIdentity | None:
    return ExchangeIdentity.get_or_none(ExchangeIdentity.station_id == station_id)


def _restore_from_backups(path: Path) -> None:
    """A PC rebuilt from a backup: the key file is in the backup folder's `keys/`."""
    import shutil

    from station_app.backup.files import remembered_folders

    for folder in remembered_folders():
        copy = Path(folder) / "keys" / path.name
        if copy.is_file():
            with contextlib.suppress(OSError):
                shutil.copyfile(copy, path)
                os.chmod(path, 0o600)
                return


def load_private_keys(station_id: uuid.UUID) -> PrivateKeys:
    """This station's private keys; KeysMissing (with what to do) when the file is gone, belongs
    to other keys, or cannot be unwrapped with this database's key."""
    identity = own_identity(station_id)
    path = key_file(station_id)
    if identity is None:
        raise KeysMissing("本库还没有交换密钥。请在“设置”中生成本所密钥。")
    if not path.exists():
        _restore_from_backups(path)
    try:
        end = b"-----END ENCRYPTED PRIVATE KEY-----"
        blocks = path.read_bytes().split(end)
        password = _wrap_password()
        sign = serialization.load_pem_private_key(blocks[0].lstrip() + end + b"\n", password)
        box = serialization.load_pem_private_key(blocks[1].lstrip() + end + b"\n", password)
    except (OSError, ValueError, IndexError, TypeError) as exc:
        raise KeysMissing(MSG_NO_KEY_FILE.replace("{path}", str(path))) from exc
    if not isinstance(sign, Ed25519PrivateKey) or not isinstance(box, X25519PrivateKey):
        raise KeysMissing(MSG_NO_KEY_FILE.replace("{path}", str(path)))
    found = fingerprint(raw_public(sign.public_key()), raw_public(box.public_key()))
    if found != identity.fingerprint:
        raise KeysMissing(MSG_NO_KEY_FILE.replace("{path}", str(path)) + "（密钥文件与本库登记的密钥不符）")
    return PrivateKeys(sign, box)
