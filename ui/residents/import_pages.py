"""The four pages of the residents import dialog (file, column mapping, preview, summary): their
widgets only; ImportDialog (import_dialog.py) wires them to the importer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.forms import push_button, text_label
from ui.common.step_pages import file_page


def _tr(text: str) -> str:
    # The dialog's translation context: these strings belong to ImportDialog's pages.
    return QCoreApplication.translate("ImportDialog", text)


class ImportPages:
    """Mixin of ImportDialog: builds each page and keeps its widgets as attributes."""

    def _file_page(self) -> QWidget:
        page, self.path = file_page(_tr(
            "选择居民名单文件（Excel .xlsx、.xls，WPS 或 LibreOffice 的 .ods，或 CSV）。"
            "表头可以在标题行下面，能识别常见的中文列名，"
            "如 姓名、性别、民族、身份证号/公民身份号码、联系电话、住址、所属村/嘎查、网格。\n"
            "身份证号一列请设置为“文本”格式：被Excel存成数字的号码末几位已丢失，会被拒绝而不会被猜测。"),
            self.choose_file)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("工作表")))
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.sheet.setMinimumContentsLength(14)
        top.addWidget(self.sheet)
        self.source_info = QLabel()
        self.source_info.setObjectName("import_source_info")
        top.addWidget(self.source_info, 1)
        column.addLayout(top)
        hint = QLabel(_tr("为每一列选择对应的内容；不需要的列选“不导入”。带 * 的“姓名”必须指定。"))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setObjectName("import_mapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [_tr("列"), _tr("文件中的表头"), _tr("示例"), _tr("导入为")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.mapping_table, 1)
        self.sheet.activated.connect(self._sheet_chosen)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(_tr("预览：以下是导入后将发生的变化（尚未写入数据库）。")))
        counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        kinds = (("imported", _tr("新增")), ("updated", _tr("更新")),
                 ("unchanged", _tr("不变")), ("rejected", _tr("有误")))
        for position, (key, label) in enumerate(kinds):
            title = QLabel(label)
            value = QLabel("0")
            value.setObjectName(f"preview_{key}")
            value.setStyleSheet("font-size: 18px; font-weight: bold;")
            counts.addWidget(title, 0, position)
            counts.addWidget(value, 1, position)
            self.count_labels[key] = value
        column.addLayout(counts)
        self.new_areas_label = QLabel(_tr("将新建的区域"))
        self.new_areas = QListWidget()
        self.new_areas.setObjectName("preview_new_areas")
        self.new_areas.setMaximumHeight(90)
        column.addWidget(self.new_areas_label)
        column.addWidget(self.new_areas)
        self.rejects_label = QLabel()
        column.addWidget(self.rejects_label)
        self.rejects = QTableWidget(0, 3)
        self.rejects.setObjectName("preview_rejects")
        self.rejects.setHorizontalHeaderLabels([_tr("行号"), _tr("原因"), _tr("该行内容")])
        self.rejects.verticalHeader().hide()
        self.rejects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejects.setWordWrap(True)
        header = self.rejects.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.rejects, 1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.summary = text_label("import_summary", selectable=True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.summary)
        self.save_rejects_button = push_button(_tr("保存有误的行…"), "", self.save_rejects,
                                               tooltip=_tr("另存为Excel，多一列“错误原因”，改好后可以再导入"))
        column.addWidget(self.save_rejects_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved_rejects = text_label("import_rejects_saved")
        column.addWidget(self.saved_rejects)
        column.addStretch(1)
        return page

    # navigation
