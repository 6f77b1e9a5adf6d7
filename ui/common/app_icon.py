"""The app's icon (a shield with a ledger) for every window; sources in resources/icons/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The PNG sizes rendered from station.svg (no SVG plugin needed); empty if they are missing."""
    icon = QIcon()
    for size in SIZES:
        path = ICONS / f"station-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon
