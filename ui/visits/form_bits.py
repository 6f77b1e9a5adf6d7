"""What the visits dialogs share: the save/cancel row (Ctrl+Enter saves), the message line for
problems that belong to no single field, and the Tab order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from ui.common.forms import ERROR_STYLE
from ui.common.forms import save_buttons as common_save_buttons


def general_label() -> QLabel:
    label = QLabel()
    label.setObjectName("general_error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def save_buttons(dialog: QDialog, save_text: str, cancel_text: str,
                 submit: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the default button: Enter) and Cancel (Esc); Ctrl+Enter saves from a text box too."""
    return common_save_buttons(dialog, submit, save_text, cancel_text)


class FocusForward(QWidget):
    """A row of several fields under one error message: the form focuses the row when its field is
    wrong, and the row hands the focus to its first field. Unlike a focus proxy it takes no place in
    the Tab order (Qt 6 follows a container's proxy from wherever the container sits in the chain)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first: QWidget | None = None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.first is not None:
            self.first.setFocus(event.reason())


def tab_order(widgets: Sequence[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
