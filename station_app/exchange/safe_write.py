"""Writing a folder of files to removable media so that it is never half-written.

Each file goes to a temporary name (`.<name>.partial`), is flushed and fsynced, renamed to its final
name, and the directory is fsynced. `MANIFEST.sha256` (sha256sum format) is written the same way,
LAST, and any manifest from an earlier export is removed FIRST: a folder is complete only when its
manifest exists and matches. Finally every file is read back and checked against the manifest.
On failure or cancel the temporary files are removed; on cancel the files renamed in this run are
removed too. A pulled stick therefore never leaves a file with a final name that is partial.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from station_app.core.durable import fsync_dir
from station_app.core.errors import StationError

MANIFEST_NAME = "MANIFEST.sha256"
TEMP_SUFFIX = ".partial"
CHUNK = 1024 * 1024

Progress = Callable[[int, int, str], None]  # (bytes done, bytes in all, file being written)
Cancelled = Callable[[], bool]

_NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
MSG_NO_SPACE = "U盘空间不足，文件没有写完。已删除未写完的文件，请换一个空间更大的U盘或清理后重试。"
MSG_REMOVED = "U盘被拔出或无法写入，文件没有写完。请重新插好U盘（确认没有写保护）后重试。"
MSG_MISMATCH = "写入后读回校验不一致：U盘可能有坏块或已损坏。请换一个U盘后重试。"
MSG_CANCELLED = "已取消导出。U盘上没有留下看似完整的文件。"


class ExportFailed(StationError):
    """The export did not complete; nothing on the stick looks complete."""


class ExportCancelled(StationError):
    """The user cancelled; temporary and partly exported files were removed."""


@dataclass(frozen=True)
class ExportedFile:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ExportResult:
    target_dir: Path
    files: tuple[ExportedFile, ...]
    manifest: Path


def _check_names(files: Mapping[str, bytes]) -> None:
    for name in files:
        if (not name or name in (".", "..") or "/" in name or "\\" in name or name == MANIFEST_NAME
                or name.endswith(TEMP_SUFFIX)):
            raise ValueError(f"unusable export file name: {name!r}")


def _temp_path(folder: Path, name: str) -> Path:
    return folder / f".{name}{TEMP_SUFFIX}"


def _write_one(folder: Path, name: str, data: bytes, tick: Callable[[int, str], None]) -> None:
    """Temporary name → write → fsync → rename → fsync directory."""
    temp = _temp_path(folder, name)
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view[:CHUNK])
            view = view[written:]
            tick(written, name)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, folder / name)
    fsync_dir(folder)


def _hash_file(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of the file as stored, asking the OS to drop its cached copy first."""
    with open(path, "rb") as handle:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError, ValueError, TypeError):
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        digest, size = hashlib.sha256(), 0
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _manifest_text(files: Mapping[str, bytes]) -> bytes:
    lines = [f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items())]
    return "".join(lines).encode("utf-8")


def parse_manifest(text: str) -> dict[str, str]:
    """`name → sha256` from sha256sum-format text; raises ValueError on a malformed line."""
    entries: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or not name:
            raise ValueError(line)
        entries[name.lstrip("*")] = digest.lower()
    return entries


def _explain(exc: OSError) -> ExportFailed:
    message = MSG_NO_SPACE if exc.errno in _NO_SPACE else MSG_REMOVED
    return ExportFailed(f"{message}（{exc.strerror or exc}）")


def _clean_up(folder: Path, names: list[str], written: list[str], remove_written: bool) -> None:
    """Best effort (the stick may be gone): temporary files, the manifest, optionally new files."""
    doomed = [_temp_path(folder, name) for name in [*names, MANIFEST_NAME]]
    doomed.append(folder / MANIFEST_NAME)
    if remove_written:
        doomed.extend(folder / name for name in written)
    for path in doomed:
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        fsync_dir(folder)


def write_export(target_dir: Path, files: Mapping[str, bytes], progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ExportResult:
    """Write `files` (name → content) into `target_dir`, then the manifest, then verify.

    Raises ExportFailed (stick full, removed, or read-back mismatch) or ExportCancelled; in both
    cases no temporary file and no manifest is left behind.
    """
    _check_names(files)
    target_dir = Path(target_dir)
    manifest_bytes = _manifest_text(files)
    total = sum(len(data) for data in files.values()) + len(manifest_bytes)
    done = 0
    written: list[str] = []

    def tick(count: int, name: str) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total, name)
        if cancelled is not None and cancelled():
            raise ExportCancelled(MSG_CANCELLED)

    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            (target_dir / MANIFEST_NAME).unlink()  # an old manifest must not bless new files
        fsync_dir(target_dir)
        for name, data in files.items():
            if cancelled is not None and cancelled():
                raise ExportCancelled(MSG_CANCELLED)
            _write_one(target_dir, name, data, tick)
            written.append(name)
        _write_one(target_dir, MANIFEST_NAME, manifest_bytes, tick)
        results = []
        for name, data in files.items():
            size, digest = _hash_file(target_dir / name)
            if size != len(data) or digest != hashlib.sha256(data).hexdigest():
                raise ExportFailed(f"{MSG_MISMATCH}（{name}）")
            results.append(ExportedFile(name, size, digest))
    except ExportCancelled:
        _clean_up(target_dir, list(files), written, remove_written=True)
        raise
    except ExportFailed:
        _clean_up(target_dir, list(files), written, remove_written=False)
        raise
    except OSError as exc:
        _clean_up(target_dir, list(files), written, remove_written=False)
        raise _explain(exc) from exc
    except BaseException:  # a bug or Ctrl+C: still no half-written file under any name
        _clean_up(target_dir, list(files), written, remove_written=False)
        raise
    return ExportResult(target_dir, tuple(results), target_dir / MANIFEST_NAME)


def verify_export(target_dir: Path) -> list[str]:
    """Re-check a folder against its manifest; returns problems in Chinese (empty: all good)."""
    target_dir = Path(target_dir)
    manifest = target_dir / MANIFEST_NAME
    if not manifest.is_file():
        return [f"找不到清单文件 {MANIFEST_NAME}：这次导出没有完成，文件夹里的文件不可信。"]
    try:
        entries = parse_manifest(manifest.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return [f"清单文件 {MANIFEST_NAME} 无法读取或已损坏。"]
    problems: list[str] = []
    for name, expected in sorted(entries.items()):
        path = target_dir / name
        if not path.is_file():
            problems.append(f"缺少文件：{name}")
            continue
        try:
            _size, digest = _hash_file(path)
        except OSError as exc:
            problems.append(f"无法读取 {name}：{exc.strerror or exc}")
            continue
        if digest != expected:
            problems.append(f"文件内容与清单不一致（已损坏或被改动）：{name}")
    leftovers = sorted(p.name for p in target_dir.glob(f".*{TEMP_SUFFIX}"))
    if leftovers:
        problems.append(f"发现未写完的临时文件：{'、'.join(leftovers)}")
    return problems
