"""设置 → 与县局互认密钥: this database's fingerprint, the enrolment file to carry on the stick, the
other side's file imported after comparing its fingerprint by phone, and who is enrolled.

At a station: export the station's file for the county, import the county's. At the county: import
each station's file, export the county's for them, revoke a station. The dialog that shows the
other side's fingerprint asks the person to compare it before anything is registered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import format_local
from station_app.exchange.enrolment import (
    EnrolmentFile,
    PartnerView,
    export_enrolment,
    import_enrolment,
    key_info,
    list_partners,
    make_keys,
    read_enrolment,
    revoke,
)
from ui.common import file_dialogs
from ui.common.forms import ERROR_STYLE, run_service

OK_STYLE = "color: #1b7f3b;"


class EnrolmentPanel(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("enrolment_panel")
        self.partners: list[PartnerView] = []
        self.question: QMessageBox | None = None  # the open fingerprint question (tests answer it)
        may = permissions.allowed(actor.role, "exchange.enrol")
        column = QVBoxLayout(self)
        mine = QGroupBox(self.tr("本库的密钥"))
        inner = QVBoxLayout(mine)
        self.digits = QLabel()
        self.digits.setObjectName("own_fingerprint")
        font = QFont(self.digits.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.digits.setFont(font)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.digits)
        hint = QLabel(self.tr("登记时请与对方电话核对这组数字；数字一致，才能确认对方拿到的是本库的密钥。"))
        hint.setWordWrap(True)
        inner.addWidget(hint)
        row = QHBoxLayout()
        self.export_button = self._button(self.tr("导出本库登记文件到U盘…"), self.choose_and_export,
                                          "export_enrolment")
        self.import_button = self._button(self.tr("导入对方的登记文件…"), self.choose_and_import,
                                          "import_enrolment")
        self.new_keys_button = self._button(self.tr("重新生成本库密钥…"), self.ask_new_keys, "new_keys")
        for button in (self.export_button, self.import_button, self.new_keys_button):
            button.setEnabled(may)
            row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        column.addWidget(mine)
        column.addWidget(QLabel(self.tr("已登记的单位")))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("partners")
        self.table.setHorizontalHeaderLabels([self.tr("单位代码"), self.tr("单位"), self.tr("类别"),
                                              self.tr("密钥指纹"), self.tr("登记"), self.tr("状态")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.revoke_button = self._button(self.tr("注销所选单位的登记…"), self.ask_revoke, "revoke_partner")
        self.revoke_button.setEnabled(may)
        bottom.addWidget(self.revoke_button)
        bottom.addStretch(1)
        column.addLayout(bottom)
        self.status = QLabel()
        self.status.setObjectName("enrolment_status")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.refresh()

    def _button(self, text: str, slot, name: str) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        info = run_service(self, lambda: key_info(self.actor))
        self.digits.setText(info.digits if info else self.tr("（还没有密钥）"))
        if info is not None and not info.key_file_present:
            self.say(self.tr("本机没有本库私钥文件：不能导出签名的数据包。请从备份恢复，或重新生成密钥后重新登记。"),
                     error=True)
        self.partners = run_service(self, lambda: list_partners(self.actor)) or []
        self.table.setRowCount(len(self.partners))
        for number, partner in enumerate(self.partners):
            state = (self.tr("已注销（{when} {who}）").replace("{when}", format_local(partner.revoked_at))
                     .replace("{who}", partner.revoked_by) if partner.revoked_at else self.tr("有效"))
            kind = self.tr("县局") if partner.role == "county" else self.tr("派出所")
            texts = (partner.code, partner.name, kind, partner.digits,
                     f"{format_local(partner.enrolled_at)} {partner.enrolled_by}", state)
            for index, text in enumerate(texts):
                self.table.setItem(number, index, QTableWidgetItem(text))

    def say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # the enrolment file out
    def choose_and_export(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("选择U盘或文件夹"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> Path | None:
        path = run_service(self, lambda: export_enrolment(self.actor, folder), general=self.status)
        if path is not None:
            self.say(self.tr("已写入 {name}。请把它交给对方，并电话核对本库指纹：{digits}")
                     .replace("{name}", path.name).replace("{digits}", self.digits.text()))
        return path

    # the other side's file in
    def choose_and_import(self) -> None:
        name = file_dialogs.open_file(self, self.tr("选择对方的登记文件"),
                                      self.tr("平安台账登记文件 (*.pajk);;所有文件 (*)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path, replace: bool = False) -> QMessageBox | None:
        """Show the other side's fingerprint and ask; registered only when the person agrees."""
        try:
            data = path.read_bytes()[:70_000]
        except OSError as exc:
            self.say(self.tr("无法读取 {name}：{reason}").replace("{name}", path.name)
                     .replace("{reason}", exc.strerror or str(exc)), error=True)
            return None
        incoming: EnrolmentFile | None = run_service(self, lambda: read_enrolment(data), general=self.status)
        if incoming is None:
            return None
        text = (self.tr("{name}（{code}）的密钥指纹：\n\n{digits}\n\n请打电话与对方核对这组数字。"
                        "完全一致才能登记；不一致说明文件不是对方的，请不要登记。")
                .replace("{name}", incoming.station["name"]).replace("{code}", incoming.station["code"])
                .replace("{digits}", incoming.digits))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("核对指纹"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("fingerprint_question")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("指纹一致，登记"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("不一致，不登记"))
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self._register(data, replace))
        self.question = box
        box.open()
        return box

    def _register(self, data: bytes, replace: bool) -> None:
        from station_app.exchange.enrolment import AlreadyEnrolled, EnrolmentError

        try:
            partner = import_enrolment(self.actor, data, replace=replace)
        except EnrolmentError as exc:
            if isinstance(exc, AlreadyEnrolled):
                again = QMessageBox(QMessageBox.Icon.Warning, self.tr("替换原登记？"), exc.message,
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
                again.setObjectName("replace_question")
                again.button(QMessageBox.StandardButton.Yes).setText(self.tr("替换（原密钥作废）"))
                again.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
                again.button(QMessageBox.StandardButton.Yes).clicked.connect(
                    lambda: self._register(data, True))
                self.question = again
                again.open()
                return
            self.say(exc.message, error=True)
            return
        except Exception as exc:  # noqa: BLE001 (shown the one way the app shows errors)
            from ui.common.errors import show_error

            show_error(self, exc)
            return
        self.say(self.tr("已登记：{name}（{code}）。").replace("{name}", partner.name)
                 .replace("{code}", partner.code))
        self.refresh()

    # keys and revocation
    def ask_new_keys(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("重新生成本库密钥"),
            self.tr("只在本库私钥丢失时才需要。重新生成后，原登记作废：须把新的登记文件送交对方重新登记。继续吗？"))
        if answer == QMessageBox.StandardButton.Yes:
            self.new_keys()

    def new_keys(self) -> None:
        if run_service(self, lambda: make_keys(self.actor), general=self.status) is not None:
            self.refresh()
            self.say(self.tr("已生成新密钥，指纹：{digits}。请导出登记文件送交对方重新登记。")
                     .replace("{digits}", self.digits.text()))

    def ask_revoke(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.partners) or self.partners[row].revoked_at is not None:
            self.say(self.tr("请先选择一个有效的登记。"), error=True)
            return
        partner = self.partners[row]
        answer = QMessageBox.question(self, self.tr("注销登记"), self.tr(
            "注销 {name}（{code}）的登记后，它签名的数据包不再导入。继续吗？").replace("{name}", partner.name)
            .replace("{code}", partner.code))
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(partner.code)

    def revoke(self, code: str) -> None:
        if run_service(self, lambda: revoke(self.actor, code), general=self.status) is not None:
            self.refresh()
            self.say(self.tr("已注销 {code} 的登记。").replace("{code}", code))
