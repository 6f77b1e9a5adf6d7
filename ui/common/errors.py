"""Showing failures: expected ones as plain messages, bugs in a dialog with copyable details."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core import paths
from station_app.core.errors import DatabaseUnavailable, StationError, explain_database_error
from ui.common.core_text import core_text

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong: a message for known errors, the exception dialog for bugs."""
    known = exc if isinstance(exc, StationError) else explain_database_error(exc)
    if known is not None:
        log.info("shown to user: %s", known.message)
        box = QMessageBox(QMessageBox.Icon.Warning, title or _title_for(known), core_text(known.message),
                          QMessageBox.StandardButton.Ok, parent)
        box.exec()
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    ExceptionDialog(exc, parent).exec()


def _title_for(exc: StationError) -> str:
    if isinstance(exc, DatabaseUnavailable):
        return QApplication.translate("errors", "数据库问题")
    return QApplication.translate("errors", "无法完成")


class ExceptionDialog(QDialog):
    """A bug: say so plainly, show the details to copy into a report, and where the log is."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        layout = QVBoxLayout(self)
        message = QLabel(self.tr(
            "程序遇到了意外错误，刚才的操作没有完成（已保存的数据不受影响）。\n"
            "请把下面的详细信息复制给维护人员。日志文件：{log}"
        ).replace("{log}", str(paths.log_file())))
        message.setWordWrap(True)
        message.setTextInteractionFlags(message.textInteractionFlags()
                                        | message.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("复制详细信息"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def install_excepthook() -> None:
    """Uncaught exceptions in slots reach the user as a dialog, never as a silent crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        try:
            show_error(QApplication.activeWindow(), exc)
        except Exception:  # the dialog itself failed: at least keep the log
            log.exception("could not show the error dialog")

    sys.excepthook = hook
