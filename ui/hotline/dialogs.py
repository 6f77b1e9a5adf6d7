"""The step dialogs of an order: 转派, 开始办理, 办理记录, 办结, 回访, 归档, 开立矛盾纠纷.

Each only gathers the fields; the core checks them and says what is wrong (inline, under the
field). Enter saves from a one-line field, Ctrl+Enter from a text box, Esc cancels. A conflict
with another PC is told plainly, the order read again, and the dialog keeps what was typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.core.errors import ConflictError
from station_app.hotline import limits, linking, steps
from station_app.hotline.views import OrderDetail
from station_app.hotline.vocab import OFFICES, SATISFACTION, UNSATISFIED
from station_app.mediation.vocab import CATEGORIES
from ui.common.fields import chosen_word, datetime_edit, picked_datetime, show_word, text_box
from ui.common.forms import ERROR_STYLE, FieldErrors, general_error, grow_form, run_service
from ui.common.keys import save_with_ctrl_enter
from ui.mediation.widgets import typeahead_combo


class OrderHost(Protocol):
    """The order pane as the dialogs see it."""

    actor: Actor
    detail: OrderDetail

    def set_detail(self, detail: OrderDetail) -> None: ...

    def reload(self) -> None: ...


class OrderStepDialog(QDialog):
    """Subclasses add rows with `add_row` and implement `call(order_id, version)`."""

    def __init__(self, host: OrderHost, title: str, parent: QWidget | None = None,
                 with_time: bool = True) -> None:
        super().__init__(parent)
        self.host, self.actor = host, host.actor
        self.result_detail: OrderDetail | None = None
        self._first: QWidget | None = None
        self.setWindowTitle(f"{title} — {host.detail.number}")
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        self.form = grow_form()
        layout.addLayout(self.form)
        self.general = general_error(layout, "general_error")
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save_with_ctrl_enter(self, self.submit)
        self.setMinimumWidth(520)
        self.with_time = with_time
        self.at = datetime_edit(local_now()) if with_time else None
        self._shown_at = picked_datetime(self.at) if self.at is not None else None

    def add_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self.form, label, field, widget)
        if self._first is None:
            self._first = widget
        return widget

    def add_time_row(self, label: str) -> None:
        """The time it happened (default now), last on the form: usually left as it is."""
        if self.at is not None:
            self.add_row(label, "at", self.at)

    def when(self):  # noqa: ANN201 (datetime | None)
        """The time typed, or None (the core takes now, to the second) when it was left as shown."""
        if self.at is None or picked_datetime(self.at) == self._shown_at:
            return None
        return picked_datetime(self.at)

    def call(self, order_id: uuid.UUID, version: int) -> OrderDetail:
        raise NotImplementedError

    def submit(self) -> None:
        detail = self.host.detail
        conflicts: list[ConflictError] = []

        def guarded() -> OrderDetail | None:
            try:
                return self.call(detail.id, detail.version)
            except ConflictError as exc:
                conflicts.append(exc)
                return None

        result = run_service(self, guarded, self.errors, self.general)
        if conflicts:
            QMessageBox.information(self, self.tr("工单已被他人修改"), conflicts[0].message + "\n" + self.tr(
                "已重新载入最新内容，您填写的内容仍在窗口中，请核对后再保存。"))
            self.host.reload()
            return
        if result is not None:
            self.result_detail = result
            self.host.set_detail(result)
            self.accept()

    def showEvent(self, event) -> None:  # noqa: ANN001 (Qt signature)
        super().showEvent(event)
        if self._first is not None:
            self._first.setFocus(Qt.FocusReason.TabFocusReason)


class DispatchDialog(OrderStepDialog):
    """转派: the office or department (a usual one, or typed), a note for them."""

    def __init__(self, host: OrderHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("转派工单"), parent)
        self.office = typeahead_combo(OFFICES, placeholder=self.tr("科室或部门，可输入拼音首字母"))
        self.office.setObjectName("dispatch_office")
        if host.detail.row.dispatched_to:
            show_word(self.office, host.detail.row.dispatched_to)
        self.add_row(self.tr("承办科室/部门*"), "office", self.office)
        self.note = self.add_row(self.tr("转派说明"), "note", QLineEdit())
        self.add_time_row(self.tr("转派时间"))
        self.errors.apply_limits(limits.DISPATCH)

    def call(self, order_id: uuid.UUID, version: int) -> OrderDetail:
        return steps.dispatch_order(self.actor, order_id, version, chosen_word(self.office),
                                    self.note.text(), self.when())


class TextStepDialog(OrderStepDialog):
    """开始办理 / 办理记录 / 办结: one text (required for a note and a result) and the time."""

    def __init__(self, host: OrderHost, step: str, parent: QWidget | None = None) -> None:
        titles = {"start": self.tr("开始办理"), "note": self.tr("办理记录"), "complete": self.tr("办结")}
        super().__init__(host, titles[step], parent)
        self.step = step
        labels = {"start": (self.tr("说明"), "note"), "note": (self.tr("办理情况*"), "text"),
                  "complete": (self.tr("办理结果*"), "result")}
        hints = {"start": self.tr("可不填"), "note": self.tr("如：已电话联系来电人，约定明天上门核实"),
                 "complete": self.tr("办了什么、结果如何、怎样答复来电人")}
        label, field = labels[step]
        self.text = self.add_row(label, field, text_box(96, hints[step]))
        self.text.setObjectName(f"{step}_text")
        step_limits = {"start": limits.START, "note": limits.NOTE, "complete": limits.COMPLETE}
        self.errors.apply_limits(step_limits[step])
        self.add_time_row(self.tr("时间"))
        self.save_button.setText(titles[step])

    def call(self, order_id: uuid.UUID, version: int) -> OrderDetail:
        text = self.text.toPlainText()
        calls: dict[str, Callable[[], OrderDetail]] = {
            "start": lambda: steps.start_handling(self.actor, order_id, version, text, self.when()),
            "note": lambda: steps.add_note(self.actor, order_id, version, text, self.when()),
            "complete": lambda: steps.complete_order(self.actor, order_id, version, text, self.when()),
        }
        return calls[self.step]()


class FeedbackDialog(OrderStepDialog):
    """回访: the number to call, the caller's satisfaction; 不满意 needs the reason and sends the
    order back to 办理中."""

    def __init__(self, host: OrderHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("回访"), parent)
        detail = host.detail
        caller = " ".join(part for part in (detail.row.caller_name, detail.caller_phone) if part)
        self.add_row(self.tr("来电人"), "caller", QLabel(caller or self.tr("（未登记）")))
        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("feedback_satisfaction")
        self.satisfaction.addItem(self.tr("（请选择）"), "")
        for value in SATISFACTION:
            self.satisfaction.addItem(value, value)
        self.add_row(self.tr("满意度*"), "satisfaction", self.satisfaction)
        self.note = self.add_row(self.tr("回访情况"), "note", text_box(72, self.tr("不满意时须写明原因")))
        self.note.setObjectName("feedback_note")
        self.errors.apply_limits(limits.FEEDBACK)
        self.warning = QLabel(self.tr("不满意：保存后工单退回“办理中”，重新办理后再回访。"))
        self.warning.setObjectName("feedback_return_hint")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.hide()
        self.form.addRow(self.warning)
        self.satisfaction.currentIndexChanged.connect(
            lambda: self.warning.setVisible(self.satisfaction.currentData() == UNSATISFIED))
        self.add_time_row(self.tr("回访时间"))

    def call(self, order_id: uuid.UUID, version: int) -> OrderDetail:
        return steps.record_feedback(self.actor, order_id, version, self.satisfaction.currentData() or "",
                                     self.note.toPlainText(), self.when())


class ArchiveDialog(OrderStepDialog):
    def __init__(self, host: OrderHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("归档工单"), parent)
        self.form.addRow(QLabel(self.tr("工单已回访（{s}），归档后不再办理。").replace(
            "{s}", host.detail.row.satisfaction)))
        self.add_time_row(self.tr("归档时间"))
        self.save_button.setText(self.tr("确认归档"))

    def call(self, order_id: uuid.UUID, version: int) -> OrderDetail:
        return steps.archive_order(self.actor, order_id, version, self.when())


class CaseDialog(OrderStepDialog):
    """开立矛盾纠纷: the dispute's category and parties (the caller by default, another party if known)."""

    def __init__(self, host: OrderHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("开立矛盾纠纷"), parent, with_time=False)
        self.category = typeahead_combo(CATEGORIES, editable=False)
        self.category.setObjectName("case_category")
        self.add_row(self.tr("纠纷类别*"), "category", self.category)
        self.first = self.add_row(self.tr("当事人（甲方）*"), "parties",
                                  QLineEdit(host.detail.row.caller_name))
        self.first.setObjectName("case_first_party")
        self.second = self.add_row(self.tr("对方当事人"), "second", QLineEdit())
        self.second.setPlaceholderText(self.tr("知道姓名时填写，可以以后在案件中补充"))
        self.form.addRow(QLabel(self.tr("案件来源记为“12345转办”，案件概要中写明工单编号。")))
        self.save_button.setText(self.tr("开立"))

    def call(self, order_id: uuid.UUID, version: int) -> OrderDetail:
        detail = self.host.detail
        first, second = self.first.text().strip(), self.second.text().strip()
        parties = None  # the caller, as the order has them (with the full phone)
        if first != detail.row.caller_name or second:
            same = first == detail.row.caller_name and "*" not in detail.caller_phone
            phone = detail.caller_phone if same else ""
            parties = [{"resident": {"name": first, "phone": phone}, "role_label": "甲方"}] if first else []
            if second:
                parties.append({"resident": {"name": second}, "role_label": "乙方"})
        return linking.open_dispute(self.actor, order_id, version, chosen_word(self.category), parties)


def step_dialog(host: OrderHost, step: str, parent: QWidget | None = None) -> OrderStepDialog:
    if step == "dispatch":
        return DispatchDialog(host, parent)
    if step in ("start", "note", "complete"):
        return TextStepDialog(host, step, parent)
    if step == "feedback":
        return FeedbackDialog(host, parent)
    if step == "archive":
        return ArchiveDialog(host, parent)
    return CaseDialog(host, parent)
