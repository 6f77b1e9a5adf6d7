"""Attachment files in a bundle reach the county's store only as the files of the attachment
records the bundle carries, and a refused bundle leaves none behind (issue "[Wave 2 · 2 of 6]":
every number in a bundle is hostile; "[Wave 2 · 1 of 6]": bombs). A 440 KB bundle of five made-up
20 MB files, refused as damaged, left 96 MB in the store; the same with 200 MB files fills a disk."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from station_app.attachments.service import attach_file
from station_app.core import paths
from station_app.exchange.bundle import BundleError
from station_app.exchange.bundle_reader import open_bundle
from station_app.residents.service import create_resident
from tests.fuzz.test_bundle_fuzz import seal_frames
from tests.unit.exchange.exchange_helpers import (
    PASSWORD,
    export,
    new_county,
    new_station,
    receive,
    sqlite_url,
)


def _frames(data: bytes) -> tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes]], int]:
    """(frames before the files, the files' frames, how many files) of a real bundle."""
    manifest, events = open_bundle(io.BytesIO(data), PASSWORD)
    head = [(b"M", json.dumps(manifest).encode())]
    files: list[tuple[bytes, bytes]] = []
    count = 0
    for event in events:
        kind = type(event).__name__
        if kind == "TableStart":
            head.append((b"T", json.dumps({"table": event.table, "ids": event.ids,
                                           "deleted": event.deleted}).encode()))
        elif kind == "Record":
            head.append((b"R", json.dumps(event.row).encode()))
        elif kind == "AuditHashes":
            head.append((b"H", json.dumps(event.hashes).encode()))
        elif kind == "AuditRecord":
            head.append((b"A", json.dumps(event.entry).encode()))
        elif kind == "FileStart":
            files.append((b"F", json.dumps({"sha256": event.sha256, "size": event.size}).encode()))
            count += 1
        elif kind == "FileChunk":
            files.append((b"B", event.data))
    return head, files, count


def _made_up(size: int, fill: int) -> list[tuple[bytes, bytes]]:
    blob = bytes([fill]) * size
    frames = [(b"F", json.dumps({"sha256": hashlib.sha256(blob).hexdigest(), "size": size}).encode())]
    return frames + [(b"B", blob[at:at + (1 << 20)]) for at in range(0, size, 1 << 20)]


def _end(files: int) -> tuple[bytes, bytes]:
    return b"E", json.dumps({"files": files, "missing_files": []}).encode()


def _store_bytes() -> int:
    folder = paths.attachments_dir()
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) if folder.exists() else 0


@pytest.fixture
def bundle(tmp_path: Path) -> bytes:
    paths.set_data_dir(str(tmp_path / "station-data"))
    station = new_station(sqlite_url(tmp_path, "station"))
    person = create_resident(station, {"name": "萨日娜", "phone": "13904755555"})
    photo = tmp_path / "照片.jpg"
    photo.write_bytes(b"\xff\xd8 a photo" * 100)
    attach_file(station, "resident", person.id, photo)
    data = export(station, include_attachments=True)
    paths.set_data_dir(str(tmp_path / "county-data"))
    return data


def test_a_file_no_record_of_the_bundle_names_is_refused(tmp_path: Path, bundle: bytes) -> None:
    head, files, count = _frames(bundle)
    county = new_county(sqlite_url(tmp_path, "county"))
    forged = seal_frames(head + files + _made_up(3 << 20, 7) + [_end(count + 1)])
    with pytest.raises(BundleError, match="附件"):
        receive(county, forged)
    assert _store_bytes() == 0


def test_a_refused_bundle_leaves_no_file_in_the_store(tmp_path: Path, bundle: bytes) -> None:
    head, files, count = _frames(bundle)
    county = new_county(sqlite_url(tmp_path, "county"))
    with pytest.raises(BundleError):
        receive(county, seal_frames(head + files + [_end(count + 5)]))  # its end does not add up
    assert _store_bytes() == 0
    summary = receive(county, bundle)
    assert summary.files == 1 and _store_bytes() > 0


def test_a_county_disk_filling_up_while_files_arrive_says_disk_full(tmp_path: Path, bundle: bytes,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Attack: the county's disk full while the bundle's attachments were stored was reported as
    "无法读取数据包…请确认U盘仍插着"; it says 磁盘已满, and nothing is kept."""
    import errno

    from station_app.attachments import service as attachments

    county = new_county(sqlite_url(tmp_path, "county"))

    def full(self: attachments.StoreWriter, chunk: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(attachments.StoreWriter, "write", full)
    with pytest.raises(BundleError) as refused:
        receive(county, bundle)
    assert "磁盘已满" in refused.value.message and "U盘" not in refused.value.message
    assert _store_bytes() == 0
