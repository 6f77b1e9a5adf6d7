"""The short step dialogs: 一事一策, 调解不成, 回访, and the endings with a reason (结案, 撤回,
不予调解, 重新启动). Each only gathers the fields; the core checks them and says what is wrong."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QWidget

from station_app.core.clock import local_now, local_today
from station_app.mediation import limits, steps
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import FOLLOW_UP_OUTCOMES, OUTCOME_REFERRALS, RISK_LEVELS, SATISFACTION
from ui.common.fields import choice_combo, date_edit, datetime_edit, picked_date, picked_datetime, text_box
from ui.mediation.labels import vt
from ui.mediation.step_dialog import CaseHost, StepDialog


class PlanDialog(StepDialog):
    """一事一策: what will be done, who answers for it, by when (the dashboard warns when late)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("一事一策"), parent)
        self.measures = self.add_row(self.tr("工作措施*"), "measures", text_box(
            96, self.tr("如：联系嘎查调解委员会，组织双方到场调解；稳控情绪，防止矛盾激化")))
        self.responsible = self.add_row(self.tr("责任人*"), "responsible", QLineEdit(self.actor.full_name))
        soon = local_today() + timedelta(days=3)  # police mediation: within 3 working days
        self.deadline = self.add_row(self.tr("完成期限*"), "deadline", date_edit(soon))
        self.errors.apply_limits(limits.PLAN)

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.save_plan(self.actor, case_id, version, self.measures.toPlainText(),
                               self.responsible.text(), picked_date(self.deadline))


class FailureDialog(StepDialog):
    """调解不成: why, and where the parties are directed instead."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("调解不成"), parent)
        self.referral = QComboBox()
        self.referral.addItems(list(OUTCOME_REFERRALS))
        self.add_row(self.tr("去向*"), "referral", self.referral)
        self.reason = self.add_row(self.tr("原因*"), "reason", text_box(
            96, self.tr("如：双方对赔偿数额分歧较大，经两次调解未能达成一致")))
        self.errors.apply_limits(limits.REASON)

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.record_failure(self.actor, case_id, version, self.referral.currentText(),
                                    self.reason.toPlainText())


class FollowUpDialog(StepDialog):
    """回访: performed or not, satisfaction, any lawsuit, remaining risk, measures, visitor."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("回访"), parent)
        due = [item for item in host.detail.follow_ups if item.done_at is None]
        if due:
            note = QLabel(self.tr("本次回访：原定 {date}").replace("{date}", due[0].due_on.isoformat()))
            self.layout_.insertWidget(0, note)
        self.visited_at = self.add_row(self.tr("回访时间*"), "visited_at", datetime_edit(local_now()))
        self.visited_at.setToolTip(self.tr("回访实际进行的时间（可补录以前的回访）"))
        outcomes = ((vt(value), value) for value in FOLLOW_UP_OUTCOMES)
        self.outcome = choice_combo(self.tr("（请选择）"), outcomes)
        self.outcome.setObjectName("follow_up_outcome")
        self.add_row(self.tr("协议履行*"), "outcome", self.outcome)
        self.satisfaction = choice_combo(self.tr("（请选择）"), ((value, value) for value in SATISFACTION))
        self.add_row(self.tr("满意度*"), "satisfaction", self.satisfaction)
        self.lawsuit = QCheckBox(self.tr("当事人已起诉或准备起诉"))
        self.add_row(self.tr("诉讼"), "lawsuit", self.lawsuit)
        self.remaining = choice_combo(self.tr("（不变）"), ((value, value) for value in RISK_LEVELS))
        self.add_row(self.tr("剩余风险"), "remaining_risk", self.remaining)
        self.measures = self.add_row(self.tr("后续措施"), "measures", text_box(64))
        self.visitor = self.add_row(self.tr("回访人"), "visitor", QLineEdit(self.actor.full_name))
        self.errors.apply_limits(limits.FOLLOW_UP)

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.record_follow_up(self.actor, case_id, version, {
            "visited_at": picked_datetime(self.visited_at),
            "outcome": self.outcome.currentData(),
            "satisfaction": self.satisfaction.currentData(),
            "lawsuit": self.lawsuit.isChecked(),
            "remaining_risk": self.remaining.currentData(),
            "measures": self.measures.toPlainText(),
            "visitor": self.visitor.text(),
        })


class ReasonDialog(StepDialog):
    """结案 / 撤回 / 不予调解 / 重新启动 with the reason the core asks for."""

    def __init__(self, host: CaseHost, step: str, parent: QWidget | None = None) -> None:
        super().__init__(host, "", parent)
        titles = {"close": self.tr("结案"), "withdraw": self.tr("撤回"),
                  "not_mediable": self.tr("不予调解"), "reopen": self.tr("重新启动")}
        hints = {
            "close": self.tr("协议已履行可不填；未确认履行的须写明原因"),
            "withdraw": self.tr("如：当事人自行和解，申请撤回"),
            "not_mediable": self.tr("如：涉嫌雇凶伤害、结伙斗殴、寻衅滋事或多次违法，不适用治安调解"),
            "reopen": self.tr("如：当事人反悔，协议未履行，要求重新调解"),
        }
        self.setWindowTitle(titles[step] + " — " + host.detail.row.case_number)
        self.save_button.setText(titles[step])
        self.step = step
        label = self.tr("原因") if step == "close" else self.tr("原因*")
        self.reason = self.add_row(label, "reason", text_box(96, hints[step]))
        self.errors.apply_limits(limits.REASON)

    def submit(self) -> None:
        if self.step == "close" and not self.confirm_close():
            return
        super().submit()

    def confirm_close(self) -> bool:
        """结案 ends the work on the case: ask first, naming the follow-ups it calls off."""
        pending = [item.due_on.isoformat() for item in self.host.detail.follow_ups if item.done_at is None]
        text = self.tr("结案后案件不再出现在待办中，只能“重新启动”才能继续办理。")
        if pending:
            cancelled = self.tr("尚未进行的回访（原定 {dates}）将一并取消。")
            text += "\n" + cancelled.replace("{dates}", "、".join(pending))
        text += "\n\n" + self.tr("确认结案吗？")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("确认结案"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirm_close")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("结案"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("暂不结案"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        reason = self.reason.toPlainText()
        if self.step == "close":
            return steps.close_case(self.actor, case_id, version, reason)
        end = {"withdraw": steps.withdraw_case, "not_mediable": steps.mark_not_mediable,
               "reopen": steps.reopen_case}[self.step]
        return end(self.actor, case_id, version, reason)
