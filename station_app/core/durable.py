"""Making a rename survive a power cut: after os.replace, the folder itself is fsynced."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """fsync `folder` so the renames in it are on disk (POSIX). Windows cannot open a folder and
    journals its renames. Raises OSError (a stick pulled out is worth knowing about)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
