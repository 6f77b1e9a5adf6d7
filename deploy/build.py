"""`python3 bootstrap.py build`: the standalone folder dist/StationLedger (PyInstaller, one folder).

It runs on a PC with no Python: StationLedger(.exe) opens the window, station(.exe) is the command
line. Build on the system you ship to (PyInstaller does not cross-build): Linux here, the same
spec on Windows. Prints the folder's size and the time the build took.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
FOLDER = DIST / "StationLedger"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> Path:
    started = time.monotonic()
    print("» PyInstaller 构建独立程序 / building the standalone folder (a few minutes)", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "deploy" / "station.spec")], check=True, cwd=ROOT)
    size = folder_size(FOLDER) / 2**20
    print(f"» 完成 / built {FOLDER}: {size:.0f} MB in {time.monotonic() - started:.0f} s", flush=True)
    return FOLDER


def main(argv: list[str] | None = None) -> int:
    try:
        build()
    except subprocess.CalledProcessError as exc:
        print(f"构建失败 / the build failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
