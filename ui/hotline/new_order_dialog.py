"""登记工单: an order typed in from the platform. The deadline is a date or N working days; the
due date those days give (with the holiday calendar) is shown as the number changes.
A deadline already past is refused by the core: historical orders come in by import."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.clock import local_now, local_today
from station_app.hotline import calendar, limits, orders
from station_app.hotline.views import OrderDetail
from station_app.hotline.vocab import CATEGORIES, DEFAULT_WORKING_DAYS, MAX_WORKING_DAYS
from ui.common.fields import (
    chosen_word,
    date_edit,
    datetime_edit,
    line_edit,
    picked_date,
    picked_datetime,
    text_box,
)
from ui.common.forms import FieldErrors, general_error, grow_form, row_widget, run_service
from ui.common.keys import save_with_ctrl_enter
from ui.mediation.widgets import typeahead_combo


class NewOrderDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.created: OrderDetail | None = None
        self.setWindowTitle(self.tr("登记12345工单"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = grow_form()
        layout.addLayout(form)
        self.number = line_edit("new_order_number", self.tr("平台上的工单编号"))
        self.errors.add_row(form, self.tr("工单编号*"), "order_number", self.number)
        self.received = datetime_edit(local_now())
        self.errors.add_row(form, self.tr("受理时间*"), "received_at", self.received)
        self.caller = line_edit("new_order_caller", self.tr("如：白先生；匿名来电可不填"))
        self.errors.add_row(form, self.tr("来电人"), "caller_name", self.caller)
        self.phone = QLineEdit()
        self.phone.setObjectName("new_order_phone")
        self.errors.add_row(form, self.tr("联系电话"), "caller_phone", self.phone)
        self.category = typeahead_combo(CATEGORIES, placeholder=self.tr("可输入拼音首字母"))
        self.errors.add_row(form, self.tr("诉求类别"), "category", self.category)
        self.content = text_box(96, self.tr("来电人反映的问题和诉求"))
        self.content.setObjectName("new_order_content")
        self.errors.add_row(form, self.tr("诉求内容*"), "content", self.content)
        self.errors.add_row(form, self.tr("办理期限*"), "deadline", self._deadline_row())
        self.errors.apply_limits(limits.ORDER)
        self.errors.apply_limits(limits.FORMATTED)
        self.preview = QLabel()
        self.preview.setObjectName("new_order_due")
        form.addRow("", self.preview)
        self.general = general_error(layout, "general_error")
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        self.save_button = buttons.button(standard.Save)
        self.save_button.setText(self.tr("登记"))
        self.save_button.setDefault(True)
        buttons.button(standard.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save_with_ctrl_enter(self, self.submit)
        self.update_preview()

    def _deadline_row(self) -> QWidget:
        row, line = row_widget()
        self.mode = QComboBox()
        self.mode.setObjectName("deadline_mode")
        self.mode.addItem(self.tr("工作日数"), "days")
        self.mode.addItem(self.tr("截止日期"), "date")
        self.days = QSpinBox()
        self.days.setObjectName("deadline_days")
        self.days.setRange(1, MAX_WORKING_DAYS)
        self.days.setValue(DEFAULT_WORKING_DAYS)
        self.days.setSuffix(self.tr(" 个工作日"))
        self.due = date_edit(local_today())
        self.due.setObjectName("deadline_date")
        for widget in (self.mode, self.days, self.due):
            line.addWidget(widget)
        line.addStretch(1)
        self.mode.currentIndexChanged.connect(self.update_preview)
        self.days.valueChanged.connect(self.update_preview)
        self.received.dateTimeChanged.connect(self.update_preview)
        return row

    def update_preview(self) -> None:
        by_days = self.mode.currentData() == "days"
        self.days.setVisible(by_days)
        self.due.setVisible(not by_days)
        if not by_days:
            self.preview.clear()
            return
        start = picked_datetime(self.received).date()
        result = run_service(self, lambda: calendar.preview_deadline(self.actor, start, self.days.value()))
        if result is None:
            return
        weekday = QLocale().dayName(result.due.isoweekday(), QLocale.FormatType.ShortFormat)  # 周一 / Mon
        text = self.tr("截止 {date}（{w}）").replace("{date}", result.due.isoformat()).replace("{w}", weekday)
        if result.uncovered:
            text += self.tr("；{years} 年的节假日未录入，只按周末计算").replace(
                "{years}", "、".join(str(year) for year in result.uncovered))
        self.preview.setText(text)

    def details(self) -> dict[str, object]:
        values: dict[str, object] = {
            "order_number": self.number.text(), "received_at": picked_datetime(self.received),
            "caller_name": self.caller.text(), "caller_phone": self.phone.text(),
            "category": chosen_word(self.category), "content": self.content.toPlainText(),
        }
        if self.mode.currentData() == "days":
            values["working_days"] = self.days.value()
        else:
            values["deadline"] = picked_date(self.due)
        return values

    def submit(self) -> None:
        created = run_service(self, lambda: orders.create_order(self.actor, self.details()), self.errors,
                              self.general)
        if created is not None:
            self.created = created
            self.accept()

    def showEvent(self, event) -> None:  # noqa: ANN001 (Qt signature)
        super().showEvent(event)
        self.number.setFocus(Qt.FocusReason.TabFocusReason)

