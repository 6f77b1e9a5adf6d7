"""导出Excel: all residents, the selected area, or the current search result; masked by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import to_local, utcnow
from station_app.core.errors import StationError
from station_app.residents.areas import AreaNode
from ui.common import file_dialogs
from ui.common.errors import show_error
from ui.common.forms import text_label
from ui.common.tasks import TaskDialog, run_task


class ExportDialog(TaskDialog):
    def __init__(self, actor: Actor, area: AreaNode | None, query: str, shown: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.area, self.query = actor, area, query.strip()
        self.exported: int | None = None
        self.setWindowTitle(self.tr("导出居民名单到Excel"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("导出范围")))
        self.scope_all = QRadioButton(self.tr("全部居民"))
        self.scope_area = QRadioButton(self.tr("所选区域：{area}").replace(
            "{area}", area.name if area else self.tr("（未选区域）")))
        self.scope_search = QRadioButton(self.tr("当前查找结果（{n} 人）").replace("{n}", str(shown)))
        self.scope = QButtonGroup(self)
        for index, button in enumerate((self.scope_all, self.scope_area, self.scope_search)):
            self.scope.addButton(button, index)
            layout.addWidget(button)
        self.scope_area.setEnabled(area is not None)
        self.scope_search.setEnabled(bool(self.query))
        (self.scope_search if self.query else self.scope_area if area else self.scope_all).setChecked(True)

        self.unmasked = QCheckBox(self.tr("导出完整身份证号和电话（将记录审计）"))
        self.unmasked.setObjectName("export_unmasked")
        allowed = permissions.allowed(actor.role, "export.unmasked")
        self.unmasked.setEnabled(allowed)
        if not allowed:
            self.unmasked.setToolTip(self.tr("当前账户无权导出未遮蔽的个人信息"))
        layout.addWidget(self.unmasked)
        note = QLabel(self.tr("默认遮蔽：身份证号只留前6位和后4位，手机号只留前3位和后4位。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        layout.addWidget(note)

        path_row = QHBoxLayout()
        self.path = QLineEdit(str(Path.home() / self._default_name()))
        self.path.setObjectName("export_path")
        browse = QPushButton(self.tr("选择…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_path)
        path_row.addWidget(QLabel(self.tr("保存到")))
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        layout.addLayout(path_row)
        self.message = text_label("export_message")
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("导出"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


    def _default_name(self) -> str:
        return self.tr("居民名单") + to_local(utcnow()).strftime("-%Y%m%d-%H%M") + ".xlsx"

    def choose_path(self) -> None:
        path = file_dialogs.save_file(self, self.tr("导出到"), self.path.text().strip(),
                                      self.tr("Excel 文件 (*.xlsx)"))
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def arguments(self) -> dict[str, object]:
        """What export_residents gets for the chosen scope."""
        scope = self.scope.checkedId()
        return {
            "query": self.query if scope == 2 else "",
            "area_id": self.area.id if self.area is not None and scope in (1, 2) else None,
            "unmasked": self.unmasked.isEnabled() and self.unmasked.isChecked(),
        }

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("请选择保存位置。"))
            return
        path = Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
        replace = self.tr("“{name}”已存在，要替换它吗？").replace("{name}", path.name)
        if path.exists() and QMessageBox.question(
                self, self.tr("文件已存在"), replace) != QMessageBox.StandardButton.Yes:
            return
        arguments = self.arguments()

        def work(progress, cancelled):  # noqa: ANN001, ANN202 (see ui.common.tasks)
            from station_app.residents.exporter import export_residents

            return export_residents(self.actor, path, progress=progress, cancelled=cancelled, **arguments)

        self.export_button.setEnabled(False)
        self.message.setText(self.tr("正在导出…"))
        self.task = run_task(self, self.tr("正在导出居民名单…"), work,
                             on_done=lambda count: self._done(path, count), on_failed=self._failed)

    def _done(self, path: Path, count: int) -> None:
        self.exported = count
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("已导出 {n} 人到 {path}").replace("{n}", str(count))
                             .replace("{path}", str(path)))

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if self.task is not None and self.task.cancel_requested and isinstance(exc, StationError):
            self.message.setText(exc.message)  # 导出已取消，没有生成文件。
            return
        self.message.setText("")
        show_error(self, exc)
