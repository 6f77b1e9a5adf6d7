"""Finding a resident in a form (a dispute's parties, the people on a visit): a search box with
the registry's own search (name, pinyin, initials, ID or phone suffix) and the matches under it.

Keyboard: type, ↓ to the matches, Enter picks one (Enter in the box picks the top match and never
reaches the dialog's save button), Esc goes back to the box. `sig_picked` carries the chosen
ResidentView, or None for the "not found" line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.residents import reading
from station_app.residents.views import ResidentView
from ui.common.core_text import core_text
from ui.common.forms import run_service
from ui.common.keys import debounced

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def describe(view: ResidentView) -> str:
    born = view.birth_date.isoformat() if view.birth_date else str(view.birth_year or "")
    parts = [core_text(view.gender), born, view.id_masked,
             view.phone_masked, view.place]
    return "  ".join(part for part in parts if part)


class PersonSearch(QWidget):
    sig_picked = Signal(object)  # a ResidentView, or None ("not found")

    def __init__(self, actor: Actor, name: str, placeholder: str, line: Callable[[ResidentView], str],
                 missing: str, results_height: int = 120, parent: QWidget | None = None) -> None:
        """`line(view)`: how a match reads; `missing`: the line when nothing matches ({query})."""
        super().__init__(parent)
        self.actor, self.line, self.missing = actor, line, missing
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder)
        column.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName(f"{name}_results")
        self.results.setMaximumHeight(results_height)
        self.results.hide()
        column.addWidget(self.results)
        self._debounce = debounced(self, SEARCH_DELAY_MS, self.refresh_results)
        self.search.textChanged.connect(self._debounce.start)
        self.results.itemActivated.connect(self._pick)
        for widget in (self.search, self.results):
            widget.installEventFilter(self)
        self.setFocusProxy(self.search)

    def refresh_results(self) -> None:
        self._debounce.stop()
        query = self.search.text().strip()
        self.results.clear()
        if not query:
            self.results.hide()
            return
        views = run_service(self, lambda: reading.find_residents(self.actor, query, RESULT_LIMIT))
        for view in views or []:
            item = QListWidgetItem(self.line(view))
            item.setData(PERSON_ROLE, view)
            self.results.addItem(item)
        if not views:
            item = QListWidgetItem(self.missing.replace("{query}", query))
            item.setData(PERSON_ROLE, None)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results.show()

    def done(self) -> None:
        """After a pick: an empty box, ready for the next person."""
        self.search.clear()
        self.results.hide()
        self.search.setFocus()

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.sig_picked.emit(item.data(PERSON_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()
            return True
        if watched is self.search and key in ENTER and self.search.text().strip():
            if self._debounce.isActive():
                self.refresh_results()
            self._pick(self.results.currentItem())
            return True
        if watched is self.results and key in ENTER:
            self._pick(self.results.currentItem())
            return True
        if watched is self.results and key == Qt.Key.Key_Escape:
            self.search.setFocus()
            return True
        return super().eventFilter(watched, event)
