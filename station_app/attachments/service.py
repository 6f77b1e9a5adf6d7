"""Attaching files: copied into the data directory under their SHA-256, recorded, audited.

When the database is encrypted (core/vault), so are the files in the store: each is sealed with
AES-256-GCM in 1 MB segments (the STREAM construction the bundles use) under a key derived from
the database key, and named by an HMAC of its SHA-256 instead of the hash itself (a known photo
cannot be confirmed from the file names). Files stored before the database was encrypted are read
as they are until `encrypt_stored_files` seals them.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from station_app.attachments.models import Attachment
from station_app.audit import chain as audit
from station_app.core import db, paths
from station_app.core.actor import Actor
from station_app.core.errors import StationError, ValidationError

MAX_BYTES = 200 * 1024 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SEALED_MAGIC = b"SLATT1\0"  # a sealed store file: magic, 7-byte nonce prefix, then segments
_CHUNK = 1 << 20


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    file_name: str
    size: int
    sha256: str
    purpose: str
    added_by: str

    @property
    def path(self) -> Path:
        return stored_path(self.sha256)


def stored_path(sha256: str) -> Path:
    """Where the store keeps (or would keep) the file with this SHA-256 — only ever a hex digest
    (a value from a bundle such as "../../dev/zero" must never become a path)."""
    if not _HEX64.fullmatch(sha256 or ""):
        raise StationError("附件的校验值不正确，无法找到该附件（记录可能已损坏）。")
    keys = _store_keys()
    name = sha256 if keys is None else hmac.new(keys[0], sha256.encode("ascii"), hashlib.sha256).hexdigest()
    return paths.attachments_dir() / name[:2] / name


def _plain_path(sha256: str) -> Path:
    return paths.attachments_dir() / sha256[:2] / sha256


def _store_keys() -> tuple[bytes, bytes] | None:
    """(naming key, sealing key) derived from the database key; None for a plain database."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    try:
        key = db.current_key()
    except StationError:
        return None
    if key is None:
        return None
    derived = HKDF(algorithm=hashes.SHA256(), length=64, salt=None,
                   info=b"station-ledger attachment store v1").derive(key)
    return derived[:32], derived[32:]


def has_file(sha256: str) -> bool:
    return stored_path(sha256).is_file() or _plain_path(sha256).is_file()


def read_chunks(sha256: str) -> Iterator[bytes]:
    """The stored file's content, a chunk at a time, decrypted when sealed. Raises OSError when it
    is missing, StationError when a sealed file was altered (the caller checks the SHA-256)."""
    from station_app.exchange.stream import StreamDamaged, open_segments

    path = stored_path(sha256)
    if not path.is_file():
        path = _plain_path(sha256)  # stored before the database was encrypted
    with path.open("rb") as source:
        head = source.read(len(_SEALED_MAGIC) + 7)
        if not head.startswith(_SEALED_MAGIC):
            yield head
            while chunk := source.read(_CHUNK):
                yield chunk
            return
        keys = _store_keys()
        if keys is None:
            raise StationError("附件已加密，需要登录加密的数据库才能读取。")
        try:
            yield from open_segments(source, keys[1], head[len(_SEALED_MAGIC):], head)
        except StreamDamaged:
            raise StationError("附件文件已损坏或被改动（解密校验失败），请从备份恢复。") from None


def _copy_in(source: Path) -> tuple[str, int]:
    """Copy `source` into the store (fsynced, renamed into place); returns (sha256, size)."""
    with source.open("rb") as reader:
        return _store(iter(lambda: reader.read(1 << 20), b""))


def store_bytes(data: bytes) -> str:
    """Put `data` into the store (an attachment arriving in a bundle); returns its sha256."""
    return _store(iter([data]))[0]


def _store(chunks: Iterator[bytes]) -> tuple[str, int]:
    writer = StoreWriter()
    try:
        for chunk in chunks:
            writer.write(chunk)
        return writer.finish(), writer.size
    except BaseException:
        writer.discard()
        raise


class StoreWriter:
    """A file arriving piece by piece (a copy, a bundle's attachment) goes to a temporary name in
    the store (sealed when the database is encrypted), is fsynced, and takes its place under the
    name of the SHA-256 of what was really written."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        folder = paths.attachments_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handle, self._temp = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        self._file = os.fdopen(handle, "wb")
        self.size = 0
        self.created: Path | None = None  # the file this writer put in the store (none if it was there)
        self._sealed = None
        keys = _store_keys()
        if keys is not None:
            from station_app.exchange.stream import SealedWriter

            header = _SEALED_MAGIC + os.urandom(7)
            self._file.write(header)
            self._sealed = SealedWriter(self._file, keys[1], header[len(_SEALED_MAGIC):], header)

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_BYTES:
            raise ValidationError.single("file", f"文件过大（超过 {MAX_BYTES // 1024 // 1024} MB）。")
        self._digest.update(chunk)
        (self._sealed or self._file).write(chunk)

    def digest(self) -> str:
        """The SHA-256 of what was written so far."""
        return self._digest.hexdigest()

    def finish(self) -> str:
        """Put the file in place; returns its SHA-256."""
        if self._sealed is not None:
            self._sealed.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        digest = self._digest.hexdigest()
        final = stored_path(digest)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            os.unlink(self._temp)
        else:
            os.replace(self._temp, final)
            self.created = final
        return digest

    def discard(self) -> None:
        self._file.close()
        if os.path.exists(self._temp):
            os.unlink(self._temp)


def encrypt_stored_files() -> int:
    """Seal the files stored before the database was encrypted (each copied sealed, then the plain
    one deleted: a power cut leaves one of the two, and either is read). Returns how many."""
    if _store_keys() is None:
        return 0
    done = 0
    for (sha256,) in db.tuples(Attachment.select(Attachment.sha256).distinct()):
        if not _HEX64.fullmatch(sha256 or ""):
            continue
        plain = _plain_path(sha256)
        if not plain.is_file() or plain == stored_path(sha256):
            continue
        with plain.open("rb") as source:
            if source.read(len(_SEALED_MAGIC)) == _SEALED_MAGIC:
                continue
            source.seek(0)
            if not stored_path(sha256).is_file():
                writer = StoreWriter()
                try:
                    while chunk := source.read(_CHUNK):
                        writer.write(chunk)
                except BaseException:
                    writer.discard()
                    raise
                if writer.digest() != sha256:  # no longer the file its record names: leave it
                    writer.discard()
                    continue
                writer.finish()
        plain.unlink()
        done += 1
    return done


def attach_file(
    actor: Actor,
    owner_kind: str,
    owner_id: uuid.UUID,
    source: str | os.PathLike[str],
    purpose: str = "",
    audit_entity: tuple[str, object] | None = None,
) -> AttachmentView:
    """Keep a copy of `source` and link it to the record. The same file twice is stored once.

    `audit_entity` lets a module audit the attachment on its own record (e.g. the case).
    """
    path = Path(source)
    if not path.is_file():
        raise ValidationError.single("file", f"找不到文件：{path}")
    try:
        sha256, size = _copy_in(path)
    except OSError as exc:
        raise StationError(f"无法保存附件“{path.name}”：{exc.strerror or exc}") from exc
    with db.transaction():
        row = Attachment.create(
            station=actor.station_id,
            owner_kind=owner_kind,
            owner_id=str(owner_id),
            sha256=sha256,
            file_name=path.name[:255],
            size=size,
            purpose=purpose,
            added_by=actor.full_name,
        )
        entity, entity_id = audit_entity or ("attachment", row.id)
        audit.record(
            actor,
            "attachment.add",
            entity,
            entity_id,
            extra={"file": path.name, "sha256": sha256, "size": size, "purpose": purpose},
        )
    return _view(row)


def attachments_of(owner_kind: str, owner_id: uuid.UUID) -> list[AttachmentView]:
    rows = (
        Attachment.select()
        .where((Attachment.owner_kind == owner_kind) & (Attachment.owner_id == str(owner_id)))
        .order_by(Attachment.created_at)
    )
    return [_view(row) for row in rows]


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(row.id, row.file_name, row.size, row.sha256, row.purpose, row.added_by)


def export_copy(view: AttachmentView, target: str | os.PathLike[str]) -> Path:
    """Copy an attachment out to `target` (a file the user chose), checking on the way that it is
    the file its record names (its SHA-256) and no bigger than the store allows."""
    target = Path(target)
    missing = StationError(f"附件“{view.file_name[:60]}”已丢失或被改动（校验不符），请从备份恢复。")
    if not has_file(view.sha256):
        raise missing
    digest, size = hashlib.sha256(), 0
    temp = target.with_name(f".{target.name}.partial")
    try:
        with temp.open("wb") as writer:
            for chunk in read_chunks(view.sha256):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise missing
                digest.update(chunk)
                writer.write(chunk)
        if digest.hexdigest() != view.sha256:
            raise missing
        os.replace(temp, target)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return target


def viewing_copy(view: AttachmentView) -> Path:
    """A checked copy to open with the system's program: inside the app's own temporary folder
    (emptied at start and exit), under a name made safe from whatever the record says."""
    from station_app.exchange.names import safe_file_name

    folder = Path(tempfile.mkdtemp(prefix="open-", dir=paths.temp_dir()))
    return export_copy(view, folder / safe_file_name(view.file_name, fallback="附件"))
