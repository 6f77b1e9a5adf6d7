"""The USB writer: complete folders, verified read-back, and fault injection at every step."""

from __future__ import annotations

import errno
import hashlib
import io
import os
from pathlib import Path

import pytest

from station_app.exchange import safe_write
from station_app.exchange.safe_write import (
    MANIFEST_NAME,
    ExportCancelled,
    ExportFailed,
    verify_export,
    write_export,
)

FILES = {
    "周报.pdf": b"%PDF-" + bytes(range(256)) * 9000,
    "周报.xlsx": b"PK" + b"x" * 5000,
    "data.pajt": os.urandom(3 * safe_write.CHUNK + 17),
}
OLD = {name: b"old " + name.encode() for name in FILES}


def _looks_ok(folder: Path, allowed: dict[str, set[bytes]]) -> None:
    """No final-named file is partial: each is absent, old or completely new; no temp files."""
    for name, contents in allowed.items():
        path = folder / name
        if path.exists():
            assert path.read_bytes() in contents, name
    assert not list(folder.glob(f"*{safe_write.TEMP_SUFFIX}"))


def test_writes_manifest_and_verifies(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    result = write_export(tmp_path / "stick", FILES, progress=lambda d, t, n: seen.append((d, t, n)))
    assert {f.name: f.sha256 for f in result.files} == {
        n: hashlib.sha256(d).hexdigest() for n, d in FILES.items()}
    assert {f.name: f.size for f in result.files} == {n: len(d) for n, d in FILES.items()}
    manifest = safe_write.parse_manifest(result.manifest.read_text("utf-8"))
    assert set(manifest) == set(FILES)
    assert verify_export(tmp_path / "stick") == []
    assert seen[-1][0] == seen[-1][1]  # progress reaches the total
    assert [p.name for p in (tmp_path / "stick").iterdir() if p.name.startswith(".")] == []


def test_verify_reports_damage_and_missing_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    write_export(folder, FILES)
    (folder / "周报.xlsx").write_bytes(b"PK changed")
    (folder / "data.pajt").unlink()
    problems = verify_export(folder)
    assert any("周报.xlsx" in p for p in problems) and any("缺少文件：data.pajt" in p for p in problems)
    (folder / MANIFEST_NAME).unlink()
    assert "找不到清单文件" in verify_export(folder)[0]


def _count_calls(monkeypatch: pytest.MonkeyPatch, names: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(names, 0)
    for name in names:
        real = getattr(os, name)

        def counting(*args, _real=real, _name=name):
            counts[_name] += 1
            return _real(*args)

        monkeypatch.setattr(os, name, counting)
    return counts


@pytest.mark.parametrize("call,code,message", [
    ("write", errno.ENOSPC, "U盘空间不足"),
    ("write", errno.EIO, "U盘被拔出或无法写入"),
    ("fsync", errno.EIO, "U盘被拔出或无法写入"),
    ("replace", errno.ENODEV, "U盘被拔出或无法写入"),
])
def test_failure_at_every_call_leaves_nothing_partial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      call: str, code: int, message: str) -> None:
    with monkeypatch.context() as patch:
        counts = _count_calls(patch, [call])
        write_export(tmp_path / "probe", FILES)
        total = counts[call]
    assert total >= 4
    for failing_at in range(1, total + 1):
        folder = tmp_path / f"run{failing_at}"
        folder.mkdir()
        for name, data in OLD.items():  # an earlier export on the stick
            (folder / name).write_bytes(data)
        (folder / MANIFEST_NAME).write_text("stale", "utf-8")
        real = getattr(os, call)
        calls = {"n": 0}

        def failing(*args, _real=real, _calls=calls, _at=failing_at):
            _calls["n"] += 1
            if _calls["n"] == _at:
                raise OSError(code, os.strerror(code))
            return _real(*args)

        with monkeypatch.context() as patch:
            patch.setattr(os, call, failing)
            with pytest.raises(ExportFailed) as caught:
                write_export(folder, FILES)
        assert message in caught.value.message
        _looks_ok(folder, {name: {OLD[name], FILES[name]} for name in FILES})
        assert not (folder / MANIFEST_NAME).exists()
        assert verify_export(folder)  # an incomplete folder never verifies


def test_read_back_mismatch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = open

    def lying_open(path, mode="r", *args, **kwargs):
        if mode == "rb" and Path(path).name == "周报.xlsx":
            return io.BytesIO(b"PK corrupted")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(safe_write, "open", lying_open, raising=False)
    with pytest.raises(ExportFailed, match="写入后读回校验不一致"):
        write_export(tmp_path / "stick", FILES)
    assert not (tmp_path / "stick" / MANIFEST_NAME).exists()


def test_cancel_leaves_no_complete_looking_file(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    ticks = {"n": 0}

    def cancel() -> bool:
        ticks["n"] += 1
        return ticks["n"] > 3

    with pytest.raises(ExportCancelled):
        write_export(folder, FILES, cancelled=cancel)
    assert list(folder.iterdir()) == []


def test_rejects_unsafe_names(tmp_path: Path) -> None:
    for name in ("../x", MANIFEST_NAME, "a/b", ""):
        with pytest.raises(ValueError):
            write_export(tmp_path, {name: b"x"})
