"""What every workflow step dialog shares: a form with inline errors, Enter saves, Esc cancels,
and the one way a step is sent to the core (with the case version the page last read).

A ConflictError (another PC changed the case since it was read) is told plainly, the case is
read again, and the dialog stays open with everything typed: the user checks and saves again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from station_app.core.actor import Actor
from station_app.core.errors import ConflictError
from station_app.mediation.views import CaseDetail
from ui.common.core_text import core_text
from ui.common.forms import FieldErrors, RowForm, run_service


class CaseHost(Protocol):
    """The case page as the dialogs see it."""

    actor: Actor
    detail: CaseDetail

    def set_detail(self, detail: CaseDetail) -> None: ...

    def reload(self) -> None: ...


def conflict_message(parent: QWidget, exc: ConflictError) -> None:
    title = QCoreApplication.translate("StepDialog", "案件已被他人修改")
    text = QCoreApplication.translate(
        "StepDialog", "这个案件刚被其他人修改过（可能在另一台电脑上），您的保存没有生效。\n"
        "已重新载入最新内容，您填写的内容仍在窗口中，请核对后再保存。")
    if exc.message:
        text += "\n\n" + core_text(exc.message)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
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


class StepDialog(RowForm):
    """Subclasses add rows to `self.form` and implement `call(case_id, version)`."""

    def __init__(self, host: CaseHost, title: str, parent: QWidget | None = None,
                 scroll: bool = False) -> None:
        super().__init__(f"{title} — {host.detail.row.case_number}" if title else "", parent, scroll=scroll)
        self.host = host
        self.actor = host.actor
        self.result_detail: CaseDetail | None = None
        self.setMinimumWidth(520)

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        raise NotImplementedError

    def submit(self) -> None:
        result = run_step(self, self.host, self.call, self.errors, self.general)
        if result is not None:
            self.result_detail = result
            self.accept()

