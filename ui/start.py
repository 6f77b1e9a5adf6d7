"""GUI entry: `python main.py [--db URL] [--data-dir DIR]`, `station-desk`, the standalone build.

Qt's own start-up failures are English and technical ("Could not load the Qt platform plugin
"xcb" … even though it was found", then an abort). So before Qt is imported the platform plugin's
libraries are checked (station_app.core.desktop_needs) and anything missing is named in Chinese
with the command that installs it; whatever still goes wrong while Qt creates the application
(no display, a broken plugin) is caught by a message handler that shows our message instead.
`--smoke-test` starts as usual, reports the first window shown and exits (CI, the kit's check).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence

from station_app.core import desktop_needs

SMOKE_FLAG = "--smoke-test"
QT_FAILED = (
    "平安台账无法启动：图形界面组件（Qt 平台插件）加载失败。\n"
    "请确认在桌面环境中启动；Linux 上可让管理员运行 `python3 bootstrap.py app` 或重新运行安装包的"
    " install.sh，它会检查并说明缺少的系统组件。\n"
    "The window system could not be started (Qt platform plugin). Start the app from the desktop; "
    "on Linux, re-run install.sh or bootstrap.py, which name what is missing."
)


def tell(message: str, details: str = "") -> None:
    """Say it on stderr and, when started from a menu or shortcut (no terminal), in a dialog.
    `details` (a library's own words, for whoever maintains the PC) go to stderr only."""
    print(message, file=sys.stderr, flush=True)
    if details:
        print(details, file=sys.stderr, flush=True)
    if sys.stderr is not None and sys.stderr.isatty():
        return
    if os.name == "nt":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, "平安台账", 0x10)
        return
    for tool, args in (("zenity", ["--error", "--no-wrap", "--title=平安台账", "--text"]),
                       ("kdialog", ["--title", "平安台账", "--error"]), ("xmessage", ["-center"]),
                       ("notify-send", ["--urgency=critical", "平安台账"])):
        path = shutil.which(tool)
        if path and os.environ.get("DISPLAY"):
            try:
                subprocess.run([path, *args, message], timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return


def create_application():  # -> QApplication, typed loosely: PySide6 is imported inside
    """QApplication, with Qt's platform errors turned into our message (and exit 1)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    held: list[str] = []

    def guard(kind, _context, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            tell(QT_FAILED, "Qt: " + " / ".join([*held, message])[-600:])
            os._exit(1)
        held.append(message)

    previous = qInstallMessageHandler(guard)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qInstallMessageHandler(previous)
    for message in held:  # harmless warnings while starting: keep them for whoever reads stderr
        print(message, file=sys.stderr)
    return app


def arm_smoke_test(app, seconds: float = 2.0) -> None:
    """After `seconds`, print the titles of the windows on screen and exit (0 if any was shown)."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        shown = [w.windowTitle() or type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()]
        print(f"smoke-test: platform={app.platformName()} windows={shown}", flush=True)
        os._exit(0 if shown else 3)

    QTimer.singleShot(int(seconds * 1000), report)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    smoke = SMOKE_FLAG in args
    if smoke:
        args.remove(SMOKE_FLAG)
    needs = desktop_needs.check()
    if not needs.ok:
        tell(desktop_needs.explain(needs))
        return 1
    try:
        app = create_application()
    except ImportError as exc:  # a Qt library itself is missing: name it, never a traceback
        tell(QT_FAILED + f"\n\n({exc})")
        return 1
    if smoke:
        arm_smoke_test(app)
    from ui.app import main as run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
