"""Automatic backups from the GUI: once a day after the main window is up (on a worker thread,
quietly unless it fails) and when the program exits.

The worker only copies files with its own sqlite3 connections (`service.run_backup`); the plan
(which file, which folder, how many to keep) is read from the settings on the GUI thread first.
One worker at a time: the exit backup waits for a start backup still running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from station_app.backup import service
from station_app.core.errors import StationError

log = logging.getLogger(__name__)


class _Signals(QObject):
    sig_finished = Signal(object, object)  # result, exception (one of them is None)


class _Run(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        result, error = None, None
        try:
            result = self.work()
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            error = exc
        self.signals.sig_finished.emit(result, error)


class AutomaticBackups(QObject):
    sig_finished = Signal(object, object)  # CreatedBackup | None, exception | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # No parent: the runnable may outlive this object by a moment while the pool winds down.
        self._signals = _Signals()
        self._signals.sig_finished.connect(self._finished)
        self.window: QMainWindow | None = None

    def start_if_due(self, window: QMainWindow) -> bool:
        """Back up on a worker if the newest backup is older than a day; False on PostgreSQL or
        when the window was closed before this ran (the exit backup follows then)."""
        if not shiboken6.isValid(window) or not window.isVisible():
            return False
        plan = service.backup_plan()
        if plan is None:
            return False
        self.window = window
        self.pool.start(_Run(lambda: service.run_backup(plan, "auto", if_older_than=service.DAILY),
                             self._signals))
        return True

    def wait(self) -> None:
        self.pool.waitForDone()

    def _finished(self, result: service.CreatedBackup | None, error: BaseException | None) -> None:
        window = self.window if self.window is not None and shiboken6.isValid(self.window) else None
        if error is not None:
            log.warning("automatic backup failed: %s", error, exc_info=not isinstance(error, StationError))
            if window is not None and window.isVisible():
                text = error.message if isinstance(error, StationError) else str(error)
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("自动备份没有完成"),
                                  self.tr("今天的自动备份没有完成，数据本身没有受影响。\n{reason}")
                                  .replace("{reason}", text), QMessageBox.StandardButton.Ok, window)
                box.setObjectName("auto_backup_failed")
                box.open()  # not modal: work goes on
        elif result is not None and window is not None:
            window.statusBar().showMessage(
                self.tr("已自动备份：{path}").replace("{path}", str(result.info.path)), 10_000)
        self.sig_finished.emit(result, error)

    def backup_on_exit(self) -> str | None:
        """The exit backup, on this thread (the windows are gone). Returns why it failed, or None."""
        self.wait()
        try:
            plan = service.backup_plan()
            if plan is not None:
                service.run_backup(plan, "exit")
        except StationError as exc:
            log.warning("backup on exit failed: %s", exc.message)
            return exc.message
        return None
