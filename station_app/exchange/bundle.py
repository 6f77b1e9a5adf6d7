"""The encrypted data bundle a station carries to the county bureau (format version 1).

Plain content: a zip holding `manifest.json` and one `<table>.jsonl` per station table, one record
per line with every exported column by column name (UUIDs as strings, datetimes ISO 8601 in UTC
with "+00:00", dates ISO, money as integer 分). The manifest says::

    {"format": "station-ledger-bundle", "version": 1, "schema_version": 8,
     "station": {"id", "code", "name", "county", "town"},
     "period": {"start", "end"}, "created_at", "created_by",
     "excluded_columns": {"account": [...]},
     "tables": {"<table>": {"file": "<table>.jsonl", "records": n, "sha256": "<hex>"}}}

Sealed file: HEADER ‖ AES-256-GCM(key, nonce, zip, associated data = HEADER), where HEADER is
`struct ">8sHBIIIQ16s12s"`: magic b"PAJTBNDL", format version (1), KDF id (1 = scrypt), scrypt
n, r, p, ciphertext length, 16-byte random salt, 12-byte random nonce; key = scrypt(password).
Account passwords and login state never leave the station.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

import peewee
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station_app.accounts import permissions
from station_app.audit.chain import chain_head
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.errors import StationError, ValidationError
from station_app.core.migrations import latest_version
from station_app.core.models import Station, StationRecord
from station_app.core.zipguard import inflation_problem

FORMAT_NAME = "station-ledger-bundle"
FORMAT_VERSION = 1
MAGIC = b"PAJTBNDL"
HEADER = struct.Struct(">8sHBIIIQ16s12s")
KDF_SCRYPT = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_SCRYPT_NR = 2**21  # 256 MB of scrypt memory; what we write needs 32 MB
MAX_SCRYPT_WORK = 2**21  # eight times what we write
MAX_UNPACKED = 1024 * 1024 * 1024  # a week of a station is tens of MB of JSON lines
EXPORT_ACTION = "exchange.export"  # the bundle carries unmasked personal data
MODEL_MODULES = (
    "station_app.residents.models", "station_app.accounts.models", "station_app.attachments.models",
)
EXCLUDED_COLUMNS: dict[str, frozenset[str]] = {
    "account": frozenset({"password_hash", "failed_logins", "locked_until", "last_login_at",
                          "must_change_password"}),
}

MSG_WRONG_PASSWORD = "密码错误，或数据包已被改动。请确认密码；若密码无误，请向对方重新索取数据包。"
MSG_NOT_BUNDLE = "不是平安台账数据包（文件类型不对，可能选错了文件）。"
MSG_TRUNCATED = "数据包不完整（文件被截断，可能复制时U盘被拔出）。请重新复制后再导入。"
MSG_DAMAGED = "数据包已损坏或被改动，无法导入。请向对方重新索取数据包。"


class BundleError(StationError):
    """A bundle that cannot be read or imported; the message says why in plain Chinese."""


@dataclass(frozen=True)
class Bundle:
    """A decrypted, checked bundle: its manifest and `table → records` (JSON values)."""

    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    files: dict[str, bytes] = field(default_factory=dict)  # attachment sha256 → content, if included

    @property
    def station(self) -> dict[str, str]:
        return self.manifest["station"]

    @property
    def created_at(self) -> datetime:
        return parse_datetime(self.manifest["created_at"])


def station_models() -> list[type[StationRecord]]:
    """Every StationRecord table, parents before children (foreign keys), by table name otherwise."""
    import importlib

    from station_app.residents.service import LINKING_MODULES

    for name in (*LINKING_MODULES, *MODEL_MODULES):
        importlib.import_module(name)
    found: dict[str, type[StationRecord]] = {}
    pending = list(StationRecord.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        found[model._meta.table_name] = model
    ordered: list[type[StationRecord]] = []
    remaining = dict(sorted(found.items()))
    while remaining:
        ready = [name for name, model in remaining.items() if not any(
            field.rel_model is not model and field.rel_model._meta.table_name in remaining
            for field in model._meta.refs)]
        if not ready:
            raise RuntimeError(f"foreign key cycle among {sorted(remaining)}")
        ordered.extend(remaining.pop(name) for name in ready)
    return ordered


def exported_fields(model: type[peewee.Model]) -> list[peewee.Field]:
    excluded = EXCLUDED_COLUMNS.get(model._meta.table_name, frozenset())
    return [field for field in model._meta.sorted_fields if field.column_name not in excluded]


def to_json(value: Any) -> Any:
    """One column value as JSON: UUID → str, datetime (naive UTC) → ISO UTC, date → ISO."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat() + "+00:00"
    if isinstance(value, date):
        return value.isoformat()
    return value


def parse_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def from_json(field: peewee.Field, value: Any) -> Any:
    """One JSON value back to what the field stores.

    Raises BundleError for a value the column cannot hold (wrong JSON type, unreadable date or
    UUID, NULL in a required column): checked here, before any comparison or write, so a broken
    bundle stops the import instead of crashing it.
    """
    if value is None:
        if not field.null and not isinstance(field, peewee.AutoField):
            raise _bad_value(field)
        return None
    target = field.rel_field if isinstance(field, peewee.ForeignKeyField) else field
    try:
        if isinstance(target, peewee.DateTimeField):
            return parse_datetime(value)
        if isinstance(target, peewee.DateField):
            return date.fromisoformat(value)
        if isinstance(target, peewee.UUIDField):
            return uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        raise _bad_value(field) from None
    expected = next((types for kind, types in _JSON_TYPES if isinstance(target, kind)), None)
    if expected is not None and (not isinstance(value, expected) or (isinstance(value, bool)
                                                                   and bool not in expected)):
        raise _bad_value(field)
    return value


_JSON_TYPES: tuple[tuple[type[peewee.Field], tuple[type, ...]], ...] = (
    (peewee.BooleanField, (bool,)), (peewee.IntegerField, (int,)), (peewee.FloatField, (int, float)),
    (peewee.CharField, (str,)), (peewee.TextField, (str,)),
)


def _bad_value(field: peewee.Field) -> BundleError:
    return BundleError(f"数据包中“{field.model._meta.table_name}”表的“{field.column_name}”一栏内容不正确。"
                       f"{MSG_DAMAGED}")


def row_to_json(model: type[peewee.Model], row: dict[str, Any]) -> dict[str, Any]:
    """A `.dicts()` row (keyed by field name) as a bundle record (keyed by column name)."""
    return {field.column_name: to_json(row[field.name]) for field in exported_fields(model)}


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    lines = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in records)
    return "".join(lines).encode("utf-8")


def build_archive(actor: Actor, start_utc: datetime, end_utc: datetime,
                  include_attachments: bool = False) -> bytes:
    """The plain zip of the home station's records with `start_utc <= updated_at < end_utc`;
    with `include_attachments`, the files of the attachment records too (`files/<sha256>`)."""
    permissions.require(actor, EXPORT_ACTION)
    station = Station.get_or_none(Station.is_home == True)  # noqa: E712 (peewee expression)
    if station is None:
        raise BundleError("本库尚未设置本所信息，无法生成数据包。")
    members: dict[str, bytes] = {}
    tables: dict[str, dict[str, Any]] = {}
    anchor = chain_head()
    for model in station_models():
        query = (model.select().where((model.station == station.id) & (model.updated_at >= start_utc)
                                      & (model.updated_at < end_utc))
                 .order_by(model.created_at, model.id).dicts())
        records = [row_to_json(model, row) for row in query]
        name = model._meta.table_name
        members[f"{name}.jsonl"] = data = _jsonl(records)
        tables[name] = {"file": f"{name}.jsonl", "records": len(records),
                        "sha256": hashlib.sha256(data).hexdigest()}
    manifest = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "schema_version": latest_version(),
        "station": {"id": str(station.id), "code": station.code, "name": station.name,
                    "county": station.county, "town": station.town},
        "period": {"start": to_json(start_utc), "end": to_json(end_utc)},
        "created_at": to_json(utcnow()), "created_by": actor.username,
        "audit_anchor": {"seq": anchor.seq, "hash": anchor.hash},
        "excluded_columns": {table: sorted(columns) for table, columns in EXCLUDED_COLUMNS.items()},
        "tables": tables,
    }
    if include_attachments:
        manifest["attachments"] = _attachment_files(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _attachment_files(members: dict[str, bytes]) -> dict[str, Any]:
    """Add the stored files of the bundle's attachment records to `members`; a file missing from
    this PC's store (or no longer matching its hash) is listed, not fatal."""
    from station_app.attachments.service import stored_path

    included: dict[str, int] = {}
    missing: list[str] = []
    for line in members.get("attachment.jsonl", b"").decode("utf-8").splitlines():
        digest = json.loads(line)["sha256"]
        if digest in included or digest in missing:
            continue
        try:
            content = stored_path(digest).read_bytes()
        except OSError:
            content = None
        if content is None or hashlib.sha256(content).hexdigest() != digest:
            missing.append(digest)
            continue
        members[f"files/{digest}"] = content
        included[digest] = len(content)
    return {"files": included, "missing": missing}


def _key(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def seal(plain: bytes, password: str) -> bytes:
    """Encrypt `plain` under `password` with a fresh salt and nonce; the header is authenticated."""
    if len(password) < 8:
        raise ValidationError.single("password", "数据包密码至少需要 8 位。")
    salt, nonce = os.urandom(16), os.urandom(12)
    length = len(plain) + 16  # AES-GCM appends a 16-byte tag
    header = HEADER.pack(MAGIC, FORMAT_VERSION, KDF_SCRYPT, SCRYPT_N, SCRYPT_R, SCRYPT_P, length,
                         salt, nonce)
    return header + AESGCM(_key(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, plain, header)


def build_bundle(actor: Actor, start_utc: datetime, end_utc: datetime, password: str,
                 include_attachments: bool = False) -> bytes:
    """The sealed bundle of the home station's records changed in [start_utc, end_utc)."""
    return seal(build_archive(actor, start_utc, end_utc, include_attachments), password)


def open_sealed(data: bytes, password: str) -> bytes:
    """Check the header and decrypt; raises BundleError with the reason in Chinese."""
    if data[:len(MAGIC)] != MAGIC:
        raise BundleError(MSG_TRUNCATED if data and MAGIC.startswith(data) else MSG_NOT_BUNDLE)
    if len(data) < HEADER.size:
        raise BundleError(MSG_TRUNCATED)
    header = data[:HEADER.size]
    _magic, version, kdf, n, r, p, length, salt, nonce = HEADER.unpack(header)
    if version > FORMAT_VERSION:
        raise BundleError(f"数据包格式版本 {version} 比本程序新（本程序只认识到 {FORMAT_VERSION}）。"
                          "请先升级平安台账后再导入。")
    sane = (kdf == KDF_SCRYPT and version >= 1 and 2**14 <= n <= 2**20 and n & (n - 1) == 0
            and 1 <= r <= 32 and 1 <= p <= 16
            # The header is only authenticated after the key is derived: a few flipped bits must
            # not buy 4 GB of memory (128·n·r) or minutes of work (n·r·p) before we can say so.
            and n * r <= MAX_SCRYPT_NR and n * r * p <= MAX_SCRYPT_WORK)
    if not sane:
        raise BundleError(MSG_DAMAGED)
    body = data[HEADER.size:]
    if len(body) < length:
        raise BundleError(MSG_TRUNCATED)
    if len(body) > length:
        raise BundleError(MSG_DAMAGED)
    try:
        return AESGCM(_key(password, salt, n, r, p)).decrypt(nonce, body, header)
    except InvalidTag:
        raise BundleError(MSG_WRONG_PASSWORD) from None


def read_bundle(data: bytes, password: str) -> Bundle:
    """Decrypt and check a bundle. Raises BundleError (wrong password, tampered, truncated …).

    What comes back has the shape import_bundle relies on (manifest fields, records that are
    objects with an id): only the sender can seal a bundle, but the sender's program may be broken.
    """
    plain = open_sealed(data, password)
    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            problem = inflation_problem(archive, MAX_UNPACKED)
            if problem:
                raise BundleError(f"数据包{problem}")
            manifest = json.loads(archive.read("manifest.json"))
            _check_manifest(manifest)
            tables: dict[str, list[dict[str, Any]]] = {}
            for name, entry in manifest["tables"].items():
                member = archive.read(entry["file"])
                if hashlib.sha256(member).hexdigest() != entry["sha256"]:
                    raise BundleError(MSG_DAMAGED)
                records = [json.loads(line) for line in member.decode("utf-8").splitlines() if line]
                if len(records) != entry["records"] or not all(_is_record(record) for record in records):
                    raise BundleError(MSG_DAMAGED)
                tables[name] = records
            files = _read_files(archive, manifest)
    # zlib.error, NotImplementedError (unknown compression), RuntimeError (an encrypted member),
    # RecursionError (JSON nested thousands deep): a broken archive, whatever the exception.
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError, TypeError,
            AttributeError, NotImplementedError, RuntimeError) as exc:
        raise BundleError(MSG_DAMAGED) from exc
    return Bundle(manifest, tables, files)


def _read_files(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> dict[str, bytes]:
    listed = (manifest.get("attachments") or {}).get("files") or {}
    if not isinstance(listed, dict):
        raise BundleError(MSG_DAMAGED)
    files = {}
    for digest in listed:
        if not isinstance(digest, str) or len(digest) != 64:
            raise BundleError(MSG_DAMAGED)
        content = archive.read(f"files/{digest}")
        if hashlib.sha256(content).hexdigest() != digest:
            raise BundleError(MSG_DAMAGED)
        files[digest] = content
    return files


def _check_manifest(manifest: Any) -> None:
    """Raise BundleError unless `manifest` is a bundle manifest this program can import."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError(MSG_NOT_BUNDLE)
    version, schema = manifest.get("version"), manifest.get("schema_version")
    if not _is_int(version) or not _is_int(schema) or version < 1:
        raise BundleError(MSG_DAMAGED)
    if version > FORMAT_VERSION:
        raise BundleError("数据包格式版本比本程序新，请先升级平安台账后再导入。")
    if schema > latest_version():
        raise BundleError("数据包来自更新版本的平安台账（数据结构更新），请先升级后再导入。")
    station, period, tables = manifest.get("station"), manifest.get("period"), manifest.get("tables")
    shaped = (
        isinstance(station, dict)
        and all(isinstance(station.get(key), str) for key in ("id", "code", "name", "county"))
        and isinstance(station.get("town", ""), str)
        and isinstance(period, dict) and all(isinstance(period.get(key), str) for key in ("start", "end"))
        and isinstance(manifest.get("created_at"), str) and isinstance(manifest.get("audit_anchor", {}), dict)
        and isinstance(tables, dict) and all(
            isinstance(entry, dict) and isinstance(entry.get("file"), str) and _is_int(entry.get("records"))
            and isinstance(entry.get("sha256"), str) for entry in tables.values())
    )
    if not shaped:
        raise BundleError(MSG_DAMAGED)
    uuid.UUID(station["id"])  # ValueError: damaged
    parse_datetime(manifest["created_at"])


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_record(record: Any) -> bool:
    """An object with what every station record has: the merge compares these before anything else."""
    if not isinstance(record, dict) or not all(isinstance(record.get(key), str)
                                               for key in ("id", "station_id", "updated_at")):
        return False
    if not _is_int(record.get("version")):
        return False
    try:
        uuid.UUID(record["id"])
    except ValueError:
        return False
    return True
