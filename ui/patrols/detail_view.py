"""The selected patrol beside the list: when, who, where, weather, distance, and its findings.
A finding that opened a dispute case shows the case number; Enter or a double click opens it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.clock import format_local
from station_app.patrols.views import PatrolDetail
from ui.common.forms import push_button
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.record_view import title_label
from ui.common.station_filter import ReadOnlyBanner
from ui.patrols.labels import IN_PROGRESS_COLOUR, duration_text, km_text, span_text, vt, weather_text

CASE_ROLE = Qt.ItemDataRole.UserRole
FIELDS = (
    ("time", QT_TRANSLATE_NOOP("PatrolDetailView", "时间")),
    ("people", QT_TRANSLATE_NOOP("PatrolDetailView", "人员")),
    ("areas", QT_TRANSLATE_NOOP("PatrolDetailView", "区域")),
    ("route", QT_TRANSLATE_NOOP("PatrolDetailView", "路线")),
    ("weather", QT_TRANSLATE_NOOP("PatrolDetailView", "天气")),
    ("vehicles", QT_TRANSLATE_NOOP("PatrolDetailView", "车辆")),
    ("distance", QT_TRANSLATE_NOOP("PatrolDetailView", "里程")),
    ("note", QT_TRANSLATE_NOOP("PatrolDetailView", "备注")),
    ("recorded", QT_TRANSLATE_NOOP("PatrolDetailView", "记录")),
)


class PatrolDetailView(QWidget):
    sig_end = Signal()
    sig_add_finding = Signal()
    sig_edit = Signal()
    sig_open_case = Signal(object)  # the case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrol_detail")
        self.detail: PatrolDetail | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 0, 0, 0)
        self.title = title_label("patrol_title", 16)
        column.addWidget(self.title)
        self.read_only_banner = ReadOnlyBanner()
        column.addWidget(self.read_only_banner)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in FIELDS:
            value = QLabel()
            value.setObjectName(f"patrol_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QCoreApplication.translate("PatrolDetailView", label), value)
            self.values[key] = value
        column.addLayout(form)
        buttons = QHBoxLayout()
        self.end_button = push_button(self.tr("结束巡逻…"), "", self.sig_end, tooltip="Ctrl+E")
        self.finding_button = push_button(self.tr("添加发现…"), "", self.sig_add_finding, tooltip="Ctrl+D")
        self.edit_button = push_button(self.tr("修改…"), "", self.sig_edit,
                                       tooltip=self.tr("在列表中按 Enter"))
        for button in (self.end_button, self.finding_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        box = QGroupBox(self.tr("巡逻发现"))
        box_column = QVBoxLayout(box)
        self.findings = QListWidget()
        self.findings.setObjectName("patrol_findings")
        self.findings.setWordWrap(True)
        self.findings.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings.setAlternatingRowColors(True)
        self.findings.setToolTip(self.tr("有案件编号的：双击或按 Enter 打开纠纷案件"))
        self.findings.itemActivated.connect(self._activated)
        box_column.addWidget(self.findings)
        column.addWidget(box, 1)
        self.show_detail(None)

    def show_detail(self, detail: PatrolDetail | None, can_edit: bool = True, read_only: str = "") -> None:
        """Show a patrol; `read_only` says why it may only be looked at (another station's)."""
        self.detail = detail
        self.read_only_banner.show_note(read_only if detail is not None else "")
        for widget in (self.end_button, self.finding_button, self.edit_button):
            widget.setEnabled(detail is not None and can_edit and not read_only)
        self.findings.clear()
        if detail is None:
            self.title.setText(self.tr("（未选择巡逻记录）"))
            for value in self.values.values():
                value.clear()
            return
        row = detail.row
        self.end_button.setVisible(row.in_progress)
        state = self.tr("进行中") if row.in_progress else duration_text(row.hours)
        self.title.setText(f"{row.team_name} · {vt(row.kind_label)} · {state}")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;"
                                 + (f" color: {IN_PROGRESS_COLOUR};" if row.in_progress else ""))
        people = "、".join(person.name + (self.tr("（义警）") if person.is_volunteer else "")
                          for person in detail.people)
        leader = detail.leader.name if detail.leader else ""
        texts = {
            "time": span_text(row),
            "people": self.tr("带队 {leader}；{people}（{n} 人）").replace("{leader}", leader)
            .replace("{people}", people).replace("{n}", str(row.member_count)),
            "areas": "；".join(path for _id, path in detail.areas),
            "route": detail.route,
            "weather": weather_text(row),
            "vehicles": detail.vehicles,
            "distance": "" if row.distance_m is None
            else self.tr("{km} 公里").replace("{km}", km_text(row.distance_km)),
            "note": detail.note,
            "recorded": self._recorded(detail),
        }
        for key, value in self.values.items():
            value.setText(texts[key])
        for finding in detail.findings:
            heading = f"{format_local(finding.found_at)[5:]}  {vt(finding.kind_label)}  {finding.place}"
            lines = [heading.rstrip(), finding.description]
            if finding.handling:
                lines.append(self.tr("处置：{text}").replace("{text}", finding.handling))
            if finding.case_number:
                case = self.tr("已登记纠纷 {number}（Enter 打开）")
                lines.append(case.replace("{number}", finding.case_number))
            item = QListWidgetItem("\n".join(lines))
            if finding.case_id is not None:
                item.setData(CASE_ROLE, str(finding.case_id))
            self.findings.addItem(item)

    def _recorded(self, detail: PatrolDetail) -> str:
        if detail.entered_afterwards:
            return self.tr("{name} 补录").replace("{name}", detail.started_by)
        text = self.tr("{name} 开始").replace("{name}", detail.started_by)
        if detail.ended_by:
            text += self.tr("，{name} 结束").replace("{name}", detail.ended_by)
        return text

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if case_id:
            self.sig_open_case.emit(uuid.UUID(case_id))
