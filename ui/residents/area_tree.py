"""The area tree beside the residents list: 全部 → town → village/gacha → grid; add areas from it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.residents import areas, limits
from station_app.residents.areas import AreaNode
from ui.common.forms import FieldErrors, general_error, run_service, save_buttons
from ui.common.noop import QT_TRANSLATE_NOOP

AREA_ROLE = Qt.ItemDataRole.UserRole  # the AreaNode (None on 全部)
CHILD_KIND = {None: "town", "town": "village", "village": "grid", "grid": None}
ADD_LABELS = {
    "town": QT_TRANSLATE_NOOP("AreaTree", "添加镇/苏木"),
    "village": QT_TRANSLATE_NOOP("AreaTree", "添加村/嘎查/社区"),
    "grid": QT_TRANSLATE_NOOP("AreaTree", "添加网格"),
}
# The core's AREA_KINDS labels, listed for the translation tools.
KIND_LABELS = {
    "town": QT_TRANSLATE_NOOP("AreaTree", "镇/苏木"),
    "village": QT_TRANSLATE_NOOP("AreaTree", "村/嘎查/社区"),
    "grid": QT_TRANSLATE_NOOP("AreaTree", "网格"),
}


def flatten(nodes: list[AreaNode], path: tuple[str, ...] = ()) -> list[tuple[AreaNode, tuple[str, ...]]]:
    """Every node with the names above it, depth first (the grid combo of the form uses it)."""
    found = []
    for node in nodes:
        found.append((node, (*path, node.name)))
        found.extend(flatten(list(node.children), (*path, node.name)))
    return found


class AreaDialog(QDialog):
    """Name (and optional code) of a new town, village or grid under `parent_node`."""

    def __init__(self, actor: Actor, kind: str, parent_node: AreaNode | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.kind, self.parent_node = actor, kind, parent_node
        self.created: AreaNode | None = None
        self.setWindowTitle(add_label(kind))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        if parent_node is not None:
            under = QLabel(self.tr("上级：{name}").replace("{name}", parent_node.name))
            layout.addWidget(under)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setPlaceholderText({
            "town": self.tr("如：高力板镇"), "village": self.tr("如：查干陶勒盖嘎查"),
            "grid": self.tr("如：第1网格"),
        }[kind])
        self.code = QLineEdit()
        self.errors.add_row(form, self.tr("名称*"), "name", self.name)
        self.errors.add_row(form, self.tr("编码"), "code", self.code)
        self.errors.apply_limits(limits.AREA)
        layout.addLayout(form)
        self.general = general_error(layout, "area_general_error")
        layout.addWidget(save_buttons(self, self.submit)[0])

    def submit(self) -> None:
        parent_id = self.parent_node.id if self.parent_node else None
        node = run_service(self, lambda: areas.create_area(
            self.actor, self.kind, self.name.text(), parent_id, self.code.text()), self.errors, self.general)
        if node is not None:
            self.created = node
            self.accept()


def add_label(kind: str) -> str:
    return QCoreApplication.translate("AreaTree", ADD_LABELS[kind])


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("AreaTree", KIND_LABELS.get(kind, kind))


class AreaTree(QTreeWidget):
    """Emits sig_area_changed(node or None) when the user picks an area (None = 全部)."""

    sig_area_changed = Signal(object)

    def __init__(self, actor: Actor, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.can_edit = actor, can_edit
        self.setObjectName("area_tree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.nodes: list[AreaNode] = []
        self.currentItemChanged.connect(self._current_changed)
        if can_edit:
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.customContextMenuRequested.connect(self._context_menu)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the tree again; keep (or move to) the selected area."""
        keep = select or (self.current_node().id if self.current_node() else None)
        nodes = run_service(self, lambda: areas.area_tree(self.actor.home))
        self.nodes = nodes or []
        self.blockSignals(True)
        self.clear()
        root = QTreeWidgetItem(self, [self.tr("全部")])
        root.setData(0, AREA_ROLE, None)
        target = root
        for node in self.nodes:
            target = self._add(root, node, keep) or target
        root.setExpanded(True)
        self.blockSignals(False)
        self.setCurrentItem(target)
        if target is not root:
            self.scrollToItem(target)
        self.sig_area_changed.emit(self.current_node())

    def _add(self, parent: QTreeWidgetItem, node: AreaNode, keep: uuid.UUID | None) -> QTreeWidgetItem | None:
        item = QTreeWidgetItem(parent, [node.name])
        item.setData(0, AREA_ROLE, node)
        item.setToolTip(0, f"{kind_label(node.kind)}{'  ' + node.code if node.code else ''}")
        found = item if node.id == keep else None
        for child in node.children:
            found = self._add(item, child, keep) or found
        if found is not None and found is not item:
            item.setExpanded(True)
        return found

    def current_node(self) -> AreaNode | None:
        item = self.currentItem()
        return item.data(0, AREA_ROLE) if item is not None else None

    def select_area(self, area_id: uuid.UUID | None) -> bool:
        for item in self._items():
            node = item.data(0, AREA_ROLE)
            if (node.id if node else None) == area_id:
                self.setCurrentItem(item)
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.topLevelItem(index) for index in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack.extend(item.child(index) for index in range(item.childCount()))
        return found

    def grids(self) -> list[tuple[AreaNode, tuple[str, ...]]]:
        return [(node, path) for node, path in flatten(self.nodes) if node.kind == "grid"]

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.sig_area_changed.emit(current.data(0, AREA_ROLE) if current is not None else None)

    def child_kind(self) -> str | None:
        node = self.current_node()
        return CHILD_KIND[node.kind if node else None]

    def add_child(self) -> AreaNode | None:
        """Ask for a new area under the selected one (a town under 全部, a grid under a village)."""
        kind = self.child_kind()
        if kind is None or not self.can_edit:
            return None
        dialog = AreaDialog(self.actor, kind, self.current_node(), self)
        if dialog.exec() and dialog.created is not None:
            self.reload(select=dialog.created.id)
            return dialog.created
        return None

    def _context_menu(self, position) -> None:  # noqa: ANN001 (QPoint)
        item = self.itemAt(position)
        if item is not None:
            self.setCurrentItem(item)
        kind = self.child_kind()
        if kind is None:
            return
        menu = QMenu(self)
        action = QAction(add_label(kind) + "…", menu)
        action.triggered.connect(self.add_child)
        menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(position))
