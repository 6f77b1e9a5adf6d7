"""The week's figures: totals, then per team and per person (volunteer hours for the report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.patrols.figures import PatrolFigures
from station_app.patrols.vocab import FINDING_KINDS
from ui.common.forms import text_label
from ui.patrols.labels import duration_text, vt


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, ...]]) -> None:
    table.setRowCount(len(rows))
    for number, values in enumerate(rows):
        for column, value in enumerate(values):
            text = f"{value:g}" if isinstance(value, float) else str(value)
            item = QTableWidgetItem(text)
            if isinstance(value, (int, float)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(number, column, item)


def week_totals(figures: PatrolFigures, elsewhere: int = 0) -> str:
    """The patrol page's one-line totals; 进行中 counts as the figures do (started in the period,
    not ended); `elsewhere`: open patrols listed that started in another week."""
    totals = (QCoreApplication.translate(
        "PatrolsPage", "本周巡逻 {n} 次 · {hours} · {km} 公里 · 义警 {volunteers} 人 {vhours}"
        " · 夜间 {night} 次 · 雪天 {snow} 次 · 进行中 {open} 次")
              .replace("{n}", str(figures.patrols)).replace("{hours}", duration_text(figures.hours))
              .replace("{km}", f"{figures.km:g}").replace("{volunteers}", str(figures.volunteers))
              .replace("{vhours}", duration_text(figures.volunteer_hours))
              .replace("{night}", str(figures.night)).replace("{snow}", str(figures.snow))
              .replace("{open}", str(figures.in_progress)))
    if elsewhere:
        totals += QCoreApplication.translate("PatrolsPage", "（另有 {n} 次不是本周开始、仍未结束）").replace(
            "{n}", str(elsewhere))
    return totals


class PatrolFiguresView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrol_figures")
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.summary = text_label("figures_summary", selectable=True)
        column.addWidget(self.summary)
        row = QHBoxLayout()
        teams_box = QGroupBox(self.tr("按巡逻队"))
        QVBoxLayout(teams_box).addWidget(table := _table("figures_teams", [
            self.tr("巡逻队"), self.tr("类型"), self.tr("次数"), self.tr("时长"), self.tr("公里"),
            self.tr("人数"), self.tr("人·小时"), self.tr("义警人数"), self.tr("义警时长")]))
        self.teams = table
        people_box = QGroupBox(self.tr("按人员（义警时长）"))
        QVBoxLayout(people_box).addWidget(table := _table("figures_people", [
            self.tr("姓名"), self.tr("身份"), self.tr("次数"), self.tr("时长"), self.tr("公里"),
            self.tr("带队"), self.tr("巡逻队")]))
        table.horizontalHeader().setStretchLastSection(True)
        self.people = table
        row.addWidget(teams_box, 1)
        row.addWidget(people_box, 1)
        column.addLayout(row, 1)

    def show_figures(self, figures: PatrolFigures) -> None:
        under_way = (self.tr("（其中 {n} 次进行中，未计时长）").replace("{n}", str(figures.in_progress))
                     if figures.in_progress else "")
        found = "、".join(f"{vt(label)} {figures.findings.get(key, 0)}"
                         for key, label in FINDING_KINDS.items())
        self.summary.setText(
            self.tr("巡逻 {n} 次{under_way}，共 {hours}、{km} 公里；夜间 {night} 次，雪天 {snow} 次。")
            .replace("{n}", str(figures.patrols)).replace("{under_way}", under_way)
            .replace("{hours}", duration_text(figures.hours)).replace("{km}", f"{figures.km:g}")
            .replace("{night}", str(figures.night)).replace("{snow}", str(figures.snow))
            + "\n"
            + self.tr("参加 {people} 人，义警 {volunteers} 人、{vhours}。"
                      "发现：{found}；登记纠纷 {cases} 件。")
            .replace("{people}", str(figures.people)).replace("{volunteers}", str(figures.volunteers))
            .replace("{vhours}", duration_text(figures.volunteer_hours)).replace("{found}", found)
            .replace("{cases}", str(figures.cases_opened)))
        _fill(self.teams, [(team.name, vt(team.kind_label), team.patrols, duration_text(team.hours), team.km,
                            team.people, team.person_hours, team.volunteers,
                            duration_text(team.volunteer_hours))
                           for team in figures.teams])
        volunteer, staff = self.tr("义警"), self.tr("民警/辅警")
        _fill(self.people, [(person.name, volunteer if person.is_volunteer else staff, person.patrols,
                             duration_text(person.hours), person.km, person.led, "、".join(person.teams))
                            for person in figures.persons])
