"""The dashboard's patrol panel: patrols started more than 12 hours ago and not ended (overdue).
Enter or a double click opens the patrol in 巡逻, where 结束巡逻 takes the real end time."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from station_app.core.actor import Actor
from station_app.core.clock import format_local
from station_app.core.urgency import OVERDUE
from station_app.patrols.attention import PatrolAttentionItem, attention_items
from ui.common.attention import AttentionList
from ui.common.forms import run_service
from ui.patrols.labels import vt


class PatrolAttentionPanel(AttentionList):
    sig_open_patrol = Signal(object)  # the patrol id

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("patrol_attention_list",
                         [self.tr("巡逻队"), self.tr("开始时间"), self.tr("已过小时"), self.tr("带队")],
                         self.tr("没有超过 12 小时仍未结束的巡逻。"), (200, 150), parent)
        self.actor = actor
        self.empty.setObjectName("patrol_attention_empty")
        self.setToolTip(self.tr("双击或按 Enter 打开这次巡逻，结束巡逻并填写实际结束时间"))
        self.sig_open.connect(lambda patrol_id: self.sig_open_patrol.emit(uuid.UUID(patrol_id)))
        self.items: list[PatrolAttentionItem] = []

    def refresh(self) -> None:
        self.items = run_service(self, lambda: attention_items(self.actor)) or []
        self.fill([((f"{item.team_name} · {vt(item.kind_label)}", format_local(item.started_at),
                     str(item.open_hours), item.leader_name), OVERDUE, str(item.patrol_id))
                   for item in self.items])
