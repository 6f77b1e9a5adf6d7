"""Reading a version-2 bundle as a stream of checked events, one frame at a time.

Everything in a bundle is treated as input from outside: the order of the frames, the counts, the
ids, every value's type. A broken or hostile stream raises BundleError with a plain message; the
caller applies events inside one transaction, so nothing of a broken bundle is kept.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from station_app.core.migrations import latest_version
from station_app.exchange.bundle import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MSG_BROKEN,
    MSG_DAMAGED,
    MSG_NOT_BUNDLE,
    MSG_TRUNCATED,
    BundleError,
    is_int,
    parse_datetime,
)
from station_app.exchange.sealing import (
    SIGNATURE_SIZE,
    KeyHeader,
    LimitedReader,
    SealedHeader,
    key_for_recipient,
    password_key,
    read_header,
    signed_digest,
)
from station_app.exchange.stream import StreamDamaged, open_segments, read_frames

MAX_FILE = 200 * 1024 * 1024  # the attachment store's own limit
MSG_NEEDS_PASSWORD = "这是用密码加密的数据包（该所还没有与县局登记密钥），请输入该所的数据包密码。"


class HashingReader:
    """A file object that hashes what is read through it (the bundle file's SHA-256)."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.sha256 = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self.sha256.update(data)
        return data


@dataclass(frozen=True)
class TableStart:
    table: str
    columns: list[str]
    ids: list[str]
    deleted: list[str]


@dataclass(frozen=True)
class Record:
    table: str
    values: dict[str, Any]  # column → JSON value
    row: list[Any]  # the same values in the table's column order


@dataclass(frozen=True)
class FileStart:
    sha256: str
    size: int


@dataclass(frozen=True)
class FileChunk:
    data: bytes


@dataclass(frozen=True)
class FileEnd:
    sha256: str


@dataclass(frozen=True)
class AuditHashes:
    hashes: Any  # [[number, short hash], …] of the station's whole chain (checked by history.py)


@dataclass(frozen=True)
class AuditRecord:
    entry: Any  # one audit entry in full (checked by history.py)


@dataclass(frozen=True)
class End:
    files: int
    missing_files: list[str]


Event = TableStart | Record | AuditHashes | AuditRecord | FileStart | FileChunk | FileEnd | End


def _json(payload: bytes) -> Any:
    try:
        return json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError(MSG_DAMAGED) from None


@dataclass(frozen=True)
class Trust:
    """What the county knows to open a bundle sealed for it: its own box key and fingerprint, and
    how to find an enrolled station's signing key (`sender(id)` → (fingerprint, public key), or
    BundleError saying why that station may not send)."""

    own_fingerprint: str
    box: X25519PrivateKey
    sender: Callable[[uuid.UUID], tuple[str, Ed25519PublicKey]]


def open_bundle(source: BinaryIO, password: str | None = None,
                trust: Trust | None = None) -> tuple[dict[str, Any], Iterator[Event]]:
    """The checked manifest and an iterator over the rest of the bundle's events. A bundle sealed
    for a county needs `trust` and is checked against its signature before anything is decrypted;
    a password bundle needs `password`."""
    header = read_header(source)
    if isinstance(header, KeyHeader):
        segments = _signed_segments(source, header, trust)
    else:
        if not password:
            raise BundleError(MSG_NEEDS_PASSWORD)
        segments = open_segments(source, password_key(header, password), header.prefix, header.raw)
    frames = read_frames(segments)
    try:
        kind, payload = next(frames)
    except StreamDamaged as exc:
        raise BundleError(MSG_TRUNCATED if exc.truncated else MSG_BROKEN) from None
    except StopIteration:
        raise BundleError(MSG_TRUNCATED) from None
    if kind != b"M":
        raise BundleError(MSG_DAMAGED)
    manifest = _json(payload)
    check_manifest(manifest)
    return manifest, _events(manifest, frames)


def header_of(source: BinaryIO) -> SealedHeader | KeyHeader:
    """The header alone (which sealing, which station signed), the source put back at the start."""
    header = read_header(source)
    source.seek(0)
    return header


def _signed_segments(source: BinaryIO, header: KeyHeader, trust: Trust | None) -> Iterator[bytes]:
    if trust is None:
        raise BundleError("这个数据包是派出所发给县局的（用县局的密钥加密），只能在县局导入。")
    if header.recipient_fingerprint != trust.own_fingerprint:
        raise BundleError("这个数据包是发给另一个县局的（或县局已更换密钥，该所用的是旧密钥）。"
                          "请让该所导入本县局现在的登记文件后重新导出。没有导入任何内容。")
    fingerprint, public = trust.sender(header.sender_id)
    if fingerprint != header.sender_fingerprint:
        raise BundleError("这个数据包不是用该所现在登记的密钥签名的（该所可能重新生成过密钥）。"
                          "请让该所重新登记，或核实数据包的来源。没有导入任何内容。")
    start = len(header.raw)
    total = source.seek(0, 2)
    if total < start + SIGNATURE_SIZE:
        raise BundleError(MSG_TRUNCATED)
    source.seek(0)
    digest = hashlib.sha256()
    left = total - SIGNATURE_SIZE
    while left:
        chunk = source.read(min(left, 1 << 20))
        if not chunk:
            raise BundleError(MSG_TRUNCATED)
        digest.update(chunk)
        left -= len(chunk)
    signature = source.read(SIGNATURE_SIZE)
    try:
        public.verify(signature, signed_digest(digest.digest()))
    except InvalidSignature:
        raise BundleError("数据包的签名不符：数据包被改动过、没有复制完整，或不是该所制作的。"
                          "没有导入任何内容。请向该所重新索取数据包。") from None
    source.seek(start)
    return open_segments(LimitedReader(source, total - SIGNATURE_SIZE - start),
                         key_for_recipient(header, trust.box), header.prefix, header.raw)


def _events(manifest: dict[str, Any], frames: Iterator[tuple[bytes, bytes]]) -> Iterator[Event]:
    try:
        yield from _checked_events(manifest, frames)
    except StreamDamaged as exc:
        raise BundleError(MSG_TRUNCATED if exc.truncated else MSG_BROKEN) from None


def _checked_events(manifest: dict[str, Any], frames: Iterator[tuple[bytes, bytes]]) -> Iterator[Event]:
    tables: dict[str, Any] = manifest["tables"]
    expected = list(tables)
    current: TableStart | None = None
    pending: list[str] = []  # ids of the current table's records still to come
    file: FileStart | None = None
    file_hash, file_size = hashlib.sha256(), 0
    files_seen = 0
    seen_ids: set[str] = set()  # a UUID appears once in a whole bundle
    history = False  # the audit history follows the tables, before the files
    for kind, payload in frames:
        if kind != b"R" and pending:
            raise BundleError(MSG_DAMAGED)  # a table's records stopped short
        if kind == b"T":
            start = _table_start(_json(payload), tables, expected)
            if start.deleted and manifest["journal"]["full"]:
                raise BundleError(MSG_DAMAGED)  # a full bundle has no tombstones: what it lacks is gone
            if history or files_seen or file is not None or current is not None and expected.index(
                    start.table) <= expected.index(current.table):
                raise BundleError(MSG_DAMAGED)  # tables once each, in the manifest's order
            # Records carried once in the whole bundle. Tombstones are checked within their table
            # only (_table_start): kept for the whole bundle, a list of ids that costs a few bytes
            # each once compressed grew the import's memory without bound.
            before = len(seen_ids)
            seen_ids.update(start.ids)
            if len(seen_ids) != before + len(start.ids):
                raise BundleError("数据包中同一个编号出现在不止一条记录上。" + MSG_DAMAGED)
            current, pending = start, list(reversed(start.ids))
            yield start
        elif kind == b"H":
            if history or file is not None or files_seen:
                raise BundleError(MSG_DAMAGED)
            history = True
            yield AuditHashes(_json(payload))
        elif kind == b"A":
            if not history or file is not None or files_seen:
                raise BundleError(MSG_DAMAGED)
            yield AuditRecord(_json(payload))
        elif kind == b"R":
            if current is None or not pending:
                raise BundleError(MSG_DAMAGED)
            values = _json(payload)
            if not isinstance(values, list) or len(values) != len(current.columns):
                raise BundleError(MSG_DAMAGED)
            record = dict(zip(current.columns, values, strict=True))
            if record.get("id") != pending.pop():
                raise BundleError(MSG_DAMAGED)
            yield Record(current.table, record, values)
        elif kind == b"F":
            if file is not None:
                raise BundleError(MSG_DAMAGED)
            file = _file_start(_json(payload))
            file_hash, file_size = hashlib.sha256(), 0
            yield file
        elif kind == b"B":
            if file is None:
                raise BundleError(MSG_DAMAGED)
            file_hash.update(payload)
            file_size += len(payload)
            if file_size > file.size:
                raise BundleError(MSG_DAMAGED)
            yield FileChunk(payload)
            if file_size == file.size:
                if file_hash.hexdigest() != file.sha256:
                    raise BundleError(MSG_DAMAGED)
                yield FileEnd(file.sha256)
                file, files_seen = None, files_seen + 1
        elif kind == b"E":
            end = _json(payload)
            if not history or file is not None or not isinstance(end, dict) or end.get("files") != files_seen:
                raise BundleError(MSG_DAMAGED)
            missing = end.get("missing_files", [])
            if not isinstance(missing, list) or not all(isinstance(item, str) for item in missing):
                raise BundleError(MSG_DAMAGED)
            yield End(files_seen, missing[:1000])
            for _extra in frames:
                raise BundleError(MSG_DAMAGED)  # nothing may follow the end
            return
        else:
            raise BundleError(MSG_DAMAGED)
    raise BundleError(MSG_TRUNCATED)


def _table_start(value: Any, tables: dict[str, Any], expected: list[str]) -> TableStart:
    if not isinstance(value, dict) or value.get("table") not in tables:
        raise BundleError(MSG_DAMAGED)
    ids, deleted = value.get("ids"), value.get("deleted", [])
    if not _id_list(ids) or not _id_list(deleted):
        raise BundleError(MSG_DAMAGED)
    if len(set(ids) | set(deleted)) != len(ids) + len(deleted):
        raise BundleError("数据包中同一条记录出现了不止一次。" + MSG_DAMAGED)
    entry = tables[value["table"]]
    return TableStart(value["table"], entry["columns"], ids, deleted)


def _id_list(value: Any) -> bool:
    if not isinstance(value, list):
        return False
    try:
        return all(isinstance(item, str) and str(uuid.UUID(item)) == item for item in value)
    except ValueError:
        return False


def _file_start(value: Any) -> FileStart:
    if not (isinstance(value, dict) and isinstance(value.get("sha256"), str) and is_int(value.get("size"))):
        raise BundleError(MSG_DAMAGED)
    digest, size = value["sha256"], value["size"]
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest) or not 0 <= size <= MAX_FILE:
        raise BundleError(MSG_DAMAGED)
    if size == 0:
        raise BundleError(MSG_DAMAGED)  # an empty file has no B frame to end it
    return FileStart(digest, size)


def check_manifest(manifest: Any) -> None:
    """Raise BundleError unless `manifest` is a version-2 manifest this program can import."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError(MSG_NOT_BUNDLE)
    version, schema = manifest.get("version"), manifest.get("schema_version")
    if not is_int(version) or not is_int(schema) or version != FORMAT_VERSION:
        raise BundleError(MSG_DAMAGED)
    if schema > latest_version():
        raise BundleError("数据包来自更新版本的平安台账（数据结构更新），请先升级后再导入。")
    station, journal, period = manifest.get("station"), manifest.get("journal"), manifest.get("period")
    tables, exports = manifest.get("tables"), manifest.get("exports", [])
    shaped = (
        isinstance(station, dict)
        and all(isinstance(station.get(key), str) for key in ("id", "code", "name", "county", "town"))
        and isinstance(journal, dict) and isinstance(journal.get("epoch"), str)
        and 0 < len(journal["epoch"]) <= 32 and isinstance(journal.get("full"), bool)
        and all(is_int(journal.get(key)) and 0 <= journal[key] < 2**63 for key in ("from", "to"))
        and journal["from"] <= journal["to"] and (not journal["full"] or journal["from"] == 0)
        and isinstance(period, dict) and all(isinstance(period.get(k), str) for k in ("key", "first_day",
                                                                                      "last_day"))
        and len(period["key"]) <= 16
        and isinstance(manifest.get("created_at"), str) and isinstance(manifest.get("created_by"), str)
        and isinstance(manifest.get("audit_anchor", {}), dict)
        and isinstance(exports, list) and all(_past_export(item) for item in exports)
        and isinstance(tables, dict) and all(
            isinstance(entry, dict) and isinstance(entry.get("columns"), list)
            and all(isinstance(column, str) for column in entry["columns"])
            and len(set(entry["columns"])) == len(entry["columns"]) and "id" in entry["columns"]
            for entry in tables.values())
    )
    if not shaped:
        raise BundleError(MSG_DAMAGED)
    if not station_named_as_set_up(station):
        raise BundleError(MSG_DAMAGED)
    try:
        uuid.UUID(station["id"])
        parse_datetime(manifest["created_at"])
    except (ValueError, TypeError):
        raise BundleError(MSG_DAMAGED) from None


_STATION_CODE = re.compile(r"[A-Za-z0-9_\-]{2,32}")  # as station/service.py sets a station up
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def station_named_as_set_up(station: dict[str, str]) -> bool:
    """A code as a station is set up with; names of one line within the station table's 100, with
    no control or direction-overriding characters (they would show as another station's lines).
    Joiners stay: Mongolian script needs them."""
    if not _STATION_CODE.fullmatch(station["code"]):
        return False
    return all(len(station[key]) <= 100 and not any(
        unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS for char in station[key])
        for key in ("name", "county", "town"))


def _past_export(item: Any) -> bool:
    return (isinstance(item, dict) and all(is_int(item.get(key)) for key in ("from", "to"))
            and isinstance(item.get("period"), str) and isinstance(item.get("created_at"), str))
