"""导入Excel: file and sheet → which column is which field → preview → import (cancellable) → summary.

Reading, previewing and importing run on a worker (ui.common.tasks): a 100,000-row file takes
seconds and the window keeps painting. Cancelling an import leaves the database as it was (the
core imports in one transaction); the summary says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.errors import StationError, ValidationError
from ui.common.errors import show_error
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.step_pages import ImportSteps, step_column
from ui.common.tasks import TaskDialog, run_task
from ui.residents.import_pages import ImportPages

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_SUMMARY = range(4)
SHOWN_REJECTS = 50
SAMPLE_ROWS = 3

# The core's FIELD_LABELS, listed here so that the English UI can name the fields too.
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "姓名"),
    "gender": QT_TRANSLATE_NOOP("ImportDialog", "性别"),
    "ethnicity": QT_TRANSLATE_NOOP("ImportDialog", "民族"),
    "id_number": QT_TRANSLATE_NOOP("ImportDialog", "身份证号"),
    "birth_date": QT_TRANSLATE_NOOP("ImportDialog", "出生日期"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "联系电话"),
    "household": QT_TRANSLATE_NOOP("ImportDialog", "户主"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "住址"),
    "town": QT_TRANSLATE_NOOP("ImportDialog", "镇/苏木"),
    "village": QT_TRANSLATE_NOOP("ImportDialog", "村/嘎查"),
    "grid": QT_TRANSLATE_NOOP("ImportDialog", "网格"),
    "building": QT_TRANSLATE_NOOP("ImportDialog", "楼栋"),
    "unit": QT_TRANSLATE_NOOP("ImportDialog", "单元"),
    "relation_to_head": QT_TRANSLATE_NOOP("ImportDialog", "与户主关系"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "标签"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "备注"),
}


def field_name(field: str, core_label: str) -> str:
    return QCoreApplication.translate("ImportDialog", FIELD_NAMES.get(field, core_label))


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _importer():  # noqa: ANN202 (module): openpyxl and the importer load only when needed
    from station_app.residents import importer

    return importer


def _count(value: Any) -> int:
    return len(value) if isinstance(value, (list, tuple)) else int(value or 0)


class ImportDialog(ImportPages, ImportSteps, TaskDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.source: Any = None  # importer.SourceTable
        self.preview: Any = None  # importer.ImportReport of the preview
        self.report: Any = None  # importer.ImportReport of the import
        self.cancelled = False
        self.changed = False  # the database changed: the page reloads its tree and list
        self.setWindowTitle(self.tr("从Excel导入居民"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.steps = QLabel()
        self.steps.setObjectName("import_steps")
        layout.addWidget(self.steps)
        self.stack, self.message, (self.back_button, self.next_button, self.close_button) = step_column(
            layout, [self._file_page(), self._mapping_page(), self._preview_page(), self._summary_page()],
            self.back, self.next, self.reject)
        self.show_page(PAGE_FILE)


    # pages
    def importer(self) -> Any:
        return _importer()

    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.message.clear()
        names = (self.tr("1 选择文件"), self.tr("2 列对应"), self.tr("3 预览"), self.tr("4 完成"))
        self.steps.setText("  →  ".join(f"<b>{name}</b>" if index == page else name
                                        for index, name in enumerate(names)))
        self.back_button.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        self.next_button.setVisible(page != PAGE_SUMMARY)
        self.next_button.setText({PAGE_FILE: self.tr("下一步"), PAGE_MAPPING: self.tr("预览"),
                                  PAGE_PREVIEW: self.tr("开始导入")}.get(page, ""))
        self.close_button.setText(self.tr("关闭") if page == PAGE_SUMMARY else self.tr("取消"))
        self.next_button.setEnabled(True)

    def back(self) -> None:
        self.show_page(max(PAGE_FILE, self.stack.currentIndex() - 1))

    def next(self) -> None:
        page = self.stack.currentIndex()
        if page == PAGE_FILE:
            self.read_file()
        elif page == PAGE_MAPPING:
            self.run_preview()
        elif page == PAGE_PREVIEW:
            self.run_import()

    def _fail(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ValidationError):
            self.message.setText("；".join(exc.errors.values()))
        elif isinstance(exc, StationError):
            self.message.setText(exc.message)
        else:
            show_error(self, exc)

    # 1: the file
    def choose_file(self) -> None:
        self.choose_file_into_path(self.tr("选择居民名单"),
                                   self.tr("Excel、WPS 或 CSV (*.xlsx *.xlsm *.xls *.ods *.csv)"))

    def read_file(self, sheet: str | None = None) -> None:
        path = self.chosen_path()
        if path is None:
            return
        self._busy(True)
        self.task = run_task(self, self.tr("正在读取文件…"),
                             lambda progress, cancelled: _importer().read_source(path, sheet),
                             on_done=self._file_read, on_failed=self._fail, cancellable=False)

    def _file_read(self, source: Any) -> None:
        self._busy(False)
        self.source = source
        self.sheet.clear()
        self.sheet.addItems(list(source.sheet_names))
        self.sheet.setCurrentText(source.sheet_name)
        self.sheet.setEnabled(len(source.sheet_names) > 1)
        self.source_info.setText(self.tr("表头在第 {row} 行，共 {n} 行数据").replace(
            "{row}", str(source.header_row)).replace("{n}", str(len(source.rows))))
        self._fill_mapping(source)
        self.show_page(PAGE_MAPPING)

    def _sheet_chosen(self) -> None:
        if self.source is not None and self.sheet.currentText() != self.source.sheet_name:
            self.read_file(self.sheet.currentText())

    # 2: the mapping
    def _fill_mapping(self, source: Any) -> None:
        importer = _importer()
        guessed = importer.guess_mapping(list(source.headers))
        table = self.mapping_table
        table.setRowCount(len(source.headers))
        self.field_combos: list[QComboBox] = []
        for index, header in enumerate(source.headers):
            table.setItem(index, 0, QTableWidgetItem(column_letter(index)))
            table.setItem(index, 1, QTableWidgetItem(str(header or "")))
            samples = [str(values[index]) for _number, values in source.rows[:SAMPLE_ROWS * 4]
                       if index < len(values) and values[index] not in (None, "")][:SAMPLE_ROWS]
            table.setItem(index, 2, QTableWidgetItem("；".join(samples)))
            combo = QComboBox()
            combo.addItem(self.tr("不导入"), None)
            for field, label in importer.FIELD_LABELS.items():
                combo.addItem(field_name(field, label) + ("*" if field == "name" else ""), field)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(index))))
            table.setCellWidget(index, 3, combo)
            self.field_combos.append(combo)

    def mapping(self) -> dict[int, str]:
        return {index: combo.currentData() for index, combo in enumerate(self.field_combos)
                if combo.currentData()}

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.field_combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    # 3: the preview
    def run_preview(self) -> None:
        source, mapping = self.source, self.mapping()
        self._busy(True)
        def work(progress, cancelled):  # noqa: ANN001, ANN202 (see ui.common.tasks)
            return _importer().preview_import(self.actor, source, mapping)

        self.task = run_task(self, self.tr("正在检查每一行…"), work, on_done=self._previewed,
                             on_failed=self._fail, cancellable=False)

    def _previewed(self, report: Any) -> None:
        self._busy(False)
        self.preview = report
        for key, label in self.count_labels.items():
            label.setText(str(_count(getattr(report, key))))
        areas = list(report.new_areas or [])
        self.new_areas.clear()
        self.new_areas.addItems([str(area) for area in areas])
        self.new_areas_label.setVisible(bool(areas))
        self.new_areas.setVisible(bool(areas))
        rejected = list(report.rejected) if isinstance(report.rejected, (list, tuple)) else []
        # Imported all the same, but worth a look (an ID number whose region code no GB/T 2260
        # revision had): listed under the refused rows, marked as imported.
        warned = list(getattr(report, "warnings", None) or [])
        shown = rejected[:SHOWN_REJECTS]
        checks = warned[:SHOWN_REJECTS]
        texts = []
        if rejected:
            texts.append(self.tr("有误的行（前 {n} 行；导入后可保存全部有误的行）")
                         .replace("{n}", str(len(shown))))
        else:
            texts.append(self.tr("没有有误的行。"))
        if warned:
            texts.append(self.tr("另有 {n} 行会导入，但请核对（标有“会导入”）。")
                         .replace("{n}", str(len(warned))))
        self.rejects_label.setText(" ".join(texts))
        self.rejects.setVisible(bool(rejected or warned))
        self.rejects.setRowCount(len(shown) + len(checks))
        lines = [(reject, reject.reason) for reject in shown]
        lines += [(check, self.tr("会导入：") + check.reason) for check in checks]
        for row, (reject, reason) in enumerate(lines):
            values = "，".join(str(value) for value in reject.values if value not in (None, ""))
            for column, text in enumerate((str(reject.row_number), reason, values)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rejects.setItem(row, column, item)
        self.rejects.resizeRowsToContents()
        self.show_page(PAGE_PREVIEW)
        self.next_button.setEnabled(_count(report.imported) + _count(report.updated) > 0)

    # 4: the import
    def run_import(self) -> None:
        self.start_import(self.tr("正在导入居民…"), self.mapping(), self._import_failed)

    def _imported(self, report: Any) -> None:
        self._busy(False)
        self.report, self.changed = report, True
        lines = [self.tr("导入完成。"),
                 self.tr("新增 {a} 人，更新 {b} 人，不变 {c} 人，有误 {d} 行。")
                 .replace("{a}", str(_count(report.imported))).replace("{b}", str(_count(report.updated)))
                 .replace("{c}", str(_count(report.unchanged))).replace("{d}", str(_count(report.rejected)))]
        if report.new_areas:
            lines.append(self.tr("新建区域：") + "、".join(str(area) for area in report.new_areas))
        warned = list(getattr(report, "warnings", None) or [])
        if warned:
            lines.append(self.tr("已导入但请核对 {n} 行：").replace("{n}", str(len(warned))))
            lines += [self.tr("第 {row} 行：").replace("{row}", str(check.row_number)) + check.reason
                      for check in warned[:SHOWN_REJECTS]]
        self.summary.setText("\n".join(lines))
        self.save_rejects_button.setVisible(_count(report.rejected) > 0)
        self.show_page(PAGE_SUMMARY)

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, _importer().ImportCancelled):
            self._busy(False)
            self.cancelled = True
            self.summary.setText(self.tr("已取消，数据库未改变。"))
            self.save_rejects_button.hide()
            self.show_page(PAGE_SUMMARY)
            return
        self._fail(exc)
