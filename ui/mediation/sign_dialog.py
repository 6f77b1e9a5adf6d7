"""协议签订: the date the parties signed, and the scanned signed copy to keep with the case."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.mediation import steps
from station_app.mediation.views import CaseDetail
from ui.common.fields import date_edit, file_field, picked_date
from ui.mediation.attachments import attach_paths, pick_files
from ui.mediation.step_dialog import CaseHost, StepDialog

SIGNED_COPY = "已签协议扫描件"


class SignDialog(StepDialog):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("协议签订"), parent)
        agreement = host.detail.agreement
        if agreement is not None:
            about = QLabel(self.tr("{number}，协议日期 {date}").replace("{number}", agreement.number)
                           .replace("{date}", agreement.agreement_date.isoformat()))
            self.layout_.insertWidget(0, about)
        self.signed_on = self.add_row(self.tr("签订日期*"), "signed_on", date_edit(local_today()))
        cell, self.scan = file_field("scan_path", self.tr("扫描或拍照的已签协议（可稍后在“附件”中添加）"),
                                     self.tr("浏览…"), self._browse)
        self.add_row(self.tr("已签协议"), "file", cell)
        note = QLabel(self.tr("签订后将自动安排 7 天和 30 天回访。"))
        note.setStyleSheet("color: #5f6368;")
        self.layout_.insertWidget(self.layout_.count() - 2, note)

    def _browse(self) -> None:
        paths = pick_files(self, self.tr("选择已签协议的扫描件"))
        if paths:
            self.scan.setText(paths[0])

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.mark_signed(self.actor, case_id, version, picked_date(self.signed_on))

    def submit(self) -> None:
        scan = self.scan.text().strip()
        if scan and not Path(scan).is_file():
            self.errors.show(ValidationError.single("file", self.tr("找不到这个文件，请重新选择。")))
            return
        super().submit()
        if self.result_detail is not None and self.scan.text().strip():
            # Signed first (one transaction), then the copy: a copy that fails to save is reported
            # and can be added again from 附件; the signing itself stands.
            attach_paths(self.parentWidget() or self, self.host, [self.scan.text().strip()], SIGNED_COPY)
