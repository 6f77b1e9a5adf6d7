"""调解: one session — time, place, mediators, note-taker, attendees, each party's statement, the
facts verified and the outcome. A party under 16 on the day (the age is shown) gets a guardian
field; the core refuses the session without one and the message appears under the parties."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from station_app.core.clock import local_now
from station_app.mediation import limits, steps
from station_app.mediation.steps import MINOR_AGE
from station_app.mediation.views import CaseDetail, PartyView
from ui.common.fields import datetime_edit, picked_datetime, text_box
from ui.mediation.step_dialog import CaseHost, StepDialog


class SessionDialog(StepDialog):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, "", parent, scroll=True)
        self.setWindowTitle(self.tr("记录调解") + " — " + host.detail.row.case_number)
        detail = host.detail
        count = len(detail.sessions) + 1
        heading = QLabel(self.tr("第 {n} 次调解：{parties}").replace("{n}", str(count))
                         .replace("{parties}", detail.row.parties))
        heading.setStyleSheet("font-weight: bold;")
        self.layout_.insertWidget(0, heading)

        now = local_now()
        self.started = self.add_row(self.tr("开始时间*"), "started_at", datetime_edit(now))
        self.ended = self.add_row(self.tr("结束时间"), "ended_at", datetime_edit(now + timedelta(hours=1)))
        last = detail.sessions[-1] if detail.sessions else None
        self.place = self.add_row(self.tr("调解地点*"), "place", QLineEdit(last.place if last else ""))
        self.place.setPlaceholderText(self.tr("如：查干陶勒盖嘎查委员会、派出所调解室"))
        self.mediators = self.add_row(self.tr("调解人*"), "mediators", QLineEdit(
            "、".join(last.mediators) if last else self.actor.full_name))
        self.mediators.setPlaceholderText(self.tr("多人用“、”分隔"))
        self.note_taker = self.add_row(self.tr("记录人"), "note_taker",
                                       QLineEdit(last.note_taker if last else ""))
        self.attendees = self.add_row(self.tr("参加人"), "attendees", QLineEdit())
        self.attendees.setPlaceholderText(self.tr("其他到场人员，如：嘎查书记 铁明、网格员 乌兰"))
        self.notices = self.add_row(self.tr("告知事项"), "notices_given", text_box(48))
        self.notices.setPlainText(self.tr("已告知各方当事人在调解中享有的权利和应履行的义务。"))

        self.party_box = QGroupBox(self.tr("当事人陈述"))
        party_form = QFormLayout(self.party_box)
        self.statements: dict[uuid.UUID, QWidget] = {}
        self.guardians: dict[uuid.UUID, QLineEdit] = {}
        self.party_labels: dict[uuid.UUID, QLabel] = {}
        for party in detail.parties:
            label = QLabel()
            label.setObjectName(f"party_label_{party.id}")
            self.party_labels[party.id] = label
            statement = text_box(64)
            party_form.addRow(label, statement)
            self.statements[party.id] = statement
            guardian = QLineEdit(party.guardian)
            guardian.setObjectName(f"guardian_{party.id}")
            guardian.setPlaceholderText(self.tr("未满16周岁须有监护人在场，填写其姓名及关系"))
            party_form.addRow(self.tr("　监护人"), guardian)
            self.guardians[party.id] = guardian
        self.add_row("", "guardians", self.party_box)
        self.errors.part("statements", self.party_box, under="guardians")
        for party_id, statement in self.statements.items():
            self.errors.limit("statements", limits.SESSION["statement"], statement)
            self.errors.limit("guardians", limits.PARTY["guardian"], self.guardians[party_id])
        self.facts = self.add_row(self.tr("查明事实"), "facts_verified", text_box(72))
        self.outcome = self.add_row(self.tr("调解结果"), "outcome", text_box(
            72, self.tr("达成的协议内容；或未达成的原因，以及当事人可以寻求的途径")))
        self.errors.apply_limits(limits.SESSION)
        self.started.dateTimeChanged.connect(self._update_ages)
        self._update_ages()
        self.resize(720, 760)

    def _update_ages(self) -> None:
        """Ages on the session day; the guardian row shows for a party under 16 (or one named)."""
        day = picked_datetime(self.started).date()
        form: QFormLayout = self.party_box.layout()
        for party in self.host.detail.parties:
            age = party.age_on(day)
            self.party_labels[party.id].setText(self._party_label(party, age))
            guardian = self.guardians[party.id]
            form.setRowVisible(guardian, (age is not None and age < MINOR_AGE) or bool(guardian.text()))

    def _party_label(self, party: PartyView, age: int | None) -> str:
        parts = [party.role_label] + ([self.tr("{n}岁").replace("{n}", str(age))] if age is not None else [])
        minor = self.tr("，未成年") if age is not None and age < MINOR_AGE else ""
        return f"{party.name}（{'，'.join(part for part in parts if part)}{minor}）"

    def values(self) -> dict[str, object]:
        names = {party.id: party.name for party in self.host.detail.parties}
        return {
            "started_at": picked_datetime(self.started),
            "ended_at": picked_datetime(self.ended),
            "place": self.place.text(),
            "mediators": self.mediators.text(),
            "note_taker": self.note_taker.text(),
            "attendees": self.attendees.text(),
            "notices_given": self.notices.toPlainText(),
            "statements": [(names[key], box.toPlainText()) for key, box in self.statements.items()],
            "facts_verified": self.facts.toPlainText(),
            "outcome": self.outcome.toPlainText(),
            "guardians": {str(key): edit.text() for key, edit in self.guardians.items()
                          if edit.text().strip()},
        }

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.record_session(self.actor, case_id, version, self.values())
