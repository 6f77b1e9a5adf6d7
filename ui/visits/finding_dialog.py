"""补充发现: something found on a visit, added after the visit was saved (the officer remembers
it later, or a grid worker reports back). Saved against the version the page read."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.visits import limits, visits
from station_app.visits.views import VisitDetail
from station_app.visits.vocab import FINDING_KINDS
from ui.common.fields import text_box
from ui.common.forms import FieldErrors, run_service
from ui.visits.form_bits import general_label, save_buttons, tab_order
from ui.visits.labels import fill, vt


class FindingDialog(QDialog):
    def __init__(self, actor: Actor, visit: VisitDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.visit = actor, visit
        self.result_detail: VisitDetail | None = None
        self.setObjectName("finding_dialog")
        title = self.tr("补充发现 — {date} {officer}")
        row = visit.row
        self.setWindowTitle(fill(title, date=row.visited_on.isoformat(), officer=row.officer_name))
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.kind = QComboBox()
        self.kind.setObjectName("finding_kind")
        for key, label in FINDING_KINDS.items():
            self.kind.addItem(vt(label), key)
        form.addRow(self.tr("类别*"), self.kind)
        self.person = QComboBox()
        self.person.setObjectName("finding_person")
        self.person.addItem(self.tr("（不指定人）"), "")
        for household in visit.households:
            for person in household.people:
                self.person.addItem(person.name, str(person.resident_id))
        form.addRow(self.tr("涉及"), self.person)
        self.text = text_box(80, self.tr("发现的情况"))
        self.text.setObjectName("finding_text")
        self.errors.add_row(form, self.tr("发现的情况*"), "finding", self.text)
        self.errors.apply_limits({"finding": limits.FINDING["description"]})
        self.general = general_label()
        layout.addWidget(self.general)
        buttons, self.save_button = save_buttons(self, self.tr("保存"), self.tr("取消"), self.submit)
        layout.addWidget(buttons)
        tab_order([self.kind, self.person, self.text, self.save_button])
        self.setMinimumWidth(520)
        self.kind.setFocus()

    def submit(self) -> None:
        finding = {"kind": self.kind.currentData(), "description": self.text.toPlainText(),
                   "resident_id": self.person.currentData() or None}
        visit = self.visit
        detail = run_service(self, lambda: visits.add_finding(self.actor, visit.id, visit.version, finding),
                             self.errors, self.general)
        if detail is not None:
            self.result_detail = detail
            self.accept()
