"""Install or upgrade 平安台账 from this kit, with no network: `python kit_install.py [options]`.

install.sh / install.bat find a Python 3.10+ and run this file. It checks the kit (SHA256SUMS),
makes (or reuses) a virtual environment, installs every package from wheels/ with pip's
--no-index, puts a shortcut on the desktop and in the menu, and checks what the window needs.
The data (the database, backups) lives in the user's data folder and is never touched here: an
upgrade replaces the program only; the app backs the database up before upgrading its schema.

Options: --prefix DIR (default: Windows %LOCALAPPDATA%\\Programs\\StationLedger; Linux as root
/opt/station-ledger, else ~/.local/opt/station-ledger), --user (per-user shortcuts even as root),
--no-shortcuts, --no-system-packages (never call apt-get).
Only the standard library: this runs before anything is installed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

KIT = Path(__file__).resolve().parent
WHEELS = KIT / "wheels"
NAME = "平安台账"
MIN_GLIBC = {"x86_64": (2, 28), "aarch64": (2, 31)}
WINDOWS = os.name == "nt"
SYSTEMS = {"win_amd64": "Windows x64", "linux_x86_64": "Linux x86_64",
           "linux_aarch64": "Linux aarch64（飞腾、鲲鹏）"}  # deploy/targets.py's, as people say them


def say(text: str) -> None:
    print(f"» {text}", flush=True)


def fail(text: str) -> None:
    print(f"\n安装没有完成 / installation stopped:\n{text}", file=sys.stderr, flush=True)
    sys.exit(1)


def check_system() -> None:
    """Python, processor and C library this kit has wheels for; otherwise say why not."""
    if sys.version_info < (3, 10):  # noqa: UP036 (run by whatever python3 the PC has)
        fail(f"需要 Python 3.10 或更高版本，本机是 {platform.python_version()}。见 README.txt。\n"
             "Python 3.10+ is required; see README.txt.")
    if WINDOWS:
        if platform.machine().lower() not in ("amd64", "x86_64"):
            fail("本安装包只支持 64 位 Windows（x64）。/ This kit supports Windows x64 only.")
        return
    machine = platform.machine().lower()
    machine = "aarch64" if machine == "arm64" else machine
    if machine not in MIN_GLIBC:
        fail(f"本安装包不支持这种处理器：{machine}（支持 x86_64、aarch64）。")
    libc, version = platform.libc_ver()
    try:
        have = tuple(int(part) for part in version.split(".")[:2])
    except ValueError:
        have = (0, 0)
    need = MIN_GLIBC[machine]
    if libc != "glibc" or have < need:
        fail(f"本机的 C 库是 {libc or '未知'} {version or ''}，"
             f"{machine} 上的图形界面（Qt 6，PySide6）至少需要 glibc {need[0]}.{need[1]}。\n"
             f"Qt for Python 没有为更旧的系统发布 {machine} 安装包，详见 README.txt 的“国产操作系统”一节。\n"
             f"The window (PySide6) needs glibc >= {need[0]}.{need[1]} on {machine}; see README.txt.")


def verify_kit() -> None:
    """Every file as it was written: a stick pulled early or a bad copy is caught here."""
    sums = KIT / "SHA256SUMS"
    if not sums.exists():
        fail("安装包不完整：缺少 SHA256SUMS。请重新复制整个文件夹。/ SHA256SUMS is missing.")
    say("检查安装包是否完整 / checking the kit")
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        path = KIT / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            fail(f"安装包中的文件已损坏或缺失：{name}\n请从原始U盘重新复制整个文件夹。"
                 f"/ damaged or missing: {name}")


def this_target() -> str:
    """This machine as kit.json names its systems."""
    if WINDOWS:
        return "win_amd64"
    machine = platform.machine().lower()
    return "linux_aarch64" if machine in ("aarch64", "arm64") else f"linux_{machine}"


def check_kit_fits() -> None:
    """The kit carries wheels for this system and this Python; checked before the installed program
    is touched (an upgrade kit made for other PCs must not leave this one without a program)."""
    try:
        carries: dict[str, list[str]] = json.loads((KIT / "kit.json").read_text(encoding="utf-8"))["carries"]
    except (OSError, ValueError, KeyError):
        return  # a kit made before kit.json said so: pip decides, as it did
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    target = this_target()
    if python in carries.get(target, []):
        return
    offered = "；".join(f"{SYSTEMS.get(name, name)} Python {'、'.join(versions)}"
                        for name, versions in carries.items()) or "（无）"
    here = SYSTEMS.get(target, target)
    if target in carries:
        hint = ("请用其中一个版本运行：PYTHON=/usr/bin/python" + carries[target][0] + " sh install.sh"
                if not WINDOWS else "请先安装其中一个版本的 Python（见 README.txt）。")
        fail(f"本安装包没有 Python {python} 的组件，它只含：{offered}。\n{hint}\n已安装的程序没有改动。\n"
             f"This kit carries no wheels for Python {python}; it has: {offered}. Nothing was changed.")
    fail(f"本安装包不是为这台电脑（{here}）制作的，它只含：{offered}。\n"
         "请用为本机系统制作的安装包（见 README.txt）。已安装的程序没有改动。\n"
         f"This kit is not for {here}; it has: {offered}. Nothing was changed.")


def default_prefix(per_user: bool) -> Path:
    if WINDOWS:
        local = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return local / "Programs" / "StationLedger"
    if os.geteuid() == 0 and not per_user:
        return Path("/opt/station-ledger")
    return Path.home() / ".local" / "opt" / "station-ledger"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def pip_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
               PYTHONNOUSERSITE="1")
    return env


def run(args: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], check=True, env=pip_env(), **kwargs)


def ensure_venv(prefix: Path) -> Path:
    """The program's own environment; one made by another Python version is replaced."""
    venv = prefix / "venv"
    python = venv_python(venv)
    wanted = f"{sys.version_info.major}.{sys.version_info.minor}"
    if python.exists():
        probe = subprocess.run([str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                               capture_output=True, text=True)
        if probe.returncode == 0 and probe.stdout.strip() == wanted:
            say(f"升级已有安装 / upgrading the installation in {prefix}")
            return python
        say("已有安装使用另一个 Python 版本，重新建立程序环境（数据不受影响）/ re-creating the environment")
        shutil.rmtree(venv)
    say(f"安装到 / installing into {prefix}")
    prefix.mkdir(parents=True, exist_ok=True)
    # Without pip: Debian's python3 has no ensurepip unless python3-venv is installed.
    import venv as venv_module

    venv_module.EnvBuilder(with_pip=False).create(venv)
    (pip_wheel,) = sorted(WHEELS.glob("pip-*.whl"))[-1:]
    run([python, pip_wheel / "pip", "install", "--quiet", "--no-index", "--find-links", WHEELS, "pip"])
    return python


def install_packages(python: Path) -> str:
    """The app and what it needs from wheels/ only; returns the installed version."""
    (wheel,) = sorted(WHEELS.glob("station_ledger-*.whl"))[-1:]
    say("安装程序包（不联网）/ installing packages (no network)")
    run([python, "-m", "pip", "install", "--no-index", "--find-links", WHEELS, "--progress-bar", "off",
         "--upgrade-strategy", "only-if-needed", wheel])
    # The same version rebuilt (a fix in the kit) must replace the installed files too.
    run([python, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", "--force-reinstall", wheel])
    return wheel.name.split("-")[1]


def scripts_dir(prefix: Path) -> Path:
    return prefix / "venv" / ("Scripts" if WINDOWS else "bin")


def copy_icons(prefix: Path) -> Path:
    icons = prefix / "icons"
    icons.mkdir(exist_ok=True)
    for path in (KIT / "icons").iterdir():
        shutil.copy2(path, icons / path.name)
    return icons


def desktop_folder() -> Path:
    """The desktop folder; Chinese desktops call it 桌面 (xdg-user-dir knows)."""
    if shutil.which("xdg-user-dir"):
        out = subprocess.run(["xdg-user-dir", "DESKTOP"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip() and Path(out.stdout.strip()) != Path.home():
            return Path(out.stdout.strip())
    for name in ("桌面", "Desktop"):
        if (Path.home() / name).is_dir():
            return Path.home() / name
    return Path.home() / "Desktop"


def desktop_entry(prefix: Path, icons: Path) -> str:
    return "\n".join([
        "[Desktop Entry]", "Type=Application", f"Name={NAME}", "Name[en]=Station Ledger",
        "Comment=派出所工作台账 / police station work ledgers",
        f"Exec=\"{scripts_dir(prefix) / 'station-desk'}\"", f"Icon={icons / 'station-256.png'}",
        "Terminal=false", "Categories=Office;", "",
    ])


def linux_shortcuts(prefix: Path, icons: Path, per_user: bool) -> list[Path]:
    text = desktop_entry(prefix, icons)
    system = os.geteuid() == 0 and not per_user
    menu = Path("/usr/share/applications") if system else Path(
        os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "applications"
    written = []
    for folder in (menu, desktop_folder()):
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "station-ledger.desktop"
        path.write_text(text, encoding="utf-8")
        path.chmod(0o755)  # UKUI/DDE/GNOME start only executable desktop files
        if shutil.which("gio") and folder != menu:
            subprocess.run(["gio", "set", str(path), "metadata::trusted", "true"], capture_output=True)
        written.append(path)
    return written


def windows_shortcuts(prefix: Path, icons: Path) -> list[Path]:
    """Desktop and Start-menu .lnk files through PowerShell (WScript.Shell); -EncodedCommand keeps
    the Chinese name intact whatever the console's code page."""
    target = scripts_dir(prefix) / "station-desk.exe"
    script = (
        "$s = New-Object -ComObject WScript.Shell; "
        "foreach ($d in @([Environment]::GetFolderPath('Desktop'), "
        "[Environment]::GetFolderPath('Programs'))) { "
        f"$l = $s.CreateShortcut((Join-Path $d '{NAME}.lnk')); $l.TargetPath = '{target}'; "
        f"$l.IconLocation = '{icons / 'station.ico'}'; $l.WorkingDirectory = '{prefix}'; "
        "$l.Description = 'Station Ledger'; $l.Save() }"
    )
    encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
    subprocess.run(["powershell", "-NoProfile", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded],
                   check=True)
    return [Path("Desktop") / f"{NAME}.lnk", Path("Start Menu") / f"{NAME}.lnk"]


def link_station_command(prefix: Path, per_user: bool) -> Path | None:
    """`station` on PATH for administrators (Linux; on Windows it is in the venv's Scripts)."""
    if WINDOWS:
        return None
    folder = Path("/usr/local/bin") if os.geteuid() == 0 and not per_user else Path.home() / ".local" / "bin"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "station"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(scripts_dir(prefix) / "station")
    return link


def check_desktop(python: Path, allow_apt: bool) -> None:
    """The window's system libraries and a Chinese font (Linux): install as root when a package
    source is reachable, otherwise name the exact command."""
    if WINDOWS:
        return
    check = [str(python), "-m", "station_app.core.desktop_needs", "--fonts", "--ignore-display"]
    probe = subprocess.run([*check, "--json"], capture_output=True, text=True)
    try:
        packages = json.loads(probe.stdout)["packages"]
    except (ValueError, KeyError):
        return
    if packages and allow_apt and os.geteuid() == 0 and shutil.which("apt-get"):
        say("安装系统组件 / installing system packages: " + " ".join(packages))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        if subprocess.call(["apt-get", "install", "-y", "-q", *packages], env=env) != 0:
            print("（无法从软件源安装：本机离线时请用系统安装光盘或本地软件源。）", file=sys.stderr)
    subprocess.call(check)  # names what is still missing, in Chinese, with the command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prefix", type=Path)
    parser.add_argument("--user", action="store_true")
    parser.add_argument("--no-shortcuts", action="store_true")
    parser.add_argument("--no-system-packages", action="store_true")
    parser.add_argument("--fits", action="store_true",
                        help="only tell (exit 0/1, silently) whether this Python can install the kit")
    args = parser.parse_args(argv)
    if args.fits:  # install.sh asks each Python it finds, to pick one the kit carries wheels for
        with open(os.devnull, "w") as quiet, contextlib.redirect_stderr(quiet):
            check_system()
            check_kit_fits()
        return 0
    check_system()
    verify_kit()
    check_kit_fits()
    prefix = (args.prefix or default_prefix(args.user)).resolve()
    try:
        python = ensure_venv(prefix)
        version = install_packages(python)
    except subprocess.CalledProcessError as exc:
        fail(f"pip 安装失败（{exc.returncode}）：本安装包可能不含本机 Python 版本的组件，见 README.txt。\n"
             f"pip failed: the kit may not carry wheels for Python {platform.python_version()}.")
    icons = copy_icons(prefix)
    if not args.no_shortcuts:
        made = windows_shortcuts(prefix, icons) if WINDOWS else linux_shortcuts(prefix, icons, args.user)
        say("快捷方式 / shortcuts: " + ", ".join(str(p) for p in made))
    link = link_station_command(prefix, args.user)
    check_desktop(python, not args.no_system_packages)
    (prefix / "installed.json").write_text(json.dumps(
        {"version": version, "python": platform.python_version(), "kit": str(KIT)}, ensure_ascii=False),
        encoding="utf-8")
    subprocess.run([str(scripts_dir(prefix) / ("station.exe" if WINDOWS else "station")), "--version"],
                   check=False)
    say(f"{NAME} {version} 已安装在 {prefix}" + (f"；管理命令：{link}" if link else ""))
    say("数据（数据库、备份）保存在用户数据目录中，安装和升级不会改动；首次启动新版本时如需升级数据库，程序会先做备份。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
