"""The steps a case page offers, why one is not offered, and the dialog each step opens.

A step the case's state forbids is shown disabled with the core's own reason as its tooltip
(workflow.require_step), and so is one the account may not do (permissions.require): the page
never guesses a rule of its own. If the case moved on elsewhere meanwhile, the service refuses
and the dialog shows that reason instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from station_app.accounts import permissions
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.mediation import workflow
from station_app.mediation.vocab import HIGH_LEVELS
from ui.mediation.step_dialog import CaseHost

# The permission each step's service checks (steps.py).
STEP_PERMISSIONS = {
    "assess": "disputes.edit", "warn": "disputes.warn", "plan": "disputes.edit", "session": "disputes.edit",
    "fail": "disputes.edit", "draft_agreement": "disputes.edit", "sign": "disputes.edit",
    "follow_up": "disputes.edit", "close": "disputes.close", "withdraw": "disputes.close",
    "not_mediable": "disputes.close", "reopen": "disputes.close",
}


def refusal(host: CaseHost, step: str) -> str:
    """Why `step` cannot be done on this case by this account now; '' when it can."""
    if getattr(host, "read_only", ""):
        return host.read_only  # another station's case: looked at, never worked on here
    try:
        permissions.require(host.actor, STEP_PERMISSIONS[step])
        if step not in host.detail.allowed_steps:
            workflow.require_step(step, host.detail.state)
    except (PermissionDenied, ValidationError) as exc:
        return exc.message
    return ""


def open_step(parent: QWidget, host: CaseHost, step: str) -> bool:
    """The dialog of `step`; True when it saved."""
    dialog = _dialog(parent, host, step)
    if not dialog.exec():
        return False
    if step == "assess" and host.detail.row.risk_level in HIGH_LEVELS:
        offer_warning(parent, host)
    return True


def _dialog(parent: QWidget, host: CaseHost, step: str):  # noqa: ANN202 (a StepDialog)
    if step == "assess":
        from ui.mediation.risk_dialog import RiskDialog

        return RiskDialog(host, parent)
    if step == "warn":
        from ui.mediation.warning_dialogs import WarningDialog

        return WarningDialog(host, parent)
    if step == "session":
        from ui.mediation.session_dialog import SessionDialog

        return SessionDialog(host, parent)
    if step == "draft_agreement":
        from ui.mediation.agreement_editor import AgreementEditor

        return AgreementEditor(host, parent)
    if step == "sign":
        from ui.mediation.sign_dialog import SignDialog

        return SignDialog(host, parent)
    from ui.mediation.simple_dialogs import FailureDialog, FollowUpDialog, PlanDialog, ReasonDialog

    if step == "plan":
        return PlanDialog(host, parent)
    if step == "fail":
        return FailureDialog(host, parent)
    if step == "follow_up":
        return FollowUpDialog(host, parent)
    return ReasonDialog(host, step, parent)


class WarningPrompt(QMessageBox):
    """高/重大: send an early warning now? (DOMAIN.md: a high level prompts a warning.)"""

    def __init__(self, level: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("warning_prompt")
        self.setWindowTitle(self.tr("发出预警通报"))
        self.setText(self.tr("风险等级为“{level}”。按规定应及时向有关部门发出预警通报。\n现在就发出吗？")
                     .replace("{level}", level))
        self.send = self.addButton(self.tr("立即发出"), QMessageBox.ButtonRole.AcceptRole)
        later = self.addButton(self.tr("稍后"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.send)
        self.setEscapeButton(later)


def offer_warning(parent: QWidget, host: CaseHost) -> bool:
    """Ask, and open the warning dialog when the answer is yes and the account may send one."""
    if refusal(host, "warn"):
        return False
    prompt = WarningPrompt(host.detail.row.risk_level, parent)
    prompt.exec()
    if prompt.clickedButton() is not prompt.send:
        return False
    return open_step(parent, host, "warn")
