"""节假日日历: the holidays and 调休 make-up working days the working-day deadlines are counted
with. A year shipped as provisional says so; officers add or remove days when the State
Council's notice comes out. Enter adds the day typed, Delete removes the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.hotline import calendar
from ui.common.fields import date_edit, line_edit, picked_date
from ui.common.forms import ERROR_STYLE, FieldErrors, general_error, run_service, text_label
from ui.hotline.labels import vt

DAY_ROLE = Qt.ItemDataRole.UserRole


class CalendarDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.can_edit = permissions.allowed(actor.role, "hotline.edit")
        self.setWindowTitle(self.tr("节假日日历（计算工作日期限）"))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        self.year = QComboBox()
        self.year.setObjectName("calendar_year")
        shipped = {item.year: item for item in calendar.shipped_years()}
        this_year = local_today().year
        for year in sorted(set(shipped) | {this_year, this_year + 1}):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(this_year)))
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.note = text_label("calendar_note")
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("calendar_days")
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("星期"), self.tr("安排"),
                                              self.tr("名称"), self.tr("来源")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.errors = FieldErrors()
        form = QFormLayout()
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.day = date_edit(local_today())
        self.day.setObjectName("calendar_day")
        self.kind = QComboBox()
        self.kind.setObjectName("calendar_kind")
        for key, label in calendar.KINDS.items():
            self.kind.addItem(vt(label), key)
        self.name = line_edit("calendar_name", self.tr("名称，如 春节"))
        self.add_button = QPushButton(self.tr("添加/修改"))
        self.add_button.setObjectName("calendar_add")
        self.add_button.setDefault(True)  # Enter in any field adds the day typed
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.setObjectName("calendar_remove")
        self.remove_button.setToolTip("Delete")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_day)
        for widget in (self.day, self.kind, self.name, self.add_button, self.remove_button):
            line.addWidget(widget)
        self.errors.add_row(form, self.tr("日期"), "day", row)
        self.errors.add_row(form, "", "kind", QWidget())
        layout.addLayout(form)
        self.general = general_error(layout, "")
        close = QPushButton(self.tr("关闭"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        for widget in (self.add_button, self.remove_button, self.name, self.day, self.kind):
            widget.setEnabled(self.can_edit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_day)
        self.year.currentIndexChanged.connect(self.load)
        self.shipped = shipped
        self.load()

    def load(self) -> None:
        year = self.year.currentData()
        days = run_service(self, lambda: calendar.list_days(self.actor, year)) or []
        info = self.shipped.get(year)
        if info is None:
            note = self.tr("{y} 年的节假日尚未录入：工作日期限只按周末计算。请按国务院通知添加。")
        elif info.provisional:
            note = self.tr("{y} 年为预估数据。") + info.source
        else:
            note = self.tr("{y} 年依据：") + info.source
        self.note.setText(note.replace("{y}", str(year)))
        self.note.setStyleSheet(ERROR_STYLE if info is None or info.provisional else "color: #5f6368;")
        self.table.setRowCount(len(days))
        for row, day in enumerate(days):
            shipped = day.origin == "shipped"
            origin = self.tr("随程序提供") if shipped else day.updated_by or self.tr("手工添加")
            if day.provisional:
                origin += self.tr("（待核实）")
            texts = (day.day.isoformat(), vt(day.weekday), vt(calendar.KINDS[day.kind]), day.name, origin)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(DAY_ROLE, day.day.isoformat())
                if day.kind == "work":
                    item.setForeground(QBrush(QColor("#1a5fb4")))
                self.table.setItem(row, column, item)

    def add_day(self) -> None:
        if not self.can_edit:
            return
        day = picked_date(self.day)
        saved = run_service(self, lambda: calendar.set_day(self.actor, day, self.kind.currentData(),
                                                            self.name.text()), self.errors, self.general)
        if saved is not None:
            self.year.setCurrentIndex(max(0, self.year.findData(day.year)))
            self.load()
            self.name.clear()

    def remove_day(self) -> None:
        item = self.table.currentItem()
        if not self.can_edit or item is None:
            return
        day = item.data(DAY_ROLE)
        if run_service(self, lambda: calendar.remove_day(self.actor, day) or True, self.errors, self.general):
            self.load()
