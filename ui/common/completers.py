"""Type-ahead that behaves: Enter takes the only suggestion ("qz" + Enter gives 群众来访, not
"qz"), and a click outside the open list reaches what was clicked (one click on 保存 saves,
instead of the first click only closing the list).

    combo.setCompleter(PinyinCompleter(texts, combo))   # Chinese, pinyin or initials
    keep_clicks_and_enter(any_completer)                 # for a plain QCompleter
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractButton, QApplication, QCompleter, QWidget

from station_app.residents.pinyin import name_search_keys

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 10  # "text|pinyin|initials", matched by the completer
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _PopupManners(QObject):
    """Sits on the completer's popup, before the completer's own handling of it."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self.completer = completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer.popup()
        if popup is None:
            return False
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in ENTER_KEYS and not popup.currentIndex().isValid()
                and self.completer.completionCount() == 1):
            # nothing chosen and one suggestion: that is the one meant; the completer takes it
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        elif (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
              and not popup.rect().contains(event.position().toPoint())):
            target = QApplication.widgetAt(event.globalPosition().toPoint())
            popup.hide()
            if isinstance(target, QAbstractButton) and target.isEnabled():
                target.click()
                return True
        return False


def keep_clicks_and_enter(completer: QCompleter) -> QCompleter:
    popup = completer.popup()
    if popup is not None:
        popup.installEventFilter(_PopupManners(completer))
    return completer


class PinyinCompleter(QCompleter):
    """Matches anywhere in the text or its pinyin; completes to the text itself."""

    def __init__(self, texts: Iterable[str], parent: QWidget | None = None) -> None:
        model = QStandardItemModel(parent)
        for text in texts:
            item = QStandardItem(text)
            item.setData(f"{text}{name_search_keys(text)}", SEARCH_ROLE)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        keep_clicks_and_enter(self)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole) or ""
