"""The case page: who, what, where and the state at the top, the parties, the tabs (timeline
first), and on the right one button per workflow step. Buttons follow the case's allowed steps;
one that is not allowed stays visible, disabled, with the reason as its tooltip.

Keyboard: Tab reaches every button, F5 reads the case again, Esc goes back to the list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import format_local, local_today
from station_app.core.errors import ValidationError
from station_app.core.masking import mask_phone
from station_app.mediation import cases, reading, steps
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import OPEN_STATES, REPORTER_KINDS
from ui.common.core_text import core_text
from ui.common.errors import show_error
from ui.common.forms import push_button, text_label
from ui.common.keys import add_shortcuts
from ui.common.record_view import RecordView, title_label
from ui.common.reveal import ask_and_reveal
from ui.mediation import actions, attachments, printing
from ui.mediation.case_tabs import CaseTabs, current_data
from ui.mediation.labels import RISK_COLOURS, STATE_COLOUR, STEP_LABELS, badge, step_label, vt
from ui.mediation.step_dialog import run_step

PARTY_COLUMNS = 9


def place_text(detail: CaseDetail) -> str:
    """The grid (its whole path) and the exact spot, as far as the case names them."""
    spot = detail.row.place if detail.row.place != detail.place_area.split(" / ")[-1] else ""
    return " · ".join(part for part in (detail.place_area, spot) if part)


class CaseView(RecordView):
    sig_back = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None,
                 read_only_note: Callable[[object], str] = lambda _station: "") -> None:
        super().__init__(actor, parent, read_only_note)
        self.setObjectName("case_view")
        self._build()
        add_shortcuts(self, [("F5", self.reload), ("Esc", self.sig_back.emit)])

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.back_button = push_button(self.tr("← 返回列表"), "", self.sig_back.emit, tooltip="Esc")
        self.number = title_label("case_number")
        self.state = QLabel()
        self.state.setObjectName("case_state")
        self.risk = QLabel()
        self.risk.setObjectName("case_risk")
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip("F5")
        refresh.clicked.connect(self.reload)
        for widget in (self.back_button, self.number, self.state, self.risk):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(refresh)
        layout.addLayout(top)
        self.info = text_label("case_info", selectable=True)
        self.reveal_phone_button = push_button(self.tr("显示完整电话"), "reveal_reporter_phone",
                                               self.reveal_reporter_phone,
                                               tooltip=self.tr("查看反映人的完整电话（需说明原因，记入审计）"))
        self.reveal_phone_button.hide()
        self._revealed: tuple[uuid.UUID, str] | None = None  # (case, phone) shown in full on request
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addWidget(self.reveal_phone_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(info_row)
        layout.addWidget(self.read_only_banner)

        body = QHBoxLayout()
        layout.addLayout(body, 1)
        column = QVBoxLayout()
        body.addLayout(column, 1)
        self.parties = QTableWidget(0, PARTY_COLUMNS)
        self.parties.setObjectName("case_parties")
        self.parties.setHorizontalHeaderLabels([
            self.tr("称谓"), self.tr("姓名"), self.tr("性别"), self.tr("民族"), self.tr("年龄"),
            self.tr("身份证号"), self.tr("联系电话"), self.tr("职业"), self.tr("监护人/代理人")])
        self.parties.verticalHeader().hide()
        self.parties.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.parties.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parties.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.parties.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.parties)
        self.tabs = CaseTabs()
        column.addWidget(self.tabs, 1)
        self.tabs.connect({
            "print_warning": self.print_warning, "acknowledge_warning": self.acknowledge_warning,
            "complete_plan": self.complete_plan, "print_session": self.print_session,
            "edit_agreement": lambda: self.do_step("draft_agreement"),
            "print_agreement": self.print_agreement,
            "add_attachment": self.add_attachments, "open_attachment": self.open_attachment,
            "save_attachment": self.save_attachment,
        })

        panel = QGroupBox(self.tr("办理"))
        panel.setObjectName("step_panel")
        panel_column = QVBoxLayout(panel)
        self.step_buttons: dict[str, QPushButton] = {}
        for step in STEP_LABELS:
            button = QPushButton(step_label(step))
            button.setObjectName(f"step_{step}")
            button.clicked.connect(lambda _checked=False, step=step: self.do_step(step))
            panel_column.addWidget(button)
            self.step_buttons[step] = button
            if step in ("plan", "fail", "follow_up"):
                panel_column.addSpacing(8)  # groups: assess/warn/plan, mediate, agree, end
        panel_column.addSpacing(8)
        self.attach_button = push_button(self.tr("添加附件…"), "panel_attach", self.add_attachments)
        panel_column.addWidget(self.attach_button)
        panel_column.addStretch(1)
        panel.setFixedWidth(150)
        body.addWidget(panel)

    # the CaseHost side: the dialogs read `detail` and hand back the fresh one
    def show_case(self, case_id: uuid.UUID | str, stations: Sequence[uuid.UUID] = ()) -> bool:
        """Show a case of one of `stations` (the actor's own by default)."""
        detail = self.read(case_id, stations)
        if detail is None:
            return False
        self.set_detail(detail)
        first = next((button for button in self.step_buttons.values() if button.isEnabled()), None)
        (first or self.back_button).setFocus()
        return True

    def fetch(self, case_id: uuid.UUID, stations: list[uuid.UUID]) -> CaseDetail:
        return cases.get_case(self.actor, case_id, stations=stations)

    def _show(self) -> None:
        detail, row = self.detail, self.detail.row
        self.mark_read_only()
        self.number.setText(row.case_number)
        self.state.setText(vt(row.state_label))
        self.state.setStyleSheet(badge(STATE_COLOUR))
        self.risk.setText(self.tr("风险：{level}").replace("{level}", core_text(row.risk_level)))
        self.risk.setStyleSheet(badge(RISK_COLOURS.get(row.risk_level, "#5f6368")) if row.risk_level else "")
        # The risk of an ended case is history, not a warning: the badge shows while the case is open.
        self.risk.setVisible(bool(row.risk_level) and row.state in OPEN_STATES)
        # Masked for everyone, as the parties' numbers are; in full only through 显示完整电话 (audited).
        revealed = self._revealed[1] if self._revealed and self._revealed[0] == detail.id else None
        phone = revealed if revealed is not None else mask_phone(detail.reporter_phone)
        self.reveal_phone_button.setVisible(bool(detail.reporter_phone) and revealed is None
                                            and permissions.allowed(self.actor.role, "personal.view_full"))
        reporter = " ".join(part for part in (vt(REPORTER_KINDS.get(detail.reporter_kind, "")),
                                              detail.reporter_name, phone) if part)
        lines = [
            "　".join((self.tr("类别：") + core_text(row.category), self.tr("来源：") + core_text(row.source),
                      self.tr("反映时间：") + format_local(row.reported_at),
                      self.tr("地点：") + (place_text(detail) or "—"))),
            "　".join((self.tr("反映人：") + (reporter or "—"), self.tr("登记人：") + detail.registered_by)),
            self.tr("概要：") + row.summary,
        ]
        self.info.setText("\n".join(lines))
        self._show_parties(detail)
        self.tabs.show_detail(detail)
        self._update_buttons()

    def reveal_reporter_phone(self) -> None:
        case_id = self.detail.id
        phone = ask_and_reveal(self, self.detail.reporter_name or self.tr("反映人"),
                               lambda reason: reading.reveal_reporter_phone(self.actor, case_id, reason))
        if phone is not None:
            self._revealed = (case_id, phone)
            self._show()

    def _show_parties(self, detail: CaseDetail) -> None:
        self.parties.setRowCount(0)
        today = local_today()
        for party in detail.parties:
            person = party.resident
            age = party.age_on(today)
            helpers = []
            if party.guardian:
                helpers.append(self.tr("监护人 ") + party.guardian)
            if party.representative:
                helpers.append(self.tr("代理人 ") + party.representative)
            helper = "、".join(helpers)
            row = self.parties.rowCount()
            self.parties.insertRow(row)
            for column, text in enumerate((core_text(party.role_label), person.name, core_text(person.gender),
                                           core_text(person.ethnicity),
                                           "" if age is None else str(age), person.id_masked,
                                           person.phone_masked, party.occupation, helper)):
                self.parties.setItem(row, column, QTableWidgetItem(text))
        rows = min(max(self.parties.rowCount(), 1), 4)
        row_height = self.parties.verticalHeader().defaultSectionSize()
        self.parties.setFixedHeight(self.parties.horizontalHeader().height() + rows * row_height + 4)

    def _update_buttons(self) -> None:
        for step, button in self.step_buttons.items():
            reason = core_text(actions.refusal(self, step))
            button.setEnabled(not reason)
            button.setToolTip(reason)
        detail, tabs = self.detail, self.tabs
        can_edit = permissions.allowed(self.actor.role, "disputes.edit") and not self.read_only
        for button in (self.attach_button, tabs.add_attachment_button):
            button.setEnabled(can_edit)
        open_warnings = [item for item in detail.warnings if item.acknowledged_at is None]
        warn_reason = actions.refusal(self, "warn")
        tabs.acknowledge_button.setEnabled(bool(open_warnings) and not warn_reason)
        tabs.acknowledge_button.setToolTip(core_text(warn_reason))
        tabs.print_warning_button.setEnabled(bool(detail.warnings) and not self.read_only)
        plan_reason = actions.refusal(self, "plan")
        tabs.complete_plan_button.setEnabled(any(item.done_at is None for item in detail.plans)
                                             and not plan_reason)
        tabs.complete_plan_button.setToolTip(core_text(plan_reason))
        tabs.print_session_button.setEnabled(bool(detail.sessions) and not self.read_only)
        draft_reason = actions.refusal(self, "draft_agreement")
        tabs.edit_agreement_button.setEnabled(not draft_reason)
        tabs.edit_agreement_button.setToolTip(core_text(draft_reason))
        # printing records the document to sign: it needs disputes.edit, as the service does
        tabs.print_agreement_button.setEnabled(detail.agreement is not None and can_edit)
        for button in (tabs.open_attachment_button, tabs.save_attachment_button):
            button.setEnabled(bool(detail.attachments))

    # steps
    def do_step(self, step: str) -> None:
        if self.detail is not None:
            actions.open_step(self, self, step)

    def acknowledge_warning(self) -> None:
        from ui.mediation.warning_dialogs import AcknowledgeDialog

        warning = current_data(self.tabs.warnings)
        if warning is not None and warning.acknowledged_at is None:
            AcknowledgeDialog(self, warning, self).exec()

    def complete_plan(self) -> None:
        plan = current_data(self.tabs.plans)
        if plan is None or plan.done_at is not None:
            plan = next((item for item in self.detail.plans if item.done_at is None), None)
        if plan is not None:
            run_step(self, self, lambda case_id, version: steps.complete_plan(self.actor, case_id, version,
                                                                              plan.id))

    # documents
    def print_warning(self) -> None:
        warning = current_data(self.tabs.warnings)
        if warning is not None:
            printing.print_warning(self, self, warning.id)

    def print_session(self) -> None:
        session = current_data(self.tabs.sessions)
        if session is not None:
            printing.print_session(self, self, session.id)

    def print_agreement(self) -> None:
        printing.print_agreement(self, self, refused=self._agreement_refused)

    def _agreement_refused(self, exc: ValidationError) -> None:
        """Printing refused: open the editor with the gaps marked, when it may still be edited."""
        if actions.refusal(self, "draft_agreement"):
            show_error(self, exc)
            return
        from ui.mediation.agreement_editor import AgreementEditor

        editor = AgreementEditor(self, self)
        editor.show_refusal(exc)
        editor.exec()

    # attachments
    def add_attachments(self) -> None:
        attachments.attach_paths(self, self, attachments.pick_files(self))

    def open_attachment(self) -> None:
        view = current_data(self.tabs.attachments)
        if view is not None:
            attachments.open_attachment(self, view)

    def save_attachment(self) -> None:
        view = current_data(self.tabs.attachments)
        if view is not None:
            attachments.save_attachment_as(self, view)

