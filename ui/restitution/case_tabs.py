"""The tabs of a restitution case: victims (lost, returned, promised, still owed), money
recovered, every return, and the 集中返赃 events. Buttons under a tab act on its current row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.core.clock import format_local
from station_app.restitution.views import CaseDetail
from ui.mediation.case_tabs import add_row, tree
from ui.restitution.labels import money, vt

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _money_columns(widget: QTreeWidget, columns: tuple[int, ...]) -> None:
    for index in range(widget.topLevelItemCount()):
        item = widget.topLevelItem(index)
        for column in columns:
            item.setTextAlignment(column, RIGHT)


class RestitutionTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restitution_tabs")
        self.victims = tree("victims", [
            self.tr("序号"), self.tr("被害人"), self.tr("所在地"), self.tr("居民"), self.tr("被骗（元）"),
            self.tr("已返还（元）"), self.tr("待发还（元）"), self.tr("尚欠（元）")],
            (40, 110, 160, 40, 88, 88, 88, 88))
        self.victims.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.victims.header().setStretchLastSection(False)
        self.edit_victim_button = QPushButton(self.tr("修改被害人…"))
        self.addTab(self._page(self.victims, self.edit_victim_button), self.tr("被害人"))
        self.recoveries = tree("recoveries", [self.tr("追回日期"), self.tr("金额（元）"), self.tr("来源"),
                                              self.tr("登记人"), self.tr("备注")], (96, 100, 150, 80))
        self.remove_recovery_button = QPushButton(self.tr("删除追回记录…"))
        self.addTab(self._page(self.recoveries, self.remove_recovery_button), self.tr("追回"))
        self.returns = tree("returns", [self.tr("返还日期"), self.tr("被害人"), self.tr("金额（元）"),
                                        self.tr("状态"), self.tr("签收"), self.tr("发还人"), self.tr("方式")],
                            (96, 120, 100, 70, 60, 90))
        self.addTab(self._page(self.returns), self.tr("返还记录"))
        self.events = tree("events", [self.tr("返还日期"), self.tr("地点"), self.tr("人数"),
                                      self.tr("合计（元）"), self.tr("状态"), self.tr("校验码")],
                           (96, 180, 50, 100, 70))
        self.print_event_button = QPushButton(self.tr("打印签收单…"))
        self.continue_event_button = QPushButton(self.tr("签收并标记已返还…"))
        self.cancel_event_button = QPushButton(self.tr("取消这次返还…"))
        self.addTab(self._page(self.events, self.print_event_button, self.continue_event_button,
                               self.cancel_event_button), self.tr("集中返赃"))

    @staticmethod
    def _page(widget: QTreeWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(widget, 1)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                button.setAutoDefault(False)
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        return page

    def show_detail(self, detail: CaseDetail) -> None:
        for widget in (self.victims, self.recoveries, self.returns, self.events):
            widget.clear()
        for victim in detail.victims:
            add_row(self.victims, [str(victim.position), victim.name, victim.place,
                                   self.tr("是") if victim.resident_id else "", money(victim.lost),
                                   money(victim.returned), money(victim.pending) if victim.pending else "",
                                   money(victim.balance)], victim)
        _money_columns(self.victims, (4, 5, 6, 7))
        for recovery in detail.recoveries:
            add_row(self.recoveries, [recovery.recovered_on.isoformat(), money(recovery.amount),
                                      recovery.source, recovery.recorded_by, recovery.note], recovery)
        _money_columns(self.recoveries, (1,))
        for item in detail.returns:
            how = self.tr("集中返赃") if item.event_id else self.tr("单笔")
            add_row(self.returns, [item.returned_on.isoformat(), item.victim_name, money(item.amount),
                                   vt(item.state_label), self.tr("已签收") if item.receipt_signed else "",
                                   item.handed_over_by, how], item)
        _money_columns(self.returns, (2,))
        for event in detail.events:
            entry = add_row(self.events, [event.held_on.isoformat(), event.place, str(len(event.lines)),
                                          money(event.total), vt(event.state_label), event.verification_code],
                            event)
            if event.completed_at:
                entry.setToolTip(4, self.tr("标记已返还：") + format_local(event.completed_at))
        _money_columns(self.events, (3,))
        counts = (len(detail.victims), len(detail.recoveries), len(detail.returns), len(detail.events))
        for index, (title, count) in enumerate(zip((self.tr("被害人"), self.tr("追回"), self.tr("返还记录"),
                                                    self.tr("集中返赃")), counts, strict=True)):
            self.setTabText(index, f"{title}（{count}）")
