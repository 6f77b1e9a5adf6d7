"""What every workflow step dialog shares: a form with inline errors, Enter saves, Esc cancels,
and the one way a step is sent to the core (with the case version the page last read).

A ConflictError (another PC changed the case since it was read) is told plainly, the case is
read again, and the dialog stays open with everything typed: the user checks and saves again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.errors import ConflictError
from station_app.mediation.views import CaseDetail
from ui.common.forms import ERROR_STYLE, FieldErrors, run_service


class CaseHost(Protocol):
    """The case page as the dialogs see it."""

    actor: Actor
    detail: CaseDetail

    def set_detail(self, detail: CaseDetail) -> None: ...

    def reload(self) -> None: ...


def conflict_message(parent: QWidget, exc: ConflictError) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("案件已被他人修改"),
                      parent.tr("这个案件刚被其他人修改过（可能在另一台电脑上），您的保存没有生效。\n"
                                "已重新载入最新内容，您填写的内容仍在窗口中，请核对后再保存。")
                      + ("\n\n" + exc.message if exc.message else ""), QMessageBox.StandardButton.Ok, parent)
    box.exec()


def run_step(parent: QWidget, host: CaseHost, call: Callable[[uuid.UUID, int], CaseDetail],
             errors: FieldErrors | None = None, general: QLabel | None = None) -> CaseDetail | None:
    """`call(case_id, version)` through run_service; on success the page shows the fresh case."""
    detail = host.detail
    conflicts: list[ConflictError] = []

    def guarded() -> CaseDetail | None:
        try:
            return call(detail.id, detail.version)
        except ConflictError as exc:
            conflicts.append(exc)
            return None

    result = run_service(parent, guarded, errors, general)
    if conflicts:
        conflict_message(parent, conflicts[0])
        host.reload()
        return None
    if result is not None:
        host.set_detail(result)
    return result


class TextBox(QPlainTextEdit):
    """Multi-line text where Tab moves on (officers fill forms with Tab, not the mouse) and
    Ctrl+Enter presses the dialog's default button, since Enter itself starts a new line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            default = next((button for button in self.window().findChildren(QPushButton)
                            if button.isDefault() and button.isVisible() and button.isEnabled()), None)
            if default is not None:
                default.click()
                return
        super().keyPressEvent(event)


def text_box(height: int = 72, placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field of fixed height (see TextBox)."""
    box = TextBox()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    # Fixed, not Expanding: a form must not hand its spare height to a box that cannot use it
    # (the field would float in a tall empty row).
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setPlaceholderText(placeholder)
    return box


class StepDialog(QDialog):
    """Subclasses add rows to `self.form` and implement `call(case_id, version)`."""

    def __init__(self, host: CaseHost, title: str, parent: QWidget | None = None,
                 scroll: bool = False) -> None:
        super().__init__(parent)
        self.host = host
        self.actor = host.actor
        self.result_detail: CaseDetail | None = None
        self._first: QWidget | None = None
        self.setWindowTitle(f"{title} — {host.detail.row.case_number}" if title else "")
        self.errors = FieldErrors()
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if scroll:  # a long form scrolls; the buttons stay in view
            body = QWidget()
            body.setLayout(self.form)
            area = QScrollArea()
            area.setObjectName("form_scroll")
            area.setWidgetResizable(True)
            area.setWidget(body)
            self.layout_.addWidget(area, 1)
        else:
            self.layout_.addLayout(self.form)
        self.general = QLabel()
        self.general.setObjectName("general_error")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.layout_.addWidget(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self.form, label, field, widget)
        if self._first is None:
            self._first = widget
        return widget

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        raise NotImplementedError

    def submit(self) -> None:
        result = run_step(self, self.host, self.call, self.errors, self.general)
        if result is not None:
            self.result_detail = result
            self.accept()

    def showEvent(self, event) -> None:  # noqa: ANN001 (Qt signature)
        super().showEvent(event)
        first = self.focusable_first()
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def focusable_first(self) -> QWidget | None:
        """The field the cursor starts in (the first row's)."""
        return self._first


class _LeaveOnTab:
    """Tab leaves the field instead of walking its year, month, day, hour, minute sections: the
    usual value (now, today) is kept with one keystroke. ← → still move between sections."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        return QWidget.focusNextPrevChild(self, next)


class DateEdit(_LeaveOnTab, QDateEdit):
    pass


class DateTimeEdit(_LeaveOnTab, QDateTimeEdit):
    pass


def date_edit(day: date) -> QDateEdit:
    edit = DateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def datetime_edit(moment: datetime) -> QDateTimeEdit:
    """Local time as the station reads it (naive Asia/Shanghai), to the minute."""
    edit = DateTimeEdit(QDateTime(QDate(moment.year, moment.month, moment.day),
                                   QTime(moment.hour, moment.minute)))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def picked_datetime(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def picked_date(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())
