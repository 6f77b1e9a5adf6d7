"""Keyboard shortcuts, declared once: a page's keys work anywhere inside it, a form's Ctrl+Enter
saves from any field (also from a multi-line field, where plain Enter starts a new line)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Binding = tuple[str, Callable[[], object]]
# The main Enter key and the one on the number pad are different keys to Qt.
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


WITHIN = Qt.ShortcutContext.WidgetWithChildrenShortcut


def add_shortcuts(owner: QWidget, bindings: Iterable[Binding],
                  context: Qt.ShortcutContext = WITHIN) -> list[QAction]:
    """Each (keys, slot) as an action of `owner`: active while the focus is in `owner`."""
    actions = []
    for keys, slot in bindings:
        action = QAction(owner)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        owner.addAction(action)
        actions.append(action)
    return actions


def save_with_ctrl_enter(dialog: QWidget, save: Callable[[], object]) -> list[QAction]:
    """Ctrl+Enter runs `save` from anywhere in the dialog."""
    return add_shortcuts(dialog, [(keys, save) for keys in SAVE_KEYS], Qt.ShortcutContext.WindowShortcut)


def debounced(owner: QObject, milliseconds: int, slot: Callable[[], object]) -> QTimer:
    """A timer that runs `slot` once typing pauses: connect the field's textChanged to its start."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(lambda: slot())
    return timer
