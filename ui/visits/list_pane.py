"""The list half of a tab: a "new" button, a period, search-as-you-type and the table. The tab
gives it the rows to show; it says which row is current.

Keyboard: Ctrl+N new, Ctrl+F search (↓ or Enter moves on to the list), ↑↓ in the list show
each record beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.core.clock import local_today
from ui.visits.rows_model import RowsModel

SEARCH_DELAY_MS = 200
Period = tuple[date | None, date | None]


# (label, today → first and last day): the whole record first.
PERIODS: tuple[tuple[str, Callable[[date], Period]], ...] = (
    (QT_TRANSLATE_NOOP("ListPane", "全部日期"), lambda today: (None, None)),
    (QT_TRANSLATE_NOOP("ListPane", "本周"), lambda today: (today - timedelta(days=today.weekday()), today)),
    (QT_TRANSLATE_NOOP("ListPane", "上周"), lambda today: (today - timedelta(days=today.weekday() + 7),
                                                         today - timedelta(days=today.weekday() + 1))),
    (QT_TRANSLATE_NOOP("ListPane", "近30天"), lambda today: (today - timedelta(days=29), today)),
    (QT_TRANSLATE_NOOP("ListPane", "今年"), lambda today: (date(today.year, 1, 1), today)),
)


class ListPane(QWidget):
    sig_new = Signal()
    sig_current = Signal(object)  # the current row's id (str) or None

    def __init__(self, model: RowsModel, new_text: str, placeholder: str, widths: Sequence[int],
                 can_create: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.fetcher: Callable[[date | None, date | None, str], Callable[[int, int], list]] | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(new_text)
        self.new_button.setObjectName("new_record")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setVisible(can_create)
        self.new_button.clicked.connect(self.sig_new)
        self.period = QComboBox()
        self.period.setObjectName("period")
        for text, _compute in PERIODS:
            self.period.addItem(QCoreApplication.translate("ListPane", text))
        self.search = QLineEdit()
        self.search.setObjectName("list_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder)
        self.count_label = QLabel()
        self.count_label.setObjectName("list_count")
        for widget in (self.new_button, self.period, self.search, self.count_label):
            bar.addWidget(widget, 1 if widget is self.search else 0)
        column.addLayout(bar)
        self.table = QTableView()
        self.table.setObjectName("list_table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, width in enumerate(widths):
            self.table.setColumnWidth(number, width)
        column.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.sig_current.emit(self.model.id_at(current.row())))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())
        for keys, slot in (("Ctrl+N", self.sig_new.emit), ("Ctrl+F", self.focus_search)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down):
            self.to_table()
            return True
        return super().eventFilter(watched, event)

    def refresh(self, select: object = None) -> None:
        """Read the list again for the period and search, keeping (or moving to) a row."""
        self._debounce.stop()
        if self.fetcher is None:
            return
        keep = str(select) if select else self.current_id()
        start, end = PERIODS[self.period.currentIndex()][1](local_today())
        self.model.load(self.fetcher(start, end, self.search.text()))
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("共 {n} 条").replace("{n}", f"{self.model.rowCount()}{more}"))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self.sig_current.emit(None)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.sig_current.emit(self.model.id_at(row))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_entered(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        self.to_table()

    def to_table(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.select_row(0)
            self.table.setFocus()
