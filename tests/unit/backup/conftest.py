"""Helpers for the backup tests: damaging a real database file the way a bad disk does."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from station_app.core import db

PAGE = 4096


def live_path() -> Path:
    return Path(db.current().database)


def close_and_checkpoint() -> Path:
    """Close the app's connection: SQLite folds the WAL into the main file, which holds it all."""
    path = live_path()
    db.close()
    return path


def corrupt_middle(path: Path) -> None:
    """Overwrite the middle third of the pages with garbage; page 1 (the header) stays intact."""
    pages = path.stat().st_size // PAGE
    assert pages >= 12, f"{path} is too small to damage meaningfully ({pages} pages)"
    with path.open("r+b") as handle:
        for page in range(pages // 3, 2 * pages // 3):
            handle.seek(page * PAGE)
            handle.write(bytes([0xA5, 0x5A]) * (PAGE // 2))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
