"""开立矛盾纠纷 from a dispute found on a visit: the category, the summary (the finding's text),
and the parties — the resident the finding concerns is already there; add the other side with the
registry's search. The core registers the case (source 走访排查) and links it to the finding in one
go; Ctrl+Enter saves, Esc leaves the finding open for later."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from station_app.core.actor import Actor
from station_app.core.errors import ValidationError
from station_app.mediation.vocab import CATEGORIES
from station_app.residents.reading import residents_by_ids
from station_app.visits import findings
from station_app.visits.views import FindingView, VisitDetail
from ui.common.fields import chosen_word, text_box
from ui.common.forms import FieldErrors, grow_form, run_service
from ui.mediation.party_picker import PartyPicker, describe
from ui.mediation.widgets import typeahead_combo
from ui.visits.form_bits import general_label, save_buttons
from ui.visits.labels import fill


class OpenCaseDialog(QDialog):
    def __init__(self, actor: Actor, visit: VisitDetail, finding: FindingView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.visit, self.finding = actor, visit, finding
        self.result_detail: VisitDetail | None = None
        self.setObjectName("open_case_dialog")
        self.setWindowTitle(self.tr("开立矛盾纠纷"))
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        heading = fill(self.tr("{date} {officer} 走访发现："), date=visit.row.visited_on.isoformat(),
                       officer=visit.row.officer_name)
        intro = QLabel(heading + finding.description)
        intro.setObjectName("finding_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = grow_form()
        layout.addLayout(form, 1)
        self.category = typeahead_combo(CATEGORIES, placeholder=self.tr("如：邻里纠纷（可输入 ll）"))
        self.category.setObjectName("category")
        self.errors.add_row(form, self.tr("类别*"), "category", self.category)
        self.summary = text_box(80, self.tr("纠纷概要（走访情况会自动写在后面）"))
        self.summary.setObjectName("summary")
        self.summary.setPlainText(finding.description)
        self.errors.add_row(form, self.tr("纠纷概要*"), "summary", self.summary)
        self.picker = PartyPicker(actor)
        if finding.resident_id is not None:
            for view in residents_by_ids(actor, [finding.resident_id]):
                # The picker has no public "add this resident"; _append is how its own search adds one.
                self.picker._append({"resident_id": view.id}, view.name, describe(view))
        self.errors.add_row(form, self.tr("当事人*"), "parties", self.picker)
        self.general = general_label()
        layout.addWidget(self.general)
        buttons, self.save_button = save_buttons(self, self.tr("开立案件"), self.tr("以后再说"), self.submit)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.category.setFocus()

    def submit(self) -> None:
        def open_case() -> VisitDetail:
            try:
                return findings.open_case_for_finding(
                    self.actor, self.finding.id, self.finding.version,
                    {"category": chosen_word(self.category), "summary": self.summary.toPlainText()},
                    self.picker.parties())
            except ValidationError as exc:
                # "parties.N.id_number" (a new person typed wrongly) belongs beside the parties.
                party = {key: value for key, value in exc.errors.items() if key.startswith("parties")}
                if not party:
                    raise
                rest = {key: value for key, value in exc.errors.items() if key not in party}
                raise ValidationError({**rest, "parties": "；".join(party.values())}) from exc

        detail = run_service(self, open_case, self.errors, self.general)
        if detail is not None:
            self.result_detail = detail
            self.accept()
