"""The list half of a 走访 tab: the shared ledger list (ui/common/ledger_page) with a "new" button
and a period. The tab says how to read its rows; the list says which row is current.

Keyboard: Ctrl+N new, Ctrl+F search (↓ or Enter moves on to the list), ↑↓ in the list show
each record beside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSplitter, QWidget

from station_app.accounts import permissions
from station_app.core.clock import local_today
from ui.common.keys import add_shortcuts
from ui.common.ledger_page import LedgerList
from ui.common.noop import QT_TRANSLATE_NOOP

Period = tuple[date | None, date | None]
# (first day, last day, search text, station ids) → fetch(limit, offset)
Reader = Callable[[date | None, date | None, str, list[uuid.UUID]], Any]


# (label, today → first and last day): the whole record first.
PERIODS: tuple[tuple[str, Callable[[date], Period]], ...] = (
    (QT_TRANSLATE_NOOP("ListPane", "全部日期"), lambda today: (None, None)),
    (QT_TRANSLATE_NOOP("ListPane", "本周"), lambda today: (today - timedelta(days=today.weekday()), today)),
    (QT_TRANSLATE_NOOP("ListPane", "上周"), lambda today: (today - timedelta(days=today.weekday() + 7),
                                                         today - timedelta(days=today.weekday() + 1))),
    (QT_TRANSLATE_NOOP("ListPane", "近30天"), lambda today: (today - timedelta(days=29), today)),
    (QT_TRANSLATE_NOOP("ListPane", "今年"), lambda today: (date(today.year, 1, 1), today)),
)


class ListPane(LedgerList):
    sig_new = Signal()

    def __init__(self, model: Any, reader: Reader, new_text: str, placeholder: str, widths: Sequence[int],
                 can_create: bool, empty_hint: str, parent: QWidget | None = None) -> None:
        count = QCoreApplication.translate("ListPane", "共 {n} 条")
        super().__init__(model, self._read, table_name="list_table", search_name="list_search",
                         placeholder=placeholder, count_text=count, widths=widths, empty_hint=empty_hint,
                         parent=parent)
        self.reader = reader
        self.select_first = True
        self.new_button = QPushButton(new_text)
        self.new_button.setObjectName("new_record")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setVisible(can_create)
        self.new_button.clicked.connect(self.sig_new)
        self.period = QComboBox()
        self.period.setObjectName("period")
        for text, _compute in PERIODS:
            self.period.addItem(QCoreApplication.translate("ListPane", text))
        self.add_tools(self.new_button, self.period)
        self.filtered = lambda: self.period.currentIndex() > 0
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())

    def _read(self, query: str, stations: list[uuid.UUID]) -> Any:
        start, end = PERIODS[self.period.currentIndex()][1](local_today())
        return self.reader(start, end, query, stations)

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def current_id(self) -> str | None:
        return self.table.current_id()


class ListDetailTab(QWidget):
    """A tab of 走访: the list (ListPane) beside the record selected in it. A tab names how its
    records are listed and read, and what 新建 does."""

    def __init__(self, actor: Any, list_records: Callable[..., list], get_record: Callable[..., Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.can_edit = permissions.allowed(actor.role, "visits.edit")
        self.list_records, self.get_record = list_records, get_record
        self.list: ListPane | None = None

    def build(self, model: Any, detail: QWidget, new_text: str, placeholder: str, widths: Sequence[int],
              hint: str) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)
        self.model, self.detail = model, detail
        self.list = ListPane(model, self._read, new_text, placeholder, widths, self.can_edit, hint)
        add_shortcuts(self, [("Ctrl+F", self.list.focus_search), ("Ctrl+N", self.new_record),
                             ("F5", self.refresh)])
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        self.list.sig_new.connect(self.new_record)
        self.list.sig_current.connect(self.show_record)

    def _read(self, start: date | None, end: date | None, query: str, stations: list[uuid.UUID]) -> Any:
        return lambda limit, offset: self.list_records(self.actor, start, end, query, limit, offset,
                                                       stations=stations)

    def refresh(self, select: object = None) -> None:
        self.list.refresh(select)

    def show_record(self, record_id: str | None) -> None:
        if not record_id:
            self.detail.show_detail(None)
            return
        self.detail.show_detail(*self.list.read_detail(
            lambda stations: self.get_record(self.actor, record_id, stations)))

    def new_record(self) -> object:
        return None
