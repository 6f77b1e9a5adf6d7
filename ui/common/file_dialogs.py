"""File and folder dialogs that start where the user works: the folder used last (remembered per
user on this PC), else the user's documents folder — never the program's folder, where Qt starts
when given no folder and where nobody keeps their files.

Qt's own dialog is used (not the system's): it follows the app's language on every system, with
Qt's Chinese catalogue (ui/common/language.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from station_app.core import paths

_user = {"name": ""}  # who is logged in: each officer on a shared PC has their own last folder
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def set_user(username: str) -> None:
    _user["name"] = username


def _settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


def _key() -> str:
    return f"last_folder/{_user['name'].encode('utf-8').hex() or 'anyone'}"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder() -> Path:
    """The folder a dialog opens in: the last one used if it still exists, else documents."""
    saved = _settings().value(_key())
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return documents_folder()


def remember(chosen: str | Path) -> None:
    """Keep the folder of what the user chose (or the folder itself) for the next dialog."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings = _settings()
    settings.setValue(_key(), str(folder))
    settings.sync()


def _start(suggested: str | Path = "") -> str:
    """Where to open: a suggested absolute path as it is (a rejects file beside its source), a
    suggested bare file name inside the start folder, else the start folder."""
    text = str(suggested or "")
    if text and Path(text).is_absolute():
        return text
    folder = start_folder()
    return str(folder / text) if text else str(folder)


def open_file(parent: QWidget | None, title: str, file_filter: str, suggested: str | Path = "") -> str:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, _start(suggested), file_filter,
                                                  options=OPTIONS)
    if chosen:
        remember(chosen)
    return chosen


def open_files(parent: QWidget | None, title: str, file_filter: str) -> list[str]:
    chosen, _filter = QFileDialog.getOpenFileNames(parent, title, _start(), file_filter, options=OPTIONS)
    if chosen:
        remember(chosen[0])
    return list(chosen)


def save_file(parent: QWidget | None, title: str, suggested: str | Path, file_filter: str = "") -> str:
    """A path to write to; `suggested` is a file name (put in the start folder) or a full path."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, _start(suggested), file_filter,
                                                  options=OPTIONS)
    if chosen:
        remember(chosen)
    return chosen


def choose_folder(parent: QWidget | None, title: str, current: str | Path = "") -> str:
    chosen = QFileDialog.getExistingDirectory(parent, title, _start(current),
                                              QFileDialog.Option.ShowDirsOnly | OPTIONS)
    if chosen:
        remember(chosen)
    return chosen
