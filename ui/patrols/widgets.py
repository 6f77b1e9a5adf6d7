"""Input pieces of the patrol forms: the team's members to tick, the places patrolled, the
temperature, the weather words.

Keyboard: in the member filter type a name, its pinyin or initials and press Enter to tick the
first match (the filter clears for the next name); ↓ goes to the list, Space ticks. In the place
box Enter adds the place; Delete in the list removes one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.patrols.views import MemberView
from station_app.patrols.vocab import TEMPERATURE_RANGE, WEATHER
from station_app.residents.pinyin import name_search_keys
from ui.common.core_text import core_text
from ui.mediation.widgets import AreaCombo

MEMBER_ROLE = Qt.ItemDataRole.UserRole
KEYS_ROLE = Qt.ItemDataRole.UserRole + 1
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PatrolMemberChecklist(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("member_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("输入姓名、拼音或首字母，Enter 勾选"))
        self.all_button = QPushButton(self.tr("全选"))
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.toggle_all)
        row.addWidget(self.filter, 1)
        row.addWidget(self.all_button)
        column.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("member_list")
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(220)
        self.list.setToolTip(self.tr("空格键勾选或取消"))
        column.addWidget(self.list)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemChanged.connect(lambda _item: self.sig_changed.emit())

    def set_members(self, members: Iterable[MemberView], checked: Iterable[uuid.UUID] = ()) -> None:
        ticked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for member in members:
            mark = self.tr("（队长）") if member.is_leader else ""
            item = QListWidgetItem(f"{member.name}{mark}    {core_text(member.detail)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if member.id in ticked else Qt.CheckState.Unchecked)
            item.setData(MEMBER_ROLE, member)
            item.setData(KEYS_ROLE, f"{member.name}{name_search_keys(member.name)}".lower())
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.sig_changed.emit()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(number) for number in range(self.list.count())]

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.data(KEYS_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            visible = [item for item in self._items() if not item.isHidden()]
            if event.key() in ENTER and self.filter.text().strip():
                if visible:
                    visible[0].setCheckState(Qt.CheckState.Checked)
                self.filter.clear()
                return True  # a name typed: Enter ticks, it does not save the form
            if event.key() == Qt.Key.Key_Down and visible:
                self.list.setCurrentItem(visible[0])
                self.list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def toggle_all(self) -> None:
        items = self._items()
        state = Qt.CheckState.Unchecked if all(
            item.checkState() == Qt.CheckState.Checked for item in items) else Qt.CheckState.Checked
        for item in items:
            item.setCheckState(state)

    def checked(self) -> list[MemberView]:
        ticked = Qt.CheckState.Checked
        return [item.data(MEMBER_ROLE) for item in self._items() if item.checkState() == ticked]

    def check(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for item in self._items():
            if item.data(MEMBER_ROLE).name in wanted:
                item.setCheckState(Qt.CheckState.Checked)


class PatrolAreaPicker(QWidget):
    """Towns, villages and grids patrolled: pick in the box (pinyin works), Enter adds."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.combo = AreaCombo(actor)
        self.combo.setObjectName("area_combo")
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("area_list")
        self.list.setFixedHeight(self.fontMetrics().height() * 3 + 10)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.list.setToolTip(self.tr("Delete 键移除选中的区域"))
        column.addWidget(self.list)
        self.setFocusProxy(self.combo)
        self.combo.lineEdit().installEventFilter(self)
        self.list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.combo.lineEdit() and event.key() in ENTER and self.combo.currentText().strip():
                popup = self.combo.completer().popup()
                if popup.isVisible() and popup.currentIndex().isValid():
                    self.combo.setCurrentText(popup.currentIndex().data())
                    popup.hide()
                self.add_current()
                return True
            if watched is self.list and event.key() == Qt.Key.Key_Delete:
                self.list.takeItem(self.list.currentRow())
                return True
        return super().eventFilter(watched, event)

    def add_current(self) -> bool:
        area_id = self.combo.area_id()
        if area_id is None:
            return False
        self.add(area_id, self.combo.currentText().strip())
        self.combo.setCurrentText("")
        return True

    def add(self, area_id: uuid.UUID, path: str) -> None:
        if area_id in self.area_ids():
            return
        item = QListWidgetItem(path)
        item.setData(MEMBER_ROLE, area_id)
        self.list.addItem(item)

    def area_ids(self) -> list[uuid.UUID]:
        return [self.list.item(number).data(MEMBER_ROLE) for number in range(self.list.count())]

    def pending_text(self) -> str:
        """A place typed but not added (and not in the tree): goes into the route."""
        return self.combo.free_text()


class TemperatureSpin(QSpinBox):
    """Degrees Celsius; the lowest value reads 未填 and means "not recorded"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low, high = TEMPERATURE_RANGE
        self.setRange(low - 1, high)
        self.setSuffix(" ℃")
        self.setSpecialValueText(self.tr("未填"))
        self.setValue(low - 1)

    def degrees(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_degrees(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


def weather_edit() -> QLineEdit:
    """Words like 雪、大风; the usual ones complete as typed."""
    edit = QLineEdit()
    edit.setObjectName("weather")
    completer = QCompleter(list(WEATHER), edit)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    edit.setCompleter(completer)
    return edit
