"""The forms of a restitution case: the case itself, a victim, money recovered, a single return,
taking back a recovery. Each only gathers what was typed; the core checks it and says what is
wrong next to the field (amounts above a balance come back with the figures)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.documents.money import parse_amount
from station_app.residents import reading
from station_app.restitution import cases, ledger, limits
from station_app.restitution.views import CaseDetail, VictimView
from station_app.restitution.vocab import CASE_TYPES, RECOVERY_SOURCES
from ui.common.fields import chosen_word, date_edit, line_edit, picked_date, show_word, text_box
from ui.common.forms import FieldErrors, general_error, run_service, save_buttons
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.mediation.step_dialog import CaseHost, StepDialog, run_step
from ui.mediation.widgets import typeahead_combo
from ui.restitution.labels import money

SEARCH_DELAY_MS = 150


AMOUNT_HINT = QT_TRANSLATE_NOOP("RestitutionForms", "如 3000、3,000.50 或 3万")


def amount_edit(text: str = "") -> QLineEdit:
    """An amount typed as officers type it; the core reads it (money.parse_amount)."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(QCoreApplication.translate("RestitutionForms", AMOUNT_HINT))
    edit.setMaxLength(32)
    edit.editingFinished.connect(lambda: _grouped(edit))
    return edit


def _grouped(edit: QLineEdit) -> None:
    """A readable amount shown with its thousands separators (30000 → 30,000.00); anything else is
    left as typed for the core to name what is wrong."""
    try:
        shown = money(parse_amount(edit.text()))
    except ValueError:
        return
    if shown != edit.text():
        edit.setText(shown)


class CaseDialog(QDialog):
    """A new case (host None) or the correction of the host's case."""

    def __init__(self, actor: Actor, host: CaseHost | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.host = actor, host
        self.result_detail: CaseDetail | None = None
        detail = host.detail if host is not None else None
        self.setWindowTitle(self.tr("修改返赃案件") if detail else self.tr("新建返赃案件"))
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.case_type = typeahead_combo(CASE_TYPES, placeholder=self.tr("如：电信网络诈骗"))
        self.summary = line_edit("", self.tr("如：网上以“卖车收取定金”为名诱骗付款后消失"))
        self.suspects = line_edit("", self.tr("多人用顿号分隔，如：包某、李某"))
        self.reference = line_edit("", self.tr("刑事案件编号（可不填）"))
        self.description = text_box(96, self.tr("案发经过、侦破和追赃情况"))
        for label, field, widget in ((self.tr("案件类别*"), "case_type", self.case_type),
                                     (self.tr("简要案情*"), "summary", self.summary),
                                     (self.tr("犯罪嫌疑人"), "suspects", self.suspects),
                                     (self.tr("关联案件编号"), "reference", self.reference),
                                     (self.tr("案情描述"), "description", self.description)):
            self.errors.add_row(form, label, field, widget)
        self.errors.apply_limits(limits.CASE)
        if detail is not None:
            show_word(self.case_type, detail.row.case_type)
            self.summary.setText(detail.row.summary)
            self.suspects.setText("、".join(detail.suspects))
            self.reference.setText(detail.reference)
            self.description.setPlainText(detail.description)
        self.general = general_error(layout)
        layout.addWidget(save_buttons(self, self.submit)[0])
        self.setMinimumWidth(560)

    def details(self) -> dict[str, object]:
        return {"case_type": chosen_word(self.case_type), "summary": self.summary.text(),
                "suspects": self.suspects.text(), "reference": self.reference.text(),
                "description": self.description.toPlainText()}

    def submit(self) -> None:
        details = self.details()
        if self.host is None:
            result = run_service(self, lambda: cases.open_case(self.actor, details), self.errors,
                                 self.general)
        else:
            result = run_step(self, self.host, lambda case_id, version: cases.update_case(
                self.actor, case_id, version, details), self.errors, self.general)
        if result is not None:
            self.result_detail = result
            self.accept()


class VictimDialog(StepDialog):
    """A victim: picked from the registered residents, or typed in (victims of online fraud live
    all over China). `victim` given: correct that victim."""

    def __init__(self, host: CaseHost, victim: VictimView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("修改被害人") if victim else self.tr("登记被害人"), parent)
        self.victim = victim
        self.resident_id: uuid.UUID | None = victim.resident_id if victim else None
        self.find = self.add_row(self.tr("查找居民"), "resident_id", QLineEdit())
        self.find.setObjectName("resident_search")
        self.find.setPlaceholderText(self.tr("本辖区居民：姓名、拼音首字母或身份证号后几位；外地被害人直接填写下面各项"))
        self.matches = QListWidget()
        self.matches.setObjectName("resident_matches")
        self.matches.setMaximumHeight(110)
        self.matches.hide()
        self.form.addRow("", self.matches)
        self.name = self.add_row(self.tr("姓名*"), "name", QLineEdit(victim.name if victim else ""))
        self.place = self.add_row(self.tr("所在地"), "place", QLineEdit(victim.place if victim else ""))
        self.place.setPlaceholderText(self.tr("如：山东省聊城市东昌府区"))
        lost = amount_edit(money(victim.lost) if victim else "")
        self.amount = self.add_row(self.tr("被骗金额*"), "amount_lost", lost)
        self.note = self.add_row(self.tr("备注"), "note", text_box(56))
        self.errors.apply_limits(limits.VICTIM)
        if victim:
            self.note.setPlainText(victim.note)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_matches)
        self.find.textChanged.connect(self._debounce.start)
        self.find.installEventFilter(self)  # Enter there picks a resident, it does not save
        self.matches.itemActivated.connect(self.pick)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.find and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.find.text().strip()):
            self._pick_first()
            return True
        if (watched is self.find and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and self.matches.count()):
            self.matches.setFocus()
            self.matches.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def refresh_matches(self) -> None:
        self.matches.clear()
        text = self.find.text().strip()
        found = run_service(self, lambda: reading.find_residents(self.actor, text, 12)) if text else []
        for view in found or []:
            item = QListWidgetItem(f"{view.name}  {view.id_masked}  {view.address or view.place}")
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.matches.addItem(item)
        self.matches.setVisible(self.matches.count() > 0)

    def _pick_first(self) -> None:
        self._debounce.stop()
        self.refresh_matches()
        if self.matches.count():
            self.pick(self.matches.item(0))

    def pick(self, item: QListWidgetItem) -> None:
        view = item.data(Qt.ItemDataRole.UserRole)
        self.resident_id = view.id
        self.name.setText(view.name)
        self.place.setText(view.address or view.place)
        self.matches.hide()
        self.amount.setFocus()

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        details = {"resident_id": self.resident_id, "name": self.name.text(), "place": self.place.text(),
                   "amount_lost": self.amount.text(), "note": self.note.toPlainText()}
        if self.victim is None:
            return ledger.add_victim(self.actor, case_id, version, details)
        return ledger.update_victim(self.actor, case_id, version, self.victim.id, details)


class RecoveryDialog(StepDialog):
    """Money recovered for the case: date, amount, where it came from."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("登记追回赃款"), parent)
        self.day = self.add_row(self.tr("追回日期*"), "recovered_on", date_edit(local_today()))
        self.amount = self.add_row(self.tr("追回金额*"), "amount", amount_edit())
        self.source = self.add_row(self.tr("来源*"), "source", typeahead_combo(RECOVERY_SOURCES,
                                                                              placeholder=self.tr("如：犯罪嫌疑人退赔")))
        self.note = self.add_row(self.tr("备注"), "note", text_box(56))
        self.errors.apply_limits(limits.RECOVERY)

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return ledger.add_recovery(self.actor, case_id, version, {
            "recovered_on": picked_date(self.day), "amount": self.amount.text(),
            "source": chosen_word(self.source), "note": self.note.toPlainText()})


class ReturnDialog(StepDialog):
    """Money handed back to one victim (outside a 集中返赃 event)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("登记返还"), parent)
        detail = host.detail
        self.victim = QComboBox()
        self.victim.setObjectName("return_victim")
        for victim in detail.victims:
            label = self.tr("{name}（尚欠 {amount} 元）").replace("{name}", victim.name).replace(
                "{amount}", money(victim.balance))
            self.victim.addItem(label, str(victim.id))
        first_owed = next((i for i, v in enumerate(detail.victims) if v.open > 0), 0)
        self.victim.setCurrentIndex(first_owed)
        self.add_row(self.tr("被害人*"), "victim_id", self.victim)
        self.amount = self.add_row(self.tr("返还金额*"), "amount", amount_edit())
        available = money(detail.totals.available)
        self.available = QLabel(self.tr("本案现可返还 {amount} 元").replace("{amount}", available))
        self.available.setObjectName("available")
        self.form.addRow("", self.available)
        self.day = self.add_row(self.tr("返还日期*"), "returned_on", date_edit(local_today()))
        self.handed_over_by = self.add_row(self.tr("发还人*"), "handed_over_by",
                                           QLineEdit(self.actor.full_name))
        self.signed = self.add_row(self.tr("签收"), "receipt_signed",
                                   QCheckBox(self.tr("被害人已签名按手印")))
        self.signed.setChecked(True)
        self.errors.apply_limits(limits.RETURN)
        self.victim.currentIndexChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        """The victim's open balance, limited by what the case still has."""
        victim = self.host.detail.victim(self.victim.currentData() or "")
        if victim is not None:
            self.amount.setText(money(max(min(victim.open, self.host.detail.totals.available), 0)))

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return ledger.record_return(self.actor, case_id, version, {
            "victim_id": self.victim.currentData(), "amount": self.amount.text(),
            "returned_on": picked_date(self.day), "handed_over_by": self.handed_over_by.text(),
            "receipt_signed": self.signed.isChecked()})


class RemoveRecoveryDialog(StepDialog):
    """Take back a recovery entered by mistake, with the reason (kept in the audit trail)."""

    def __init__(self, host: CaseHost, recovery_id: uuid.UUID, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("删除追回记录"), parent)
        self.recovery_id = recovery_id
        self.layout_.insertWidget(0, QLabel(summary))
        hint = self.tr("如：金额录入错误，已重新登记")
        self.reason = self.add_row(self.tr("原因*"), "reason", text_box(56, hint))
        self.errors.apply_limits(limits.REASON)
        self.save_button.setText(self.tr("删除"))

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return ledger.remove_recovery(self.actor, case_id, version, self.recovery_id,
                                      self.reason.toPlainText())
