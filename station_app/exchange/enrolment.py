"""Enrolment, once per station: the station and its county exchange public keys on the stick they
already carry, and each side compares the other's fingerprint by phone or on the paper form.

An enrolment file (`<code>_登记文件.pajk`) is JSON: format, version, role ("station" or "county"),
the station (id, code, name, county, town), both public keys (base64), the fingerprint, when, and
an Ed25519 signature of all that by the key it carries (it proves the sender holds that key; the
fingerprint compared by phone proves the key is the sender's). Importing one registers the other
side: at the county a station (replacing, after consent, a key it held before: re-enrolment), at a
station its county. Every step is audited.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.errors import NotFound, StationError, ValidationError
from station_app.core.models import Station
from station_app.exchange.bundle_reader import station_named_as_set_up
from station_app.exchange.keys import (
    b64,
    create_keys,
    fingerprint,
    fingerprint_digits,
    load_private_keys,
    own_identity,
    unb64,
)
from station_app.exchange.models import ExchangePartner
from station_app.exchange.names import safe_file_name

FORMAT = "station-ledger-enrolment"
SUFFIX = ".pajk"
MAX_FILE = 64 * 1024
COUNTY, STATION = "county", "station"
MSG_NOT_ENROLMENT = "不是平安台账的登记文件（文件类型不对，可能选错了文件）。"
MSG_BAD_ENROLMENT = "登记文件已损坏或被改动（签名不符）。请让对方重新导出登记文件。"


class EnrolmentError(StationError):
    """An enrolment file that cannot be used; the message says why."""


class AlreadyEnrolled(EnrolmentError):
    """The other side was enrolled with another key: replacing it needs a person's consent."""


@dataclass(frozen=True)
class KeyInfo:
    """This database's own keys as people compare them."""

    station_code: str
    station_name: str
    fingerprint: str
    digits: str
    created_at: datetime
    key_file_present: bool


@dataclass(frozen=True)
class PartnerView:
    id: uuid.UUID
    role: str
    station_id: uuid.UUID
    code: str
    name: str
    digits: str
    enrolled_at: datetime
    enrolled_by: str
    revoked_at: datetime | None
    revoked_by: str


@dataclass(frozen=True)
class EnrolmentFile:
    """A read and checked enrolment file, before anyone has confirmed its fingerprint."""

    role: str
    station: dict[str, str]
    sign_public: bytes
    box_public: bytes
    fingerprint: str

    @property
    def digits(self) -> str:
        return fingerprint_digits(self.fingerprint)


def _home() -> Station:
    home = Station.get_or_none(Station.is_home == True)  # noqa: E712 (peewee expression)
    if home is None:
        raise StationError("本库尚未设置本所信息。")
    return home


def key_info(actor: Actor) -> KeyInfo | None:
    """`station keys show`: this database's fingerprint (None before keys are made)."""
    permissions.require(actor, "settings.view")
    home = _home()
    identity = own_identity(home.id)
    if identity is None:
        return None
    from station_app.exchange.keys import key_file

    return KeyInfo(home.code, home.name, identity.fingerprint, fingerprint_digits(identity.fingerprint),
                   identity.created_at, key_file(home.id).exists())


def make_keys(actor: Actor) -> KeyInfo:
    """New key pairs for this database (at setup; again only to re-enrol after a lost key)."""
    permissions.require(actor, "exchange.enrol")
    home = _home()
    with db.transaction():
        replaced = own_identity(home.id)
        identity = create_keys(home.id)
        audit.record(actor, "keys.create", "station", home.id, extra={
            "fingerprint": identity.fingerprint, "replaced": replaced.fingerprint if replaced else ""})
    info = key_info(actor)
    assert info is not None
    return info


def ensure_keys_at_setup(actor: Actor) -> None:
    """A new database makes its keys at once (no enrolment is possible without them)."""
    home = _home()
    if own_identity(home.id) is None:
        create_keys(home.id)


def enrolment_file_bytes(actor: Actor) -> tuple[str, bytes]:
    """(file name, content) of this database's enrolment file, signed with its key."""
    permissions.require(actor, "exchange.enrol")
    home = _home()
    identity = own_identity(home.id)
    if identity is None:
        raise StationError("本库还没有交换密钥。请先在“设置”中生成本所密钥。")
    keys = load_private_keys(home.id)
    role = COUNTY if ExchangePartner.select().where(ExchangePartner.role == STATION).exists() or \
        _looks_like_county(home) else STATION
    body = {"format": FORMAT, "version": 1, "role": role,
            "station": {"id": str(home.id), "code": home.code, "name": home.name, "county": home.county,
                        "town": home.town},
            "sign_public": identity.sign_public, "box_public": identity.box_public,
            "fingerprint": identity.fingerprint, "created_at": utcnow().isoformat() + "+00:00"}
    signature = keys.sign.sign(canonical_body(body))
    content = json.dumps({**body, "signature": b64(signature)}, ensure_ascii=False, indent=1).encode("utf-8")
    return safe_file_name(f"{home.code}_登记文件", fallback="登记文件") + SUFFIX, content


def _looks_like_county(home: Station) -> bool:
    """A bureau enrols stations; a station its bureau. Before either, the name tells."""
    return home.name.endswith(("公安局", "公安分局"))


def export_enrolment(actor: Actor, folder: Path) -> Path:
    """`station enrol export --to DIR`: write the enrolment file into an existing folder."""
    from station_app.documents import write_pdf as write_atomically

    name, content = enrolment_file_bytes(actor)
    if not Path(folder).is_dir():
        raise ValidationError.single("folder", f"找不到文件夹 {folder}：U盘没有插好，或路径写错了。")
    path = write_atomically(Path(folder) / name, content)
    with db.transaction():
        audit.record(actor, "keys.enrolment_export", "station", _home().id, extra={"file": path.name})
    return path


def canonical_body(body: dict[str, Any]) -> bytes:
    """What an enrolment file's signature covers: its fields, canonically (the signature left out)."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def read_enrolment(data: bytes) -> EnrolmentFile:
    """Check an enrolment file's form and self-signature; raises EnrolmentError."""
    if len(data) > MAX_FILE:
        raise EnrolmentError(MSG_NOT_ENROLMENT)
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise EnrolmentError(MSG_NOT_ENROLMENT) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT or body.get("version") != 1:
        raise EnrolmentError(MSG_NOT_ENROLMENT)
    station = body.get("station")
    try:
        if body.get("role") not in (COUNTY, STATION) or not isinstance(station, dict):
            raise ValueError
        for key, limit in (("id", 36), ("code", 32), ("name", 100), ("county", 100), ("town", 100)):
            value = station.get(key)
            if not isinstance(value, str) or len(value) > limit or "\x00" in value:
                raise ValueError
        uuid.UUID(station["id"])
        sign_public, box_public = unb64(body["sign_public"], 32), unb64(body["box_public"], 32)
        signature = unb64(body["signature"], 64)
    except (KeyError, ValueError, TypeError, AttributeError):
        raise EnrolmentError(MSG_BAD_ENROLMENT) from None
    unsigned = {key: value for key, value in body.items() if key != "signature"}
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, canonical_body(unsigned))
    except (InvalidSignature, ValueError):
        raise EnrolmentError(MSG_BAD_ENROLMENT) from None
    found = fingerprint(sign_public, box_public)
    if body.get("fingerprint") != found:
        raise EnrolmentError(MSG_BAD_ENROLMENT)
    fields = {key: station[key] for key in ("id", "code", "name", "county", "town")}
    if not station_named_as_set_up(fields):
        raise EnrolmentError("登记文件中的单位代码或名称不是派出所设置时可以填写的样子（单位代码须为 2-32 位"
                             "字母、数字、下划线或减号，名称为一行、最多 100 个字），不能登记。"
                             "请核实登记文件的来源。")
    return EnrolmentFile(body["role"], fields, sign_public, box_public, found)


def import_enrolment(actor: Actor, data: bytes, *, replace: bool = False) -> PartnerView:
    """Register the other side of an enrolment file whose fingerprint a person has compared.
    At the county a station (a station enrolled before with another key needs `replace`: its old
    key is revoked); at a station its county (one at a time)."""
    permissions.require(actor, "exchange.enrol")
    incoming = read_enrolment(data)
    home = _home()
    if incoming.station["id"] == str(home.id) or incoming.station["code"] == home.code:
        raise EnrolmentError("这是本单位自己的登记文件。请导入对方（派出所或县局）的登记文件。")
    station_id = uuid.UUID(incoming.station["id"])
    with db.transaction():
        if incoming.role == COUNTY:
            current = _active(COUNTY)
        else:
            current = _active(STATION, station_id)
            clash = Station.get_or_none((Station.code == incoming.station["code"])
                                        & (Station.id != station_id))
            if clash is not None:
                raise EnrolmentError(f"本库中已有单位代码为 {clash.code} 的另一个单位（{clash.name}），"
                                     "与登记文件中的不是同一个。请核对单位代码。")
        if current is not None and current.fingerprint == incoming.fingerprint:
            return _view(current)  # the same key again: nothing to do
        if current is not None and not replace:
            raise AlreadyEnrolled(f"{current.name}已登记过另一把密钥"
                                 f"（指纹 {fingerprint_digits(current.fingerprint)}）。"
                                 "若对方重新生成了密钥（例如原密钥丢失），请确认后选择替换。")
        if current is not None:
            _revoke(actor, current)
        if incoming.role == STATION:
            _ensure_station(incoming.station)
        partner = ExchangePartner.create(
            role=incoming.role, station_id=station_id, code=incoming.station["code"][:32],
            name=incoming.station["name"][:100], county=incoming.station["county"][:100],
            sign_public=b64(incoming.sign_public), box_public=b64(incoming.box_public),
            fingerprint=incoming.fingerprint, enrolled_by=actor.username)
        audit.record(actor, "keys.enrol", "station", station_id, extra={
            "role": incoming.role, "code": partner.code, "name": partner.name,
            "fingerprint": partner.fingerprint, "replaced": current.fingerprint if current else ""})
    return _view(partner)


def _ensure_station(info: dict[str, str]) -> None:
    """The county knows an enrolled station before its first bundle (报送情况: never heard from)."""
    station_id = uuid.UUID(info["id"])
    if Station.get_or_none(Station.id == station_id) is None:
        Station.create(id=station_id, code=info["code"][:32], name=info["name"][:100],
                       county=info["county"][:100], town=info["town"][:100], is_home=False)


def _active(role: str, station_id: uuid.UUID | None = None) -> ExchangePartner | None:
    query = ExchangePartner.select().where((ExchangePartner.role == role)
                                           & ExchangePartner.revoked_at.is_null())
    if station_id is not None:
        query = query.where(ExchangePartner.station_id == station_id)
    return query.order_by(ExchangePartner.enrolled_at.desc()).first()


def active_county() -> ExchangePartner | None:
    """At a station: the county its bundles are sealed for (None: not enrolled yet)."""
    return _active(COUNTY)


def sends_signed(actor: Actor) -> bool:
    """Whether this station's bundles go sealed for its county and signed (no password to ask)."""
    permissions.require(actor, "exchange.export")
    return active_county() is not None


def enrolled_station(station_id: uuid.UUID) -> ExchangePartner | None:
    return _active(STATION, station_id)


def ever_enrolled(station_id: uuid.UUID) -> ExchangePartner | None:
    """The newest enrolment of a station at the county, revoked or not."""
    return (ExchangePartner.select().where((ExchangePartner.role == STATION)
                                           & (ExchangePartner.station_id == station_id))
            .order_by(ExchangePartner.enrolled_at.desc()).first())


def list_partners(actor: Actor, include_revoked: bool = True) -> list[PartnerView]:
    """`station enrol list`: at the county its stations, at a station its county."""
    permissions.require(actor, "settings.view")
    query = ExchangePartner.select().order_by(ExchangePartner.role, ExchangePartner.code,
                                              ExchangePartner.enrolled_at.desc())
    if not include_revoked:
        query = query.where(ExchangePartner.revoked_at.is_null())
    return [_view(partner) for partner in query]


def revoke(actor: Actor, code: str) -> PartnerView:
    """`station enrol revoke CODE`: bundles signed with that key are refused from now on."""
    permissions.require(actor, "exchange.enrol")
    with db.transaction():
        partner = (ExchangePartner.select().where((ExchangePartner.code == code.strip())
                                                  & ExchangePartner.revoked_at.is_null()).first())
        if partner is None:
            raise NotFound(f"没有已登记、未注销的单位代码 {code}。")
        _revoke(actor, partner)
    return _view(ExchangePartner.get_by_id(partner.id))


def _revoke(actor: Actor, partner: ExchangePartner) -> None:
    ExchangePartner.update(revoked_at=utcnow(), revoked_by=actor.username).where(
        ExchangePartner.id == partner.id).execute()
    audit.record(actor, "keys.revoke", "station", partner.station_id, extra={
        "code": partner.code, "name": partner.name, "fingerprint": partner.fingerprint})


def _view(partner: ExchangePartner) -> PartnerView:
    return PartnerView(partner.id, partner.role, partner.station_id, partner.code, partner.name,
                       fingerprint_digits(partner.fingerprint), partner.enrolled_at, partner.enrolled_by,
                       partner.revoked_at, partner.revoked_by)
