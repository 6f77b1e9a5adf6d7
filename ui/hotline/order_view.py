"""The order pane: number, status and deadline at the top, the caller and the platform's fields,
the content, the 办理记录, and one button per step. A step the status forbids stays visible,
disabled, with the core's reason as its tooltip; so does one the account may not do.

Keyboard: each step has a shortcut (shown in its tooltip), F5 reads the order again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import format_local
from station_app.core.errors import NotFound, PermissionDenied, ValidationError
from station_app.core.masking import mask_phone
from station_app.hotline import orders, workflow
from station_app.hotline.views import OrderDetail
from ui.common.core_text import core_text
from ui.common.forms import push_button, text_label
from ui.common.keys import add_shortcuts
from ui.common.record_view import RecordView, title_label
from ui.common.reveal import ask_and_reveal
from ui.hotline.labels import OVERDUE_COLOUR, STATUS_COLOURS, STEP_KEYS, STEP_LABELS, step_label, vt
from ui.mediation.labels import badge


class OrderView(RecordView):
    sig_open_case = Signal(object)  # the dispute case id, for the main window to open

    def __init__(self, actor: Actor, parent: QWidget | None = None,
                 read_only_note: Callable[[object], str] = lambda _station: "") -> None:
        super().__init__(actor, parent, read_only_note)
        self.setObjectName("order_view")
        self._build()
        self.show_empty()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        top = QHBoxLayout()
        self.number = title_label("order_number", 17)
        self.status = QLabel()
        self.status.setObjectName("order_status")
        self.due = QLabel()
        self.due.setObjectName("order_due")
        for widget in (self.number, self.status, self.due):
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.read_only_banner)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        column = QVBoxLayout()
        body.addLayout(column, 1)
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (("received", self.tr("受理时间")), ("caller", self.tr("来电人")),
                           ("category", self.tr("诉求类别")), ("deadline", self.tr("办理期限")),
                           ("unit", self.tr("承办单位")), ("office", self.tr("转派至")),
                           ("satisfaction", self.tr("满意度")), ("case", self.tr("矛盾纠纷"))):
            value = QLabel()
            value.setObjectName(f"order_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "caller":  # masked, as everywhere; in full only through the audited reveal
                self.reveal_phone_button = push_button(
                    self.tr("显示完整电话"), "reveal_caller_phone", self.reveal_caller_phone,
                    tooltip=self.tr("查看来电人的完整电话（需说明原因，记入审计）"))
                self.reveal_phone_button.hide()
                self._revealed: tuple[uuid.UUID, str] | None = None  # (order, phone) asked for
                cell = QHBoxLayout()
                cell.addWidget(value, 1)
                cell.addWidget(self.reveal_phone_button, 0, Qt.AlignmentFlag.AlignTop)
                self.form.addRow(label, cell)
            else:
                self.form.addRow(label, value)
            self.fields[key] = value
        column.addLayout(self.form)
        self.content = text_label("order_content", selectable=True)
        self.content.setStyleSheet("background: #f6f8fa; border: 1px solid #dadce0; padding: 6px;")
        column.addWidget(self.content)
        self.result = text_label("order_result")
        column.addWidget(self.result)
        self.events = QTreeWidget()
        self.events.setObjectName("order_events")
        self.events.setHeaderLabels([self.tr("时间"), self.tr("经办人"), self.tr("事项"), self.tr("内容")])
        self.events.setRootIsDecorated(False)
        self.events.setAlternatingRowColors(True)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.events.header().setStretchLastSection(True)  # a long note is elided; its tooltip has it all
        self.events.setColumnWidth(0, 118)
        self.events.setColumnWidth(1, 76)
        self.events.setColumnWidth(2, 70)
        column.addWidget(self.events, 1)

        panel = QGroupBox(self.tr("办理"))
        panel.setObjectName("order_steps")
        buttons = QVBoxLayout(panel)
        self.step_buttons: dict[str, QPushButton] = {}
        for step in STEP_LABELS:
            button = QPushButton(step_label(step))
            button.setObjectName(f"step_{step}")
            button.clicked.connect(lambda _checked=False, name=step: self.do_step(name))
            buttons.addWidget(button)
            self.step_buttons[step] = button
        add_shortcuts(self, [(STEP_KEYS[step], lambda name=step: self.do_step(name)) for step in STEP_LABELS])
        self.case_button = QPushButton(self.tr("打开纠纷案件"))
        self.case_button.setObjectName("open_linked_case")
        self.case_button.clicked.connect(lambda: self.detail and self.sig_open_case.emit(self.detail.case_id))
        buttons.addWidget(self.case_button)
        buttons.addStretch(1)
        body.addWidget(panel)
        add_shortcuts(self, [("F5", self.reload)])

    def show_empty(self) -> None:
        self.detail = None
        self.read_only_banner.show_note("")
        self.number.setText(self.tr("请在左侧选择一张工单"))
        for widget in (self.status, self.due, self.content, self.result):
            widget.clear()
        self.status.setStyleSheet("")
        self.due.setStyleSheet("")
        self.content.hide()
        for value in self.fields.values():
            value.clear()
        self.events.clear()
        for button in self.step_buttons.values():
            button.setEnabled(False)
            button.setToolTip("")
        self.case_button.hide()
        self.reveal_phone_button.hide()

    def show_order(self, order_id: str | uuid.UUID, stations: Sequence[uuid.UUID] | None = None) -> bool:
        """Show an order of one of `stations` (the actor's own by default; kept for reloads)."""
        detail = self.read(order_id, stations)
        if detail is None:
            self.show_empty()
            return False
        self.set_detail(detail)
        return True

    def reveal_caller_phone(self) -> None:
        if self.detail is None:
            return
        order_id, stations = self.detail.id, self.stations

        def reveal(reason: str) -> str:
            return orders.reveal_caller_phone(self.actor, order_id, reason, stations)

        phone = ask_and_reveal(self, self.detail.row.caller_name or self.tr("来电人"), reveal)
        if phone is not None:
            self._revealed = (order_id, phone)
            self.set_detail(self.detail)

    def fetch(self, order_id: uuid.UUID, stations: list[uuid.UUID]) -> OrderDetail:
        return orders.get_order(self.actor, order_id, stations=stations)

    def reload(self) -> None:
        if self.detail is not None:
            self.show_order(self.detail.id)

    def set_detail(self, detail: OrderDetail) -> None:
        previous = self.detail
        changed = previous is not None and previous.id == detail.id and previous.version != detail.version
        self.detail = detail
        row = detail.row
        self.mark_read_only()
        self.number.setText(row.order_number)
        self.status.setText(vt(row.status_label))
        self.status.setStyleSheet(badge(STATUS_COLOURS.get(row.status, "#5f6368")))
        if row.overdue:
            self.due.setText(self.tr("已逾期"))
            self.due.setStyleSheet(badge(OVERDUE_COLOUR))
        elif detail.working_days_left is not None:
            self.due.setText(self.tr("剩余 {n} 个工作日").replace("{n}", str(detail.working_days_left)))
            self.due.setStyleSheet("color: #5f6368;")
        else:
            self.due.clear()
        rule = f"（{row.deadline_rule}）" if row.deadline_rule else ""
        returned = self.tr("，退回重办 {n} 次").replace("{n}", str(detail.returned_count)) \
            if detail.returned_count else ""
        imported = "  " + self.tr("平台导入") if row.source == "import" else ""
        revealed = self._revealed[1] if self._revealed and self._revealed[0] == detail.id else None
        phone = revealed if revealed is not None else mask_phone(detail.caller_phone)
        self.reveal_phone_button.setVisible(bool(detail.caller_phone) and revealed is None
                                            and permissions.allowed(self.actor.role, "personal.view_full"))
        caller = " ".join(part for part in (row.caller_name, phone) if part)
        sent = f"（{format_local(detail.dispatched_at)}）" if detail.dispatched_at else ""
        values = {
            "received": format_local(row.received_at) + imported, "caller": caller or self.tr("匿名"),
            "category": core_text(row.category), "deadline": core_text(row.deadline.isoformat() + rule),
            "unit": detail.platform_unit, "office": core_text(row.dispatched_to + sent),
            "satisfaction": (core_text(row.satisfaction) + returned) if row.satisfaction else "",
            "case": row.case_number,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        late = f"color: {OVERDUE_COLOUR}; font-weight: bold;"
        self.fields["deadline"].setStyleSheet(late if row.overdue else "")
        self.content.setText(row.content)
        self.content.show()
        self.result.setText(self.tr("办理结果：") + detail.result if detail.result else "")
        self.events.clear()
        for event in detail.events:
            texts = [format_local(event.at), event.by, vt(event.kind_label), core_text(event.text)]
            item = QTreeWidgetItem(self.events, texts)
            item.setToolTip(3, texts[3])
        self.events.resizeColumnToContents(2)  # the step's name whole, in any language
        for step, button in self.step_buttons.items():
            reason = core_text(self.refusal(step))
            button.setEnabled(not reason)
            button.setToolTip(reason or STEP_KEYS[step])
        self.case_button.setVisible(detail.case_id is not None)
        if changed:
            self.sig_changed.emit(detail)

    def refusal(self, step: str) -> str:
        """Why `step` cannot be done on this order by this account now; '' when it can."""
        detail = self.detail
        if detail is None:
            return self.tr("未选择工单")
        if self.read_only:
            return self.read_only
        try:
            permissions.require(self.actor, "hotline.edit")
            if step == "open_case":
                permissions.require(self.actor, "disputes.register")
                if detail.case_id is not None:
                    return self.tr("已开立矛盾纠纷案件 {n}").replace("{n}", detail.row.case_number)
            if step not in detail.allowed_steps:
                workflow.require_step(step, detail.status)
        except (PermissionDenied, ValidationError) as exc:
            return exc.message
        return ""

    def do_step(self, step: str) -> bool:
        """Open the step's dialog; True when it saved."""
        if self.detail is None or not self.step_buttons[step].isEnabled():
            return False
        from ui.hotline.dialogs import step_dialog

        dialog = step_dialog(self, step, self)
        try:
            saved = bool(dialog.exec())
        except NotFound:
            saved = False
        return saved
