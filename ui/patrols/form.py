"""What the patrol dialogs share: a form with inline errors, Enter (Ctrl+Enter in a text box)
saves, Esc cancels; the 24-hour question asked once and the save repeated with confirm=True."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.errors import ConflictError
from station_app.patrols.inputs import LongPatrol
from ui.common.forms import FieldErrors, general_error, grow_form, run_service
from ui.common.keys import save_with_ctrl_enter

T = TypeVar("T")


class PatrolForm(QDialog):
    """Subclasses add rows with `add_row` and implement `save()` (called by Enter / 保存)."""

    def __init__(self, title: str, parent: QWidget | None = None, save_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self._first: QWidget | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = grow_form()
        self.layout_.addLayout(self.form)
        self.general = general_error(self.layout_, "general_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or self.tr("保存"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        save_with_ctrl_enter(self, self.save)
        self.setMinimumWidth(560)

    def add_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self.form, label, field, widget)
        if self._first is None:
            self._first = widget
        return widget

    def save(self) -> None:
        raise NotImplementedError

    def call(self, service: Callable[[bool], T]) -> T | None:
        """`service(confirm)` with messages inline; a patrol over 24 hours is asked about once."""
        answers: list[LongPatrol] = []
        conflicts: list[ConflictError] = []

        def attempt() -> T | None:
            try:
                return service(False)
            except LongPatrol as exc:
                answers.append(exc)
                return None
            except ConflictError as exc:
                conflicts.append(exc)
                return None

        result = run_service(self, attempt, self.errors, self.general)
        if conflicts:
            self.general.setText(conflicts[0].message)
            return None
        if answers and self.confirm_long(answers[0]):
            result = run_service(self, lambda: service(True), self.errors, self.general)
        return result

    def confirm_long(self, question: LongPatrol) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("巡逻超过 24 小时"), question.message,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("确认无误，保存"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("返回修改"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Save

    def showEvent(self, event) -> None:  # noqa: ANN001 (Qt signature)
        super().showEvent(event)
        if self._first is not None:
            self._first.setFocus(Qt.FocusReason.TabFocusReason)
