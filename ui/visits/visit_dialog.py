"""记录走访 (百万警进千万家): officer, date, the people seen (grouped by household), what was found
and the publicity done at the door — from the keyboard. Tab walks the fields, Ctrl+Enter saves
(Enter too, from an empty search box), Esc cancels. A refused save keeps everything typed.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.visits import limits, visits
from station_app.visits.views import VisitDetail
from station_app.visits.vocab import MAX_MATERIALS, TOPICS
from ui.common.core_text import core_text
from ui.common.fields import date_edit, picked_date, text_box
from ui.common.forms import FormDialog, grow_form, run_service
from ui.visits.findings_editor import FindingsEditor
from ui.visits.form_bits import FocusForward, general_label, save_buttons, tab_order
from ui.visits.household_picker import HouseholdPicker
from ui.visits.labels import officer_combo

PUBLICITY_TOPICS = TOPICS[:5]  # 反电诈 first: the publicity done at nearly every door
_FINDING_FIELD = re.compile(r"^findings\.(\d+)$")


class VisitDialog(FormDialog):
    created: VisitDetail | None

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, "visit_dialog", parent)
        self.setWindowTitle(self.tr("记录走访"))
        self._build()
        self.officer.setFocus()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        left = QVBoxLayout()
        columns.addLayout(left, 4)
        form = grow_form()
        left.addLayout(form)
        self.officer = officer_combo(self.actor)
        self.errors.add_row(form, self.tr("走访民警*"), "officer_id", self.officer)
        self.visited_on = date_edit(local_today())
        self.visited_on.setObjectName("visited_on")
        self.errors.add_row(form, self.tr("走访日期*"), "visited_on", self.visited_on)

        topics = FocusForward()
        row = QHBoxLayout(topics)
        row.setContentsMargins(0, 0, 0, 0)
        self.topic_boxes: list[QCheckBox] = []
        for topic in PUBLICITY_TOPICS:
            box = QCheckBox(core_text(topic))
            box.setObjectName(f"publicity_{topic}")
            box.setProperty("word", topic)  # what is stored, whatever the language shown
            self.topic_boxes.append(box)
            row.addWidget(box)
        row.addStretch(1)
        topics.first = self.topic_boxes[0]
        self.errors.add_row(form, self.tr("入户宣传"), "publicity_topics", topics)
        self.materials = QSpinBox()
        self.materials.setObjectName("materials_count")
        self.materials.setRange(0, MAX_MATERIALS)
        self.materials.setSuffix(self.tr(" 份"))
        self.errors.add_row(form, self.tr("发放资料"), "materials_count", self.materials)
        self.note = text_box(60, self.tr("其他情况，如：登记家庭成员变动，留下警民联系卡"))
        self.note.setObjectName("note")
        self.errors.add_row(form, self.tr("备注"), "note", self.note)
        self.errors.apply_limits(limits.VISIT)

        found_box = QGroupBox(self.tr("发现的情况（矛盾纠纷保存后可开立案件）"))
        found_form = QFormLayout(found_box)  # no label column: the list takes the width and height
        self.findings = FindingsEditor()
        self.errors.add_row(found_form, "", "findings", self.findings)
        left.addWidget(found_box, 1)

        people_box = QGroupBox(self.tr("走访对象（按户）*"))
        people_form = QFormLayout(people_box)
        self.picker = HouseholdPicker(self.actor)
        self.picker.sig_changed.connect(lambda: self.findings.set_people(self.picker.names()))
        self.errors.add_row(people_form, "", "people", self.picker)
        columns.addWidget(people_box, 5)

        self.general = general_label()
        layout.addWidget(self.general)
        buttons, self.save_button = save_buttons(self, self.tr("保存"), self.tr("取消"), self.submit)
        layout.addWidget(buttons)
        tab_order([self.officer, self.visited_on, self.picker.search, self.picker.results, self.picker.table,
                 *self.topic_boxes, self.materials, self.note, self.findings.kind, self.findings.person,
                 self.findings.text, self.findings.add_button, self.findings.table, self.save_button])
        self.resize(1080, 620)

    def details(self) -> dict[str, object]:
        return {
            "officer_id": self.officer.currentData(),
            "visited_on": picked_date(self.visited_on),
            "publicity_topics": [box.property("word") for box in self.topic_boxes if box.isChecked()],
            "materials_count": self.materials.value(),
            "note": self.note.toPlainText(),
        }

    def submit(self) -> None:
        bad_rows: dict[int, str] = {}

        def save() -> VisitDetail:
            try:
                return visits.record_visit(self.actor, self.details(), self.picker.people(),
                                           self.findings.findings())
            except ValidationError as exc:
                # Problems with finding N go beside the findings list, the row marked.
                rows = {key: value for key, value in exc.errors.items() if _FINDING_FIELD.match(key)}
                if not rows:
                    raise
                for key, message in rows.items():
                    bad_rows[int(_FINDING_FIELD.match(key).group(1))] = message  # type: ignore[union-attr]
                rest = {key: value for key, value in exc.errors.items() if key not in rows}
                raise ValidationError({**rest, "findings": "；".join(rows.values())}) from exc

        created = run_service(self, save, self.errors, self.general)
        for row, message in bad_rows.items():
            self.findings.mark_row(row, message)
        if created is not None:
            self.created = created
            self.accept()
