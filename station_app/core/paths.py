"""Every path the app writes to, in one place, with a `--data-dir` override.

Tests and `--data-dir` redirect everything by calling `set_data_dir()` before anything else runs.
"""

from __future__ import annotations

import os
from pathlib import Path

from station_app import APP_NAME

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use `path` instead of the per-user data directory (None restores the default)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The data directory, created if missing: the database, logs, attachments, backups."""
    if _override is not None:
        base = _override
    elif os.environ.get("STATION_DATA_DIR"):
        base = Path(os.environ["STATION_DATA_DIR"]).expanduser().resolve()
    else:
        # platformdirs is imported here, not at module level: start-up time matters.
        from platformdirs import user_data_dir

        base = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def _subdir(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "station.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path().as_posix()}"


def log_dir() -> Path:
    return _subdir("logs")


def log_file() -> Path:
    return log_dir() / "station.log"


def attachments_dir() -> Path:
    return _subdir("attachments")


def default_backup_dir() -> Path:
    return _subdir("backups")


def temp_dir() -> Path:
    """The app's own temporary folder (a bundle before it is copied to the stick, copies of
    attachments opened for viewing), inside the data directory and emptied at start and exit."""
    return _subdir("tmp")


def clear_temp_dir() -> None:
    """Remove what an earlier run (or this one) left in `temp_dir()`; files still open elsewhere
    (Windows) are left for the next time."""
    import shutil

    folder = data_dir() / "tmp"
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue
