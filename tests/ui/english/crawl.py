"""Walks every page, tab and dialog of the main window and collects the text on screen.

Used by the English-mode test: with the English catalogue installed, any CJK character left in
what the app itself wrote (the data removed: names, places, notes as typed) is a string without
English. Dialogs are found by clicking every button of a page (and of each dialog it opens, one
level down) while a timer answers whatever modal window appears: its text is collected, then it
is cancelled, so nothing is saved.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")  # Han ideographs
# Buttons that leave the page or the session, or open a system viewer: their effect is not a dialog.
SKIP_NAMES = {"logout", "quit"}
ROWS_PER_VIEW = 12
TRACE = bool(os.environ.get("CRAWL_TRACE"))


CUT = re.compile(r"([^\s:：·,]+)…")


def strip_data(text: str, data: Iterable[str]) -> str:
    """`text` less every data value in it, a value cut short with "…" included."""
    values = list(data)
    # Cut values first: a shorter value inside the cut part would break it up before it is seen.
    for cut in CUT.findall(text):
        if any(value.startswith(cut) for value in values):
            text = text.replace(cut + "…", " ")
    for value in values:
        if value in text:
            text = text.replace(value, " ")
    return text


@dataclass
class Found:
    """Texts with CJK left after the data is removed: text → where it was seen."""

    data: list[str]
    places: dict[str, str] = field(default_factory=dict)

    def add(self, where: str, text: str | None) -> None:
        if not text or not CJK.search(text):
            return
        if CJK.search(strip_data(text, self.data)):
            self.places.setdefault(text, where)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:
        return False


def model_texts(model: QAbstractItemModel | None, rows: int = ROWS_PER_VIEW) -> list[str]:
    if model is None:
        return []
    texts: list[str] = []
    for column in range(_columns(model, QModelIndex())):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
            if depth < 3 and _has_children(model, model.index(row, 0, parent)):
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """What a person can read in `root`: titles, labels, buttons, fields, lists, tables, tips."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText(), widget.text()]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts += [widget.placeholderText(), widget.toPlainText()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
            if widget.lineEdit() is not None:
                texts.append(widget.lineEdit().placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += model_texts(widget.model())
        elif isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [text for text in texts if text]


class DialogCatcher:
    """While active, every modal window that appears is read, then cancelled."""

    def __init__(self, found: Found, where: Callable[[], str], depth: int = 1) -> None:
        self.found, self.where, self.depth = found, where, depth
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.poll)
        self.busy = False

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        if self.busy:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            return
        self.busy = True
        try:
            name = f"{self.where()} › {type(dialog).__name__}"
            self.seen.append(name)
            read_all_tabs(dialog, self.found, name)
            if self.depth > 0 and not isinstance(dialog, QMessageBox):
                self.depth -= 1
                try:
                    click_every_button(dialog, self.found, name, inner=True)
                finally:
                    self.depth += 1
        finally:
            self.busy = False
            if dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.done(QDialog.DialogCode.Rejected)
            elif dialog.isVisible():
                dialog.close()


def read_all_tabs(root: QWidget, found: Found, where: str) -> None:
    """Every tab of every tab widget in `root`, each shown once; then back to the first."""
    for text in widget_texts(root):
        found.add(where, text)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            for text in widget_texts(tabs.widget(index)):
                found.add(f"{where} › {tabs.tabText(index)}", text)
        tabs.setCurrentIndex(current)


def select_first_rows(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if (view.isVisibleTo(root) and model is not None and model.rowCount(QModelIndex()) > 0
                and view.currentIndex().row() < 0):
            view.setCurrentIndex(model.index(0, 0))
    QApplication.processEvents()


def click_every_button(root: QWidget, found: Found, where: str, inner: bool = False) -> None:
    """Click each visible, enabled push/tool button of `root` once, reading what it opens."""
    buttons = [button for button in root.findChildren(QAbstractButton)
               if isinstance(button, (QPushButton, QToolButton)) and button.isVisibleTo(root)
               and button.isEnabled() and button.objectName() not in SKIP_NAMES]
    if inner:  # inside a dialog: not the buttons that close it (save, cancel)
        closing = {"Cancel", "Close", "OK", "Save", "Yes", "No"}
        buttons = [button for button in buttons
                   if not (isinstance(button, QPushButton) and button.isDefault())
                   and button.text().replace("&", "") not in closing]
    before = set(QApplication.topLevelWidgets())
    for button in buttons:
        if not button.isVisible() or not button.isEnabled():
            continue
        catcher = DialogCatcher(found, lambda button=button: f"{where} › [{button.text()}]",
                                depth=0 if inner else 1)
        catcher.start()
        if TRACE:
            print("click", where, button.text(), flush=True, file=sys.stderr)
        try:
            button.click()
            QApplication.processEvents()
        finally:
            catcher.stop()
        for window in set(QApplication.topLevelWidgets()) - before:  # a non-modal window (a preview)
            if window.isVisible() and not isinstance(window, QMenu):
                read_all_tabs(window, found, f"{where} › [{button.text()}] › {type(window).__name__}")
                window.close()
        if not root.isVisible():
            break


def walk_page(page: QWidget, found: Found, where: str, records: int = 3) -> None:
    """A page: its list and tabs, what its buttons open, then its first records one by one
    (each record's view, tabs and buttons), back to the list after each."""
    from ui.common.ledger_page import LedgerList

    select_first_rows(page)
    read_all_tabs(page, found, where)
    click_every_button(page, found, where)
    for ledger in page.findChildren(LedgerList):
        if not ledger.isVisibleTo(page):
            continue
        for row in range(min(records, ledger.model.rowCount())):
            record_id = ledger.model.id_at(row)
            name = f"{where} › record {row + 1}"
            catcher = DialogCatcher(found, lambda name=name: name)  # a record may open in a dialog
            catcher.start()
            try:
                ledger.sig_activated.emit(record_id)
                QApplication.processEvents()
            finally:
                catcher.stop()
            read_all_tabs(page, found, name)
            click_every_button(page, found, name)
            if hasattr(page, "show_list"):
                page.show_list()
                QApplication.processEvents()
