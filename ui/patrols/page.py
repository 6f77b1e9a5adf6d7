"""巡逻: the week's patrols (those under way always on top) with the selected one beside them,
and the week's figures on the second tab.

Keyboard: Ctrl+N 开始巡逻, Ctrl+E 结束巡逻 (the selected patrol, or the only one under way),
Ctrl+Shift+N 补录巡逻, Ctrl+D 添加发现, Ctrl+T 巡逻队, Alt+← / Alt+→ the previous / next week,
Enter on a patrol opens it for correction.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import to_local
from station_app.patrols import reading, teams
from station_app.patrols.figures import patrol_figures
from station_app.patrols.views import PatrolDetail
from station_app.patrols.weeks import current_week, shift_week, week_bounds, week_days, week_label
from ui.common.forms import run_dialog, run_service
from ui.common.keys import add_shortcuts
from ui.common.ledger_page import LedgerPage
from ui.common.record_table import RecordTable
from ui.common.station_filter import StationFilter
from ui.patrols.detail_view import PatrolDetailView
from ui.patrols.figures_view import PatrolFiguresView, week_totals
from ui.patrols.patrol_list import PatrolListModel

COLUMN_WIDTHS = (205, 45, 70, 130, 70, 40, 50, 110, 40)


class PatrolsPage(LedgerPage):
    sig_open_case = Signal(object)  # a dispute case opened from a finding

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.can_edit = permissions.allowed(actor.role, "patrols.edit")
        self.week = current_week()
        self.setObjectName("patrols_page")
        self._build()
        self._shortcuts()

    def showEvent(self, event: QShowEvent) -> None:
        # Read again whenever the page comes into view: patrols are started on other PCs too.
        super().showEvent(event)
        self.refresh()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.start_button = self._button(self.tr("开始巡逻"), "Ctrl+N", self.start_patrol, "start_patrol")
        self.end_button = self._button(self.tr("结束巡逻"), "Ctrl+E", self.end_patrol, "end_patrol")
        self.log_button = self._button(self.tr("补录巡逻"), "Ctrl+Shift+N", self.log_patrol, "log_patrol")
        self.teams_button = self._button(self.tr("巡逻队…"), "Ctrl+T", self.manage_teams, "manage_teams")
        for button in (self.start_button, self.end_button, self.log_button):
            button.setVisible(self.can_edit)
            bar.addWidget(button)
        bar.addWidget(self.teams_button)
        bar.addSpacing(16)
        self.previous_week = self._button("◀", "Alt+Left", lambda: self.go_week(-1), "previous_week")
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        self.next_week = self._button("▶", "Alt+Right", lambda: self.go_week(1), "next_week")
        self.this_week = self._button(self.tr("本周"), "", self.go_this_week, "this_week")
        for button in (self.previous_week, self.next_week):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("◀") + 24)
        for widget in (self.previous_week, self.week_label, self.next_week, self.this_week):
            bar.addWidget(widget)
        self.team_filter = QComboBox()
        self.team_filter.setObjectName("team_filter")
        self.team_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        bar.addWidget(self.team_filter)
        self.stations = StationFilter()
        self.stations.currentIndexChanged.connect(lambda _index: self.refresh())
        bar.addWidget(self.stations)
        bar.addStretch(1)
        column.addLayout(bar)
        self.totals = QLabel()
        self.totals.setObjectName("week_totals")
        column.addWidget(self.totals)

        self.tabs = QTabWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = PatrolListModel(self)
        self.table = RecordTable(self.model, "patrols_table", COLUMN_WIDTHS)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.show_row(current.row()))
        self.table.activated.connect(lambda _index: self.edit_patrol())
        self.detail_view = PatrolDetailView()
        self.detail_view.sig_end.connect(self.end_patrol)
        self.detail_view.sig_add_finding.connect(self.add_finding)
        self.detail_view.sig_edit.connect(self.edit_patrol)
        self.detail_view.sig_open_case.connect(self.open_case)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 480])
        self.tabs.addTab(splitter, self.tr("巡逻记录"))
        self.figures_view = PatrolFiguresView()
        self.tabs.addTab(self.figures_view, self.tr("本周统计"))
        column.addWidget(self.tabs, 1)

    def _button(self, text: str, keys: str, slot, name: str) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setObjectName(name)
        if keys:
            button.setToolTip(keys)
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        add_shortcuts(self, [("Ctrl+N", self.start_patrol), ("Ctrl+E", self.end_patrol),
                             ("Ctrl+Shift+N", self.log_patrol), ("Ctrl+D", self.add_finding),
                             ("Ctrl+T", self.manage_teams), ("Alt+Left", lambda: self.go_week(-1)),
                             ("Alt+Right", lambda: self.go_week(1)), ("F5", self.refresh)])

    def show_list(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.table.setFocus()

    # reading
    def refresh(self, select: uuid.UUID | str | None = None) -> None:
        keep = select or self.current_id()
        self.stations.reload()
        self._fill_team_filter()
        start, end = week_bounds(self.week)
        team_id, stations = self.team_filter.currentData(), self.stations.scope()

        def rows() -> list:
            under_way = reading.list_patrols(self.actor, team_id=team_id, in_progress=True, stations=stations)
            ended = reading.list_patrols(self.actor, start, end, team_id, in_progress=False, limit=2000,
                                         stations=stations)
            return under_way + ended

        self.model.show_stations(self.stations.names() if self.stations.covers_others() else None)
        self.table.apply_widths()
        self.model.load(run_service(self, rows) or [])
        hint = self.tr("本周还没有巡逻记录。出发时按 Ctrl+N 开始巡逻，回来后补录请按 Ctrl+Shift+N。") \
            if self.can_edit else self.tr("本周还没有巡逻记录。")
        self.table.set_hint(hint if self.team_filter.currentIndex() <= 0
                            else self.tr("这个巡逻队本周没有巡逻记录。"))
        monday, sunday = week_days(self.week)
        self.week_label.setText(self.tr("{week}（{monday} 至 {sunday}）").replace("{week}", self.week)
                                .replace("{monday}", monday.strftime("%m-%d")).replace("{sunday}",
                                                                                       sunday.strftime("%m-%d")))
        self.next_week.setEnabled(self.week != current_week())
        figures = run_service(self, lambda: patrol_figures(stations or [self.actor.home], start, end))
        if figures is not None:
            self.figures_view.show_figures(figures)
            # 进行中 for a week is the statistics' (started in it, not ended); patrols started in another
            # week and still open are listed too, and counted apart.
            elsewhere = sum(1 for row in self.model.rows
                            if row.in_progress and not start <= row.started_at < end)
            self.totals.setText(week_totals(figures, elsewhere))
        number = self.model.row_of(keep) if keep else -1
        if number < 0 and self.model.rows:
            number = 0
        if number >= 0:
            self.select_row(number)
        else:
            self.detail_view.show_detail(None)

    def _fill_team_filter(self) -> None:
        chosen = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("全部巡逻队"), None)
        stations = self.stations.scope()
        for team in run_service(self, lambda: teams.list_teams(self.actor, stations=stations)) or []:
            # text, not the UUID: QComboBox.findData compares Python objects by identity
            self.team_filter.addItem(team.name, str(team.id))
        index = self.team_filter.findData(chosen) if chosen else 0
        self.team_filter.setCurrentIndex(max(index, 0))
        self.team_filter.blockSignals(False)

    def select_row(self, number: int) -> None:
        self.table.select_row(number)
        self.show_row(number)

    def show_row(self, number: int) -> None:
        patrol_id, every = self.model.id_at(number), self.stations.every()
        detail = None
        if patrol_id:
            detail = run_service(self, lambda: reading.get_patrol(self.actor, patrol_id, every))
        note = self.stations.read_only_note(detail.row.station_id) if detail is not None else ""
        self.detail_view.show_detail(detail, self.can_edit, note)

    def current_id(self) -> uuid.UUID | None:  # type: ignore[override]  (patrol ids stay UUIDs here)
        current = self.table.current_id()
        return uuid.UUID(current) if current else None

    def editable(self, station_id: object) -> bool:
        return self.stations.is_home(station_id)

    def current_detail(self) -> PatrolDetail | None:
        return self.detail_view.detail

    def go_week(self, step: int) -> None:
        target = shift_week(self.week, step)
        if step > 0 and target > current_week():
            return
        self.week = target
        self.refresh()

    def go_this_week(self) -> None:
        self.week = current_week()
        self.refresh()

    def open_patrol(self, patrol_id: uuid.UUID) -> bool:
        """Show a patrol (the dashboard calls this): its week, selected."""
        detail = run_service(self, lambda: reading.get_patrol(self.actor, patrol_id, self.stations.every()))
        if detail is None:
            return False
        self.tabs.setCurrentIndex(0)
        self.team_filter.setCurrentIndex(0)
        self.week = week_label(to_local(detail.row.started_at).date())
        self._show_saved(detail)
        self.table.setFocus()
        return True

    # writing
    def start_patrol(self) -> PatrolDetail | None:
        return self._patrol_dialog("start")

    def log_patrol(self) -> PatrolDetail | None:
        return self._patrol_dialog("log")

    def edit_patrol(self) -> PatrolDetail | None:
        detail = self.current_detail()
        if detail is None or not self.editable(detail.row.station_id):
            return None
        return self._patrol_dialog("edit", detail)

    def _patrol_dialog(self, mode: str, detail: PatrolDetail | None = None) -> PatrolDetail | None:
        if not self.can_edit:
            return None
        from ui.patrols.patrol_dialog import PatrolDialog

        dialog = PatrolDialog(self.actor, mode, detail, self, team_id=self.team_filter.currentData())
        saved = run_dialog(dialog, "saved")
        if saved is None:
            return None
        self._show_saved(saved)
        return saved

    def _show_saved(self, detail: PatrolDetail) -> None:
        """The list moves to the saved patrol's week (one entered afterwards may be last week's)."""
        if not detail.row.in_progress:
            self.week = week_label(to_local(detail.row.started_at).date())
        self.refresh(select=detail.id)

    def end_patrol(self) -> PatrolDetail | None:
        if not self.can_edit:
            return None
        detail = self.current_detail()
        if detail is None or not detail.row.in_progress or not self.editable(detail.row.station_id):
            under_way = [row for row in self.model.rows if row.in_progress and self.editable(row.station_id)]
            if len(under_way) != 1:
                self.totals.setText(self.tr("请先在列表中选中要结束的巡逻（进行中的显示在最上面）。"))
                return None
            detail = run_service(self, lambda: reading.get_patrol(self.actor, under_way[0].id))
            if detail is None:
                return None
        from ui.patrols.end_dialog import EndPatrolDialog

        return self._saved_by(EndPatrolDialog(self.actor, detail, self))

    def add_finding(self) -> object:
        detail = self.current_detail()
        if detail is None or not self.can_edit or not self.editable(detail.row.station_id):
            return None
        from ui.patrols.finding_dialog import PatrolFindingDialog

        return self._saved_by(PatrolFindingDialog(self.actor, detail, self), detail)

    def _saved_by(self, dialog: QWidget, shown: PatrolDetail | None = None) -> object:
        """What `dialog` saved, with its patrol (or `shown`) selected in the list afterwards."""
        saved = run_dialog(dialog, "saved")
        if saved is not None:
            self._show_saved(shown or saved)
        return saved

    def manage_teams(self) -> None:
        from ui.patrols.teams_dialog import PatrolTeamsDialog

        dialog = PatrolTeamsDialog(self.actor, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def open_case(self, case_id: uuid.UUID) -> None:
        """Switch the main window to 矛盾纠纷 and show the case the finding opened."""
        self.sig_open_case.emit(case_id)
        window = self.window()
        if hasattr(window, "show_page"):
            page = window.show_page("disputes")
            if hasattr(page, "open_case"):
                page.open_case(case_id)
