"""走访: household visits (百万警进千万家) and legal-awareness events (普法宣传), one tab each, a
list with the selected record beside it.

Keyboard: Ctrl+Tab / Ctrl+Shift+Tab switch tabs, Ctrl+N records (a visit or an event, by tab),
Ctrl+F searches, Ctrl+D opens a dispute case for the selected finding.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from ui.visits.event_tab import EventsTab
from ui.visits.visit_tab import VisitsTab


class VisitsPage(QWidget):
    sig_show_case = Signal(object)  # a dispute case's id: connect it to the disputes page

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("visits_tabs")
        self.visits = VisitsTab(actor)
        self.events = EventsTab(actor)
        self.tabs.addTab(self.visits, self.tr("走访（百万警进千万家）"))
        self.tabs.addTab(self.events, self.tr("普法宣传"))
        layout.addWidget(self.tabs)
        self.visits.sig_show_case.connect(self.sig_show_case)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.visits.refresh()
        self._events_loaded = False

    def _tab_changed(self, index: int) -> None:
        # The events list is read when first shown: the page opens on visits.
        if self.tabs.widget(index) is self.events and not self._events_loaded:
            self._events_loaded = True
            self.events.refresh()
        self.tabs.currentWidget().list.table.setFocus()

    def show_list(self) -> None:
        """The sidebar's 走访 brings the current tab's list back into focus."""
        self.tabs.currentWidget().list.table.setFocus()

    def show_events(self) -> None:
        self.tabs.setCurrentWidget(self.events)
