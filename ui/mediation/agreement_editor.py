"""调解协议: kind, facts, responsibility, numbered terms with amounts (capitals shown live), how,
where and by when the terms are performed, copies, date — then 预览/打印.

A draft may be incomplete; printing is where the core insists on the required parts. When it
refuses, the reason appears at the top of the editor and under the fields concerned, and the
editor stays open with everything typed, so the officer fills the gap and previews again.
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.mediation import limits, steps
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import AGREEMENT_KINDS
from ui.common.fields import chosen_word, show_word, text_box
from ui.common.forms import ERROR_STYLE
from ui.mediation.labels import vt
from ui.mediation.printing import print_agreement
from ui.mediation.step_dialog import CaseHost, StepDialog, run_step
from ui.mediation.terms_table import TermsTable
from ui.mediation.widgets import editable_choices

METHODS = ("现金一次性支付", "银行转账", "微信或支付宝转账", "分期支付", "当面赔礼道歉", "恢复原状")
REFUSAL_STYLE = ERROR_STYLE + " background: #fde7e9; border: 1px solid #b00020; padding: 6px;"


class AgreementEditor(StepDialog):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("调解协议"), parent)
        self.refusal = QLabel()
        self.refusal.setObjectName("print_refusal")
        self.refusal.setStyleSheet(REFUSAL_STYLE)
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        self.layout_.insertWidget(0, self.refusal)
        self._build()
        self.errors.apply_limits(limits.AGREEMENT)
        self._load()
        self.saved_values = self.values() if host.detail.agreement is not None else None
        self.resize(880, 760)

    def _build(self) -> None:
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for key, label in AGREEMENT_KINDS.items():
            self.kind.addItem(vt(label), key)
        self.number = QLabel()
        self.number.setObjectName("agreement_number")
        self.number.setStyleSheet("color: #5f6368;")
        row.addWidget(self.kind)
        row.addWidget(self.number, 1)
        top.setFocusProxy(self.kind)
        self.add_row(self.tr("协议种类*"), "kind", top)
        self.facts = self.add_row(self.tr("纠纷事实*"), "facts", text_box(
            84, self.tr("时间、地点、人员、起因、经过、情节、结果")))
        self.responsibility = self.add_row(self.tr("责任认定"), "responsibility", text_box(52))

        terms_cell = QWidget()
        column = QVBoxLayout(terms_cell)
        column.setContentsMargins(0, 0, 0, 0)
        self.terms = TermsTable()
        self.terms.setMinimumHeight(150)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("删除此条"), self.terms.remove_current),
                           (self.tr("上移"), lambda: self.terms.move_current(-1)),
                           (self.tr("下移"), lambda: self.terms.move_current(+1))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        hint = QLabel(self.tr("金额可写 30000、3,000.50 或 3万；大写自动生成。在最后一行输入即可新增一条。"))
        hint.setStyleSheet("color: #5f6368;")
        buttons.addWidget(hint, 1)
        column.addWidget(self.terms, 1)
        column.addLayout(buttons)
        terms_cell.setFocusProxy(self.terms)
        self.add_row(self.tr("协议条款*"), "terms", terms_cell)

        self.method = editable_choices(list(METHODS), placeholder=self.tr("如：现金一次性支付"))
        self.add_row(self.tr("履行方式*"), "performance_method", self.method)
        self.place = self.add_row(self.tr("履行地点"), "performance_place", QLineEdit())
        self.place.setPlaceholderText(self.tr("如：高力板派出所调解室"))
        self.deadline = self.add_row(self.tr("履行期限*"), "performance_deadline", QLineEdit())
        self.deadline.setPlaceholderText(self.tr("如 2026-12-31"))
        self.copies = QSpinBox()
        self.copies.setRange(0, 10)
        self.copies.setSpecialValueText(self.tr("按规定"))  # 0: the document's default count
        self.add_row(self.tr("份数"), "copies", self.copies)
        self.agreement_date = self.add_row(self.tr("协议日期"), "agreement_date", QLineEdit())

        self.preview_button = QPushButton(self.tr("预览/打印…"))
        self.preview_button.setObjectName("preview_agreement")
        self.preview_button.setToolTip("Ctrl+P")
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        QShortcut(QKeySequence("Ctrl+P"), self, self.preview)

    def _load(self) -> None:
        detail = self.host.detail
        agreement = detail.agreement
        if agreement is None:
            self.number.setText(self.tr("保存后自动编号"))
            verified = [item.facts_verified for item in detail.sessions if item.facts_verified]
            facts = verified[-1] if verified else ""
            self.facts.setPlainText(facts or detail.row.summary)
            self.agreement_date.setText(local_today().isoformat())
            return
        self.kind.setCurrentIndex(max(self.kind.findData(agreement.kind), 0))
        self.number.setText(agreement.number)
        self.facts.setPlainText(agreement.facts)
        self.responsibility.setPlainText(agreement.responsibility)
        self.terms.set_terms(agreement.terms)
        show_word(self.method, agreement.performance_method)
        self.place.setText(agreement.performance_place)
        deadline = agreement.performance_deadline
        self.deadline.setText(deadline.isoformat() if deadline else "")
        self.copies.setValue(agreement.copies or 0)
        self.agreement_date.setText(agreement.agreement_date.isoformat())

    def values(self) -> dict[str, object]:
        return {
            "kind": self.kind.currentData(),
            "facts": self.facts.toPlainText(),
            "responsibility": self.responsibility.toPlainText(),
            "terms": self.terms.terms(),
            "performance_method": chosen_word(self.method),
            "performance_place": self.place.text(),
            "performance_deadline": self.deadline.text(),
            "copies": self.copies.value() or None,
            "agreement_date": self.agreement_date.text(),
        }

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.draft_agreement(self.actor, case_id, version, self.values())

    def _save(self) -> bool:
        """Save the draft if it changed since it was last saved; True when the case holds it."""
        self.refusal.hide()
        values = self.values()
        if values == self.saved_values:
            return True
        self.terms.mark_errors({})
        refused: dict[str, str] = {}

        def call(case_id: uuid.UUID, version: int) -> CaseDetail:
            try:
                return self.call(case_id, version)
            except ValidationError as exc:  # keep the field names: bad terms are marked by row
                refused.update(exc.errors)
                raise

        result = run_step(self, self.host, call, self.errors, self.general)
        if result is None:
            self.terms.mark_errors(refused)
            return False
        self.saved_values = values
        if result.agreement is not None:
            self.number.setText(result.agreement.number)
        return True

    def submit(self) -> None:
        if self._save():
            self.result_detail = self.host.detail
            self.accept()

    def preview(self) -> None:
        """Save, then ask the core for the PDF; a refusal shows here with what is missing."""
        if not self._save():
            return
        print_agreement(self, self.host, refused=self.show_refusal)

    def show_refusal(self, exc: ValidationError) -> None:
        self.errors.show(exc)
        self.terms.mark_errors(exc.errors)
        self.refusal.setText(self.tr("不能打印，请先补全：") + "\n" + "\n".join(
            f"· {message}" for message in exc.errors.values()))
        self.refusal.show()
