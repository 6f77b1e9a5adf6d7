"""导入平台工单: file → preview (counts, rows with errors, conflicts with a choice for each) →
import (cancellable, off the GUI thread) → summary, with the rows not imported saved to fix.

A conflict is an order number already registered with a different content, caller or received
time: both versions are shown, and the stored order is kept unless the user picks the file's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.errors import StationError
from ui.common.errors import show_error
from ui.common.forms import push_button, text_label
from ui.common.step_pages import ImportSteps, file_page, step_column
from ui.common.tasks import TaskDialog, run_task

PAGE_FILE, PAGE_PREVIEW, PAGE_SUMMARY = range(3)
SHOWN_REJECTS = 50


def _importer():  # noqa: ANN202 (module): openpyxl loads only when an import starts
    from station_app.hotline import importer

    return importer


def _table(columns: list[str], name: str, stretch: tuple[int, ...] = ()) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:  # long texts wrap in the columns that share the width
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretch)
    return table


class OrderImportDialog(ImportSteps, TaskDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.source: Any = None
        self.preview: Any = None
        self.report: Any = None
        self.changed = False
        self.choices: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("导入12345平台工单"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.stack, self.message, (self.back_button, self.next_button, self.close_button) = step_column(
            layout, [self._file_page(), self._preview_page(), self._summary_page()],
            lambda: self.show_page(PAGE_FILE), self.next, self.reject)
        self.show_page(PAGE_FILE)


    def _file_page(self) -> QWidget:
        page, self.path = file_page(self.tr(
            "选择从12345平台导出的工单表（Excel .xlsx）。表头可以在标题行下面，能识别常见列名，如 工单编号、"
            "受理时间/来电时间、来电人/诉求人、联系电话、诉求内容、诉求类别、办理时限/截止时间、承办单位。\n"
            "按工单编号比对：已导入的工单只更新平台数据，不会重复；编号相同而内容不同的，会列出来由您选择。"),
            self.choose_file)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.preview_info = QLabel()
        self.preview_info.setObjectName("preview_info")
        column.addWidget(self.preview_info)
        counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        kinds = (("imported", self.tr("新增")), ("updated", self.tr("更新")), ("unchanged", self.tr("不变")),
                 ("rejected", self.tr("有误")), ("conflicts", self.tr("编号冲突")))
        for position, (key, label) in enumerate(kinds):
            value = QLabel("0")
            value.setObjectName(f"preview_{key}")
            value.setStyleSheet("font-size: 18px; font-weight: bold;")
            counts.addWidget(QLabel(label), 0, position)
            counts.addWidget(value, 1, position)
            self.count_labels[key] = value
        column.addLayout(counts)
        self.conflicts_label = QLabel(self.tr(
            "编号冲突：同一工单编号，内容与已登记的不同。请逐件选择（默认保留已有，不覆盖）。"))
        self.conflicts_label.setWordWrap(True)
        column.addWidget(self.conflicts_label)
        headers = [self.tr("工单编号"), self.tr("行号"), self.tr("不同之处"), self.tr("已有的内容"),
                   self.tr("文件中的内容"), self.tr("处理")]
        self.conflicts = _table(headers, "preview_conflicts", stretch=(3, 4))
        column.addWidget(self.conflicts, 1)
        self.rejects_label = QLabel()
        column.addWidget(self.rejects_label)
        self.rejects = _table([self.tr("行号"), self.tr("原因")], "preview_rejects")
        column.addWidget(self.rejects, 1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.summary = text_label("import_summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.summary)
        self.save_rejects_button = push_button(self.tr("保存有误的行和编号冲突…"), "save_rejects",
                                               self.save_rejects)
        column.addWidget(self.save_rejects_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved_rejects = text_label("import_rejects_saved")
        column.addWidget(self.saved_rejects)
        column.addStretch(1)
        return page

    def importer(self) -> Any:
        return _importer()

    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.message.clear()
        self.back_button.setVisible(page == PAGE_PREVIEW)
        self.next_button.setVisible(page != PAGE_SUMMARY)
        self.next_button.setText(self.tr("开始导入") if page == PAGE_PREVIEW else self.tr("预览"))
        self.close_button.setText(self.tr("关闭") if page == PAGE_SUMMARY else self.tr("取消"))
        self.next_button.setEnabled(True)

    def next(self) -> None:
        if self.stack.currentIndex() == PAGE_FILE:
            self.run_preview()
        elif self.stack.currentIndex() == PAGE_PREVIEW:
            self.run_import()

    def _fail(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, _importer().ImportCancelled):
            self.summary.setText(self.tr("已取消，数据库未改变。"))
            self.save_rejects_button.hide()
            self.show_page(PAGE_SUMMARY)
        elif isinstance(exc, StationError):
            self.message.setText(exc.message)
        else:
            show_error(self, exc)

    def choose_file(self) -> None:
        self.choose_file_into_path(self.tr("选择工单表"), self.tr("Excel 文件 (*.xlsx *.xlsm)"))

    def run_preview(self) -> None:
        path = self.chosen_path()
        if path is None:
            return
        self._busy(True)

        def work(progress, cancelled):  # noqa: ANN001, ANN202 (see ui.common.tasks)
            source = _importer().read_orders(path)
            return source, _importer().preview_import(self.actor, source)

        self.task = run_task(self, self.tr("正在读取和检查工单…"), work, on_done=self._previewed,
                             on_failed=self._fail, cancellable=False)

    def _previewed(self, result: tuple[Any, Any]) -> None:
        self._busy(False)
        self.source, self.preview = result
        report = self.preview
        info = self.tr("工作表“{sheet}”，表头在第 {row} 行，共 {n} 行数据。导入后将发生的变化（尚未写入）：")
        self.preview_info.setText(info.replace("{sheet}", report.sheet_name).replace(
            "{row}", str(report.header_row)).replace("{n}", str(len(self.source.rows))))
        for key, label in self.count_labels.items():
            value = getattr(report, key)
            label.setText(str(len(value) if isinstance(value, list) else value))
        self._fill_conflicts(report.conflicts)
        shown = report.rejected[:SHOWN_REJECTS]
        self.rejects_label.setText(self.tr("有误的行（导入后可保存全部）：") if shown
                                   else self.tr("没有有误的行。"))
        self.rejects.setVisible(bool(shown))
        self.rejects.setRowCount(len(shown))
        for row, reject in enumerate(shown):
            for column, text in enumerate((str(reject.row_number), reject.reason)):
                self.rejects.setItem(row, column, QTableWidgetItem(text))
        self.rejects.resizeRowsToContents()
        self.show_page(PAGE_PREVIEW)
        self.next_button.setEnabled(bool(report.imported or report.updated or report.conflicts))

    def _fill_conflicts(self, conflicts: list) -> None:
        self.choices = {}
        self.conflicts_label.setVisible(bool(conflicts))
        self.conflicts.setVisible(bool(conflicts))
        self.conflicts.setRowCount(len(conflicts))
        for row, item in enumerate(conflicts):
            existing = "\n".join(f"{label}：{value}" for label, value in item.existing.items())
            incoming = "\n".join(f"{label}：{value}" for label, value in item.incoming.items())
            for column, text in enumerate((item.order_number, str(item.row_number), "、".join(item.fields),
                                           existing, incoming)):
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.setObjectName(f"conflict_{item.order_number}")
            choice.addItem(self.tr("保留已有"), "keep")
            choice.addItem(self.tr("采用文件中的"), "take")
            self.conflicts.setCellWidget(row, 5, choice)
            self.choices[item.order_number] = choice
        self.conflicts.resizeRowsToContents()

    def resolutions(self) -> dict[str, str]:
        return {number: combo.currentData() for number, combo in self.choices.items()}

    def run_import(self) -> None:
        self.start_import(self.tr("正在导入工单…"), self.resolutions(), self._fail)

    def _imported(self, report: Any) -> None:
        self._busy(False)
        self.report, self.changed = report, True
        text = (self.tr("导入完成。新增 {a} 件，更新 {b} 件，不变 {c} 件，有误 {d} 行；编号冲突 {e} 件，"
                        "其中采用文件 {f} 件、保留已有 {g} 件。")
                .replace("{a}", str(report.imported)).replace("{b}", str(report.updated))
                .replace("{c}", str(report.unchanged)).replace("{d}", str(len(report.rejected)))
                .replace("{e}", str(len(report.conflicts))).replace("{f}", str(len(report.taken)))
                .replace("{g}", str(len(report.kept))))
        self.summary.setText(text)
        self.save_rejects_button.setVisible(bool(report.rejected or report.conflicts))
        self.show_page(PAGE_SUMMARY)
