"""Which routine backups to keep: the newest of each of the last N days, weeks and months.

Each rule counts only periods that have a backup, so a PC left off for a month still keeps
seven daily backups. A backup kept by any rule stays. Only the automatic backups (start, exit)
are rotated: one taken on request, before an upgrade or before a restore is never removed here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from station_app.backup.files import BackupInfo, list_backups

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Keep:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


_PERIODS: tuple[tuple[str, Callable[[datetime], Hashable]], ...] = (
    ("daily", lambda at: at.date()),
    ("weekly", lambda at: at.isocalendar()[:2]),  # ISO week: Monday to Sunday
    ("monthly", lambda at: (at.year, at.month)),
)


def choose_kept(backups: Iterable[BackupInfo], keep: Keep) -> set[Path]:
    """The paths of the routine backups that `keep` keeps (non-routine ones are not considered)."""
    routine = [info for info in backups if info.routine]
    newest_first = sorted(routine, key=lambda info: info.order, reverse=True)
    kept: set[Path] = set()
    for rule, period_of in _PERIODS:
        wanted = getattr(keep, rule)
        seen: set[Hashable] = set()
        for info in newest_first:
            period = period_of(info.taken_at)
            if period in seen:
                continue
            if len(seen) >= wanted:
                break
            seen.add(period)
            kept.add(info.path)  # the first met is the newest of its period
    return kept


def rotate(folder: Path, keep: Keep, also_keep: Path | None = None) -> list[Path]:
    """Delete the routine backups in `folder` that `keep` does not keep; returns what was deleted."""
    backups = list_backups(folder)
    kept = choose_kept(backups, keep) | ({also_keep} if also_keep else set())
    removed = []
    for info in backups:
        if info.routine and info.path not in kept:
            try:
                info.path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:  # a read-only backup disk: the new backup still counts
                log.warning("cannot remove old backup %s: %s", info.path, exc)
                continue
            removed.append(info.path)
    if removed:
        log.info("rotation removed %d old backups from %s", len(removed), folder)
    return removed
