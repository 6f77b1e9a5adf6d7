"""Which mounted volumes are removable media (a USB stick, an SD card): what 导出到U盘 offers.

Qt lists every mounted volume but cannot tell a stick from a second hard disk, so the operating
system is asked: on Windows the drive type (DRIVE_REMOVABLE), on Linux the block device's
`removable` flag or a USB bus in its sysfs path, and mounts under /media or /run/media (where
desktops mount sticks) as a last resort.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_DRIVE_REMOVABLE = 2
_DESKTOP_MOUNTS = ("/media/", "/run/media/")


def is_removable(root: Path, device: str) -> bool:
    """True when the volume mounted at `root` (from device `device`, e.g. /dev/sdb1) is removable."""
    if sys.platform == "win32":
        return _windows_removable(root)
    if sys.platform.startswith("linux") and _linux_removable(device):
        return True
    return str(root).startswith(_DESKTOP_MOUNTS)


def _windows_removable(root: Path) -> bool:
    import ctypes

    drive = str(root)[:3] if str(root)[1:2] == ":" else str(root)
    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(drive)) == _DRIVE_REMOVABLE  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False


def _linux_removable(device: str) -> bool:
    name = os.path.basename(os.path.realpath(device)) if device.startswith("/dev/") else ""
    if not name:
        return False
    node = Path("/sys/class/block") / name
    if not node.exists():
        return False
    disk = node.resolve().parent if (node / "partition").exists() else node.resolve()
    try:
        if (disk / "removable").read_text().strip() == "1":
            return True
    except OSError:
        pass
    return "/usb" in str(disk)  # a USB hard disk or card reader reports removable = 0
