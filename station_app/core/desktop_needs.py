"""What this Linux machine lacks to show the window and print Chinese — found before Qt is imported.

Qt 6.5+ refuses to load its xcb platform plugin without libxcb-cursor0 (some systems also lack
libxcb-icccm4, libxcb-keysyms1 …) and then aborts with a raw English message. So the libraries the
plugin links are read with `ldd` first (it follows every dependency, Qt's own included), and the
missing ones are named as Debian packages in one command a person can copy. Never imports Qt.

    python -m station_app.core.desktop_needs [--json] [--fonts] [--ignore-display]
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Sonames whose Debian package name does not follow "lib<name><major>" / "lib<name>-<major>".
_DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
CJK_FONT_PACKAGE = "fonts-wqy-microhei"  # TrueType (glyf) outlines: Qt shows it, reportlab embeds it
_PLUGIN_FILES = {"xcb": "libqxcb.so", "offscreen": "libqoffscreen.so", "minimal": "libqminimal.so",
                 "wayland": "libqwayland-generic.so", "vnc": "libqvnc.so"}


@dataclass
class DesktopNeeds:
    """What is missing; empty lists mean the window can start."""

    missing_libraries: list[str] = field(default_factory=list)
    packages: list[str] = field(default_factory=list)  # Debian package names, in order
    no_display: bool = False
    plugin: str = ""  # the plugin file that was checked, for the log

    @property
    def ok(self) -> bool:
        return not (self.packages or self.no_display)

    def add_package(self, name: str) -> None:
        if name not in self.packages:
            self.packages.append(name)


def debian_package(soname: str) -> str:
    """libxcb-cursor.so.0 → libxcb-cursor0; libpng16.so.16 → libpng16-16 (Debian's naming rule)."""
    if soname in _DEBIAN_PACKAGES:
        return _DEBIAN_PACKAGES[soname]
    match = re.fullmatch(r"lib(.+?)\.so\.(\d+)(?:\.\d+)*", soname)
    if match is None:
        return soname
    stem, major = match.group(1).lower(), match.group(2)
    return f"lib{stem}-{major}" if stem[-1].isdigit() else f"lib{stem}{major}"


def missing_from_ldd(output: str) -> list[str]:
    """The sonames that `ldd` reports as 'not found', once each, in order."""
    found: list[str] = []
    for line in output.splitlines():
        parts = line.split("=>")
        if len(parts) == 2 and parts[1].strip().startswith("not found"):
            name = parts[0].strip()
            if name not in found:
                found.append(name)
    return found


def platform_name(environ: dict[str, str] | os._Environ = os.environ) -> str:
    """The platform plugin Qt will try first: QT_QPA_PLATFORM's first entry, else xcb."""
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    return wanted or "xcb"


def qt_plugin_path(platform: str) -> Path | None:
    """The platform plugin file of the installed PySide6 (or of a frozen build), without importing it."""
    file = _PLUGIN_FILES.get(platform)
    if file is None:
        return None
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots.extend(Path(p) for p in spec.submodule_search_locations)
    for root in roots:
        candidate = root / "Qt" / "plugins" / "platforms" / file
        if candidate.exists():
            return candidate
    return None


def check(environ: dict[str, str] | os._Environ = os.environ) -> DesktopNeeds:
    """Libraries the platform plugin cannot find, and whether there is a display to show on.
    On anything but Linux, or when the plugin or ldd cannot be found, reports nothing missing
    (Qt's own error is then caught by the start-up guard in ui/start.py)."""
    needs = DesktopNeeds()
    if not sys.platform.startswith("linux"):
        return needs
    platform = platform_name(environ)
    if platform == "xcb" and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        needs.no_display = True
    plugin = qt_plugin_path(platform)
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return needs
    needs.plugin = str(plugin)
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return needs
    needs.missing_libraries = missing_from_ldd(result.stdout)
    for soname in needs.missing_libraries:
        needs.add_package(debian_package(soname))
    return needs


def check_fonts(needs: DesktopNeeds) -> DesktopNeeds:
    """Adds the CJK TrueType font package when no font on the machine can show and print Chinese."""
    from station_app.core.fonts import find_cjk_fonts

    if sys.platform.startswith("linux") and not find_cjk_fonts():
        needs.add_package(CJK_FONT_PACKAGE)
    return needs


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def explain(needs: DesktopNeeds) -> str:
    """The message for a person, Chinese first, with the exact command to copy."""
    lines = []
    if needs.packages:
        names = ", ".join(needs.missing_libraries) or CJK_FONT_PACKAGE
        lines += [
            "平安台账无法启动：本机缺少显示窗口或中文字体所需的系统组件。",
            "请让管理员运行下面这一行命令（需要联网或本地软件源），然后重新启动：",
            "The app cannot start: this machine lacks system libraries for the window or a Chinese font.",
            "Ask an administrator to run this one line, then start again:",
            "",
            "    " + install_command(needs.packages),
            "",
            f"缺少 / missing: {names}",
        ]
        if not shutil.which("apt-get"):
            lines.append("（本系统没有 apt-get：请用系统自带的软件包管理器安装提供上述库文件的软件包。）")
    if needs.no_display:
        lines += [
            "没有找到图形桌面（DISPLAY 未设置）：请在桌面环境中启动平安台账，而不是在远程终端里。",
            "No graphical desktop found (DISPLAY is not set): start the app from the desktop.",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    needs = check()
    if "--fonts" in args:
        check_fonts(needs)
    if "--ignore-display" in args:  # an installer run over ssh: the desktop comes later
        needs.no_display = False
    if "--json" in args:
        print(json.dumps({"packages": needs.packages, "missing_libraries": needs.missing_libraries,
                          "no_display": needs.no_display, "plugin": needs.plugin}))
    elif not needs.ok:
        print(explain(needs))
    return 0 if needs.ok else 1


if __name__ == "__main__":
    sys.exit(main())
