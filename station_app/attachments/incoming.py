"""An attachment file arriving in a bundle at the county: stored only under the hash it really has."""

from __future__ import annotations

from station_app.attachments.service import StoreWriter
from station_app.core.errors import StationError


class IncomingFile:
    def __init__(self, expected_sha256: str) -> None:
        self.expected = expected_sha256
        self._writer = StoreWriter()

    def write(self, data: bytes) -> None:
        self._writer.write(data)

    def discard(self) -> None:
        self._writer.discard()

    def finish(self) -> None:
        try:
            digest = self._writer.finish()
        except OSError as exc:
            self._writer.discard()
            raise StationError(f"无法保存数据包中的附件：{exc.strerror or exc}。请检查磁盘空间。") from exc
        if digest != self.expected:  # the bundle reader checked it too; the store has the last word
            raise StationError("数据包中的附件与其校验值不符，数据包已损坏或被改动。")
