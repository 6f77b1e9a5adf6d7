"""An attachment file arriving in a bundle at the county: stored only under the hash it really has,
only as the file of an attachment record the same bundle carries, and taken out of the store again
when the import fails."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from station_app.attachments.service import StoreWriter
from station_app.core.errors import StationError
from station_app.exchange.bundle import BundleError

MSG_UNNAMED = ("数据包中有附件文件不是其附件记录所指的文件（或大小与记录不符），数据包已损坏或被改动，"
               "没有导入任何内容。请向对方重新索取数据包。")


class IncomingFile:
    def __init__(self, expected_sha256: str) -> None:
        self.expected = expected_sha256
        self._writer = StoreWriter()

    def write(self, data: bytes) -> None:
        self._writer.write(data)

    def discard(self) -> None:
        self._writer.discard()

    @property
    def created(self) -> Path | None:
        return self._writer.created

    def finish(self) -> None:
        try:
            digest = self._writer.finish()
        except OSError as exc:
            self._writer.discard()
            raise StationError(f"无法保存数据包中的附件：{exc.strerror or exc}。请检查磁盘空间。") from exc
        if digest != self.expected:  # the bundle reader checked it too; the store has the last word
            raise StationError("数据包中的附件与其校验值不符，数据包已损坏或被改动。")


class IncomingFiles:
    """The files of one bundle. Each must be the file of an attachment record of the bundle, at the
    size the record says, and come once: made-up files (a few bytes each once compressed) would
    otherwise fill the county's disk. The files this import put in the store are removed if it
    fails (`remove_created`)."""

    def __init__(self) -> None:
        self._wanted: dict[str, int] = {}
        self._created: list[Path] = []

    def expect(self, record: dict[str, Any]) -> None:
        """An attachment record of the bundle (its values unchecked yet: the applier checks them)."""
        digest, size = record.get("sha256"), record.get("size")
        if isinstance(digest, str) and isinstance(size, int) and not isinstance(size, bool):
            self._wanted[digest] = size

    def start(self, sha256: str, size: int) -> IncomingFile:
        if self._wanted.pop(sha256, None) != size:
            raise BundleError(MSG_UNNAMED)
        return IncomingFile(sha256)

    def finished(self, file: IncomingFile) -> None:
        file.finish()
        if file.created is not None:
            self._created.append(file.created)

    def remove_created(self) -> None:
        for path in self._created:
            with contextlib.suppress(OSError):
                os.unlink(path)
        self._created.clear()
