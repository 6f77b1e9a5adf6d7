"""结束巡逻: the end time (now), the distance, and what the weather turned out to be. A patrol
ended more than 24 hours after it started is asked about (usually the end was forgotten: put the
real end time)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from station_app.core.actor import Actor
from station_app.core.clock import format_local, local_now
from station_app.patrols import limits, service
from station_app.patrols.views import PatrolDetail
from ui.common.fields import datetime_edit, line_edit, picked_datetime, text_box
from ui.patrols.form import PatrolForm
from ui.patrols.labels import vt
from ui.patrols.widgets import TemperatureSpin, weather_edit


class EndPatrolDialog(PatrolForm):
    def __init__(self, actor: Actor, detail: PatrolDetail, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("结束巡逻"))
        self.save_button.setText(self.tr("结束巡逻"))
        self.setObjectName("patrol_end")
        self.actor, self.detail = actor, detail
        self.saved: PatrolDetail | None = None
        row = detail.row
        about = QLabel(self.tr("{team} {kind}巡逻，{start} 开始，带队 {leader}，共 {n} 人")
                       .replace("{team}", row.team_name).replace("{kind}", vt(row.kind_label))
                       .replace("{start}", format_local(row.started_at)).replace("{leader}", row.leader_name)
                       .replace("{n}", str(row.member_count)))
        about.setObjectName("patrol_about")
        about.setWordWrap(True)
        self.layout_.insertWidget(0, about)
        self.ended_at = datetime_edit(local_now())
        self.ended_at.setObjectName("ended_at")
        self.add_row(self.tr("结束时间*"), "ended_at", self.ended_at)
        self.distance = line_edit("distance_km", self.tr("公里，如 12.5"))
        self.add_row(self.tr("里程"), "distance_km", self.distance)
        self.weather = weather_edit()
        self.weather.setText("、".join(row.weather))
        self.weather.setPlaceholderText(self.tr("如：雪、大风"))
        self.add_row(self.tr("天气"), "weather", self.weather)
        self.temperature = TemperatureSpin()
        self.temperature.set_degrees(row.temperature_c)
        self.add_row(self.tr("气温"), "temperature_c", self.temperature)
        self.note = text_box(60, self.tr("巡逻情况（Ctrl+Enter 保存）"))
        self.note.setPlainText(detail.note)
        self.add_row(self.tr("备注"), "note", self.note)
        self.errors.apply_limits(limits.PATROL)

    def showEvent(self, event) -> None:  # noqa: ANN001 (Qt signature)
        super().showEvent(event)
        self.distance.setFocus()  # the end is usually now: the distance is what gets typed

    def submit(self) -> None:
        values = {"ended_at": picked_datetime(self.ended_at), "distance_km": self.distance.text(),
                  "weather": self.weather.text(), "temperature_c": self.temperature.degrees(),
                  "note": self.note.toPlainText()}
        detail = self.detail
        saved = self.call(lambda confirm: service.end_patrol(self.actor, detail.id, detail.version, values,
                                                             confirm))
        if saved is not None:
            self.saved = saved
            self.accept()
