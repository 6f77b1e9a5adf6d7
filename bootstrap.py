"""Set up and run Station Ledger on a fresh machine with nothing but Python 3.10+.

    python3 bootstrap.py app  [--db URL] [--data-dir DIR]   # install what is needed, start the app
    python3 bootstrap.py test [PYTEST ARGS]                 # test needs; ruff, mypy, the manual, the suite
    python3 bootstrap.py kit --to DIR                       # offline installation kit for a USB stick
    python3 bootstrap.py build                              # standalone folder (PyInstaller) in dist/

Creates `.venv` beside this file. One stamp records what is installed: `app`, `test`, `kit` and
`build` share it, each adding only what it lacks (the test tools, PyInstaller), so switching
between them installs nothing; a changed pyproject.toml re-installs. On Linux, `app` first checks
what Qt's window plugin and the documents need (the xcb libraries, a Chinese TrueType font): as
root on Debian/Ubuntu it installs what is missing, otherwise it prints the one command to run.
As root on Debian, `test` also installs an Extension B font, poppler-utils and zbar-tools (the
document tests read PDFs back with pdftotext and decode their QR codes with zbarimg).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".bootstrap-stamp"
EXTRAS = {"app": None, "test": "test", "kit": None, "build": "build"}


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def say(text: str) -> None:
    print(f"» {text}", flush=True)


def pip(*args: str) -> None:
    # setuptools warns on every editable install that folders named like our packages may shadow
    # them; here they ARE the packages, so the warning only alarms the person watching.
    env = dict(os.environ, PYTHONWARNINGS="ignore:Editable installation")
    subprocess.run([str(venv_python()), "-m", "pip", "install", "--progress-bar", "on",
                    "--disable-pip-version-check", *args], check=True, cwd=ROOT, env=env)


def read_stamp() -> dict:
    try:
        return json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return {}


def extra_requirements(extra: str) -> list[str]:
    """The requirements of one extra, read from the installed project's metadata."""
    code = ("import importlib.metadata as m, sys\n"
            "for r in m.requires('station-ledger') or []:\n"
            "    name, _, marker = r.partition(';')\n"
            "    if marker.replace(' ', '').replace(\"'\", '\"') == 'extra==\"' + sys.argv[1] + '\"':\n"
            "        print(name.strip())\n")
    out = subprocess.run([str(venv_python()), "-c", code, extra], capture_output=True, text=True,
                         check=True)
    return out.stdout.split()


def ensure_environment(extra: str | None) -> Path:
    """Create the virtual environment and install the project (editable), plus `extra` on top.
    Returns the environment's python."""
    if sys.version_info < (3, 10):  # noqa: UP036 (this file runs before anything is installed)
        sys.exit("需要 Python 3.10 或更高版本 / Python 3.10+ is required")
    if not venv_python().exists():
        say("创建虚拟环境 / creating .venv")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as exc:  # Debian without python3-venv
            sys.exit(f"无法创建虚拟环境：{exc}\n"
                     "请先安装 python3-venv（Debian/Ubuntu: sudo apt-get install python3-venv）")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = read_stamp()
    have = set(stamp.get("extras", [])) if stamp.get("pyproject") == digest else None
    if have is not None and (extra is None or extra in have):
        return venv_python()
    if have is None:
        wanted = sorted({extra} if extra else set())
        say("安装本程序及其依赖（首次约需 1-3 分钟，需要联网）/ installing the app and its dependencies")
        pip("--upgrade", "pip")
        pip("-e", f".[{','.join(wanted)}]" if wanted else ".")
    else:
        assert extra is not None
        wanted = sorted(have | {extra})
        say(f"追加安装 {extra} 所需的工具 / adding the {extra} tools")
        pip(*extra_requirements(extra))
    STAMP.write_text(json.dumps({"pyproject": digest, "extras": wanted}))
    say("安装完成 / installed")
    return venv_python()


def can_apt() -> bool:
    return sys.platform.startswith("linux") and bool(shutil.which("apt-get")) and os.geteuid() == 0


def apt_install(packages: list[str]) -> None:
    say("安装系统组件 / installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=True, env=env)


def desktop_needs(python: Path, env: dict[str, str] | None = None) -> list[str]:
    """Debian packages that Qt's platform plugin or the documents (a CJK TrueType font) lack."""
    out = subprocess.run([str(python), "-m", "station_app.core.desktop_needs", "--json", "--fonts"],
                         cwd=ROOT, capture_output=True, text=True, env=env)
    try:
        return json.loads(out.stdout)["packages"]
    except (ValueError, KeyError):
        return []


def ensure_desktop(python: Path) -> bool:
    """Before Qt starts: install what the window needs (root on Debian), else say how. False = stop."""
    if not sys.platform.startswith("linux"):
        return True
    missing = desktop_needs(python)
    if missing and can_apt():
        try:
            apt_install(missing)
        except subprocess.CalledProcessError:
            print("apt-get 没有装上（无网络或软件源？）/ apt-get failed", file=sys.stderr)
    # Prints the Chinese/English explanation with the exact command when anything is still missing.
    return subprocess.call([str(python), "-m", "station_app.core.desktop_needs", "--fonts"], cwd=ROOT) == 0


def ensure_test_system_packages(python: Path) -> None:
    """Document tests need a CJK TrueType font, an Extension B font (𠮷), pdftotext and zbarimg
    (QR codes); the offscreen Qt plugin needs its libraries. Install them where we can."""
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
    if sys.platform.startswith("linux"):
        offscreen = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        missing += [p for p in desktop_needs(python, offscreen) if p not in missing]
    if not missing:
        return
    if not can_apt():
        print(f"提示：缺少 {', '.join(missing)}，相关测试会失败；请先安装。", file=sys.stderr)
        return
    apt_install(missing)


def build_manual(python: Path) -> int:
    """The user manual (使用手册) from the real screens, ~1 min: resources/manual/, shipped with the app."""
    say("生成使用手册 / building the user manual")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(python), str(ROOT / "scripts" / "build_manual.py")], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_environment(EXTRAS[command])
    if command == "app":
        if not ensure_desktop(python):
            return 1
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest], cwd=ROOT)
    if command in ("kit", "build"):
        if build_manual(python):
            return 1
        return subprocess.call([str(python), "-m", f"deploy.{command}", *rest], cwd=ROOT)
    ensure_test_system_packages(python)
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    types = subprocess.call([str(python), "-m", "mypy"], cwd=ROOT)
    manual = build_manual(python)  # from today's screens: the manual never shows an old one
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    tests = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
    return tests or lint or types or manual


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
