"""The page of one restitution case: number and status, what happened and who did it, the money
in one line (lost, recovered, returned, promised, owed, available), the actions, and the tabs.

Keyboard: Alt+V 被害人, Alt+R 追回, Alt+T 返还, Alt+J 集中返赃, Alt+E 修改; F5 reads the case again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import format_local
from station_app.restitution import cases
from station_app.restitution.views import CaseDetail
from ui.common.core_text import core_text
from ui.common.forms import text_label
from ui.common.keys import add_shortcuts
from ui.common.record_view import RecordView, title_label
from ui.mediation.case_tabs import current_data
from ui.mediation.labels import badge
from ui.restitution import dialogs
from ui.restitution.case_tabs import RestitutionTabs
from ui.restitution.labels import STATUS_COLOURS, money, vt


class RestitutionCaseView(RecordView):
    def __init__(self, actor: Actor, parent: QWidget | None = None,
                 read_only_note: Callable[[object], str] = lambda _station: "") -> None:
        super().__init__(actor, parent, read_only_note)
        self.can_edit = permissions.allowed(actor.role, "restitution.edit")
        self.setObjectName("restitution_case_view")
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.empty = QLabel(self.tr("请在左侧选择返赃案件，或按 Ctrl+N 新建。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build())
        add_shortcuts(self, [("F5", self.reload)])

    def _build(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.number = title_label("case_number")
        self.status = QLabel()
        self.status.setObjectName("case_status")
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addStretch(1)
        layout.addLayout(top)
        self.info = text_label("case_info", selectable=True)
        layout.addWidget(self.info)
        layout.addWidget(self.read_only_banner)
        self.figures = text_label("case_figures")
        self.figures.setStyleSheet("background: #f1f5fb; border: 1px solid #c8d6ea; padding: 6px;")
        layout.addWidget(self.figures)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("victim", self.tr("登记被害人(&V)…"), self.add_victim),
                                ("recovery", self.tr("登记追回(&R)…"), self.add_recovery),
                                ("return", self.tr("登记返还(&T)…"), self.add_return),
                                ("event", self.tr("集中返赃(&J)…"), self.new_event),
                                ("edit", self.tr("修改案件(&E)…"), self.edit_case)):
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            button.setVisible(self.can_edit)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs = RestitutionTabs()
        layout.addWidget(self.tabs, 1)
        tabs = self.tabs
        tabs.edit_victim_button.clicked.connect(self.edit_victim)
        tabs.victims.itemActivated.connect(lambda *_: self.edit_victim())
        tabs.remove_recovery_button.clicked.connect(self.remove_recovery)
        tabs.print_event_button.clicked.connect(self.print_event)
        tabs.continue_event_button.clicked.connect(self.continue_event)
        tabs.cancel_event_button.clicked.connect(self.cancel_event)
        for button in (tabs.edit_victim_button, tabs.remove_recovery_button, tabs.continue_event_button,
                       tabs.cancel_event_button, tabs.print_event_button):
            button.setVisible(self.can_edit)
        return page

    # the CaseHost side: the dialogs read `detail` and hand back the fresh one
    def show_case(self, case_id: uuid.UUID | str | None, stations: Sequence[uuid.UUID] | None = None) -> bool:
        """Show a case of one of `stations` (the actor's own by default; kept for reloads)."""
        if case_id is None:
            if stations is not None:
                self.stations = list(stations)
            self.detail = None
            self.stack.setCurrentWidget(self.empty)
            return False
        detail = self.read(case_id, stations)
        if detail is None:
            return False
        self.detail = detail
        self._show()
        return True

    def fetch(self, case_id: uuid.UUID, stations: list[uuid.UUID]) -> CaseDetail:
        return cases.get_case(self.actor, case_id, stations)

    def _show(self) -> None:
        detail, row, totals = self.detail, self.detail.row, self.detail.totals
        self.stack.setCurrentIndex(1)
        self.mark_read_only()
        self.number.setText(row.case_number)
        self.status.setText(vt(row.status))
        self.status.setStyleSheet(badge(STATUS_COLOURS.get(row.status, "#5f6368")))
        lines = ["　".join((self.tr("类别：") + core_text(row.case_type),
                           self.tr("犯罪嫌疑人：") + ("、".join(detail.suspects) or "—"),
                           self.tr("登记：") + f"{format_local(row.registered_at)} {detail.registered_by}")),
                 self.tr("简要案情：") + row.summary]
        if detail.reference:
            lines[0] += "　" + self.tr("关联案件：") + detail.reference
        if detail.description:
            lines.append(detail.description)
        self.info.setText("\n".join(lines))
        parts = [(self.tr("被骗合计"), totals.lost), (self.tr("已追回"), totals.recovered),
                 (self.tr("已返还"), totals.returned), (self.tr("尚欠被害人"), totals.owed),
                 (self.tr("现可返还"), totals.available)]
        if totals.pending:
            parts.insert(3, (self.tr("待发还"), totals.pending))
        unit = self.tr("元")
        self.figures.setText("　".join(f"{label} <b>{money(fen)}</b> {unit}" for label, fen in parts))
        self.tabs.show_detail(detail)
        planned = any(event.state == "planned" for event in detail.events)
        reason = ""
        if totals.owed <= 0:
            reason = self.tr("被害人的损失已全部返还。") if detail.victims else self.tr("请先登记被害人。")
        elif totals.available <= 0:
            reason = self.tr("没有可返还的赃款：已追回的都已返还或已列入待发还的集中返赃，请先登记追回。")
        for key in ("return", "event"):
            self.buttons[key].setEnabled(not reason)
            self.buttons[key].setToolTip(reason)
        self.tabs.continue_event_button.setEnabled(planned)
        self.tabs.cancel_event_button.setEnabled(planned)
        self.tabs.print_event_button.setEnabled(bool(detail.events))
        self.tabs.edit_victim_button.setEnabled(bool(detail.victims))
        self.tabs.remove_recovery_button.setEnabled(bool(detail.recoveries))
        if self.read_only:  # another station's case: every change and the sheet to sign are off
            tabs = self.tabs
            for button in (*self.buttons.values(), tabs.edit_victim_button, tabs.remove_recovery_button,
                           tabs.continue_event_button, tabs.cancel_event_button, tabs.print_event_button):
                button.setEnabled(False)
                button.setToolTip(self.read_only)

    def focus_first(self) -> None:
        """Into the case from the list: the first action that can be taken, else the tabs."""
        usable = [button for button in self.buttons.values() if button.isVisible() and button.isEnabled()]
        target = usable[0] if usable else None
        (target or self.tabs).setFocus()

    # actions
    def add_victim(self) -> None:
        if self.detail is not None:
            dialogs.VictimDialog(self, parent=self).exec()

    def edit_victim(self) -> None:
        victim = current_data(self.tabs.victims) if self.detail is not None else None
        if victim is not None and self.can_edit and not self.read_only:
            dialogs.VictimDialog(self, victim, self).exec()

    def add_recovery(self) -> None:
        if self.detail is not None:
            dialogs.RecoveryDialog(self, self).exec()

    def remove_recovery(self) -> None:
        recovery = current_data(self.tabs.recoveries) if self.detail is not None else None
        if recovery is not None:
            unit = self.tr("元")
            summary = f"{recovery.recovered_on}  {money(recovery.amount)} {unit}  {recovery.source}"
            dialogs.RemoveRecoveryDialog(self, recovery.id, summary, self).exec()

    def add_return(self) -> None:
        if self.detail is not None and self.detail.victims:
            dialogs.ReturnDialog(self, self).exec()

    def edit_case(self) -> None:
        if self.detail is not None:
            dialogs.CaseDialog(self.actor, self, self).exec()

    def new_event(self):  # noqa: ANN201 (the dialog, for tests)
        from ui.restitution.event_dialog import EventDialog

        if self.detail is None or not self.buttons["event"].isEnabled():
            return None
        dialog = EventDialog(self, None, self)
        dialog.open()
        return dialog

    def _event_dialog(self, planned_only: bool):  # noqa: ANN202
        """A dialog on the 集中返赃 tab's current event (or the planned one when that is asked)."""
        from ui.restitution.event_dialog import EventDialog

        event = current_data(self.tabs.events) if self.detail is not None else None
        if planned_only and (event is None or event.state != "planned"):
            event = next((item for item in self.detail.events if item.state == "planned"), None)
        return EventDialog(self, event, self) if event is not None else None

    def print_event(self):  # noqa: ANN201
        """Print the current event's sheet; a planned event stays open for marking afterwards."""
        dialog = self._event_dialog(planned_only=False)
        if dialog is not None:
            dialog.print_receipt()
            if dialog.state == "planned":
                dialog.open()
            else:
                dialog.deleteLater()
        return dialog

    def continue_event(self):  # noqa: ANN201
        dialog = self._event_dialog(planned_only=True)
        if dialog is not None:
            dialog.open()
        return dialog

    def cancel_event(self) -> None:
        dialog = self._event_dialog(planned_only=True)
        if dialog is not None:
            dialog.cancel_event()
