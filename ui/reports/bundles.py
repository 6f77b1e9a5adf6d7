"""县局：汇总各所数据包 — import the stations' bundles and decide the conflicts they leave.

Importing runs off the GUI thread (decrypting and merging thousands of records takes seconds).
A conflict opens side by side: the columns that differ, this database's value and the bundle's,
and two buttons; nothing is overwritten until someone presses one of them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
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
from station_app.core.errors import StationError
from station_app.exchange.bundle_import import (
    REPLAY,
    ImportSummary,
    RestartError,
    import_bundle_file,
    is_signed_bundle,
)
from station_app.exchange.conflicts import (
    KEEP_LOCAL,
    RESOLUTIONS,
    TAKE_FIELDS,
    TAKE_INCOMING,
    ConflictRow,
    conflict_detail,
    list_conflicts,
    resolve_conflict,
)
from station_app.exchange.history import HistoryMismatch
from ui.common import file_dialogs
from ui.common.forms import ERROR_STYLE, cell, run_service
from ui.common.tasks import Task, run_task

OK_STYLE = "color: #1b7f3b;"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ConflictDialog(QDialog):
    """One conflict: what differs, and the two ways out."""

    def __init__(self, actor: Actor, row: ConflictRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.row, self.decided = actor, row, ""
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("处理冲突：{what}").replace("{what}", f"{row.table_label} {row.title}"))
        self.resize(720, 420)
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("{station}的{what}（版本：本库 {local}，数据包 {incoming}）：{reason}。"
                               "请核实后选择保留哪一份，或勾选要采用数据包中哪些栏目；另一份仍留在冲突记录里备查。")
                       .replace("{station}", row.station_name).replace("{what}", row.table_label)
                       .replace("{local}", str(row.local_version))
                       .replace("{incoming}", str(row.incoming_version)).replace("{reason}", row.reason))
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.differences = _table([self.tr("栏目"), self.tr("本库的记录"), self.tr("数据包中的记录"),
                                   self.tr("采用数据包的")], "conflict_differences")
        self.columns: list[str] = []  # the column of each row
        header = self.differences.horizontalHeader()
        header.setStretchLastSection(False)
        for index in (1, 2):  # the two values share the width; the tick column stays narrow
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.differences, 1)
        self.status = QLabel()
        self.status.setObjectName("conflict_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)
        column.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.keep = buttons.addButton(self.tr("保留本库的记录"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep.setObjectName("keep_local")
        self.take = buttons.addButton(self.tr("采用数据包中的记录"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take.setObjectName("take_incoming")
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.take_fields = buttons.addButton(self.tr("只采用勾选的栏目"), accept)
        self.take_fields.setObjectName("take_fields")
        self.take_fields.setToolTip(self.tr("勾选的栏目用数据包中的值，其余保留本库的值"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.keep.clicked.connect(lambda: self.decide(KEEP_LOCAL))
        self.take.clicked.connect(lambda: self.decide(TAKE_INCOMING))
        self.take_fields.clicked.connect(lambda: self.decide(TAKE_FIELDS))
        self.may_decide = may_decide = (permissions.allowed(actor.role, "exchange.resolve")
                                        and row.resolved_at is None)
        for button in (self.keep, self.take, self.take_fields):
            button.setEnabled(may_decide)
            if not may_decide:
                button.setToolTip(self.tr("已处理过，或当前账户无权处理冲突。"))
        column.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        detail = run_service(self, lambda: conflict_detail(self.actor, self.row.id), general=self.status)
        if detail is None:
            return
        self.differences.setRowCount(len(detail.differences))
        self.columns = [difference.column for difference in detail.differences]
        for number, difference in enumerate(detail.differences):
            for index, text in enumerate((difference.label, difference.local, difference.incoming)):
                self.differences.setItem(number, index, QTableWidgetItem(text))
            choice = QTableWidgetItem()
            if difference.takeable and self.may_decide:
                choice.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                choice.setCheckState(Qt.CheckState.Unchecked)
            else:
                choice.setFlags(Qt.ItemFlag.NoItemFlags)  # versions and timestamps follow the copy kept
            self.differences.setItem(number, 3, choice)
        self.differences.resizeRowsToContents()

    def chosen_columns(self) -> list[str]:
        return [column for number, column in enumerate(self.columns)
                if cell(self.differences, number, 3).checkState() == Qt.CheckState.Checked]

    def decide(self, resolution: str) -> bool:
        columns = self.chosen_columns() if resolution == TAKE_FIELDS else []
        done = run_service(self, lambda: resolve_conflict(self.actor, self.row.id, resolution, columns),
                           general=self.status)
        if done is None:
            return False
        self.decided = resolution
        self.accept()
        return True


class BundleCenterDialog(QDialog):
    """Import bundles, see what each import did, and work through the conflicts."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.task: Task | None = None
        self.last_summary: ImportSummary | None = None
        self.rows: list[ConflictRow] = []
        self.restart_question: QMessageBox | None = None
        self.setObjectName("bundle_center")
        self.setWindowTitle(self.tr("汇总各所数据包"))
        self.resize(860, 520)
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.import_button = QPushButton(self.tr("导入数据包…"))
        self.import_button.setObjectName("import_bundle")
        self.import_button.clicked.connect(self.choose_and_import)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        self.show_decided = QCheckBox(self.tr("显示已处理的冲突"))
        self.show_decided.setObjectName("show_decided")
        self.show_decided.toggled.connect(lambda _checked: self.refresh())
        bar.addWidget(self.show_decided)
        column.addLayout(bar)
        self.status = QLabel(self.tr("选择各派出所送来的 .pajt 数据包并输入约定的密码。每份数据包带来该所"
                                     "上次导出后的全部变更；重复导入不会重复，缺了哪一段会说明。"))
        self.status.setObjectName("bundle_status")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.conflicts_label = QLabel(self.tr("双方都修改过的记录（冲突）：双击查看并处理"))
        column.addWidget(self.conflicts_label)
        self.table = _table([self.tr("单位"), self.tr("数据"), self.tr("原因"), self.tr("发现时间"),
                             self.tr("处理结果")], "conflict_table")
        self.table.doubleClicked.connect(lambda index: self.open_conflict(index.row()))
        column.addWidget(self.table, 1)
        self.filler = QWidget()  # keeps the buttons at the bottom when there is no conflict to show
        column.addWidget(self.filler, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        decided = self.show_decided.isChecked()
        rows = run_service(self, lambda: list_conflicts(self.actor, include_decided=decided))
        self.rows = rows or []
        # Conflicts come only from the previous release's bundles: most counties never see one.
        any_ever = bool(self.rows) or decided or bool(run_service(
            self, lambda: list_conflicts(self.actor, include_decided=True)))
        for widget in (self.conflicts_label, self.table, self.show_decided):
            widget.setVisible(any_ever)
        self.filler.setVisible(not any_ever)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            texts = (row.station_name, f"{row.table_label} {row.title}", row.reason,
                     format_local(row.detected_at), RESOLUTIONS.get(row.resolution, ""))
            for index, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(row.id))
                self.table.setItem(number, index, item)

    def open_conflict(self, number: int) -> ConflictDialog | None:
        if not 0 <= number < len(self.rows):
            return None
        dialog = ConflictDialog(self.actor, self.rows[number], self)
        dialog.finished.connect(lambda _result: self._after_decision(dialog))
        dialog.open()
        return dialog

    def _after_decision(self, dialog: ConflictDialog) -> None:
        if dialog.decided:
            self.say(self.tr("已处理：{what}").replace("{what}", RESOLUTIONS[dialog.decided]))
        self.refresh()

    def choose_and_import(self) -> None:
        name = file_dialogs.open_file(self, self.tr("选择数据包"),
                                      self.tr("平安台账数据包 (*.pajt);;所有文件 (*)"))
        if not name:
            return
        if is_signed_bundle(Path(name)):  # sealed for this county's key by an enrolled station
            self.import_file(Path(name), None)
            return
        prompt = self.tr("与派出所约定的数据包密码（该所还没有与县局互认密钥）：")
        password, ok = QInputDialog.getText(self, self.tr("数据包密码"), prompt, QLineEdit.EchoMode.Password)
        if ok and password:
            self.import_file(Path(name), password)

    def import_file(self, path: Path, password: str | None, accept_restart: bool = False,
                    accept_history: bool = False) -> Task:
        actor = self.actor
        self.import_button.setEnabled(False)
        self.say(self.tr("正在导入 {name}…").replace("{name}", path.name))
        self.task = run_task(self, self.tr("导入数据包"),
                             lambda progress, cancelled: import_bundle_file(
                                 actor, path, password, accept_restart=accept_restart,
                                 accept_history=accept_history),
                             on_done=self._imported,
                             on_failed=lambda exc: self._failed(exc, path, password, accept_restart),
                             cancellable=False)
        return self.task

    def _imported(self, summary: ImportSummary) -> None:
        self.import_button.setEnabled(True)
        self.last_summary = summary
        if summary.outcome == REPLAY:
            text = (self.tr("{station}：这份数据包的内容（至第 {number} 号变更）县局已经有了，没有任何改动。")
                    .replace("{station}", summary.station_name).replace("{number}", str(summary.to_seq)))
        else:
            text = (self.tr("{station}：导入完成，新增 {inserted}，更新 {updated}，删除 {deleted}，"
                            "未变 {unchanged}（已收到第 {number} 号变更为止）。")
                    .replace("{station}", summary.station_name)
                    .replace("{inserted}", str(summary.inserted)).replace("{updated}", str(summary.updated))
                    .replace("{deleted}", str(summary.deleted)).replace("{unchanged}", str(summary.unchanged))
                    .replace("{number}", str(summary.to_seq)))
        self.say(text)
        self.refresh()

    def _failed(self, exc: BaseException, path: Path | None = None, password: str | None = None,
                accept_restart: bool = False) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, RestartError | HistoryMismatch) and path is not None:
            self.say(exc.message, error=True)
            restart = isinstance(exc, RestartError)
            title = self.tr("以该所现有数据为准导入？") if restart else self.tr("该所的审计记录被改动过")
            self.restart_question = QMessageBox(
                QMessageBox.Icon.Question if restart else QMessageBox.Icon.Warning, title, exc.message,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            self.restart_question.setObjectName("restart_question" if restart else "history_question")
            agree = self.restart_question.button(QMessageBox.StandardButton.Yes)
            agree.setText(self.tr("以该所现有数据为准导入") if restart
                          else self.tr("已核实，仍然导入并记录在案"))
            self.restart_question.button(QMessageBox.StandardButton.No).setText(self.tr("暂不导入"))
            agree.clicked.connect(lambda: self.import_file(
                path, password, accept_restart=accept_restart or restart, accept_history=not restart))
            self.restart_question.open()
            return
        if isinstance(exc, StationError):
            self.say(exc.message, error=True)
            return
        from ui.common.errors import show_error

        self.say(self.tr("导入没有完成，数据库没有改动。"), error=True)
        show_error(self, exc)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)
