"""Writing a folder of files to removable media so that it is never half-written.

Each file goes to a temporary name (`.<name>.partial`), is flushed and fsynced, renamed to its final
name, and the directory is fsynced. `MANIFEST.sha256` (sha256sum format) is written the same way,
LAST, and any manifest from an earlier export is removed FIRST: a folder is complete only when its
manifest exists and matches. Finally every file is read back and checked against the manifest.
On failure or cancel the temporary files, the manifest and the files renamed in this run are
removed: a full or pulled stick never leaves a file under its final name from a failed export.

The folder the export goes into must exist already (the stick's root); only the export's own
folder inside it is created. A stick that is not plugged in is an error, never a folder made on
the local disk; a stick pulled and its mount point left behind as an empty local folder is caught
by checking the folder is still the same one on the same device at the end.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping
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


Source = bytes | Path  # a file's content, or a local file to copy (a large bundle)
MSG_NO_FOLDER = ("找不到要写入的文件夹 {path}：U盘没有插好，或路径写错了。没有写入任何文件。"
                 "请插好U盘后重试。")
MSG_FOLDER_GONE = "写入过程中U盘被拔出或文件夹被删除，文件没有写完。请重新插好U盘后重试。"


def _check_names(files: Mapping[str, Source]) -> None:
    for name in files:
        if (not name or name in (".", "..") or "/" in name or "\\" in name or name == MANIFEST_NAME
                or name.endswith(TEMP_SUFFIX)):
            raise ValueError(f"unusable export file name: {name!r}")


def _temp_path(folder: Path, name: str) -> Path:
    return folder / f".{name}{TEMP_SUFFIX}"


def _chunks(source: Source) -> Iterator[bytes]:
    if isinstance(source, Path):
        with open(source, "rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk
        return
    view = memoryview(source)
    for start in range(0, len(view), CHUNK):
        yield bytes(view[start:start + CHUNK])


def _size(source: Source) -> int:
    return source.stat().st_size if isinstance(source, Path) else len(source)


def _write_one(folder: Path, name: str, source: Source, tick: Callable[[int, str], None]) -> tuple[int, str]:
    """Temporary name → write → fsync → rename → fsync directory; returns (size, sha256) written."""
    temp = _temp_path(folder, name)
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    digest, size = hashlib.sha256(), 0
    try:
        for chunk in _chunks(source):
            digest.update(chunk)
            size += len(chunk)
            view = memoryview(chunk)
            while view:
                written = os.write(fd, view)
                view = view[written:]
                tick(written, name)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, folder / name)
    fsync_dir(folder)
    return size, digest.hexdigest()


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


def _manifest_text(written: Mapping[str, tuple[int, str]]) -> bytes:
    lines = [f"{digest}  {name}\n" for name, (_size, digest) in sorted(written.items())]
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


def _clean_up(folder: Path, names: list[str]) -> None:
    """Best effort (the stick may be gone): temporary files, the manifest and every file of this
    export under its final name (an earlier export's copy lost its manifest already)."""
    doomed = [_temp_path(folder, name) for name in [*names, MANIFEST_NAME]]
    doomed.append(folder / MANIFEST_NAME)
    doomed.extend(folder / name for name in names)
    for path in doomed:
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        fsync_dir(folder)


def write_export(target_dir: Path, files: Mapping[str, Source], progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ExportResult:
    """Write `files` (name → content, or a local file to copy) into `target_dir`, then the
    manifest, then verify. `target_dir`'s parent (the stick) must exist.

    Raises ExportFailed (no such folder, stick full or removed, read-back mismatch) or
    ExportCancelled; in both cases nothing is left under a final name from this run.
    """
    _check_names(files)
    target_dir = Path(target_dir)
    if not target_dir.parent.is_dir():
        raise ExportFailed(MSG_NO_FOLDER.replace("{path}", str(target_dir.parent)))
    total = sum(_size(source) for source in files.values())
    done = 0
    written: dict[str, tuple[int, str]] = {}

    def tick(count: int, name: str) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total, name)
        if cancelled is not None and cancelled():
            raise ExportCancelled(MSG_CANCELLED)

    try:
        stick = _identity(target_dir.parent)
        target_dir.mkdir(exist_ok=True)
        identity = _identity(target_dir)
        with contextlib.suppress(FileNotFoundError):
            (target_dir / MANIFEST_NAME).unlink()  # an old manifest must not bless new files
        fsync_dir(target_dir)
        for name, source in files.items():
            if cancelled is not None and cancelled():
                raise ExportCancelled(MSG_CANCELLED)
            written[name] = _write_one(target_dir, name, source, tick)
        manifest_bytes = _manifest_text(written)
        total += len(manifest_bytes)
        _write_one(target_dir, MANIFEST_NAME, manifest_bytes, tick)
        results = []
        for name, (expected_size, expected) in written.items():
            size, digest = _hash_file(target_dir / name)
            if size != expected_size or digest != expected:
                raise ExportFailed(f"{MSG_MISMATCH}（{name}）")
            results.append(ExportedFile(name, size, digest))
        if _identity(target_dir) != identity or _identity(target_dir.parent) != stick:
            raise ExportFailed(MSG_FOLDER_GONE)
    except (ExportCancelled, ExportFailed):
        _clean_up(target_dir, list(files))
        raise
    except FileNotFoundError as exc:
        _clean_up(target_dir, list(files))
        raise ExportFailed(f"{MSG_FOLDER_GONE}（{exc.strerror or exc}）") from exc
    except OSError as exc:
        _clean_up(target_dir, list(files))
        raise _explain(exc) from exc
    except BaseException:  # a bug or Ctrl+C: still no half-written file under any name
        _clean_up(target_dir, list(files))
        raise
    return ExportResult(target_dir, tuple(results), target_dir / MANIFEST_NAME)


def _identity(folder: Path) -> tuple[int, int]:
    """Which folder on which device: a stick pulled and its mount point left as a local folder of
    the same name is not the same folder."""
    info = os.stat(folder)
    return info.st_dev, info.st_ino


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
