"""Qt's own platform-plugin error never reaches the person: our message, exit 1, no abort."""

import io
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_platform_that_cannot_start_gives_our_message():
    # xcb on a display that does not exist: Qt would print its English error and abort (SIGABRT).
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":93")
    code = "from ui.start import create_application; create_application(); print('started')"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1, result
    assert result.stderr.startswith("平安台账无法启动"), result.stderr
    ours, _, technical = result.stderr.partition("\nQt: ")  # Qt's words after ours, for maintainers
    assert technical and "Qt: " not in ours and "platform plugin \"xcb\"" not in ours
    assert "started" not in result.stdout


def test_the_dialog_shows_our_words_only(monkeypatch, tmp_path):
    """Started from a menu (no terminal), the person sees our message; Qt's is not in the dialog."""
    import ui.start

    shown: list[list[str]] = []
    monkeypatch.setattr(ui.start.sys, "stderr", io.StringIO())  # not a terminal: a menu started it
    monkeypatch.setattr(ui.start.os, "environ", {"DISPLAY": ":0"})
    monkeypatch.setattr(ui.start.shutil, "which",
                        lambda tool: "/usr/bin/zenity" if tool == "zenity" else None)
    monkeypatch.setattr(ui.start.subprocess, "run", lambda args, **kwargs: shown.append(args))
    ui.start.tell(ui.start.QT_FAILED, "Qt: could not connect to display :0")
    assert len(shown) == 1 and shown[0][-1] == ui.start.QT_FAILED


def test_missing_window_libraries_are_named_before_qt_loads(monkeypatch, capsys):
    import ui.start
    from station_app.core.desktop_needs import DesktopNeeds

    needs = DesktopNeeds(missing_libraries=["libxcb-cursor.so.0"], packages=["libxcb-cursor0"])
    monkeypatch.setattr(ui.start.desktop_needs, "check", lambda: needs)
    assert ui.start.main([]) == 1
    assert "sudo apt-get install -y libxcb-cursor0" in capsys.readouterr().err
