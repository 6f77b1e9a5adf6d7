"""A save on the window's thread that finds another unit of work saving (an import on a worker, the
`station` command, another PC) waits in a small dialog: what it waits for and for how long
("另一项居民导入正在进行（已 40 秒）…"), a moving bar, and 取消 — instead of a frozen window and
"database is locked" after 10 s. The listener protocol is station_app/core/writer.py's.

The dialog is application-modal: while it shows, the window repaints but takes no input, so the user
cannot start a second save behind the waiting one. 取消 gives up the wait (WriteCancelled: nothing
saved, what was typed stays in the form).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from station_app.core import writer
from station_app.core.writer import WriteCancelled, WriterWait
from ui.common.noop import QT_TRANSLATE_NOOP

# A wait this short passes unseen (most turns come in milliseconds).
SHOW_AFTER_SECONDS = 0.5


class WriterWaitDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writer_wait")
        self.setWindowTitle(self.tr("请稍候"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("writer_wait_message")
        self.message.setWordWrap(True)
        self.hint = QLabel(self.tr("等它完成后会自动继续保存。也可以取消，窗口中填写的内容会保留。"))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        bar = QProgressBar()
        bar.setRange(0, 0)  # moving: how long is not known
        bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setObjectName("writer_wait_cancel")
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.message)
        layout.addWidget(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cancelled = False

    def show_wait(self, wait: WriterWait) -> None:
        self.message.setText(message_for(wait))
        if not self.isVisible():
            self.show()

    def reject(self) -> None:  # 取消, Esc, the window's close button
        self.cancelled = True
        self.hide()


TASK_RUNNING = QT_TRANSLATE_NOOP("WriterWaitDialog", "另一项{task}正在进行（已 {n} 秒）…")
ELSEWHERE = QT_TRANSLATE_NOOP("WriterWaitDialog", "另一台电脑或另一个程序正在保存数据（已等待 {n} 秒）…")
OTHER_WORK = QT_TRANSLATE_NOOP("WriterWaitDialog", "另一项工作正在保存数据（已等待 {n} 秒）…")
CANCELLED = QT_TRANSLATE_NOOP("WriterWaitDialog",
                              "已取消：没有保存。窗口中填写的内容仍保留，可以稍后再保存。")


def message_for(wait: WriterWait) -> str:
    """The core's words (WriterWait.message), in the window's language."""
    label = writer.TASKS.get(wait.holder.task, "")
    if label and wait.holder.running_for is not None:
        return (_tr(TASK_RUNNING).replace("{task}", _tr(label))
                .replace("{n}", str(int(wait.holder.running_for))))
    text = _tr(ELSEWHERE) if wait.holder.elsewhere else _tr(OTHER_WORK)
    return text.replace("{n}", str(int(wait.waited)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("WriterWaitDialog", text)


class WindowWait:
    """The window thread's listener: the dialog after SHOW_AFTER_SECONDS, events processed while
    waiting, WriteCancelled when 取消 was pressed."""

    def __init__(self) -> None:
        self.dialog: WriterWaitDialog | None = None

    def __call__(self, wait: WriterWait) -> None:
        if wait.done:
            if self.dialog is not None:
                self.dialog.hide()
                self.dialog.deleteLater()
                self.dialog = None
            return
        if wait.waited < SHOW_AFTER_SECONDS:
            return
        if self.dialog is None:
            self.dialog = WriterWaitDialog(QApplication.activeWindow())
        self.dialog.show_wait(wait)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if self.dialog.cancelled:
            raise WriteCancelled(_tr(CANCELLED))


def install() -> None:
    """Waits on the window's thread show the dialog (call once, on the GUI thread)."""
    writer.set_thread_listener(WindowWait())


# writer.TASKS' labels, for the translation tool (message_for translates them).
TASK_LABELS = (QT_TRANSLATE_NOOP("WriterWaitDialog", "居民导入"),
               QT_TRANSLATE_NOOP("WriterWaitDialog", "工单导入"),
               QT_TRANSLATE_NOOP("WriterWaitDialog", "数据包导入"),
               QT_TRANSLATE_NOOP("WriterWaitDialog", "演示数据载入"),
               QT_TRANSLATE_NOOP("WriterWaitDialog", "备份恢复"),
               QT_TRANSLATE_NOOP("WriterWaitDialog", "居民合并"))
