"""设置 → 备份与恢复: where backups go, how old the last one is, 立即备份, the list, 恢复.

The list is read when the tab is first shown (each row opens its backup to count the records),
so opening 设置 stays quick. 立即备份 and 恢复 run on a worker with a progress dialog: the window
keeps painting while a large database is copied back (issue 16: about a second frozen before).
The window's own connection is closed first; the restore reopens the database for every thread,
and the user logs in again.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.backup import service
from station_app.backup.files import BackupInfo, contents_or_none, read_contents
from station_app.backup.restore import RestoreResult, restore_backup
from station_app.core.actor import Actor
from station_app.core.db import close as close_database
from ui.backup import core_name
from ui.backup.restore_dialog import RestoreDialog
from ui.common.errors import show_error
from ui.common.forms import ERROR_STYLE, push_button, run_service, text_label
from ui.common.tasks import BUSY, Progress, Task, run_task
from ui.common.text import human_size

COL_TIME, COL_KIND, COL_SIZE, COL_CONTENTS = range(4)


class BackupPanel(QWidget):
    sig_restored = Signal(object)  # RestoreResult: the database was replaced, log in again

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_panel")
        self.actor = actor
        self.backups: list[BackupInfo] = []
        self.task: Task | None = None
        self._loaded = False
        layout = QVBoxLayout(self)
        self.folder_label = text_label("backup_folder", selectable=True)
        self.last_label = text_label("last_backup")
        layout.addWidget(self.folder_label)
        layout.addWidget(self.last_label)

        row = QHBoxLayout()
        self.backup_button = push_button(self.tr("立即备份"), "backup_now", self.backup_now)
        self.restore_button = push_button(self.tr("从所选备份恢复…"), "restore_selected",
                                          self.restore_selected)
        self.refresh_button = push_button(self.tr("刷新"), "", self.refresh)
        for button in (self.backup_button, self.restore_button, self.refresh_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("类型"), self.tr("大小"),
                                              self.tr("内容")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (COL_TIME, COL_KIND, COL_SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONTENTS, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)

        self.status = text_label("backup_status")
        layout.addWidget(self.status)
        hint = QLabel(self.tr("每次启动（距上次备份超过一天时）、退出程序和升级数据结构之前会自动备份；"
                              "旧的自动备份按“常规”中的保留份数轮换，手动备份和升级前、恢复前的备份不会自动删除。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.backup_button.setEnabled(permissions.allowed(actor.role, "backup.create"))
        self.can_restore = permissions.allowed(actor.role, "backup.restore")
        self.restore_button.setEnabled(self.can_restore)
        if not self.can_restore:
            self.restore_button.setToolTip(self.tr("只有管理员可以从备份恢复。"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        plan = service.backup_plan()
        if plan is None:
            self.folder_label.setText(self.tr(
                "数据库在 PostgreSQL 服务器上：备份由服务器负责，请在服务器上用 pg_dump 定期备份。"))
            for widget in (self.backup_button, self.restore_button, self.refresh_button, self.table):
                widget.setEnabled(False)
            return
        self.folder_label.setText(self.tr("备份文件夹：{folder}").replace("{folder}", str(plan.folder)))
        self.backups = service.list_backups(plan.folder)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = (f"{info.taken_at:%Y-%m-%d %H:%M:%S}", core_name(info.kind_label), human_size(info.size),
                     self._summary(info))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == COL_SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._show_age(service.backup_status(plan.folder))

    def _summary(self, info: BackupInfo) -> str:
        contents = contents_or_none(info.path)
        if contents is None:
            return self.tr("无法读取")
        shown = contents.labelled()[:7]  # the audit entries are in the restore dialog
        return self.tr("，").join(f"{core_name(label)} {count}" for label, count in shown)

    def _age(self, age: timedelta) -> str:
        if age.days >= 1:
            return self.tr("{n} 天").replace("{n}", str(age.days))
        if age.seconds >= 3600:
            return self.tr("{n} 小时").replace("{n}", str(age.seconds // 3600))
        if age.seconds >= 60:
            return self.tr("{n} 分钟").replace("{n}", str(age.seconds // 60))
        return self.tr("不到 1 分钟")

    def _show_age(self, status: service.BackupStatus) -> None:
        if status.last is None or status.age is None:
            text = self.tr("还没有任何备份。")
        else:
            text = (self.tr("最近一次备份：{time}（{age}前）")
                    .replace("{time}", f"{status.last.taken_at:%Y-%m-%d %H:%M}")
                    .replace("{age}", self._age(status.age)))
            if status.stale:
                text += self.tr(" 已超过两天没有备份，请检查备份盘是否连接。")
        self.last_label.setText(text)
        self.last_label.setStyleSheet(ERROR_STYLE if status.stale else "")

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("正在备份…"))
        self.task = run_task(self, self.tr("正在备份"),
                             lambda _progress, _cancelled: service.backup_now(self.actor),
                             on_done=self._backed_up, on_failed=self._backup_failed, cancellable=False)

    def _backed_up(self, created: service.CreatedBackup) -> None:
        self.backup_button.setEnabled(True)
        self.refresh()
        self.status.setText(self.tr("已备份并检查：{path}").replace("{path}", str(created.info.path)))

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("备份没有完成。"))
        show_error(self, exc)

    def restore_selected(self) -> None:
        if not self.can_restore:
            return
        info = self.selected()
        if info is None:
            self.status.setText(self.tr("请先在列表中选择一份备份。"))
            return
        contents = run_service(self, lambda: service.check_restorable(info.path))  # refused: a message
        if contents is None:
            return
        plan = service.backup_plan()
        current = run_service(self, lambda: read_contents(plan.source, immutable=False)) if plan else None
        if RestoreDialog(info, contents, current, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("正在恢复…"))
        close_database()  # this thread's connection: the worker puts the backup in place and reopens
        self.task = run_task(self, self.tr("正在从备份恢复"), lambda progress, _cancelled: self._restore(
            progress, info), on_done=lambda result: self._restored(info, result),
            on_failed=self._restore_failed, cancellable=False)

    def _restore(self, progress: Progress, info: BackupInfo) -> RestoreResult:
        """On the worker: the steps of restore_backup, the bar moving while it copies."""
        progress(BUSY, QCoreApplication.translate(
            "BackupPanel", "正在保留当前数据库并写回所选备份，请勿关闭程序…"))
        return restore_backup(self.actor, info.path)

    def _restored(self, info: BackupInfo, result: RestoreResult) -> None:
        self.restore_button.setEnabled(self.can_restore)
        self.status.setText(self.tr("已恢复。"))
        QMessageBox.information(self, self.tr("已恢复"), self.tr(
            "已从 {time} 的备份恢复。\n原来的数据库已另存为：{aside}\n请重新登录。")
            .replace("{time}", f"{info.taken_at:%Y-%m-%d %H:%M}").replace("{aside}", str(result.kept_aside)))
        self.sig_restored.emit(result)

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(self.can_restore)
        self.status.setText(self.tr("恢复没有完成。"))
        show_error(self, exc)
        self.refresh()
