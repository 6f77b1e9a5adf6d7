"""One section of the summary as a table: this period, the previous one and 环比, the same period
last year and 同比. A change is an arrow and a percentage (percentage points for rates), "—" where
the base is zero; red where a rise (or a fall) is plainly bad, green where it is plainly good."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from station_app.reports.summary import Row, Section, display_value
from ui.common.core_text import core_text
from ui.common.forms import cell
from ui.common.noop import QT_TRANSLATE_NOOP

WORSE = QColor("#b00020")
BETTER = QColor("#1b7f3b")

# Rows where more is bad (more disputes, more warnings, more money still owed) and where more is good.
_MORE_IS_WORSE_PREFIXES = ("risk:", "category:")
_MORE_IS_WORSE = {("disputes", "registered"), ("disputes", "warnings"), ("restitution", "owed"),
                  ("hotline", "satisfaction:不满意")}
_MORE_IS_BETTER = {("disputes", "success_rate"), ("hotline", "on_time_rate"),
                   ("hotline", "satisfaction:满意"), ("restitution", "returned"),
                   ("restitution", "recovered")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportFigures", text)


def direction(section: str, key: str) -> int:
    """+1 when a rise is good, -1 when a rise is bad, 0 when it depends."""
    if (section, key) in _MORE_IS_BETTER:
        return 1
    if (section, key) in _MORE_IS_WORSE or (section == "disputes"
                                            and key.startswith(_MORE_IS_WORSE_PREFIXES)):
        return -1
    return 0


def change_label(percent: float | None, points: bool = False) -> str:
    """"↑12.5%", "↓3个百分点", "持平", or "—" when there is no base to compare with."""
    if percent is None:
        return "—"
    if percent == 0:
        return QCoreApplication.translate("ReportFigures", "持平")
    arrow = "↑" if percent > 0 else "↓"
    if points:
        points_text = QCoreApplication.translate("ReportFigures", "{n}个百分点")
        return arrow + points_text.replace("{n}", f"{abs(percent):g}")
    return f"{arrow}{abs(percent):g}%"


def change_colour(section: str, key: str, percent: float | None) -> QColor | None:
    sign = direction(section, key)
    if percent is None or percent == 0 or sign == 0:
        return None
    return BETTER if (percent > 0) == (sign > 0) else WORSE


def shown_rows(section: Section) -> list[Row]:
    """Breakdown rows (by category, by risk, by answer) that are zero in all three periods are left out."""
    return [row for row in section.rows if ":" not in row.key
            or any(value for value in (row.figure.value, row.figure.previous, row.figure.last_year))]


COLUMNS = (QT_TRANSLATE_NOOP("ReportFigures", "项目"), QT_TRANSLATE_NOOP("ReportFigures", "本期"),
           QT_TRANSLATE_NOOP("ReportFigures", "上期"), QT_TRANSLATE_NOOP("ReportFigures", "环比"),
           QT_TRANSLATE_NOOP("ReportFigures", "去年同期"), QT_TRANSLATE_NOOP("ReportFigures", "同比"))
COL_CHANGE_PREVIOUS, COL_CHANGE_YEAR = 3, 5


class SectionTable(QTableWidget):
    """The figures of one section; read-only, copyable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([_tr(text) for text in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.section_key = ""

    def show_section(self, section: Section) -> None:
        self.section_key = section.key
        rows = shown_rows(section)
        self.setRowCount(len(rows))
        for number, row in enumerate(rows):
            figure = row.figure
            unit = f"（{row.unit}）" if row.unit and row.kind != "rate" else ""
            cells = [
                (core_text(f"{row.label}{unit}"), None),
                (display_value(row, figure.value), None),
                (display_value(row, figure.previous), None),
                (change_label(figure.change_vs_previous, figure.is_rate),
                 change_colour(section.key, row.key, figure.change_vs_previous)),
                (display_value(row, figure.last_year), None),
                (change_label(figure.change_vs_last_year, figure.is_rate),
                 change_colour(section.key, row.key, figure.change_vs_last_year)),
            ]
            for column, (text, colour) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.key)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if colour is not None:
                    item.setForeground(colour)
                self.setItem(number, column, item)

    def row_of(self, key: str) -> int:
        role = Qt.ItemDataRole.UserRole
        return next((n for n in range(self.rowCount()) if cell(self, n, 0).data(role) == key), -1)

    def cell_text(self, key: str, column: int) -> str:
        number = self.row_of(key)
        return cell(self, number, column).text() if number >= 0 else ""
