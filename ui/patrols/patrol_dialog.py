"""开始巡逻 / 补录巡逻 / 修改巡逻: one form, three uses.

- start: the time is now; the team, who goes, where — Enter and they are out. 结束巡逻 comes later.
- log: a patrol entered afterwards, with its end, distance and notes.
- edit: any field of a patrol already recorded.

Tab walks the form top to bottom; the type follows the start hour (夜间 from 20:00) until chosen.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QWidget

from station_app.core.actor import Actor
from station_app.core.clock import local_now, to_local
from station_app.patrols import limits, service, teams
from station_app.patrols.inputs import default_kind
from station_app.patrols.views import PatrolDetail, TeamView
from station_app.patrols.vocab import PATROL_KINDS
from ui.common.fields import datetime_edit, line_edit, picked_datetime, text_box
from ui.common.forms import run_service
from ui.patrols.form import PatrolForm
from ui.patrols.labels import vt
from ui.patrols.widgets import PatrolAreaPicker, PatrolMemberChecklist, TemperatureSpin, weather_edit


class PatrolDialog(PatrolForm):
    def __init__(self, actor: Actor, mode: str = "start", detail: PatrolDetail | None = None,
                 parent: QWidget | None = None, team_id: object = None) -> None:
        super().__init__("", parent)
        titles = {"start": self.tr("开始巡逻"), "log": self.tr("补录巡逻"), "edit": self.tr("修改巡逻记录")}
        self.setWindowTitle(titles[mode])
        if mode == "start":
            self.save_button.setText(self.tr("开始巡逻"))
        self.actor, self.mode, self.detail = actor, mode, detail
        self.saved: PatrolDetail | None = None
        self.setObjectName(f"patrol_{mode}")
        self._kind_chosen = False
        all_teams = run_service(self, lambda: teams.list_teams(actor)) or []
        current = detail.row.team_id if detail else None
        self.teams: list[TeamView] = [team for team in all_teams if team.active or team.id == current]
        self._build()
        if detail is not None:
            self._fill(detail)
        else:
            self._choose_team(team_id)
        self.resize(660, self.sizeHint().height())

    def _build(self) -> None:
        self.team = QComboBox()
        self.team.setObjectName("team")
        for team in self.teams:
            self.team.addItem(f"{team.name}（{vt(team.kind_label)}）", str(team.id))
        self.add_row(self.tr("巡逻队*"), "team_id", self.team)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in PATROL_KINDS.items():
            self.kind.addItem(vt(label), key)
        self.add_row(self.tr("巡逻类型*"), "kind", self.kind)
        now = local_now()
        start = now if self.mode == "start" else now.replace(minute=0) - timedelta(hours=3)
        self.started_at = datetime_edit(start)
        self.started_at.setObjectName("started_at")
        self.add_row(self.tr("开始时间*"), "started_at", self.started_at)
        self.ended_at = datetime_edit(now.replace(minute=0) if self.mode != "start" else now)
        self.ended_at.setObjectName("ended_at")
        if self.mode != "start":
            self.add_row(self.tr("结束时间*"), "ended_at", self.ended_at)
        self.members = PatrolMemberChecklist()
        self.add_row(self.tr("参加人员*"), "members", self.members)
        self.leader = QComboBox()
        self.leader.setObjectName("leader")
        self.add_row(self.tr("带队人"), "leader", self.leader)
        self.areas = PatrolAreaPicker(self.actor)
        self.add_row(self.tr("巡逻区域"), "area_ids", self.areas)
        self.route = line_edit("route", self.tr("如：S203省道—查干陶勒盖嘎查—草场围栏"))
        self.add_row(self.tr("路线"), "route", self.route)
        self.weather = weather_edit()
        self.weather.setPlaceholderText(self.tr("如：雪、大风"))
        self.add_row(self.tr("天气"), "weather", self.weather)
        self.temperature = TemperatureSpin()
        self.temperature.setObjectName("temperature")
        self.add_row(self.tr("气温"), "temperature_c", self.temperature)
        self.vehicles = line_edit("vehicles", self.tr("如：警车 蒙G·J0152、摩托车2辆；步巡可不填"))
        self.add_row(self.tr("车辆"), "vehicles", self.vehicles)
        self.distance = line_edit("distance_km", self.tr("公里，如 12.5"))
        self.note = text_box(60, self.tr("巡逻情况（Ctrl+Enter 保存）"))
        self.note.setObjectName("note")
        if self.mode != "start":
            self.add_row(self.tr("里程"), "distance_km", self.distance)
            self.add_row(self.tr("备注"), "note", self.note)
        self.errors.apply_limits(limits.PATROL)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.kind.activated.connect(self._kind_picked)
        self.started_at.dateTimeChanged.connect(self._start_changed)
        self.members.sig_changed.connect(self._refresh_leaders)
        self._start_changed()

    # following the choices
    def current_team(self) -> TeamView | None:
        key = self.team.currentData()
        return next((team for team in self.teams if str(team.id) == key), None)

    def _choose_team(self, team_id: object) -> None:
        index = self.team.findData(str(team_id)) if team_id else 0
        self.team.setCurrentIndex(max(index, 0))
        self._team_changed()

    def _team_changed(self) -> None:
        team = self.current_team()
        if team is None:
            self.members.set_members([])
            return
        leader = [team.leader.id] if team.leader else []
        self.members.set_members(team.active_members, leader)

    def _kind_picked(self) -> None:
        self._kind_chosen = True

    def _start_changed(self) -> None:
        if not self._kind_chosen:
            self.kind.setCurrentIndex(self.kind.findData(default_kind(picked_datetime(self.started_at))))

    def _refresh_leaders(self) -> None:
        previous = self.leader.currentData()
        team = self.current_team()
        self.leader.clear()
        checked = self.members.checked()
        for member in checked:
            self.leader.addItem(member.name, str(member.id))
        preferred = previous or (str(team.leader.id) if team and team.leader else None)
        index = self.leader.findData(preferred) if preferred else -1
        self.leader.setCurrentIndex(index if index >= 0 else 0)

    def _fill(self, detail: PatrolDetail) -> None:
        self._kind_chosen = True
        self.team.setCurrentIndex(max(self.team.findData(str(detail.row.team_id)), 0))
        team = self.current_team()
        members = list(team.active_members) if team else []
        # someone who has left the team since still shows, ticked, on their old patrol
        on_patrol = {(person.person_kind, person.person_id) for person in detail.people}
        known = {(member.person_kind, member.person_id) for member in members}
        members += [member for member in (team.members if team else [])
                    if (member.person_kind, member.person_id) in on_patrol - known]
        self.members.set_members(members, [member.id for member in members
                                           if (member.person_kind, member.person_id) in on_patrol])
        leader = detail.leader
        if leader is not None:
            match = next((m for m in members if (m.person_kind, m.person_id) == (leader.person_kind,
                                                                                  leader.person_id)), None)
            if match is not None:
                self.leader.setCurrentIndex(max(self.leader.findData(str(match.id)), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(detail.row.kind), 0))
        start = to_local(detail.row.started_at).replace(tzinfo=None)
        self.started_at.setDateTime(datetime_edit(start).dateTime())
        if detail.row.ended_at is not None:
            end = to_local(detail.row.ended_at).replace(tzinfo=None)
            self.ended_at.setDateTime(datetime_edit(end).dateTime())
        elif self.mode == "edit":
            self.form.setRowVisible(self.ended_at.parentWidget(), False)
        for area_id, path in detail.areas:
            self.areas.add(area_id, path)
        self.route.setText(detail.route)
        self.weather.setText("、".join(detail.row.weather))
        self.temperature.set_degrees(detail.row.temperature_c)
        self.vehicles.setText(detail.vehicles)
        self.distance.setText("" if detail.row.distance_km is None else f"{detail.row.distance_km:g}")
        self.note.setPlainText(detail.note)

    # saving
    def details(self) -> dict[str, object]:
        route = self.route.text().strip()
        typed_place = self.areas.pending_text()
        if typed_place and typed_place not in route:
            route = "—".join(part for part in (typed_place, route) if part)
        values: dict[str, object] = {
            "team_id": self.team.currentData(), "kind": self.kind.currentData(),
            "started_at": picked_datetime(self.started_at),
            "members": [member.id for member in self.members.checked()],
            "leader": self.leader.currentData(), "area_ids": self.areas.area_ids(), "route": route,
            "weather": self.weather.text(), "temperature_c": self.temperature.degrees(),
            "vehicles": self.vehicles.text(),
        }
        if self.mode != "start":
            values.update(distance_km=self.distance.text(), note=self.note.toPlainText())
            if self.mode == "log" or (self.detail and self.detail.row.ended_at is not None):
                values["ended_at"] = picked_datetime(self.ended_at)
        return values

    def submit(self) -> None:
        values = self.details()
        if self.mode == "start":
            saved = self.call(lambda _confirm: service.start_patrol(self.actor, values))
        elif self.mode == "log":
            saved = self.call(lambda confirm: service.log_patrol(self.actor, values, confirm))
        else:
            assert self.detail is not None
            detail = self.detail
            saved = self.call(lambda confirm: service.update_patrol(self.actor, detail.id, detail.version,
                                                                    values, confirm))
        if saved is not None:
            self.saved = saved
            self.accept()
