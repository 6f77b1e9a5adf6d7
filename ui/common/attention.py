"""The dashboard's lists of what needs attention, ordered and coloured by urgency
(station_app/core/urgency): overdue red and bold, due today orange, high risk purple, the rest
plain — so the overdue stand out instead of every row being red. Enter or a double click opens
the record; an empty list says what to do next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from station_app.core.urgency import DUE_TODAY, HIGH_RISK, LABELS, OVERDUE
from ui.common.core_text import core_text
from ui.common.noop import QT_TRANSLATE_NOOP

COLOURS = {OVERDUE: "#b00020", DUE_TODAY: "#b35900", HIGH_RISK: "#6a1b9a"}
DATA_ROLE = Qt.ItemDataRole.UserRole
# The core names urgencies in Chinese; listed so the translation tools see them.
_LABELS = (QT_TRANSLATE_NOOP("Urgency", "已逾期"), QT_TRANSLATE_NOOP("Urgency", "今天到期"),
           QT_TRANSLATE_NOOP("Urgency", "高风险"), QT_TRANSLATE_NOOP("Urgency", "即将到期"))


def urgency_label(urgency: int) -> str:
    return QCoreApplication.translate("Urgency", LABELS.get(urgency, ""))


class AttentionList(QWidget):
    sig_open = Signal(object)  # the data of the activated row

    def __init__(self, name: str, headers: Sequence[str], empty_text: str, widths: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6368;")
        self.list = QTreeWidget()
        self.list.setObjectName(name)
        self.list.setHeaderLabels(list(headers))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for number, width in enumerate(widths):
            self.list.setColumnWidth(number, width)
        self.list.itemActivated.connect(lambda row, _column=0: self.sig_open.emit(row.data(0, DATA_ROLE)))
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)

    def fill(self, rows: Sequence[tuple[Sequence[str], int, object]]) -> None:
        """(cell texts, urgency, data) per row, already in order."""
        self.list.clear()
        for cells, urgency, data in rows:
            texts = [core_text(text) for text in cells]  # the core's sentences, in the UI's language
            item = QTreeWidgetItem(self.list, texts)
            item.setData(0, DATA_ROLE, data)
            for number, text in enumerate(texts):
                item.setToolTip(number, text)
            colour = COLOURS.get(urgency)
            for number in range(len(texts)):
                if colour:
                    item.setForeground(number, QBrush(QColor(colour)))
                if urgency == OVERDUE:
                    font = QFont(item.font(number))
                    font.setBold(True)
                    item.setFont(number, font)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))

    def colour_of(self, row: int) -> str:
        """The text colour of a row, as the user sees it (tests look at it)."""
        item = self.list.topLevelItem(row)
        return item.foreground(0).color().name() if item is not None else ""
