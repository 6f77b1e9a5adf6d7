"""Small display helpers shared by pages."""

from __future__ import annotations


def human_size(count: int) -> str:
    """A file or free-space size as people read it: 512 B, 1.2 MB."""
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"
