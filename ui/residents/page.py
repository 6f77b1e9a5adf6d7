"""居民/网格: the area tree beside the residents list, one search box, the form, Excel in and out.

Keyboard: Ctrl+F goes to the search box (↓ or Enter moves on to the list), Ctrl+N registers a
resident, Enter or a double click opens the selected one.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.residents import reading, service
from station_app.residents.areas import AreaNode
from station_app.residents.views import ResidentView
from ui.common.forms import push_button, run_service
from ui.common.ledger_page import LedgerPage
from ui.residents.area_tree import AreaTree, add_label
from ui.residents.grid_roles import GridRolesPanel
from ui.residents.table_model import COLUMNS, ResidentTableModel

SEARCH_DELAY_MS = 150
# What each column usually holds, to size it once (never by measuring 100k rows).
COLUMN_SAMPLES = ("乌力吉·吉日嘎拉", "性别", "蒙古族", "152222********1234", "1985-03-12", "0482-****4567",
                  "查干陶勒盖嘎查第1网格", "高力板镇查干陶勒盖嘎查9组", "独居老人、低保户")


class ResidentsPage(LedgerPage):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        role = actor.role
        self.can_edit = permissions.allowed(role, "residents.edit")
        self.can_import = permissions.allowed(role, "residents.import")
        self.can_export = permissions.allowed(role, "residents.export")
        self.can_merge = permissions.allowed(role, "residents.merge")
        self.area: AreaNode | None = None
        self._build()
        self._wire()
        self.refresh_list()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("区域"))
        heading.setStyleSheet("font-weight: bold;")
        left_column.addWidget(heading)
        self.tree = AreaTree(self.actor, self.can_edit)
        left_column.addWidget(self.tree, 3)
        self.add_area_button = QPushButton()
        self.add_area_button.setObjectName("add_area")
        self.add_area_button.setVisible(self.can_edit)
        left_column.addWidget(self.add_area_button)
        self.roles = GridRolesPanel(self.actor, self.can_edit)
        left_column.addWidget(self.roles, 2)
        left.setMinimumWidth(220)
        splitter.addWidget(left)

        self.note = QLabel()
        self.note.setObjectName("list_note")
        self.note.setStyleSheet("color: #5f6368;")
        buttons = QHBoxLayout()
        self.new_button = push_button(self.tr("登记居民"), "", self.new_resident)
        self.new_button.setToolTip("Ctrl+N")
        self.open_button = push_button(self.tr("修改") if self.can_edit else self.tr("查看"), "",
                                       self.open_selected)
        self.merge_button = push_button(self.tr("合并重复"), "", self.merge_selected)
        self.merge_button.setToolTip(self.tr("在名单中选中同一人的两条记录（按住 Ctrl 点选）"))
        self.import_button = push_button(self.tr("导入Excel…"), "", self.import_file)
        self.export_button = push_button(self.tr("导出Excel…"), "", self.export_file)
        for button in (self.new_button, self.open_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.new_button.setVisible(self.can_edit)
        self.merge_button.setVisible(self.can_merge)
        self.import_button.setVisible(self.can_import)
        self.export_button.setVisible(self.can_export)
        model = ResidentTableModel(lambda ids: reading.residents_by_ids(self.actor, ids), parent=self)
        metrics = self.fontMetrics()
        widths = [max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(model.tr(title)) + 8) + 16
                  for sample, title in zip(COLUMN_SAMPLES, COLUMNS, strict=True)]
        hint = self.tr("还没有居民。")
        if self.can_edit:
            hint = self.tr("还没有居民。点“导入Excel…”导入花名册，或按 Ctrl+N 登记一位居民。")
        right = self.make_list(
            model, self._read, table_name="residents_table", search_name="resident_search",
            placeholder=self.tr("查找：姓名、拼音或首字母、身份证号或电话后几位（Ctrl+F）"),
            count_name="result_count", count_text=self.tr("共 {n} 人"), widths=widths, empty_hint=hint,
            multi=True, delay_ms=SEARCH_DELAY_MS)
        right.count_label.setMinimumWidth(90)
        right.bar.addWidget(self.note)
        right.layout().insertLayout(1, buttons)
        right.filtered = lambda: self.area is not None
        self.model, self.table, self.search = model, right.table, right.search
        self.count_label = right.count_label
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 850])

    def _wire(self) -> None:
        self.tree.sig_area_changed.connect(self._area_changed)
        self._area_changed(self.tree.current_node(), refresh=False)
        self.add_area_button.clicked.connect(self.tree.add_child)
        self.ledger.sig_activated.connect(lambda _resident_id: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def _read(self, query: str, stations: list[uuid.UUID]) -> list[str]:
        self.note.clear()
        area_id = self.area.id if self.area else None
        return reading.resident_ids(self.actor, query, area_id, stations=stations)

    # the list
    @property
    def query(self) -> str:
        return self.search.text()

    def refresh_list(self, select: str | uuid.UUID | None = None) -> None:
        """Read the matching ids again (search text + area); keep or move to the selected row."""
        self.ledger.refresh(select)

    def selected_rows(self) -> list[int]:
        return self.table.selected_rows()

    def _area_changed(self, node: AreaNode | None, refresh: bool = True) -> None:
        self.area = node
        self.roles.set_grid(node)
        kind = self.tree.child_kind()
        if kind is not None:
            self.add_area_button.setText(add_label(kind) + "…")
        self.add_area_button.setVisible(self.can_edit and kind is not None)  # nothing goes under a grid
        if refresh:
            self.refresh_list()

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        self.open_button.setEnabled(len(rows) == 1)
        self.merge_button.setEnabled(len(rows) == 2 and all(self._own(row) for row in rows))

    def _own(self, row: int) -> bool:
        view = self.model.view_at(row)
        return view is None or self.editable(view.station_id)

    # residents
    def _grids(self) -> list:
        return self.tree.grids()

    def new_record(self) -> None:
        self.new_resident()

    def new_resident(self) -> None:
        if not self.can_edit:
            return
        from ui.residents.resident_form import ResidentDialog

        default_grid = self.area.id if self.area and self.area.kind == "grid" else None
        dialog = ResidentDialog(self.actor, self._grids(), default_grid=default_grid, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.after_save(dialog.saved)

    def open_selected(self) -> None:
        resident_id = self.current_id()
        if resident_id is not None:
            self.open_resident(resident_id)

    def open_resident(self, resident_id: str | uuid.UUID) -> None:
        from ui.residents.resident_form import ResidentDialog

        key, every = uuid.UUID(str(resident_id)), self.detail_scope()
        view = run_service(self, lambda: service.get_resident(self.actor, key, every))
        if view is None:
            self.refresh_list()
            return
        dialog = ResidentDialog(self.actor, self._grids(), view, parent=self,
                                read_only=self.read_only_note(view.station_id))
        if dialog.exec() and dialog.saved is not None:
            self.after_save(dialog.saved)

    def after_save(self, view: ResidentView) -> None:
        self.refresh_list(select=view.id)
        if self.model.row_of(str(view.id)) < 0:  # another grid, or the search does not match it
            self.note.setText(self.tr("已保存“{name}”，不在当前列表中。").replace("{name}", view.name))
        self.table.setFocus()

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2 or not self.can_merge:
            return
        from ui.residents.merge_dialog import MergeDialog

        keys = [uuid.UUID(self.model.id_at(row)) for row in rows]
        views = [run_service(self, lambda key=key: service.get_resident(self.actor, key)) for key in keys]
        if None in views:
            self.refresh_list()
            return
        dialog = MergeDialog(self.actor, views[0], views[1], self)
        if dialog.exec() and dialog.merged is not None:
            self.refresh_list(select=dialog.merged.id)

    # Excel
    def import_file(self) -> None:
        from ui.residents.import_dialog import ImportDialog

        dialog = ImportDialog(self.actor, self)
        dialog.exec()
        if dialog.changed:
            self.tree.reload()  # new areas from the file; reloading refreshes the list too

    def export_file(self) -> None:
        from ui.residents.export_dialog import ExportDialog

        ExportDialog(self.actor, self.area, self.query, self.model.rowCount(), self).exec()
