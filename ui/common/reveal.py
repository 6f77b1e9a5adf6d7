"""显示完整号码: ID and phone numbers are shown masked to everyone; a role allowed to see them in
full asks here, says why, and the service records the reason (never the number) in the audit
trail. A wrong or missing reason comes back inline; nothing is shown until the service agreed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ui.common.forms import RowForm, run_dialog, run_service
from ui.common.noop import QT_TRANSLATE_NOOP

T = TypeVar("T")

# What officers usually need a full number for; any other reason can be typed.
COMMON_REASONS = (QT_TRANSLATE_NOOP("RevealDialog", "电话联系本人"),
                  QT_TRANSLATE_NOOP("RevealDialog", "核对身份"),
                  QT_TRANSLATE_NOOP("RevealDialog", "制作法律文书"),
                  QT_TRANSLATE_NOOP("RevealDialog", "协助调查取证"))


class RevealDialog(RowForm):
    def __init__(self, whose: str, reveal: Callable[[str], T], parent: QWidget | None = None) -> None:
        """`whose`: the person (or record) whose numbers are asked for; `reveal(reason)` calls the
        service. After 显示, `revealed` holds what it returned."""
        super().__init__(self.tr("显示完整号码"), parent, save_text=self.tr("显示"))
        self.setObjectName("reveal_dialog")
        self._reveal = reveal
        self.revealed: T | None = None
        note = QLabel(self.tr("查看{whose}的完整号码会记入审计日志（记录查看人和原因，不记录号码）。")
                      .replace("{whose}", whose))
        note.setWordWrap(True)
        self.form.insertRow(0, note)
        self.reason = QComboBox()
        self.reason.setObjectName("reveal_reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItem("")
        for reason in COMMON_REASONS:
            self.reason.addItem(self.tr(reason), reason)
        typed = self.reason.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setPlaceholderText(self.tr("选择或填写原因"))
        typed.setMaxLength(200)
        self.add_row(self.tr("原因*"), "reason", self.reason)
        self.setMinimumWidth(420)

    def reason_text(self) -> str:
        """The reason as the audit should read it: a chosen common reason in Chinese."""
        text = self.reason.currentText().strip()
        index = self.reason.findText(text)
        data = self.reason.itemData(index) if index > 0 else None
        return str(data) if data else text

    def submit(self) -> None:
        reason = self.reason_text()
        result = run_service(self, lambda: self._reveal(reason), self.errors, self.general)
        if result is not None:
            self.revealed = result
            self.accept()


def ask_and_reveal(parent: QWidget, whose: str, reveal: Callable[[str], T]) -> T | None:
    """Ask why, then reveal: what the service returned, or None when the user cancelled."""
    return run_dialog(RevealDialog(whose, reveal, parent), "revealed")
