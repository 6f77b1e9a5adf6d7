"""The sealed stream a version-2 bundle is made of: frames, compressed, encrypted in segments.

Layers, inside out:

1. Frames: `kind (1 byte) ‖ length (4 bytes, big-endian) ‖ payload`. The bundle module says which
   kinds exist and what they hold.
2. zlib (deflate) over the whole frame sequence.
3. Segments of at most SEGMENT_SIZE bytes of that compressed stream, each sealed with AES-256-GCM
   under one key, nonce = `prefix (7 random bytes) ‖ segment number (4 bytes) ‖ last (1 byte)` and
   the file's header as associated data: the STREAM construction of Hoang, Reyhanitabar, Rogaway
   and Vizár (2015), as Tink's AES-GCM streaming AEAD and `age` use it. Every segment is checked
   before a byte of it is used; a reordered, dropped, repeated or truncated segment fails, and so
   does a stream that ends without its last segment.

Reading holds one segment and one decompressed chunk in memory at a time, whatever the bundle's
size; limits on frame sizes and on the total keep a zip-bomb-like bundle from doing harm.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SEGMENT_SIZE = 1 << 20
TAG_SIZE = 16
NONCE_PREFIX_SIZE = 7
FRAME_HEADER = struct.Struct(">cI")
MAX_FRAME = 64 * 1024 * 1024  # a table's list of ids; a record is far smaller
MAX_PLAIN_TOTAL = 16 * 1024 * 1024 * 1024
_INFLATE_CHUNK = 1 << 20
_COMPRESS_RUN = 256 * 1024


class StreamDamaged(Exception):
    """The stream was altered, truncated or is not what it claims; `truncated` tells which."""

    def __init__(self, truncated: bool = False) -> None:
        super().__init__("truncated" if truncated else "damaged")
        self.truncated = truncated


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    if number >= 1 << 32:
        raise StreamDamaged()
    return prefix + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class SealedWriter:
    """Encrypts what is written, segment by segment, into `out` (after the caller's header)."""

    def __init__(self, out: BinaryIO, key: bytes, prefix: bytes, header: bytes) -> None:
        self._out, self._aead, self._prefix, self._header = out, AESGCM(key), prefix, header
        self._pending = bytearray()
        self._number = 0
        self.bytes_written = 0

    def write(self, data: bytes) -> None:
        self._pending += data
        while len(self._pending) > SEGMENT_SIZE:  # keep one back: the last segment is marked
            self._seal(bytes(self._pending[:SEGMENT_SIZE]), last=False)
            del self._pending[:SEGMENT_SIZE]

    def close(self) -> None:
        self._seal(bytes(self._pending), last=True)
        self._pending.clear()

    def _seal(self, plain: bytes, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._number, last), plain, self._header)
        self._out.write(sealed)
        self.bytes_written += len(sealed)
        self._number += 1


def open_segments(source: BinaryIO, key: bytes, prefix: bytes, header: bytes) -> Iterator[bytes]:
    """The checked plaintext of each segment read from `source` (positioned after the header)."""
    aead = AESGCM(key)
    size = SEGMENT_SIZE + TAG_SIZE
    number = 0
    current = source.read(size)
    while True:
        following = source.read(size) if len(current) == size else b""
        last = not following
        if len(current) < TAG_SIZE:
            raise StreamDamaged(truncated=True)
        try:
            plain = aead.decrypt(_nonce(prefix, number, last), current, header)
        except InvalidTag:
            # A full-size segment that fails as the last one is most likely cut short after it.
            raise StreamDamaged(truncated=last and len(current) == size) from None
        yield plain
        if last:
            return
        number += 1
        current = following


class FrameWriter:
    """Frames → zlib → a SealedWriter."""

    def __init__(self, sealed: SealedWriter) -> None:
        self._sealed = sealed
        # Level 1: three times faster than the default on an old PC, and JSON still shrinks ~8×.
        self._deflate = zlib.compressobj(1)
        self._pending = bytearray()  # frames are compressed in runs, not one call per record
        self.plain_bytes = 0

    def frame(self, kind: bytes, payload: bytes) -> None:
        if len(payload) > MAX_FRAME:
            raise ValueError(f"frame of {len(payload)} bytes")
        self._pending += FRAME_HEADER.pack(kind, len(payload))
        self._pending += payload
        self.plain_bytes += FRAME_HEADER.size + len(payload)
        if len(self._pending) >= _COMPRESS_RUN:
            self._sealed.write(self._deflate.compress(bytes(self._pending)))
            self._pending.clear()

    def close(self) -> None:
        self._sealed.write(self._deflate.compress(bytes(self._pending)) + self._deflate.flush())
        self._pending.clear()
        self._sealed.close()


def read_frames(segments: Iterator[bytes], max_total: int = MAX_PLAIN_TOTAL) -> Iterator[tuple[bytes, bytes]]:
    """(kind, payload) for each frame of the decompressed stream; raises StreamDamaged for a
    broken frame, trailing bytes, a frame over MAX_FRAME or more than `max_total` bytes in all."""
    inflate = zlib.decompressobj()
    buffer = bytearray()
    total = 0

    def inflated() -> Iterator[bytes]:
        nonlocal total
        for segment in segments:
            data = segment
            while data:
                try:
                    chunk = inflate.decompress(data, _INFLATE_CHUNK)
                except zlib.error:
                    raise StreamDamaged() from None
                total += len(chunk)
                if total > max_total:
                    raise StreamDamaged()
                yield chunk
                data = inflate.unconsumed_tail
        if not inflate.eof or inflate.unused_data:
            raise StreamDamaged()

    for chunk in inflated():
        buffer += chunk
        start = 0  # frames are cut from here; the consumed head is dropped once per chunk
        while len(buffer) - start >= FRAME_HEADER.size:
            kind, length = FRAME_HEADER.unpack_from(buffer, start)
            if length > MAX_FRAME:
                raise StreamDamaged()
            end = start + FRAME_HEADER.size + length
            if len(buffer) < end:
                break
            yield kind, bytes(buffer[start + FRAME_HEADER.size:end])
            start = end
        del buffer[:start]
    if buffer:
        raise StreamDamaged()
