"""预警通报: send one to a department, and record who there acknowledged it."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLineEdit, QWidget

from station_app.core.clock import local_now
from station_app.mediation import limits, steps
from station_app.mediation.views import CaseDetail, WarningView
from ui.common.fields import chosen_word, datetime_edit, picked_datetime, text_box
from ui.mediation.step_dialog import CaseHost, StepDialog
from ui.mediation.widgets import editable_choices

# Usual recipients (DOMAIN.md); the officer may type any other.
RECIPIENTS = ("司法所", "妇联", "嘎查委员会", "村委会", "民政办", "乡镇政府", "综治中心", "人民调解委员会")


class WarningDialog(StepDialog):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("预警通报"), parent)
        self.recipient = editable_choices(list(RECIPIENTS),
                                         placeholder=self.tr("如：司法所、妇联、嘎查委员会"))
        self.add_row(self.tr("通报对象*"), "recipient", self.recipient)
        self.content = self.add_row(self.tr("通报内容*"), "content", text_box(120))
        self.content.setPlainText(self._suggested_content())
        self.sent_at = self.add_row(self.tr("通报时间"), "sent_at", datetime_edit(local_now()))
        self.errors.apply_limits(limits.WARNING)

    def _suggested_content(self) -> str:
        """The case in one paragraph, so the officer edits instead of retyping it."""
        row = self.host.detail.row
        level = self.tr("，风险等级：{level}").replace("{level}", row.risk_level) if row.risk_level else ""
        return f"{row.case_number}（{row.category}）{row.parties}：{row.summary}{level}。"

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.send_warning(self.actor, case_id, version, chosen_word(self.recipient),
                                  self.content.toPlainText(), picked_datetime(self.sent_at))


class AcknowledgeDialog(StepDialog):
    def __init__(self, host: CaseHost, warning: WarningView, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("预警通报签收"), parent)
        self.warning = warning
        self.who = self.add_row(self.tr("签收人*"), "acknowledged_by", QLineEdit())
        self.who.setPlaceholderText(self.tr("{recipient}的签收人姓名")
                                    .replace("{recipient}", warning.recipient))
        self.at = self.add_row(self.tr("签收时间"), "acknowledged_at", datetime_edit(local_now()))
        self.errors.apply_limits(limits.WARNING)

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.acknowledge_warning(self.actor, case_id, version, self.warning.id, self.who.text(),
                                         picked_datetime(self.at))
