"""一员两长 of the selected grid: its grid worker and building/unit heads, each a resident or an account."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.residents import areas, limits, reading
from station_app.residents.areas import AreaNode, GridRoleView
from ui.common.core_text import core_text
from ui.common.fields import line_edit
from ui.common.forms import FieldErrors, general_error, run_service, save_buttons, text_label
from ui.common.noop import QT_TRANSLATE_NOOP

ROLE_LABELS = {
    "grid_worker": QT_TRANSLATE_NOOP("GridRoles", "网格员"),
    "building_head": QT_TRANSLATE_NOOP("GridRoles", "楼栋长"),
    "unit_head": QT_TRANSLATE_NOOP("GridRoles", "单元长"),
}


def role_label(code: str) -> str:
    return QCoreApplication.translate("GridRoles", ROLE_LABELS[code]) if code in ROLE_LABELS else code


class GridRoleDialog(QDialog):
    """Pick a role, then a resident (search as you type) or an account, and building/unit."""

    def __init__(self, actor: Actor, grid: AreaNode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.grid = actor, grid
        self.assigned: GridRoleView | None = None
        self.setWindowTitle(self.tr("添加网格员/楼栋长/单元长 — {grid}").replace("{grid}", grid.name))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.role = QComboBox()
        for code in ROLE_LABELS:
            self.role.addItem(role_label(code), code)
        self.errors.add_row(form, self.tr("职务*"), "role", self.role)

        self.from_resident = QRadioButton(self.tr("本网格或辖区居民"))
        self.from_account = QRadioButton(self.tr("本所账户"))
        self.source = QButtonGroup(self)
        self.source.addButton(self.from_resident)
        self.source.addButton(self.from_account)
        self.from_resident.setChecked(True)
        source_row = QWidget()
        row = QHBoxLayout(source_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.from_resident)
        row.addWidget(self.from_account)
        row.addStretch(1)
        form.addRow(self.tr("人员来自"), source_row)

        person = QWidget()
        column = QVBoxLayout(person)
        column.setContentsMargins(0, 0, 0, 0)
        self.resident_search = line_edit("", self.tr("输入姓名、拼音或身份证后几位查找"))
        self.resident_list = QListWidget()
        self.resident_list.setMaximumHeight(130)
        self.account = QComboBox()
        for account_id, label in self._accounts():
            self.account.addItem(label, account_id)
        column.addWidget(self.resident_search)
        column.addWidget(self.resident_list)
        column.addWidget(self.account)
        person.setFocusProxy(self.resident_search)
        self.errors.add_row(form, self.tr("人员*"), "person", person)

        self.building = line_edit("", self.tr("如：3号楼"))
        self.unit = line_edit("", self.tr("如：2单元"))
        self.errors.add_row(form, self.tr("楼栋"), "building", self.building)
        self.errors.add_row(form, self.tr("单元"), "unit", self.unit)
        self.errors.apply_limits(limits.GRID_ROLE)
        layout.addLayout(form)
        self.general = general_error(layout, "grid_role_general_error")
        buttons, self.save_button = save_buttons(self, self.submit)
        layout.addWidget(buttons)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.find_residents)
        self.resident_search.textChanged.connect(self._debounce.start)
        self.source.buttonToggled.connect(self._source_changed)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._source_changed()
        self._role_changed()
        self.find_residents()

    def _accounts(self) -> list[tuple[uuid.UUID, str]]:
        from station_app.accounts import service as accounts

        colleagues = run_service(self, lambda: accounts.list_colleagues(self.actor)) or []
        return [(person.id, core_text(f"{person.full_name}（{person.role_label}）")) for person in colleagues]

    def _source_changed(self) -> None:
        residents = self.from_resident.isChecked()
        self.resident_search.setVisible(residents)
        self.resident_list.setVisible(residents)
        self.account.setVisible(not residents)
        self.resident_search.parentWidget().setFocusProxy(self.resident_search if residents else self.account)

    def _role_changed(self) -> None:
        role = self.role.currentData()
        self.building.setEnabled(role in ("building_head", "unit_head"))
        self.unit.setEnabled(role == "unit_head")

    def find_residents(self) -> None:
        """Residents of this grid first when nothing is typed; anyone matching otherwise."""
        text = self.resident_search.text()
        area = None if text.strip() else self.grid.id
        views = run_service(self, lambda: reading.find_residents(
            self.actor, text, limit=30, area_id=area)) or []
        self.resident_list.clear()
        for view in views:
            label = "  ".join(part for part in (view.name, view.id_masked, view.grid_name) if part)
            item = QListWidgetItem(label)
            item.setToolTip(view.place)
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.resident_list.addItem(item)
        if views:
            self.resident_list.setCurrentRow(0)

    def selected_resident(self) -> uuid.UUID | None:
        item = self.resident_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def submit(self) -> None:
        resident_id = self.selected_resident() if self.from_resident.isChecked() else None
        account_id = self.account.currentData() if self.from_account.isChecked() else None
        role = self.role.currentData()
        building = self.building.text() if role != "grid_worker" else ""
        unit = self.unit.text() if role == "unit_head" else ""
        view = run_service(self, lambda: areas.assign_grid_role(
            self.actor, self.grid.id, role, resident_id=resident_id, account_id=account_id,
            building=building, unit=unit), self.errors, self.general)
        if view is not None:
            self.assigned = view
            self.accept()


class GridRolesPanel(QWidget):
    """Shown under the tree when a grid is selected."""

    def __init__(self, actor: Actor, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.can_edit = actor, can_edit
        self.grid: AreaNode | None = None
        self.roles: list[GridRoleView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.title = text_label("grid_roles_title")
        self.title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("grid_roles_table")
        self.table.setHorizontalHeaderLabels([self.tr("职务"), self.tr("姓名"), self.tr("楼栋/单元")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加…"))
        self.remove_button = QPushButton(self.tr("移除"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for button in (self.add_button, self.remove_button):
            button.setVisible(can_edit)
        self.add_button.clicked.connect(self.add_role)
        self.remove_button.clicked.connect(self.remove_role)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.set_grid(None)

    def set_grid(self, node: AreaNode | None) -> None:
        self.grid = node if node is not None and node.kind == "grid" else None
        self.setVisible(self.grid is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.grid is None:
            self.roles = []
        else:
            self.title.setText(self.tr("{grid}：一员两长").replace("{grid}", self.grid.name))
            grid_id = self.grid.id
            roles = run_service(self, lambda: areas.grid_roles(grid_id)) or []
            order = list(ROLE_LABELS)  # 网格员 first, then the heads (一员两长)
            self.roles = sorted(roles, key=lambda view: order.index(view.role) if view.role in order else 9)
        self.table.setRowCount(len(self.roles))
        for row, view in enumerate(self.roles):
            place = "".join(part for part in (view.building, view.unit) if part)
            for column, text in enumerate((role_label(view.role), view.person_name, place)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> GridRoleView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.roles[rows[0].row()] if rows else None

    def add_role(self) -> None:
        if self.grid is None:
            return
        dialog = GridRoleDialog(self.actor, self.grid, self)
        if dialog.exec():
            self.refresh()

    def remove_role(self) -> None:
        view = self.selected()
        if view is None:
            return
        if run_service(self, lambda: areas.remove_grid_role(self.actor, view.id) or True):
            self.refresh()
