"""Set up and run Station Ledger on a fresh machine with nothing but Python 3.10+.

    python3 bootstrap.py app  [--db URL] [--data-dir DIR]   # install what is needed, start the app
    python3 bootstrap.py test [PYTEST ARGS]                 # install test needs, ruff + the whole suite

Creates `.venv` beside this file and re-installs only when pyproject.toml changes. As root on
Debian, `test` also installs a CJK TrueType font, an Extension B font, poppler-utils and
zbar-tools when they are missing (the document tests embed Chinese, read PDFs back with
pdftotext and decode their QR codes with zbarimg).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".bootstrap-stamp"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str) -> Path:
    """Create the virtual environment and install the project (editable) if anything changed."""
    if sys.version_info < (3, 10):  # noqa: UP036 (this file runs before anything is installed)
        sys.exit("需要 Python 3.10 或更高版本 / Python 3.10+ is required")
    if not venv_python().exists():
        print("创建虚拟环境 / creating .venv …", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as exc:  # Debian without python3-venv
            sys.exit(f"无法创建虚拟环境：{exc}\n"
                     "请先安装 python3-venv（Debian/Ubuntu: apt install python3-venv）")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("安装依赖 / installing dependencies …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run([str(venv_python()), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
                       check=True, cwd=ROOT)
        subprocess.run([str(venv_python()), "-m", "pip", "install", "--quiet", "-e", target],
                       check=True, cwd=ROOT)
        STAMP.write_text(wanted)
    return venv_python()


def ensure_test_system_packages(python: Path) -> None:
    """Document tests need a CJK TrueType font, an Extension B font (𠮷), pdftotext and zbarimg
    (QR codes); install them where we can."""
    probe = subprocess.run(
        [str(python), "-c",
         "from station_app.core.fonts import find_cjk_fonts, find_fallback_fonts; "
         "print(len(find_cjk_fonts()), len(find_fallback_fonts()))"],
        cwd=ROOT, capture_output=True, text=True,
    )
    cjk, ext_b = (probe.stdout.split() + ["0", "0"])[:2] if probe.returncode == 0 else ("0", "0")
    missing = [] if cjk != "0" else ["fonts-wqy-microhei"]
    if ext_b == "0":
        missing.append("fonts-hanazono")  # HanaMinB: CJK Extension B
    if shutil.which("pdftotext") is None:
        missing.append("poppler-utils")
    if shutil.which("zbarimg") is None:
        missing.append("zbar-tools")
    if not missing:
        return
    can_apt = sys.platform.startswith("linux") and shutil.which("apt-get") and os.geteuid() == 0
    if not can_apt:
        print(f"提示：缺少 {', '.join(missing)}，文书相关测试会失败；请先安装。", file=sys.stderr)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "app":
        python = ensure_environment("")
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], cwd=ROOT)
    python = ensure_environment("test")
    ensure_test_system_packages(python)
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    tests = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
    return tests or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
