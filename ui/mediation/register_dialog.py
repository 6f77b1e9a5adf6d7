"""登记纠纷: a dispute reported by phone, a village official or a grid worker, entered in under a
minute without the mouse. Tab walks the fields top to bottom, Enter (Ctrl+Enter in the
summary) registers, Esc cancels. The time starts at now; source and category complete as typed.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.core.errors import ValidationError
from station_app.core.limits import PHONE
from station_app.mediation import cases, limits
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import CATEGORIES, REPORTER_KINDS, SOURCES
from station_app.residents.limits import RESIDENT as RESIDENT_LIMITS
from ui.common.fields import chosen_word, datetime_edit, line_edit, picked_datetime, text_box
from ui.common.forms import FormDialog, general_error, grow_form, row_widget, run_service, save_buttons
from ui.mediation.labels import vt
from ui.mediation.party_picker import PartyPicker
from ui.mediation.widgets import AreaCombo, typeahead_combo

_PARTY_FIELD = re.compile(r"^parties\.(\d+)")


class RegisterDialog(FormDialog):
    created: CaseDetail | None

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, "register_dispute", parent)
        self.setWindowTitle(self.tr("登记矛盾纠纷"))
        self._build()
        self._set_tab_order()
        self.source.setFocus()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        form = grow_form()
        columns.addLayout(form, 5)

        self.source = typeahead_combo(SOURCES, placeholder=self.tr("如：网格员上报（可输入 wg）"))
        self.source.setObjectName("source")
        self.errors.add_row(form, self.tr("来源*"), "source", self.source)
        self.category = typeahead_combo(CATEGORIES, placeholder=self.tr("如：邻里纠纷（可输入 ll）"))
        self.category.setObjectName("category")
        self.errors.add_row(form, self.tr("类别*"), "category", self.category)
        self.reported_at = datetime_edit(local_now())
        self.reported_at.setObjectName("reported_at")
        self.errors.add_row(form, self.tr("反映时间"), "reported_at", self.reported_at)

        reporter, row = row_widget()
        self.reporter_kind = QComboBox()
        self.reporter_kind.setObjectName("reporter_kind")
        self.reporter_kind.addItem(self.tr("（类型）"), "")
        for key, label in REPORTER_KINDS.items():
            self.reporter_kind.addItem(vt(label), key)
        self.reporter_name = line_edit("reporter_name", self.tr("姓名"))
        self.reporter_phone = line_edit("reporter_phone", self.tr("电话"))
        row.addWidget(self.reporter_kind)
        row.addWidget(self.reporter_name, 1)
        row.addWidget(self.reporter_phone, 1)
        reporter.setFocusProxy(self.reporter_kind)
        self.errors.add_row(form, self.tr("反映人"), "reporter_kind", reporter)

        self.place_area = AreaCombo(self.actor)
        self.errors.add_row(form, self.tr("地点"), "place_area_id", self.place_area)
        self.place_text = line_edit("place_text", self.tr("具体位置，如：3组张家院墙外"))
        self.errors.add_row(form, self.tr("具体位置"), "place_text", self.place_text)
        self.summary = text_box(110, self.tr("简要经过：谁和谁、因为什么、现在情况如何（Ctrl+Enter 登记）"))
        self.summary.setObjectName("summary")
        self.errors.add_row(form, self.tr("纠纷概要*"), "summary", self.summary)
        self.errors.part("reporter_name", self.reporter_name, under="reporter_kind")
        self.errors.part("reporter_phone", self.reporter_phone, under="reporter_kind")
        self.errors.apply_limits(limits.CASE)

        party_box = QGroupBox(self.tr("当事人*"))
        party_form = QFormLayout(party_box)
        self.picker = PartyPicker(self.actor)
        self.errors.add_row(party_form, "", "parties", self.picker)
        # a party typed in here becomes a resident: the resident form's limits
        self.errors.limit("parties", RESIDENT_LIMITS["name"], self.picker.new_name)
        self.errors.limit("parties", PHONE, self.picker.new_phone)
        columns.addWidget(party_box, 6)

        self.general = general_error(layout)
        self.buttons, self.save_button = save_buttons(self, self.submit, self.tr("登记纠纷"))
        layout.addWidget(self.buttons)
        self.resize(1040, 600)

    def _set_tab_order(self) -> None:
        chain = [self.source, self.category, self.reported_at, self.reporter_kind, self.reporter_name,
                 self.reporter_phone, self.place_area, self.place_text, self.summary, self.picker.search,
                 self.picker.results, self.picker.new_button, self.picker.new_name, self.picker.new_id,
                 self.picker.new_gender, self.picker.new_ethnicity, self.picker.new_phone,
                 self.picker.add_new_button, self.picker.table, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def details(self) -> dict[str, object]:
        free = self.place_area.free_text()
        place = "".join(part for part in (free, self.place_text.text().strip()) if part)
        return {
            "source": chosen_word(self.source),
            "category": chosen_word(self.category),
            "summary": self.summary.toPlainText(),
            "reported_at": picked_datetime(self.reported_at),
            "reporter_kind": self.reporter_kind.currentData(),
            "reporter_name": self.reporter_name.text(),
            "reporter_phone": self.reporter_phone.text(),
            "place_area_id": self.place_area.area_id(),
            "place_text": place,
        }

    def submit(self) -> None:
        parties = self.picker.parties()
        bad_rows: dict[int, str] = {}

        def register() -> CaseDetail:
            try:
                return cases.open_case(self.actor, self.details(), parties)
            except ValidationError as exc:
                # Party problems ("parties", "parties.N.id_number") belong beside the list of
                # parties, with the row marked, not at the bottom of the form.
                party = {key: value for key, value in exc.errors.items() if key.startswith("parties")}
                for key, message in party.items():
                    match = _PARTY_FIELD.match(key)
                    if match:
                        bad_rows[int(match.group(1))] = message
                if not party:
                    raise
                rest = {key: value for key, value in exc.errors.items() if key not in party}
                raise ValidationError({**rest, "parties": "；".join(party.values())}) from exc

        created = run_service(self, register, self.errors, self.general)
        for row, message in bad_rows.items():
            self.picker.mark_row(row, message)
        if created is not None:
            self.created = created
            self.accept()
