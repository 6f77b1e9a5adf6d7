"""集中返赃: pick the victims and amounts, print ONE receipt sheet, let them sign, mark returned.

1. A new event lists every victim still owed with the core's suggested amount; untick or change
   any. 预览/打印签收单 saves the event (the core refuses an amount above a victim's balance or
   above what the case still has, with the figures: the row turns red and the reason is shown),
   then builds the sheet and shows it in the preview, from where it is printed.
2. After signing, untick whoever did not come, then 标记已返还: the signed lines become returns
   with the receipt signed; the others go back to the balance. A planned event opened again from
   the case page starts at step 2.

Keyboard: Tab through the fields and the table, Ctrl+P prints, Ctrl+Enter marks returned, Esc closes.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.restitution import events, limits
from station_app.restitution.views import CaseDetail, EventView
from ui.common.fields import date_edit, line_edit, picked_date
from ui.common.forms import FieldErrors, general_error, run_service, text_label
from ui.common.keys import save_with_ctrl_enter
from ui.common.pdf_preview import PdfPreviewDialog
from ui.mediation.step_dialog import CaseHost, run_step
from ui.restitution.event_table import EventTable
from ui.restitution.labels import money


class EventDialog(QDialog):
    def __init__(self, host: CaseHost, event: EventView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.actor = host, host.actor
        self.event_id: uuid.UUID | None = event.id if event else None
        self.state = event.state if event else "new"
        self.printed = bool(event and event.verification_code)
        self.preview: PdfPreviewDialog | None = None  # the last preview shown (tests look at it)
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("集中返赃 — {number}").replace("{number}", host.detail.row.case_number))
        self.errors = FieldErrors()
        self._build()
        if event is None:
            self.load_suggestions()
        else:
            self._show_event(event)
        self._update()
        self.resize(900, 560)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.held_on = date_edit(local_today())
        self.place = line_edit("event_place", self.tr("如：派出所一楼会议室"))
        self.handed_over_by = QLineEdit(self.actor.full_name)
        for label, field, widget in ((self.tr("返还日期*"), "held_on", self.held_on),
                                     (self.tr("返还地点*"), "place", self.place),
                                     (self.tr("发还人*"), "handed_over_by", self.handed_over_by)):
            self.errors.add_row(form, label, field, widget)
        self.errors.apply_limits(limits.EVENT)
        self.allocation = QComboBox()
        self.allocation.setObjectName("allocation")
        self.allocation.addItem(self.tr("按损失比例分配"), "proportional")
        self.allocation.addItem(self.tr("按余额依次足额"), "balance")
        self.allocation.setToolTip(self.tr(
            "按比例：可返还的钱按各人尚欠金额的比例分，算到分，舍去的零头按尾数大小每人补 1 分，"
            "合计正好等于可返还金额。按余额：按登记顺序逐人返还全部尚欠，钱不够时后面的人少分或不分。"))
        self.allocation.currentIndexChanged.connect(self.load_suggestions)
        self.errors.add_row(form, self.tr("分配方式"), "allocation", self.allocation)
        self.hint = text_label("event_hint")
        layout.addWidget(self.hint)
        self.table = EventTable()
        self.table.sig_total_changed.connect(self._update)
        layout.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("event_totals")
        layout.addWidget(self.totals)
        self.general = general_error(layout, "general_error")
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("预览/打印签收单(&P)"))
        self.print_button.setObjectName("print_receipt")
        self.print_button.setToolTip("Ctrl+P")
        self.mark_button = QPushButton(self.tr("标记已返还(&M)"))
        self.mark_button.setObjectName("mark_returned")
        self.mark_button.setToolTip("Ctrl+Enter")
        self.cancel_button = QPushButton(self.tr("取消这次返还…"))
        self.cancel_button.setObjectName("cancel_event")
        close = QPushButton(self.tr("关闭"))
        for button in (self.print_button, self.mark_button, self.cancel_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_receipt)
        self.mark_button.clicked.connect(self.mark_returned)
        self.cancel_button.clicked.connect(self.cancel_event)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_receipt)
        save_with_ctrl_enter(self, self.mark_returned)
        self.print_button.setDefault(True)

    def load_suggestions(self) -> None:
        """The core's suggested amounts for the chosen way of sharing the money out."""
        allocation, case_id = self.allocation.currentData(), self.host.detail.id
        lines = run_service(self, lambda: events.event_lines(self.actor, case_id, allocation)) or []
        self.table.load_lines(lines)

    def _show_event(self, event: EventView) -> None:
        self.allocation.setEnabled(False)
        self.held_on.setDate(QDate(event.held_on.year, event.held_on.month, event.held_on.day))
        self.place.setText(event.place)
        self.handed_over_by.setText(event.handed_over_by)
        for widget in (self.held_on, self.place, self.handed_over_by):
            widget.setEnabled(False)
        figures = {v.id: (v.lost, v.returned, v.balance) for v in self.host.detail.victims}
        self.table.load_event(event, figures)
        self.state = event.state
        self.table.setEnabled(event.state == "planned")
        again = self.tr("重新打印签收单(&P)")
        self.print_button.setText(again if self.printed else self.tr("预览/打印签收单(&P)"))

    def _update(self) -> None:
        detail: CaseDetail = self.host.detail
        total = self.table.total()
        count = len(self.table.ticked_rows())
        bad = self.table.unreadable_row()
        shown = money(total) if total is not None else self.tr("（金额有误：第 {row} 行 {name}）").replace(
            "{row}", str(bad[0] + 1) if bad else "?").replace("{name}", bad[1] if bad else "")
        if self.event_id is None:
            self.hint.setText(self.tr("勾选本次返还的被害人，金额默认为其尚欠金额（不超过本案现可返还的金额），可修改。"))
            self.totals.setText(self.tr("本次 {n} 人，合计 {total} 元；本案现可返还 {available} 元")
                                .replace("{n}", str(count)).replace("{total}", shown)
                                .replace("{available}", money(detail.totals.available)))
        elif self.state != "planned":
            done = self.tr("这次集中返赃已标记返还，可重新打印签收单存档。")
            self.hint.setText(done if self.state == "done" else self.tr("这次集中返赃已取消。"))
            self.totals.setText(self.tr("{n} 人，合计 {total} 元").replace("{n}", str(count))
                                .replace("{total}", shown))
        else:
            self.hint.setText(self.tr("被害人在签收单上签名并按手印后，取消勾选未到场的人，再点“标记已返还”。"))
            self.totals.setText(self.tr("已签收 {n} 人，合计 {total} 元").replace("{n}", str(count))
                                .replace("{total}", shown))
        self.mark_button.setEnabled(self.state == "planned" and self.printed)
        self.cancel_button.setEnabled(self.state == "planned")

    # step 1: save the event and print its sheet
    def _plan(self) -> bool:
        details = {"held_on": picked_date(self.held_on), "place": self.place.text(),
                   "handed_over_by": self.handed_over_by.text()}
        lines = self.table.chosen()
        planned: list[uuid.UUID] = []

        refused: list[ValidationError] = []

        def call(case_id: uuid.UUID, version: int) -> CaseDetail:
            try:
                detail, event_id = events.plan_event(self.actor, case_id, version, details, lines)
            except ValidationError as exc:
                self.table.mark_errors(exc.errors)
                refused.append(exc)
                raise
            planned.append(event_id)
            return detail

        if run_step(self, self.host, call, self.errors, self.general) is None:
            if refused:  # one reason a line: a victim's and the case's figures are read apart
                form_fields = ("held_on", "place", "handed_over_by")
                self.general.setText("\n".join(message for field, message in refused[0].errors.items()
                                                if field not in form_fields))
            return False
        self.table.mark_errors({})
        self.event_id = planned[0]
        self._show_event(self.host.detail.event(self.event_id))
        return True

    def print_receipt(self) -> PdfPreviewDialog | None:
        if self.event_id is None and not self._plan():
            return None
        from station_app.restitution.receipt import event_receipt_pdf  # reportlab on first print

        case_id, event_id = self.host.detail.id, self.event_id
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            built = run_service(self, lambda: event_receipt_pdf(self.actor, case_id, event_id), None,
                                self.general)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if built is None:
            return None
        self.host.reload()
        self.printed = True
        self._show_event(self.host.detail.event(event_id))
        self._update()
        number = self.host.detail.row.case_number
        self.preview = PdfPreviewDialog(built.pdf, self.tr("返还赃款签收单"), f"{number}-返还赃款签收单.pdf",
                                        self)
        self.preview.exec()
        self.mark_button.setFocus()
        return self.preview

    # step 2: mark the signed lines returned
    def mark_returned(self) -> bool:
        if not self.mark_button.isEnabled():
            return False
        signed, total = self.table.signed_ids(), self.table.total() or 0
        question = self.tr("确认 {n} 位被害人已在签收单上签名并按手印，共领取 {total} 元？").replace(
            "{n}", str(len(signed))).replace("{total}", money(total))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("标记已返还"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        event_id = self.event_id
        done = run_step(self, self.host, lambda case_id, version: events.complete_event(
            self.actor, case_id, version, event_id, signed), None, self.general)
        if done is None:
            return False
        self.accept()
        return True

    def cancel_event(self) -> bool:
        if self.event_id is None:
            return False
        reason, ok = QInputDialog.getText(self, self.tr("取消这次返还"),
                                          self.tr("取消原因（列入的金额将退回可返还余额）："))
        if not ok:
            return False
        event_id = self.event_id
        done = run_step(self, self.host, lambda case_id, version: events.cancel_event(
            self.actor, case_id, version, event_id, reason), None, self.general)
        if done is None:
            return False
        self.accept()
        return True
