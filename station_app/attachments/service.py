"""Attaching files: copied into the data directory under their SHA-256, recorded, audited."""

from __future__ import annotations

import hashlib
import os
import shutil
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
    return paths.attachments_dir() / sha256[:2] / sha256


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
    the store, is fsynced, and takes its place under the SHA-256 of what was really written."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        handle, self._temp = tempfile.mkstemp(dir=paths.attachments_dir(), prefix=".incoming-")
        self._file = os.fdopen(handle, "wb")
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_BYTES:
            raise ValidationError.single("file", f"文件过大（超过 {MAX_BYTES // 1024 // 1024} MB）。")
        self._digest.update(chunk)
        self._file.write(chunk)

    def finish(self) -> str:
        """Put the file in place; returns its SHA-256."""
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
        return digest

    def discard(self) -> None:
        self._file.close()
        if os.path.exists(self._temp):
            os.unlink(self._temp)


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
    """Copy an attachment out (e.g. to open it), verifying it still matches its hash."""
    source = stored_path(view.sha256)
    digest = hashlib.sha256(source.read_bytes()).hexdigest() if source.exists() else ""
    if digest != view.sha256:
        raise StationError(f"附件“{view.file_name}”已丢失或被改动（校验不符），请从备份恢复。")
    return Path(shutil.copyfile(source, target))
