"""A full disk in plain words: 磁盘已满, how much room there is, how much the work needs, and that
the database was left as it was.

SQLite on a full disk says "database or disk is full" — or, when the WAL or its index cannot grow,
"disk I/O error" — and rolls the transaction back by itself, after which peewee's own ROLLBACK
fails with "cannot rollback - no transaction is active" and hides the first error. `explain_fault`
looks through that chain.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from station_app.core.errors import DatabaseUnavailable, explain_database_error

MB = 1024 * 1024
# Below this much free space a "disk I/O error" is the disk being full, not a pulled stick.
NEARLY_FULL = 4 * MB
# Room a unit of work needs beyond what it had written when the disk ran out: the WAL holds every
# page it changes, and the checkpoint afterwards may grow the database file by as much again.
HEADROOM = 16 * MB


def free_bytes(folder: Path | None) -> int | None:
    """Free space on the disk holding `folder` (None when it cannot be read)."""
    if folder is None:
        return None
    with contextlib.suppress(OSError):
        return shutil.disk_usage(folder).free
    return None


def megabytes(count: int) -> str:
    """A size as people read it: "16 KB", "3.2 MB", "52 MB"."""
    if count < MB:
        return f"{max(count, 0) // 1024} KB"
    if count < 10 * MB:
        return f"{max(count, 0) / MB:.1f} MB"
    return f"{round(count / MB)} MB"


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found and len(found) < 8:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def disk_full_message(folder: Path | None, free_before: int | None) -> str:
    free_now = free_bytes(folder)
    used = max(0, (free_before or 0) - (free_now or 0)) if free_before is not None else 0
    needed = 2 * used + HEADROOM
    where = f"数据库所在的磁盘（{folder}）" if folder else "数据库所在的磁盘"
    room = f"只剩 {megabytes(free_now)} 可用" if free_now is not None else "已没有可用空间"
    return (f"磁盘已满：{where}{room}，这项工作约需 {megabytes(needed)} 可用空间"
            f"{f'（用完前已写入约 {megabytes(used)}）' if used >= MB else ''}。"
            "数据库保持原样，这项工作没有保存。请删除不需要的文件（如旧的导出、下载的安装包），"
            "或把数据移到空间更大的磁盘后再试。")


def explain_fault(exc: BaseException, folder: Path | None,
                  free_before: int | None) -> DatabaseUnavailable | None:
    """A user message for a unit of work that failed for want of disk space (or whose rollback
    failed after SQLite had already rolled it back); None for anything else."""
    chain = _chain(exc)
    texts = [str(item).lower() for item in chain]
    full = any(needle in text for text in texts
               for needle in ("database or disk is full", "disk full", "no space left"))
    if not full and any("disk i/o error" in text for text in texts):
        free_now = free_bytes(folder)
        full = free_now is not None and free_now < NEARLY_FULL
    if full:
        return DatabaseUnavailable(disk_full_message(folder, free_before))
    if any("cannot rollback - no transaction is active" in text for text in texts[:1]):
        # SQLite rolled back by itself: the first error is the one to explain.
        for item in chain[1:]:
            known = explain_database_error(item)
            if known is not None:
                return known
    return None
