"""What the patrol dialogs share: a form with inline errors, Enter (Ctrl+Enter in a text box)
saves, Esc cancels; a question about an unusual patrol (over 24 hours, a fast average speed) asked
once and the save repeated with confirm=True."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from station_app.core.errors import ConflictError
from station_app.patrols.inputs import FastPatrol, PatrolQuestion
from ui.common.forms import RowForm, run_service

T = TypeVar("T")


class PatrolForm(RowForm):
    """Subclasses add rows with `add_row` and implement `submit()` (called by Enter / 保存)."""

    def __init__(self, title: str, parent: QWidget | None = None, save_text: str = "") -> None:
        super().__init__(title, parent, save_text)
        self.setMinimumWidth(560)

    def call(self, service: Callable[[bool], T]) -> T | None:
        """`service(confirm)` with messages inline; an unusual patrol is asked about once."""
        answers: list[PatrolQuestion] = []
        conflicts: list[ConflictError] = []

        def attempt() -> T | None:
            try:
                return service(False)
            except PatrolQuestion as exc:
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

    def confirm_long(self, question: PatrolQuestion) -> bool:
        fast = isinstance(question, FastPatrol)
        title = self.tr("里程与时长对不上") if fast else self.tr("巡逻超过 24 小时")
        box = QMessageBox(QMessageBox.Icon.Question, title, question.message,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("确认无误，保存"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("返回修改"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Save

