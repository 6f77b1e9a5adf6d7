"""协议签订: which printed copy the parties signed (its 校验码), the date, and the scanned signed
copy to keep with the case. Only the copy printed since the agreement last changed can be signed:
the dialog says so before the officer fills anything in."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.mediation import steps
from station_app.mediation.views import AgreementView, CaseDetail
from ui.common.fields import date_edit, file_field, picked_date
from ui.common.forms import ERROR_STYLE
from ui.mediation.attachments import attach_paths, pick_files
from ui.mediation.step_dialog import CaseHost, StepDialog

SIGNED_COPY = "已签协议扫描件"


class SignDialog(StepDialog):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("协议签订"), parent)
        agreement = host.detail.agreement
        self.code = ""
        if agreement is not None:
            about = QLabel(self.tr("{number}，协议日期 {date}").replace("{number}", agreement.number)
                           .replace("{date}", agreement.agreement_date.isoformat()))
            self.layout_.insertWidget(0, about)
            copy = QLabel(self._copy_text(agreement))
            copy.setObjectName("signed_copy")
            copy.setWordWrap(True)
            if not agreement.document_sha256:
                copy.setStyleSheet(ERROR_STYLE)
            self.layout_.insertWidget(1, copy)
            self.code = agreement.verification_code if agreement.document_sha256 else ""
        self.signed_on = self.add_row(self.tr("签订日期*"), "signed_on", date_edit(local_today()))
        cell, self.scan = file_field("scan_path", self.tr("扫描或拍照的已签协议（可稍后在“附件”中添加）"),
                                     self.tr("浏览…"), self._browse)
        self.add_row(self.tr("已签协议"), "file", cell)
        note = QLabel(self.tr("签订后将自动安排 7 天和 30 天回访。"))
        note.setStyleSheet("color: #5f6368;")
        self.layout_.insertWidget(self.layout_.count() - 2, note)

    def _copy_text(self, agreement: AgreementView) -> str:
        if agreement.document_sha256:
            return self.tr("签字的是校验码为 {code} 的打印件（请与纸上页脚的校验码核对）。").replace(
                "{code}", agreement.verification_code)
        if agreement.verification_code:
            return self.tr("协议在打印（校验码 {code}）之后又修改过：请先重新打印，再让当事人签字。").replace(
                "{code}", agreement.verification_code)
        return self.tr("协议尚未打印：请先在“调解协议”中预览并打印，再让当事人签字。")

    def _browse(self) -> None:
        paths = pick_files(self, self.tr("选择已签协议的扫描件"))
        if paths:
            self.scan.setText(paths[0])

    def call(self, case_id: uuid.UUID, version: int) -> CaseDetail:
        return steps.mark_signed(self.actor, case_id, version, picked_date(self.signed_on),
                                 verification_code=self.code or None)

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
