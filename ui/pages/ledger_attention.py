"""工作台: overdue hotline orders and patrols left open — the ledgers' items that need attention."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from ui.common.forms import run_service

OVERDUE = QColor("#b00020")


@dataclass(frozen=True)
class LedgerItem:
    page: str  # the main window's page key
    opener: str  # the page's method that shows the record
    record_id: object
    what: str
    number: str
    text: str
    overdue: bool


def _hotline(actor: Actor) -> list[LedgerItem]:
    from station_app.hotline.attention import attention_items

    return [
        LedgerItem("hotline", "open_order", item.record_id, "12345工单", item.number, item.text, item.overdue)
        for item in attention_items(actor)
    ]


def _patrols(actor: Actor) -> list[LedgerItem]:
    from station_app.patrols.attention import attention_items

    return [
        LedgerItem("patrols", "open_patrol", item.patrol_id, "巡逻", item.team_name, item.text, True)
        for item in attention_items(actor)
    ]


PROVIDERS: tuple[Callable[[Actor], list[LedgerItem]], ...] = (_hotline, _patrols)


class LedgerAttentionPanel(QWidget):
    """Red rows are overdue; Enter or a double click opens the record on its page."""

    sig_open = Signal(str, str, object)  # page key, opener method, record id

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.items: list[LedgerItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("台账"), self.tr("编号"), self.tr("情况")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list)

    def refresh(self) -> None:
        items: list[LedgerItem] = []
        for provider in PROVIDERS:
            items += run_service(self, lambda provider=provider: provider(self.actor)) or []
        self.items = sorted(items, key=lambda item: not item.overdue)
        self.list.clear()
        for item in self.items:
            row = QTreeWidgetItem([self.tr(item.what), item.number, item.text])
            if item.overdue:
                for column in range(3):
                    row.setForeground(column, QBrush(OVERDUE))
            self.list.addTopLevelItem(row)
        if not self.items:
            self.list.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("没有逾期的工单或未结束的巡逻。")]))
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)

    def _activated(self, row: QTreeWidgetItem) -> None:
        index = self.list.indexOfTopLevelItem(row)
        if 0 <= index < len(self.items):
            item = self.items[index]
            self.sig_open.emit(item.page, item.opener, item.record_id)
