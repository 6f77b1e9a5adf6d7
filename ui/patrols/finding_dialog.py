"""添加发现: a hazard, a dispute, a 社情民意 note or help given on this patrol.

A dispute is registered as a mediation case by the same save (source 巡逻发现): the form then
asks for the category and the parties, found in the registry or typed in as new people.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from station_app.core.actor import Actor
from station_app.core.clock import local_now, to_local
from station_app.mediation.vocab import CATEGORIES
from station_app.patrols import findings, limits
from station_app.patrols.views import FindingView, PatrolDetail
from station_app.patrols.vocab import FINDING_KINDS
from ui.common.fields import chosen_word, datetime_edit, line_edit, picked_datetime, text_box
from ui.mediation.party_picker import PartyPicker
from ui.mediation.widgets import AreaCombo, typeahead_combo
from ui.patrols.form import PatrolForm
from ui.patrols.labels import vt


class PatrolFindingDialog(PatrolForm):
    def __init__(self, actor: Actor, detail: PatrolDetail, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("添加巡逻发现 — {team}").replace("{team}", detail.row.team_name))
        self.setObjectName("patrol_finding")
        self.actor, self.detail = actor, detail
        self.saved: FindingView | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("finding_kind")
        for key, label in FINDING_KINDS.items():
            self.kind.addItem(vt(label), key)
        self.add_row(self.tr("类型*"), "kind", self.kind)
        self.found_at = datetime_edit(self._default_time())
        self.found_at.setObjectName("found_at")
        self.add_row(self.tr("发现时间*"), "found_at", self.found_at)
        self.place = AreaCombo(actor)
        if detail.areas:
            self.place.select_area(detail.areas[0][0])
        self.add_row(self.tr("地点"), "place_area_id", self.place)
        self.place_text = line_edit("place_text", self.tr("具体位置，如：3组路口"))
        self.add_row(self.tr("具体位置"), "place_text", self.place_text)
        self.description = text_box(72, self.tr("发现的情况（纠纷将作为案件概要）"))
        self.description.setObjectName("description")
        self.add_row(self.tr("情况*"), "description", self.description)
        self.handling = text_box(48, self.tr("现场如何处置"))
        self.handling.setObjectName("handling")
        self.add_row(self.tr("处置情况"), "handling", self.handling)
        self.errors.apply_limits(limits.FINDING)
        self.helped = QSpinBox()
        self.helped.setObjectName("people_helped")
        self.helped.setRange(0, 999)
        self.add_row(self.tr("帮扶人数"), "people_helped", self.helped)
        self.category = typeahead_combo(CATEGORIES, placeholder=self.tr("如：邻里纠纷（可输入 ll）"))
        self.category.setObjectName("category")
        self.add_row(self.tr("纠纷类别*"), "category", self.category)
        self.picker = PartyPicker(actor)
        self.add_row(self.tr("当事人*"), "parties", self.picker)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(720, 520)

    def _default_time(self):  # noqa: ANN202
        """Now while the patrol is out; for an ended patrol, half-way through it."""
        row = self.detail.row
        if row.ended_at is None:
            return local_now()
        middle = row.started_at + (row.ended_at - row.started_at) / 2
        return to_local(middle - timedelta(seconds=middle.second)).replace(tzinfo=None)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget, shown in ((self.helped, kind == "help"), (self.category, kind == "dispute"),
                              (self.picker, kind == "dispute")):
            self.form.setRowVisible(widget.parentWidget(), shown)
        self.save_button.setText(self.tr("保存并登记纠纷") if kind == "dispute" else self.tr("保存"))
        self.adjustSize()

    def details(self) -> dict[str, object]:
        free = self.place.free_text()
        return {
            "kind": self.kind.currentData(), "found_at": picked_datetime(self.found_at),
            "place_area_id": self.place.area_id(),
            "place_text": "".join(part for part in (free, self.place_text.text().strip()) if part),
            "description": self.description.toPlainText(), "handling": self.handling.toPlainText(),
            "people_helped": self.helped.value() if self.kind.currentData() == "help" else 0,
            "category": chosen_word(self.category),
        }

    def submit(self) -> None:
        values = self.details()
        parties = self.picker.parties() if values["kind"] == "dispute" else []
        saved = self.call(lambda _confirm: findings.add_finding(self.actor, self.detail.id, values, parties))
        if saved is not None:
            self.saved = saved
            self.accept()
