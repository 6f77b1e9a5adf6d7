"""报表导出: the summary of a week (or month, quarter, year) with 环比 and 同比, the open high-risk
disputes and overdue items, and the ways out: PDF preview, Excel, a folder on a USB stick.

Keyboard: Alt+← / Alt+→ the previous / next period, F5 reads again.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.reports.periods import Period, parse_period, period_containing
from station_app.reports.summary import (
    STATION_COLUMNS,
    Summary,
    format_number,
    report_stations,
    weekly_summary,
)
from ui.common.core_text import core_text
from ui.common.forms import ERROR_STYLE, run_service, text_label
from ui.reports.figures import WORSE, SectionTable
from ui.reports.reporting_status import ReportingStatusTable

OK_STYLE = "color: #1b7f3b;"


class ReportsPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("reports_page")
        self.period: Period = period_containing("week", local_today())
        self.summary: Summary | None = None
        self.export_task = None
        self.message_box = None
        self.last_export: Path | None = None
        self._build()
        self._shortcuts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # building
    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.this_week = self._button(self.tr("本周"), self.go_this_week, "this_week")
        self.last_week = self._button(self.tr("上周"), self.go_last_week, "last_week")
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for kind, text in (("week", self.tr("周")), ("month", self.tr("月")), ("quarter", self.tr("季度")),
                           ("year", self.tr("年"))):
            self.kind.addItem(text, kind)
        self.kind.activated.connect(lambda _index: self.set_kind(self.kind.currentData()))
        self.previous_button = self._button("◀", lambda: self.step(-1), "previous_period")
        self.previous_button.setToolTip("Alt+Left")
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("period_key")
        self.key_edit.setMaximumWidth(110)
        self.key_edit.setToolTip(self.tr("如 2026-W48、2026-11、2026-Q4、2026，按 Enter"))
        self.key_edit.returnPressed.connect(lambda: self.go_key(self.key_edit.text()))
        self.next_button = self._button("▶", lambda: self.step(1), "next_period")
        self.next_button.setToolTip("Alt+Right")
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("◀") + 24)
        self.period_label = QLabel()
        self.period_label.setObjectName("period_label")
        # At the county bureau: all stations summed, or one of them (hidden on a station's own PC).
        self.scope = QComboBox()
        self.scope.setObjectName("station_scope")
        self.scope.activated.connect(lambda _index: self.refresh())
        for widget in (self.this_week, self.last_week, self.kind, self.previous_button, self.key_edit,
                       self.next_button, self.period_label, self.scope):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.bundles_button = self._button(self.tr("汇总各所数据包…"), self.open_bundles, "open_bundles")
        self.bundles_button.setVisible(permissions.allowed(self.actor.role, "exchange.import"))
        bar.addWidget(self.bundles_button)
        self.pdf_button = self._button(self.tr("预览PDF"), self.preview_pdf, "preview_pdf")
        self.excel_button = self._button(self.tr("导出Excel…"), self.export_excel, "export_excel")
        self.usb_button = self._button(self.tr("导出到U盘…"), self.export_to_usb, "export_usb")
        for button in (self.pdf_button, self.excel_button, self.usb_button):
            bar.addWidget(button)
        column.addLayout(bar)
        self.status = text_label("report_status")
        column.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tables: dict[str, SectionTable] = {}
        self.trend = self._plain_table((self.tr("周"), self.tr("登记纠纷（件）")), "trend_table")
        self.per_station = self._plain_table(
            (self.tr("单位"), self.tr("报送"), *(self.tr(label) for _, _, label, _ in STATION_COLUMNS)),
            "station_table")
        self.reporting = ReportingStatusTable(self.actor)
        splitter.addWidget(self.tabs)
        box = QGroupBox(self.tr("未办结的高风险纠纷和超期事项（截至现在）"))
        inner = QVBoxLayout(box)
        headers = (self.tr("模块"), self.tr("编号"), self.tr("事项"), self.tr("期限"), self.tr("超期"))
        self.attention = self._plain_table(headers, "attention_table")
        inner.addWidget(self.attention)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 260])
        column.addWidget(splitter, 1)

    def _button(self, text: str, slot, name: str) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _plain_table(self, headers: tuple[str, ...], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _shortcuts(self) -> None:
        for keys, slot in (("Alt+Left", lambda: self.step(-1)), ("Alt+Right", lambda: self.step(1)),
                           ("F5", self.refresh)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # choosing the period
    def set_period(self, period: Period) -> None:
        self.period = period
        self.refresh()

    def go_this_week(self) -> None:
        self.set_period(period_containing("week", local_today()))

    def go_last_week(self) -> None:
        self.set_period(period_containing("week", local_today()).previous())

    def set_kind(self, kind: str) -> None:
        """Switch to months, quarters or years: the one containing the current period's last day."""
        if kind != self.period.kind:
            self.set_period(period_containing(kind, min(self.period.last_day, local_today())))

    def step(self, count: int) -> None:
        if count < 0:
            self.set_period(self.period.previous())
            return
        following = period_containing(self.period.kind, self.period.last_day + timedelta(days=1))
        if following.first_day <= local_today():
            self.set_period(following)

    def go_key(self, text: str) -> bool:
        self.status.setStyleSheet(ERROR_STYLE)
        period = run_service(self, lambda: parse_period(text), general=self.status)
        if period is None:
            self.key_edit.setText(self.period.key)
            return False
        self.set_period(period)
        return True

    # reading
    def refresh(self) -> None:
        period = self.period
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.key_edit.setText(period.key)
        label = core_text(period.label)
        self.period_label.setText(self.tr("{label}（{first} 至 {last}）").replace("{label}", label)
                                  .replace("{first}", period.first_day.isoformat())
                                  .replace("{last}", period.last_day.isoformat()))
        self.next_button.setEnabled(period.last_day < local_today())
        may_export = permissions.allowed(self.actor.role, "exchange.export")
        self.usb_button.setEnabled(period.kind == "week" and may_export)
        weekly_only = self.tr("导出到U盘按周进行，请选择一周。")
        not_allowed = self.tr("导出送县局的数据包需要所长或管理员账户。")
        tip = "" if period.kind == "week" else weekly_only
        self.usb_button.setToolTip(tip if may_export else not_allowed)
        self._fill_scope()
        stations = self.scope.currentData()
        all_units = self.scope.isVisibleTo(self) and self.scope.currentIndex() == 0
        summary = run_service(self, lambda: weekly_summary(self.actor, period, stations, as_units=all_units))
        self.summary = summary
        for button in (self.pdf_button, self.excel_button):
            button.setEnabled(summary is not None)
        if summary is not None:
            self._show(summary)

    def _show(self, summary: Summary) -> None:
        current = self.tabs.currentIndex()
        if not self.tables:
            for section in summary.sections:
                table = SectionTable()
                table.setObjectName(f"section_{section.key}")
                self.tables[section.key] = table
                self.tabs.addTab(table, core_text(section.title))
            self.tabs.addTab(self.trend, self.tr("近12周纠纷趋势"))
        for section in summary.sections:
            self.tables[section.key].show_section(section)
        self.tabs.setCurrentIndex(max(current, 0))
        self._fill(self.trend, [(week, str(count)) for week, count in summary.trend])
        several = self.scope.isVisibleTo(self)  # the county bureau: who reported, and each unit's figures
        for widget, title, wanted in ((self.per_station, self.tr("各单位"), bool(summary.stations)),
                                      (self.reporting, self.tr("报送情况"), several)):
            at = self.tabs.indexOf(widget)
            if wanted and at < 0:
                self.tabs.addTab(widget, title)
            elif not wanted and at >= 0:
                self.tabs.removeTab(at)
        if several:
            self.reporting.refresh()
        lines = [*summary.stations, *([summary.total] if summary.total else [])]
        self._fill(self.per_station, [
            (line.name, self._state(line.report_state) if line is not summary.total else "",
             *(format_number(kind, line.value(key)) if line.reported else self.tr("未报送")
               for _, key, _, kind in STATION_COLUMNS))
            for line in lines])
        if summary.coverage_note:
            self.say(summary.coverage_note, error=True)
            self._coverage_shown = True
        elif getattr(self, "_coverage_shown", False):
            self.say("")
            self._coverage_shown = False
        rows = [(core_text(item.module), item.number, core_text(item.text),
                 item.due.isoformat() if item.due else "", self._urgency(item.overdue, item.due is not None))
                for item in summary.attention]
        self._fill(self.attention, rows, red_column=4)

    def _state(self, state: str) -> str:
        """已报送 / 未报送 in the interface language; "截至 …（不完整）" keeps its date."""
        if state.startswith("截至"):
            return self.tr("截至 {when}（不完整）").replace("{when}", state[3:].split("（")[0])
        return self.tr("已报送") if state == "已报送" else self.tr("未报送")

    def _urgency(self, overdue: bool, has_deadline: bool) -> str:
        """A high-risk case without a warning is urgent but has no deadline to be past."""
        if not overdue:
            return ""
        return self.tr("超期") if has_deadline else self.tr("从速处理")

    def _fill_scope(self) -> None:
        """Several stations in this database (the county bureau): offer all of them summed, or one."""
        stations = run_service(self, lambda: report_stations(self.actor)) or []
        county = [s for s, _, _ in stations] != [self.actor.station_id]  # other stations' data is here
        self.scope.setVisible(county)
        wanted = [(self.tr("全部单位合计"), [s for s, _, _ in stations])] if county else []
        wanted += [(name, [station_id]) for station_id, _, name in stations]
        if [self.scope.itemText(i) for i in range(self.scope.count())] == [text for text, _ in wanted]:
            return
        chosen = self.scope.currentText() if self.scope.count() > 1 else ""  # new county: all summed
        self.scope.clear()
        for text, ids in wanted:
            self.scope.addItem(text, ids)
        self.scope.setCurrentIndex(max(self.scope.findText(chosen), 0))

    def open_bundles(self):  # noqa: ANN201
        from ui.reports.bundles import BundleCenterDialog

        dialog = BundleCenterDialog(self.actor, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]], red_column: int = -1) -> None:
        table.setRowCount(len(rows))
        for number, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == red_column and text:
                    item.setForeground(WORSE)
                table.setItem(number, column, item)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # leaving the page
    def preview_pdf(self) -> None:
        from ui.reports.exporting import preview_pdf

        if self.summary is not None:
            preview_pdf(self, self.summary)

    def export_excel(self) -> Path | None:
        from ui.reports.exporting import export_excel

        return export_excel(self, self.summary) if self.summary is not None else None

    def export_to_usb(self):  # noqa: ANN201
        from ui.reports.exporting import export_to_usb

        if self.summary is None or self.period.kind != "week":
            return None
        return export_to_usb(self, self.summary)

