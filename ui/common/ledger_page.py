"""One pattern for every ledger page: a list with its toolbar (the page's buttons and filters, the
station filter at a county, search-as-you-type, a count) beside or in place of the record's view.

A page declares what differs — its model, columns, filters, how to read, what the empty list
says — and gets the same keys everywhere: Ctrl+F to the search box, ↓ or Enter from there into
the list, Enter on a row to open it, F5 to read again, Ctrl+N for the page's "new" action.

    self.list = self.make_list(CaseListModel(self), self.read, table_name="cases_table",
                               search_name="case_search", placeholder=PLACEHOLDER,
                               widths=(190, 120), count_text=COUNT, empty_hint=HINT)
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from ui.common.forms import run_service
from ui.common.keys import add_shortcuts, debounced
from ui.common.record_table import RecordTable
from ui.common.station_filter import StationFilter

SEARCH_DELAY_MS = 200
# (search text, station ids) → every row, or a fetch(limit, offset) read a page at a time
Source = Callable[[str, list[uuid.UUID]], Any]


class LedgerList(QWidget):
    """The list half: toolbar, table, count; reads through the page's `source`."""

    sig_current = Signal(object)  # the current row's id (text), or None
    sig_activated = Signal(object)  # Enter or a double click on a row: its id (text)
    sig_loaded = Signal()

    def __init__(self, model: Any, source: Source, *, table_name: str, search_name: str, placeholder: str,
                 count_name: str = "list_count", count_text: str = "{n}", widths: Sequence[int] = (),
                 empty_hint: str = "", multi: bool = False, delay_ms: int = SEARCH_DELAY_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.source = model, source
        self.count_text, self.empty_hint = count_text, empty_hint
        self.filtered: Callable[[], bool] = lambda: False  # the page's own filters narrow the list
        self.select_first = False  # show the first record when none was selected
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.bar = QHBoxLayout()
        self.stations = StationFilter()
        self.search = QLineEdit()
        self.search.setObjectName(search_name)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder)
        self.count_label = QLabel()
        self.count_label.setObjectName(count_name)
        self.bar.addWidget(self.stations)
        self.bar.addWidget(self.search, 1)
        self.bar.addWidget(self.count_label)
        column.addLayout(self.bar)
        self.table = RecordTable(model, table_name, widths, multi)
        column.addWidget(self.table, 1)
        self._debounce = debounced(self, delay_ms, self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.stations.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.sig_current.emit(self.model.id_at(current.row())
                                                             if current.isValid() else None))
        self.table.activated.connect(lambda index: self.sig_activated.emit(self.model.id_at(index.row())))

    def add_tools(self, *widgets: QWidget) -> None:
        """The page's buttons and filters, in order, before the station filter and the search box."""
        at = self.bar.indexOf(self.stations)
        for offset, widget in enumerate(widgets):
            self.bar.insertWidget(at + offset, widget)

    @property
    def query(self) -> str:
        return self.search.text()

    def refresh(self, select: str | uuid.UUID | None = None) -> None:
        """Read the list again (search, filters, stations), keeping or moving to a record."""
        self._debounce.stop()
        keep = str(select) if select else self.table.current_id()
        self.model.show_stations(self.stations.names() if self.stations.covers_others() else None)
        self.table.apply_widths()
        scope = self.stations.scope()
        rows = run_service(self, lambda: self.source(self.query, scope))
        if callable(rows):  # read a page at a time: each page through run_service too
            fetch = rows
            rows = lambda limit, offset: run_service(self, lambda: fetch(limit, offset)) or []  # noqa: E731
        self.model.load(rows if rows is not None else [])
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.count_text.replace("{n}", f"{self.model.rowCount()}{more}"))
        narrowed = bool(self.query.strip()) or self.filtered()
        self.table.set_hint(self.tr("没有符合条件的记录。可以换个查找词，或放宽上方的筛选条件。") if narrowed
                            else self.empty_hint)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.select_first and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.select_row(row)
        else:
            self.sig_current.emit(None)
        self.sig_loaded.emit()

    def read_detail(self, read: Callable[[list[uuid.UUID]], Any]) -> tuple[Any, str]:
        """(the record's detail, '' or why it is read-only): `read(stations)` with every station of
        this database in scope, so that any record on the list opens."""
        detail = run_service(self, lambda: read(self.stations.every()))
        return detail, self.stations.read_only_note(detail.row.station_id) if detail is not None else ""

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        """Empty the search box without reading the list (the caller refreshes)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def _search_entered(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        self.table.enter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down):
            self.table.enter()
            return True
        return super().eventFilter(watched, event)


class LedgerPage(QWidget):
    """A page of one ledger. Subclasses build their list with make_list and may override
    show_list (the sidebar brings the list back), new_record (Ctrl+N) and refresh (F5)."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.list: LedgerList | None = None

    def make_list(self, model: Any, source: Source, **options: Any) -> LedgerList:
        self.list = LedgerList(model, source, **options)
        add_shortcuts(self, [("Ctrl+F", self.focus_search), ("F5", self.refresh),
                             ("Ctrl+N", self.new_record)])
        return self.list

    @property
    def ledger(self) -> LedgerList:
        """The list make_list built (every ledger page builds one in its __init__)."""
        assert self.list is not None, "make_list() builds the list first"
        return self.list

    def select_row(self, row: int) -> None:
        if self.list is not None:
            self.list.table.select_row(row)

    def current_id(self) -> str | None:
        return self.list.table.current_id() if self.list is not None else None

    def show_list(self) -> None:
        """Show the list with the focus in it (what the sidebar's entry for this page does)."""
        if self.list is not None:
            self.list.table.setFocus()

    def focus_search(self) -> None:
        self.show_list()
        if self.list is not None:
            self.list.focus_search()

    def refresh(self) -> None:
        if self.list is not None:
            self.list.stations.reload()
            self.list.refresh()

    def new_record(self) -> object:
        return None

    def editable(self, station_id: object) -> bool:
        """Whether a record may be changed here: only this database's own station's records."""
        return self.list is None or self.list.stations.is_home(station_id)

    def read_only_note(self, station_id: object) -> str:
        """'' for a record this page may change; for another station's, why it is read-only."""
        return "" if self.list is None else self.list.stations.read_only_note(station_id)

    def detail_scope(self) -> list[uuid.UUID]:
        """The stations a record may be opened from (every station of this database)."""
        return [] if self.list is None else self.list.stations.every()
