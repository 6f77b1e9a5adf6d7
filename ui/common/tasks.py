"""Long work off the GUI thread: a plain function, progress, cancel, results back on the GUI thread.

The function is ordinary core code: `work(progress, cancelled)` where `progress(fraction, message)`
reports 0..1 and `cancelled()` says whether the user pressed 取消. It runs on a QThreadPool worker;
`on_done(result)` or `on_failed(exc)` run later on the GUI thread. The window keeps painting.

    task = run_task(parent, title, lambda progress, cancelled: run_import(...),
                    on_done=self.show_summary, on_failed=self.import_failed)

The worker closes its own database connection when the function returns (peewee keeps one
connection per thread; a pool thread would otherwise hold it open). Writes from every thread take
turns (core/db.transaction): while the work waits for another writer, its dialog says what for
("另一项居民导入正在进行（已 40 秒）…") and 取消 stops the wait (WriteCancelled, nothing written).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.common.core_text import core_text

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

# Fast work should not flash a dialog (Anki waits ~600 ms); long work shows it soon enough.
SHOW_AFTER_MS = 300
KEEP_BAR = -1.0  # a progress report that only changes the message
BUSY = -2.0  # a progress report of work that cannot say how far it is: a moving bar


class _Signals(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the calls to the GUI thread."""

    sig_progress = Signal(float, str)
    sig_finished = Signal(object, object)  # result, exception (one of them is None)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        from station_app.core import writer

        result, error = None, None
        try:
            with writer.listening(self._writer_wait):
                result = self.work(self._progress, self.cancel.is_set)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            error = exc
        finally:
            _close_thread_connection()
        self.signals.sig_finished.emit(result, error)

    def _progress(self, fraction: float, message: str = "") -> None:
        self.signals.sig_progress.emit(float(fraction), message)

    def _writer_wait(self, wait: Any) -> None:
        """Waiting for another writer: the dialog says so with a moving bar; 取消 stops waiting."""
        from station_app.core.writer import WriteCancelled
        from ui.common.writer_wait import message_for

        if wait.done:
            self.signals.sig_progress.emit(KEEP_BAR, QCoreApplication.translate("ProgressDialog", "继续…"))
            return
        self.signals.sig_progress.emit(BUSY, message_for(wait))
        if self.cancel.is_set():
            raise WriteCancelled(QCoreApplication.translate("ProgressDialog", "已取消：没有保存任何内容。"))


def _close_thread_connection() -> None:
    try:
        from station_app.core import db

        db.close()  # this thread's connection only
    except Exception:  # no database open: nothing to close
        log.debug("no connection to close in worker", exc_info=True)


class ProgressDialog(QDialog):
    """A bar, what is happening, and 取消. Closing the window or Esc also asks to cancel."""

    def __init__(self, title: str, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.message = QLabel(title)
        self.message.setObjectName("task_message")
        self.message.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setVisible(cancellable)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cancel_requested: Callable[[], None] = lambda: None
        self.cancel_button.clicked.connect(self._cancel)
        self._finished = False

    def set_progress(self, fraction: float, message: str) -> None:
        if fraction == BUSY:
            self.bar.setRange(0, 0)
        elif fraction != KEEP_BAR:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:  # the core's words (ui.common.writer_wait's are translated already)
            self.message.setText(core_text(message))

    def _cancel(self) -> None:
        if self.cancel_button.isVisible() and self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("正在取消，请稍候…"))
            self.cancel_requested()

    def reject(self) -> None:  # Esc / the window's close button: cancel, but wait for the worker
        if self._finished:
            super().reject()
        else:
            self._cancel()

    def finish(self) -> None:
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)


class Task(QObject):
    """One background run. Keep a reference while it runs (run_task parents it to `parent`)."""

    sig_done = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, work: Work, cancellable: bool = True,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self.title = title
        self._cancel = threading.Event()
        # No parent: the runnable holds it too, so a worker outliving this task emits into nothing.
        self._signals = _Signals()
        self._signals.sig_progress.connect(self._on_progress)
        self._signals.sig_finished.connect(self._on_finished)
        self.dialog = ProgressDialog(title, cancellable, parent)
        self.dialog.cancel_requested = self.cancel
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)
        self._show_after_ms = show_after_ms
        self._work = work
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> Task:
        self.running = True
        self._show_timer.start(self._show_after_ms)
        QThreadPool.globalInstance().start(_Runnable(self._work, self._signals, self._cancel))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _show_dialog(self) -> None:
        if self.running:
            self.dialog.open()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.dialog.set_progress(fraction, message)

    def _on_finished(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self._show_timer.stop()
        self.dialog.finish()
        self.dialog.deleteLater()
        self.result, self.error = result, error
        if error is not None:
            self.sig_failed.emit(error)
        else:
            self.sig_done.emit(result)


def run_task(parent: QWidget, title: str, work: Work, on_done: Callable[[Any], None],
             on_failed: Callable[[BaseException], None] | None = None, cancellable: bool = True) -> Task:
    """Start `work` on a worker thread; `on_done`/`on_failed` run on the GUI thread afterwards.

    Without `on_failed`, failures go to show_error (a plain message for known errors, the
    exception dialog for bugs).
    """
    task = Task(parent, title, work, cancellable)
    task.sig_done.connect(on_done)
    if on_failed is None:
        from ui.common.errors import show_error

        task.sig_failed.connect(lambda exc: show_error(parent, exc))
    else:
        task.sig_failed.connect(on_failed)
    return task.start()


class TaskDialog(QDialog):
    """A dialog that runs long work (`self.task`): Esc or 关闭 while it runs asks the work to stop,
    and the dialog stays until it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().reject()
