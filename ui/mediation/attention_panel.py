"""The dashboard's dispute panel: open 高/重大 cases, overdue 一事一策 measures, follow-ups due —
ordered and coloured by urgency. Enter or a double click opens the case in 矛盾纠纷."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from station_app.core.actor import Actor
from ui.common.attention import AttentionList, urgency_label
from ui.common.forms import run_service
from ui.common.noop import QT_TRANSLATE_NOOP

KIND_LABELS = {
    "high_risk": QT_TRANSLATE_NOOP("AttentionPanel", "高风险"),
    "plan_overdue": QT_TRANSLATE_NOOP("AttentionPanel", "措施逾期"),
    "follow_up_due": QT_TRANSLATE_NOOP("AttentionPanel", "回访"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("AttentionPanel", KIND_LABELS.get(kind, kind))


class AttentionPanel(AttentionList):
    sig_open_case = Signal(object)  # the case id

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            "attention_list", [self.tr("案件编号"), self.tr("类型"), self.tr("事项"), self.tr("期限"),
                               self.tr("紧急程度")],
            self.tr("没有需要处理的矛盾纠纷事项。接到新的纠纷时，在左侧“矛盾纠纷”中按 Ctrl+N 登记。"),
            (200, 80, 380, 90), parent)
        self.actor = actor
        self.setToolTip(self.tr("双击或按 Enter 打开案件"))
        self.sig_open.connect(lambda case_id: self.sig_open_case.emit(uuid.UUID(case_id)))
        self.items: list = []  # AttentionItem

    def refresh(self) -> None:
        # Imported here: the dashboard paints first, the mediation tables are read just after.
        from station_app.mediation.attention import attention_items

        self.items = run_service(self, lambda: attention_items(self.actor)) or []
        self.fill([((item.case_number, kind_label(item.kind), item.text,
                     item.due.isoformat() if item.due else "", urgency_label(item.urgency)),
                    item.urgency, str(item.case_id)) for item in self.items])
        if self.items:
            self.list.resizeColumnToContents(0)  # case numbers in full: they are how cases are named
