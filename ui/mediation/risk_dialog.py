"""风险评估: the factor checklist with the level it gives, shown while the boxes are ticked.

The level comes from the core's vocab.risk_level (the same rule the service stores), so what the
officer sees before saving is what the case will carry. A reassessment starts from the last one.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station_app.mediation import limits, steps
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import HIGH_LEVELS, RISK_FACTORS, risk_level
from ui.common.fields import text_box
from ui.common.forms import text_label
from ui.mediation.labels import RISK_COLOURS, badge, vt
from ui.mediation.step_dialog import CaseHost, StepDialog


class RiskDialog(StepDialog):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("风险评估"), parent)
        previous = host.detail.assessments[-1].factors if host.detail.assessments else []
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for name, (label, weight) in RISK_FACTORS.items():
            check = QCheckBox(f"{vt(label)}（{weight}）")
            check.setObjectName(f"factor_{name}")
            check.setChecked(name in previous)
            check.toggled.connect(self._update_level)
            column.addWidget(check)
            self.checks[name] = check
        self.add_row(self.tr("风险因素"), "factors", box)
        level_row = QWidget()
        row = QHBoxLayout(level_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.level = QLabel()
        self.level.setObjectName("risk_level")
        self.level_note = text_label("risk_level_note")
        row.addWidget(self.level)
        row.addWidget(self.level_note, 1)
        self.form.addRow(self.tr("风险等级"), level_row)
        self.note = self.add_row(self.tr("说明"), "note", text_box(
            64, self.tr("如：乙方酒后扬言报复，双方宗族人数较多")))
        self.errors.apply_limits(limits.RISK)
        if host.detail.assessments:
            last = host.detail.assessments[-1]
            hint = QLabel(self.tr("上次评估：{level}（{who}）").replace("{level}", last.level)
                          .replace("{who}", last.assessed_by))
            hint.setStyleSheet("color: #5f6368;")
            self.layout_.insertWidget(0, hint)
        self._update_level()

    def factors(self) -> list[str]:
        return [name for name, check in self.checks.items() if check.isChecked()]

    def current_level(self) -> str:
        return risk_level(self.factors())

    def _update_level(self) -> None:
        level = self.current_level()
        self.level.setText(level)
        self.level.setStyleSheet(badge(RISK_COLOURS.get(level, "#5f6368")))
        self.level_note.setText(self.tr("保存后将提示发出预警通报。") if level in HIGH_LEVELS else "")

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.assess_risk(self.actor, case_id, version, self.factors(), self.note.toPlainText())
