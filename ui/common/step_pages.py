"""Pieces the step-by-step import dialogs share (12345 orders, residents): the page that picks the
file and the 上一步 / 下一步 / 取消 row under the pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from ui.common import file_dialogs
from ui.common.errors import show_error
from ui.common.fields import file_field
from ui.common.forms import general_error, text_label


def file_page(intro: str, choose: Callable[[], object]) -> tuple[QWidget, QLineEdit]:
    """The first page: what the file should hold, then its path with 选择文件…: (page, path field)."""
    page = QWidget()
    column = QVBoxLayout(page)
    label = text_label("file_intro")
    label.setText(intro)
    column.addWidget(label)
    row, path = file_field("import_path", _tr("文件路径"), _tr("选择文件…"), choose)
    column.addWidget(row)
    column.addStretch(1)
    return page, path


def step_column(layout: QVBoxLayout, pages: list[QWidget], back: Callable[[], object],
                go_on: Callable[[], object], close: Callable[[], object]
                ) -> tuple[QStackedWidget, QLabel, tuple[QPushButton, QPushButton, QPushButton]]:
    """The pages one at a time, the line for what went wrong, then 上一步 / 下一步 (the default:
    Enter goes on) / 取消 right-aligned under them: (the pages, the message, the buttons)."""
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    layout.addWidget(stack, 1)
    message = general_error(layout, "import_message")
    row = QHBoxLayout()
    buttons = (QPushButton(_tr("上一步")), QPushButton(_tr("下一步")), QPushButton(_tr("取消")))
    row.addStretch(1)
    for button, slot in zip(buttons, (back, go_on, close), strict=True):
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
    buttons[1].setDefault(True)
    layout.addLayout(row)
    return stack, message, buttons


class ImportSteps:
    """What the step-by-step import dialogs do alike: the step buttons resting while a step runs,
    and 保存有误的行 (the rows not imported, written to an Excel file to fix and import again). The
    dialog keeps `report` and `source` and says where it saved in `saved_rejects`; `importer()` is
    its importer module (loaded only when needed)."""

    actor: Actor
    report: Any
    source: Any
    task: Any
    saved_rejects: QLabel
    back_button: QPushButton
    path: QLineEdit
    message: QLabel
    next_button: QPushButton

    def choose_file_into_path(self, title: str, kinds: str) -> None:
        """选择文件…: the file dialog starts where the typed path points (else the last folder)."""
        path = file_dialogs.open_file(cast(QWidget, self), title, kinds, self.path.text().strip())
        if path:
            self.path.setText(path)

    def chosen_path(self) -> Path | None:
        """The file to read, or None after saying that none is chosen yet."""
        text = self.path.text().strip()
        if not text:
            self.message.setText(_tr("请选择要导入的文件。"))
            return None
        return Path(text)

    def _busy(self, busy: bool) -> None:
        for button in (self.back_button, self.next_button):
            button.setEnabled(not busy)

    def _imported(self, report: Any) -> None:
        raise NotImplementedError

    def start_import(self, label: str, how: object, on_failed: Callable[[BaseException], None]) -> None:
        """The import itself on a worker (cancellable, with progress): the importer's run_import
        with the file read and `how` (the column mapping or the conflicts' choices)."""
        from ui.common.tasks import run_task

        source, actor, importer = self.source, self.actor, self.importer()
        self._busy(True)

        def work(progress, cancelled):  # noqa: ANN001, ANN202 (see ui.common.tasks)
            return importer.run_import(actor, source, how, progress, cancelled)

        self.task = run_task(cast(QWidget, self), label, work, on_done=self._imported, on_failed=on_failed)

    def importer(self) -> Any:
        raise NotImplementedError

    def save_rejects(self) -> None:
        if self.report is None:
            return
        original = Path(self.source.path)
        default = original.with_name(original.stem + _tr("-有误的行") + ".xlsx")
        path = file_dialogs.save_file(cast(QWidget, self), _tr("保存有误的行"), default,
                                      _tr("Excel 文件 (*.xlsx)"))
        if path:
            self.write_rejects(Path(path))

    def write_rejects(self, path: Path) -> bool:
        try:
            self.importer().write_rejects(path, self.report, self.source)
        except Exception as exc:  # shown in words (ui.common.errors), never as a traceback
            show_error(cast(QWidget, self), exc)
            return False
        self.saved_rejects.setText(_tr("已保存到 {path}").replace("{path}", str(path)))
        return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepPages", text)
