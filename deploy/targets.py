"""The systems and Python versions the kit carries wheels for, and how pip is told about them.

Measured with `pip install --dry-run --only-binary=:all: --platform …` (the CI check repeats it):
PySide6-Essentials has Windows x64 wheels of every release; on Linux x86_64 the newest wheel for
glibc 2.28 is 6.9.3 (6.10+ need 2.34); on Linux aarch64 the oldest glibc any release supports is
2.31, with 6.8.0.2 (6.9+ need 2.39), so aarch64 systems on glibc 2.28 (UOS V20, Kylin V10
server) cannot run the window from any PyPI wheel. Python 3.14 needs PySide6 6.10+, which on Linux
needs glibc 2.34 (x86_64) or 2.39 (aarch64): the Linux targets carry 3.10-3.13.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SUPPORTED_PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")
LINUX_PYTHONS = SUPPORTED_PYTHONS[:-1]


def manylinux_tags(arch: str, glibc_minor: int) -> list[str]:
    """Every manylinux tag a system with glibc 2.<glibc_minor> accepts, newest first (pip matches
    perennial tags exactly and does not widen a 2_28 tag to older ones by itself)."""
    tags = [f"manylinux_2_{minor}_{arch}" for minor in range(glibc_minor, 16, -1)]
    tags.append(f"manylinux2014_{arch}")
    if arch == "x86_64":
        tags += [f"manylinux_2_12_{arch}", f"manylinux2010_{arch}", f"manylinux_2_5_{arch}",
                 f"manylinux1_{arch}"]
    return tags


@dataclass(frozen=True)
class Target:
    name: str
    label: str  # for people (README, messages)
    tags: list[str]
    markers: dict[str, str] = field(default_factory=dict)
    min_glibc: tuple[int, int] | None = None
    pythons: tuple[str, ...] = SUPPORTED_PYTHONS


TARGETS = {
    "win_amd64": Target("win_amd64", "Windows 10/11 x64", ["win_amd64"],
                        {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                         "platform_machine": "AMD64"}),
    "linux_x86_64": Target("linux_x86_64", "Linux x86_64 (glibc ≥ 2.28)", manylinux_tags("x86_64", 28),
                           {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                            "platform_machine": "x86_64"}, (2, 28), LINUX_PYTHONS),
    "linux_aarch64": Target("linux_aarch64", "Linux aarch64 (glibc ≥ 2.31)", manylinux_tags("aarch64", 31),
                            {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                             "platform_machine": "aarch64"}, (2, 31), LINUX_PYTHONS),
}


def this_machine() -> tuple[str, str]:
    """(target name, python version) of the running interpreter, for a kit of this machine only."""
    import platform
    import sys

    machine = platform.machine().lower()
    if sys.platform == "win32":
        name = "win_amd64"
    elif machine in ("aarch64", "arm64"):
        name = "linux_aarch64"
    else:
        name = "linux_x86_64"
    return name, f"{sys.version_info.major}.{sys.version_info.minor}"
