"""The main window's size and place, remembered per user on this PC (maximized included), so that
切换用户 and the next start bring back each officer's own window.

Kept in an INI file in the data directory (never the registry): it moves with the data and tests
redirect it with the data directory.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from station_app.core import paths

DEFAULT_SIZE = (1280, 800)


def _settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


def _key(username: str) -> str:
    return f"geometry/{username.encode('utf-8').hex()}"  # any user name is a valid INI key


def restore_geometry(window: QWidget, username: str) -> None:
    """The user's last window, or a roomy default that fits the screen."""
    saved = _settings().value(_key(username))
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        return
    screen = QApplication.primaryScreen()
    width, height = DEFAULT_SIZE
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height())
    window.resize(width, height)


def save_geometry(window: QWidget, username: str) -> None:
    settings = _settings()
    settings.setValue(_key(username), window.saveGeometry())
    settings.sync()
