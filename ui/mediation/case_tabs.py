"""The tabs of the case page: timeline, risk and warnings, plan, sessions, agreement, follow-ups,
attachments. Each shows one part of a CaseDetail; a button that acts on a row calls the page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.clock import format_local
from station_app.documents.money import amount_in_capitals, format_amount
from station_app.mediation.views import CaseDetail, TimelineEntry
from station_app.mediation.vocab import AGREEMENT_KINDS, RISK_FACTORS
from ui.common.core_text import core_text
from ui.mediation.labels import vt

ROW_ROLE = Qt.ItemDataRole.UserRole  # the view object a row shows


def tree(name: str, headers: Sequence[str], widths: Sequence[int] = ()) -> QTreeWidget:
    widget = QTreeWidget()
    widget.setObjectName(name)
    widget.setHeaderLabels(list(headers))
    widget.setRootIsDecorated(False)
    widget.setAlternatingRowColors(True)
    widget.setUniformRowHeights(True)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for column, width in enumerate(widths):
        widget.setColumnWidth(column, width)
    return widget


def add_row(widget: QTreeWidget, texts: Sequence[str], data: object = None) -> QTreeWidgetItem:
    texts = [core_text(text or "") for text in texts]  # levels, satisfaction, the core's notes
    item = QTreeWidgetItem(widget, texts)
    for column, text in enumerate(texts):
        if text:
            item.setToolTip(column, text)
    item.setData(0, ROW_ROLE, data)
    return item


def current_data(widget: QTreeWidget) -> object:
    item = widget.currentItem()
    if item is None and widget.topLevelItemCount():
        item = widget.topLevelItem(0)  # nothing picked: the newest row, which is listed first
    return item.data(0, ROW_ROLE) if item is not None else None


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _tab(body: QWidget, buttons: Sequence[QPushButton] = ()) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(4, 4, 4, 4)
    column.addWidget(body, 1)
    if buttons:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
    return page


class CaseTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_tabs")
        self.timeline = tree("timeline", [self.tr("时间"), self.tr("经办人"), self.tr("事项"),
                                          self.tr("说明")], (130, 80, 90))
        self.addTab(_tab(self.timeline), self.tr("时间线"))

        self.assessments = tree("assessments", [self.tr("评估时间"), self.tr("等级"), self.tr("风险因素"),
                                                self.tr("评估人"), self.tr("说明")], (130, 50, 260, 70))
        self.warnings = tree("warnings", [self.tr("通报对象"), self.tr("通报时间"), self.tr("发出人"),
                                          self.tr("签收"), self.tr("内容")], (110, 130, 70, 170))
        self.print_warning_button = self.button("print_warning", self.tr("打印通报…"))
        self.acknowledge_button = self.button("acknowledge_warning", self.tr("登记签收…"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.assessments)
        split.addWidget(self.warnings)
        self.addTab(_tab(split, [self.print_warning_button, self.acknowledge_button]), self.tr("风险与预警"))

        self.plans = tree("plans", [self.tr("工作措施"), self.tr("责任人"), self.tr("期限"), self.tr("完成")],
                          (320, 80, 90))
        self.complete_plan_button = self.button("complete_plan", self.tr("标记完成"))
        self.addTab(_tab(self.plans, [self.complete_plan_button]), self.tr("一事一策"))

        self.sessions = tree("sessions", [self.tr("次"), self.tr("时间"), self.tr("地点"), self.tr("调解人"),
                                          self.tr("记录人"), self.tr("结果")], (30, 130, 150, 110, 70))
        self.print_session_button = self.button("print_session", self.tr("打印调解笔录…"))
        self.addTab(_tab(self.sessions, [self.print_session_button]), self.tr("调解"))

        self.agreement = QTextBrowser()
        self.agreement.setObjectName("agreement_summary")
        self.edit_agreement_button = self.button("edit_agreement", self.tr("编辑协议…"))
        self.print_agreement_button = self.button("print_agreement", self.tr("预览/打印协议…"))
        self.addTab(_tab(self.agreement, [self.edit_agreement_button, self.print_agreement_button]),
                    self.tr("协议"))

        self.follow_ups = tree("follow_ups", [self.tr("应回访"), self.tr("回访时间"), self.tr("回访人"),
                                              self.tr("履行"), self.tr("满意度"), self.tr("剩余风险"),
                                              self.tr("措施")], (90, 130, 70, 60, 70, 70))
        self.addTab(_tab(self.follow_ups), self.tr("回访"))

        self.attachments = tree("attachments", [self.tr("文件"), self.tr("类别"), self.tr("大小"),
                                                self.tr("添加人")], (300, 110, 80))
        self.add_attachment_button = self.button("add_attachment", self.tr("添加附件…"))
        self.open_attachment_button = self.button("open_attachment", self.tr("打开"))
        self.save_attachment_button = self.button("save_attachment", self.tr("另存为…"))
        self.addTab(_tab(self.attachments, [self.add_attachment_button, self.open_attachment_button,
                                            self.save_attachment_button]), self.tr("附件"))

    def button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def connect(self, handlers: dict[str, Callable[[], None]]) -> None:
        for name, slot in handlers.items():
            self.findChild(QPushButton, name).clicked.connect(slot)
        self.attachments.itemActivated.connect(lambda *_: handlers["open_attachment"]())

    # showing a case
    def show_detail(self, detail: CaseDetail) -> None:
        self._timeline(detail)
        self._risk(detail)
        self._plans(detail)
        self._sessions(detail)
        self.agreement.setHtml(self.agreement_html(detail))
        self._follow_ups(detail)
        self._attachments(detail)
        counts = (len(detail.timeline), len(detail.assessments) + len(detail.warnings), len(detail.plans),
                  len(detail.sessions), 1 if detail.agreement else 0, len(detail.follow_ups),
                  len(detail.attachments))
        titles = (self.tr("时间线"), self.tr("风险与预警"), self.tr("一事一策"), self.tr("调解"),
                  self.tr("协议"), self.tr("回访"), self.tr("附件"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.setTabText(index, f"{title} ({count})" if count and index not in (0, 4) else title)

    def _timeline(self, detail: CaseDetail) -> None:
        self.timeline.clear()
        for entry in detail.timeline:
            add_row(self.timeline, [self.when(entry), entry.who, vt(entry.action), entry.description], entry)
        self.timeline.resizeColumnToContents(2)  # the step's name whole ("Risk assessed"), not cut
        if self.timeline.topLevelItemCount():
            self.timeline.scrollToItem(self.timeline.topLevelItem(self.timeline.topLevelItemCount() - 1))

    def when(self, entry: TimelineEntry) -> str:
        """When it happened; and when it was entered, where that was another day or time."""
        entered = format_local(entry.at)
        happened = entry.happened_at
        if happened is None:
            return entered
        if isinstance(happened, datetime):
            shown, same = format_local(happened), abs(happened - entry.at) < timedelta(minutes=5)
        else:
            shown, same = happened.isoformat(), happened.isoformat() == entered[:10]
        if same:
            return entered
        text = self.tr("{happened}（{entered} 录入）")
        return text.replace("{happened}", shown).replace("{entered}", entered)

    def _risk(self, detail: CaseDetail) -> None:
        self.assessments.clear()
        for item in reversed(detail.assessments):
            factors = "、".join(vt(RISK_FACTORS[name][0]) for name in item.factors if name in RISK_FACTORS)
            add_row(self.assessments, [format_local(item.assessed_at), item.level, factors or self.tr("无"),
                                       item.assessed_by, item.note], item)
        self.warnings.clear()
        for item in reversed(detail.warnings):
            acknowledged = (f"{item.acknowledged_by}（{format_local(item.acknowledged_at)}）"
                            if item.acknowledged_at else self.tr("未签收"))
            add_row(self.warnings, [item.recipient, format_local(item.sent_at), item.sent_by, acknowledged,
                                    item.content], item)

    def _plans(self, detail: CaseDetail) -> None:
        self.plans.clear()
        for item in detail.plans:
            done = format_local(item.done_at) if item.done_at else self.tr("未完成")
            add_row(self.plans, [item.measures, item.responsible, item.deadline.isoformat(), done], item)

    def _sessions(self, detail: CaseDetail) -> None:
        self.sessions.clear()
        for number, item in reversed(list(enumerate(detail.sessions, start=1))):
            add_row(self.sessions, [str(number), format_local(item.started_at), item.place,
                                    "、".join(item.mediators), item.note_taker, item.outcome], item)

    def _follow_ups(self, detail: CaseDetail) -> None:
        self.follow_ups.clear()
        done, not_done = self.tr("已履行"), self.tr("未履行")
        for item in detail.follow_ups:
            performed = "" if item.performed is None else done if item.performed else not_done
            performed = vt(item.outcome) if item.outcome else performed
            add_row(self.follow_ups, [item.due_on.isoformat(), format_local(item.done_at), item.visitor,
                                      performed, item.satisfaction, item.remaining_risk, item.measures], item)

    def _attachments(self, detail: CaseDetail) -> None:
        self.attachments.clear()
        for item in detail.attachments:
            size = f"{item.size / 1024:,.0f} KB" if item.size >= 1024 else f"{item.size} B"
            purpose = QCoreApplication.translate("Attachments", item.purpose)
            add_row(self.attachments, [item.file_name, purpose, size, item.added_by], item)

    def agreement_html(self, detail: CaseDetail) -> str:
        """The agreement as the page shows it: enough to check it before printing."""
        agreement = detail.agreement
        if agreement is None:
            note = self.tr("尚未起草调解协议。调解后点“调解协议…”起草。")
            return f"<p style='color:#5f6368'>{note}</p>"
        terms = []
        for term in agreement.terms:
            money = (f"：{amount_in_capitals(term.amount_fen)}（¥{format_amount(term.amount_fen)}）"
                     if term.amount_fen is not None else "")
            terms.append(f"<li>{_escape(term.text)}{money}</li>")
        deadline = agreement.performance_deadline.isoformat() if agreement.performance_deadline else ""
        missing = "<span style='color:#b00020'>" + self.tr("未填") + "</span>"
        if agreement.signed_on:
            status = self.tr("已于 {date} 签订").replace("{date}", agreement.signed_on.isoformat())
        elif agreement.document_sha256:
            status = self.tr("已打印，待签订")
        elif agreement.verification_code:
            status = self.tr("打印后又修改过，须重新打印")
        else:
            status = self.tr("草稿，尚未打印")
        rows = [
            (self.tr("种类"), _escape(vt(AGREEMENT_KINDS.get(agreement.kind, agreement.kind)))),
            (self.tr("编号"), _escape(agreement.number)),
            (self.tr("状态"), _escape(status)),
            (self.tr("纠纷事实"), _escape(agreement.facts) or missing),
            (self.tr("责任认定"), _escape(agreement.responsibility)),
            (self.tr("协议条款"), f"<ol style='margin:0'>{''.join(terms)}</ol>" if terms else missing),
            (self.tr("履行方式"), _escape(agreement.performance_method) or missing),
            (self.tr("履行地点"), _escape(agreement.performance_place)),
            (self.tr("履行期限"), _escape(deadline) or missing),
            (self.tr("协议日期"), agreement.agreement_date.isoformat()),
            (self.tr("校验码"), _escape(agreement.verification_code)),
        ]
        cells = "".join(f"<tr><td style='color:#5f6368;padding-right:12px' valign='top'>{label}</td>"
                        f"<td>{value}</td></tr>" for label, value in rows)
        return f"<table cellspacing='4'>{cells}</table>"
