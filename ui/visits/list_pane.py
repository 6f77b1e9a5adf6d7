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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from station_app.core.clock import local_today
from ui.common.ledger_page import LedgerList

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
