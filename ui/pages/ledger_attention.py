"""工作台: hotline orders due or overdue and patrols left open — the ledgers' items that need
attention, ordered and coloured by urgency like the disputes above them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.core.urgency import OVERDUE
from ui.common.attention import AttentionList, urgency_label
from ui.common.forms import run_service


@dataclass(frozen=True)
class LedgerItem:
    page: str  # the main window's page key
    opener: str  # the page's method that shows the record
    record_id: object
    what: str
    number: str
    text: str
    urgency: int


def _hotline(actor: Actor) -> list[LedgerItem]:
    from station_app.hotline.attention import attention_items

    return [LedgerItem("hotline", "open_order", item.record_id, "12345工单", item.number, item.text,
                       item.urgency) for item in attention_items(actor)]


def _patrols(actor: Actor) -> list[LedgerItem]:
    from station_app.patrols.attention import attention_items

    return [LedgerItem("patrols", "open_patrol", item.patrol_id, "巡逻", item.team_name, item.text, OVERDUE)
            for item in attention_items(actor)]


PROVIDERS: tuple[Callable[[Actor], list[LedgerItem]], ...] = (_hotline, _patrols)


class LedgerAttentionPanel(QWidget):
    """Enter or a double click opens the record on its page."""

    sig_open = Signal(str, str, object)  # page key, opener method, record id

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.items: list[LedgerItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = AttentionList(
            "ledger_attention", [self.tr("台账"), self.tr("编号"), self.tr("情况"), self.tr("紧急程度")],
            self.tr("没有到期的工单或未结束的巡逻。来电工单在“12345工单”中登记或导入；"
                    "出发巡逻时在“巡逻”中按 Ctrl+N 开始。"), (90, 150, 520))
        self.view.sig_open.connect(self._activated)
        self.list = self.view.list
        layout.addWidget(self.view)

    def refresh(self) -> None:
        items: list[LedgerItem] = []
        for provider in PROVIDERS:
            items += run_service(self, lambda provider=provider: provider(self.actor)) or []
        self.items = sorted(items, key=lambda item: item.urgency)
        self.view.fill([((self.tr(item.what), item.number, item.text, urgency_label(item.urgency)),
                         item.urgency, index) for index, item in enumerate(self.items)])

    def _activated(self, index: int) -> None:
        if index is not None and 0 <= index < len(self.items):
            item = self.items[index]
            self.sig_open.emit(item.page, item.opener, item.record_id)
