"""`python3 bootstrap.py kit --to DIR`: a folder for a USB stick that installs the app with no network.

    DIR/install.bat, install.sh     find a Python 3.10+ (Windows: run the python-3.*.exe placed
                                    beside them if none), then kit_install.py does the rest
    DIR/kit_install.py              venv, `pip install --no-index`, shortcuts, checks (one script
                                    for both systems)
    DIR/wheels/                     every wheel for every target and Python, the app's own, pip
    DIR/icons/, README.txt, SHA256SUMS, kit.json

Options: --platform NAME (repeatable; win_amd64, linux_x86_64, linux_aarch64; default all),
--python X.Y (repeatable; default every supported one), --only-this-machine (CI).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from deploy.target_pip import pip_args
from deploy.targets import SUPPORTED_PYTHONS, TARGETS, this_machine

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
ICON_FILES = ("station.svg", "station.ico", "station-256.png", "station-48.png")


def isolated_pip_env() -> dict[str, str]:
    """pip without the machine's own configuration (extra indexes, find-links, constraints)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1")
    return env


def build_project_wheel(source: Path, out: Path) -> Path:
    """The app's own wheel (setuptools in pip's isolated build environment)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp, str(source)],
                       check=True, env=isolated_pip_env())
        (wheel,) = Path(tmp).glob("station_ledger-*.whl")
        out.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy2(wheel, out / wheel.name))


def download_for(target: str, python: str, wheel: Path, wheels: Path) -> None:
    """Every wheel the app needs on one target with one Python (files already there are kept)."""
    print(f"» 下载 / downloading: {TARGETS[target].label}, Python {python}", flush=True)
    subprocess.run([sys.executable, "-m", "deploy.target_pip", target, python, "--",
                    "download", "--quiet", "--dest", str(wheels), *pip_args(target, python), str(wheel)],
                   check=True, cwd=ROOT, env=isolated_pip_env())


def download_pip(wheels: Path) -> None:
    """pip itself: the station PC's venv is made without pip (Debian lacks ensurepip without
    python3-venv) and gets it from this wheel."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                    "--dest", str(wheels), "pip"], check=True, env=isolated_pip_env())


def pyside_versions(wheels: Path) -> dict[str, list[str]]:
    """Which PySide6 wheels the kit carries, by platform tag, for README.txt and kit.json."""
    found: dict[str, list[str]] = {}
    for path in sorted(wheels.glob("*.whl")):
        name, version, *_, platform = path.stem.split("-")
        if name.lower() == "pyside6_essentials":
            found.setdefault(platform, []).append(version)
    return found


def describe(info: dict) -> str:
    """The kit's contents for README.txt, in Chinese."""
    lines = [f"- 平安台账 {info['version']}（{info['app']}），{info['built']} 制作",
             "- 适用系统：" + "、".join(TARGETS[t].label for t in info["targets"]),
             "- 适用 Python：" + "；".join(
                 f"{TARGETS[t].label} " + "、".join(p for p in info["pythons"] if p in TARGETS[t].pythons)
                 for t in info["targets"])]
    for platform, versions in sorted(info["pyside6"].items()):
        lines.append(f"- 图形界面 PySide6 {', '.join(versions)}：{platform}")
    missing = [target.label for name, target in TARGETS.items() if name not in info["targets"]]
    if missing:
        lines.append("- 本安装包不含（在这些系统上安装程序会说明并停止，不改动已有安装）："
                     + "、".join(missing))
    return "\n".join(lines)


def write_checksums(kit: Path) -> None:
    lines = []
    for path in sorted(kit.rglob("*")):
        if path.is_file() and path.name != "SHA256SUMS":
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {path.relative_to(kit).as_posix()}")
    (kit / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_kit(kit: Path, targets: list[str], pythons: list[str], source: Path = ROOT) -> dict:
    """Build the kit in `kit` (emptied first, except an installer placed there); returns kit.json."""
    started = time.monotonic()
    kit.mkdir(parents=True, exist_ok=True)
    wheels = kit / "wheels"
    if wheels.exists():
        shutil.rmtree(wheels)
    print("» 构建本程序的安装包 / building the app's wheel", flush=True)
    wheel = build_project_wheel(source, wheels)
    for target in targets:
        for python in pythons:
            if python in TARGETS[target].pythons:
                download_for(target, python, wheel, wheels)
    download_pip(wheels)
    for name in ("install.sh", "install.bat"):
        shutil.copy2(HERE / "kit_files" / name, kit / name)
    shutil.copy2(HERE / "kit_install.py", kit / "kit_install.py")
    (kit / "install.sh").chmod(0o755)
    icons = kit / "icons"
    icons.mkdir(exist_ok=True)
    for name in ICON_FILES:
        shutil.copy2(ROOT / "resources" / "icons" / name, icons / name)
    info = {
        "app": wheel.name,
        "version": wheel.name.split("-")[1],
        "built": time.strftime("%Y-%m-%d %H:%M:%S"),
        "targets": targets,
        "pythons": pythons,
        # What was really downloaded, per system: kit_install.py refuses a PC it has nothing for.
        "carries": {target: [p for p in pythons if p in TARGETS[target].pythons] for target in targets},
        "pyside6": pyside_versions(wheels),
        "wheels": len(list(wheels.glob("*.whl"))),
    }
    readme = (HERE / "kit_files" / "README.txt").read_text(encoding="utf-8")
    # Windows Notepad before Windows 10 1903 shows UTF-8 only with a BOM; CRLF for the same reason.
    text = readme.replace("{{CONTENTS}}", describe(info)).replace("\n", "\r\n")
    (kit / "README.txt").write_text("\ufeff" + text, encoding="utf-8", newline="")
    (kit / "kit.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    write_checksums(kit)
    size = sum(p.stat().st_size for p in kit.rglob("*") if p.is_file())
    info["size_mb"] = round(size / 2**20, 1)
    info["seconds"] = round(time.monotonic() - started, 1)
    print(f"» 安装包已完成 / kit ready: {kit}  ({info['wheels']} wheels, {info['size_mb']} MB, "
          f"{info['seconds']} s)", flush=True)
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bootstrap.py kit", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--to", required=True, type=Path, metavar="DIR")
    parser.add_argument("--platform", action="append", choices=sorted(TARGETS))
    parser.add_argument("--python", action="append", choices=SUPPORTED_PYTHONS)
    parser.add_argument("--only-this-machine", action="store_true")
    args = parser.parse_args(argv)
    if args.only_this_machine:
        target, python = this_machine()
        targets, pythons = [target], [python]
    else:
        targets = args.platform or list(TARGETS)
        pythons = args.python or list(SUPPORTED_PYTHONS)
    try:
        make_kit(args.to.resolve(), targets, pythons)
    except subprocess.CalledProcessError as exc:
        print(f"安装包没有做成 / the kit failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
