"""Help → About: versions and where the data lives (what a maintainer asks for first)."""

from __future__ import annotations

import platform
import sqlite3

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from station_app import __version__
from station_app.core import paths


def about_text(database_display: str) -> str:
    import peewee
    import reportlab

    rows = [
        (QCoreApplication.translate("About", "平安台账 Station Ledger"), __version__),
        ("Python", platform.python_version()),
        ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
        ("peewee", peewee.__version__),
        ("reportlab", reportlab.Version),
        ("SQLite", sqlite3.sqlite_version),
        (QCoreApplication.translate("About", "数据目录"), str(paths.data_dir())),
        (QCoreApplication.translate("About", "数据库"), database_display),
        (QCoreApplication.translate("About", "日志"), str(paths.log_file())),
    ]
    colon = QCoreApplication.translate("About", "：")
    return "\n".join(f"{name}{colon}{value}" for name, value in rows)


def show_about(parent: QWidget, database_display: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "关于平安台账"))
    box.setText(QCoreApplication.translate("About", "平安台账 — 派出所工作台账"))
    box.setInformativeText(about_text(database_display))
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()
