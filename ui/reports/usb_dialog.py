"""导出到U盘: choose a removable drive the system has mounted (or a folder), what the bundle
carries, and its password.

The list shows mounted volumes that are ready, writable and removable (asked of the operating
system: station_app/exchange/drives.py); 选择其他文件夹… covers the rest and, like the list, refuses
a folder that is not there (a stick pulled out). The dialog only collects the choice; the page
runs the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.exchange.drives import is_removable
from ui.common import file_dialogs
from ui.common.core_text import core_text
from ui.common.forms import ERROR_STYLE
from ui.common.text import human_size

_PSEUDO_TYPES = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "cgroup", "cgroup2",
                 "devpts", "mqueue", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "autofs",
                 "fusectl", "configfs", "hugetlbfs", "efivarfs", "nsfs", "ramfs", "binfmt_misc"}
_SYSTEM_PREFIXES = ("/proc", "/sys", "/dev", "/boot", "/snap", "/etc", "/usr", "/var", "/run/user")


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free_bytes: int


def removable_drives() -> list[Drive]:
    """Mounted removable volumes: ready, writable, not root, not a system mount."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        kind = bytes(volume.fileSystemType()).decode(errors="replace").lower()
        if (not volume.isValid() or not volume.isReady() or volume.isReadOnly() or volume.isRoot()
                or kind in _PSEUDO_TYPES or root.startswith(_SYSTEM_PREFIXES)):
            continue
        device = bytes(volume.device()).decode(errors="replace")
        if not is_removable(Path(root), device):
            continue
        name = volume.displayName() or volume.name() or root
        drives.append(Drive(Path(root), name, volume.bytesAvailable()))
    return drives


class UsbExportDialog(QDialog):
    """Pick where and the password; `target` and `password` are set when accepted."""

    def __init__(self, period_label: str, parent: QWidget | None = None, signed: bool = False) -> None:
        super().__init__(parent)
        self.signed = signed  # enrolled with the county: sealed for its key, no password
        self.setObjectName("usb_export_dialog")
        self.setWindowTitle(self.tr("导出到U盘"))
        self.setMinimumWidth(480)
        self.target: Path | None = None
        self.password = ""
        self.include_attachments = False
        self.full = False
        self.since: int | None = None
        self._other: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("把 {period} 的周报（PDF、Excel）和加密数据包写入U盘，写完后读回校验。")
                       .replace("{period}", period_label))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("写到：")))
        self.drives = QListWidget()
        self.drives.setObjectName("drives")
        layout.addWidget(self.drives)
        row = QHBoxLayout()
        self.other_button = QPushButton(self.tr("选择其他文件夹…"))
        self.other_button.clicked.connect(self.choose_folder)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh_drives)
        row.addWidget(self.other_button)
        row.addWidget(refresh)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, name in ((self.first, "password"), (self.second, "password_again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
        if not signed:
            form.addRow(self.tr("数据包密码："), self.first)
            form.addRow(self.tr("再输入一次："), self.second)
        self.attachments = QCheckBox(self.tr("数据包中包含附件（照片、录音、扫描件；文件会大很多）"))
        self.attachments.setObjectName("include_attachments")
        form.addRow("", self.attachments)
        self.contents = QComboBox()
        self.contents.setObjectName("bundle_contents")
        self.contents.addItem(self.tr("新的变更（上次导出之后的全部改动）"), "new")
        self.contents.addItem(self.tr("从指定的变更编号起（县局提示缺少变更时）"), "since")
        self.contents.addItem(self.tr("全部数据（县局换了新电脑或要求重新导出全部时）"), "full")
        self.since_edit = QSpinBox()
        self.since_edit.setObjectName("since_number")
        self.since_edit.setRange(1, 2_000_000_000)
        self.since_edit.setPrefix(self.tr("从第 "))
        self.since_edit.setSuffix(self.tr(" 号变更起"))
        self.since_edit.setVisible(False)
        self.contents.currentIndexChanged.connect(
            lambda _index: self.since_edit.setVisible(self.contents.currentData() == "since"))
        form.addRow(self.tr("数据包内容："), self.contents)
        form.addRow("", self.since_edit)
        layout.addLayout(form)
        signed_text = self.tr("数据包用县局的密钥加密，并由本所签名：不需要密码，只有县局能读。")
        password_text = self.tr("至少 8 个字符。县局导入时要用同一个密码，请另行告知，不要写在U盘上。"
                                "（在“设置”中与县局互认密钥后，就不再需要密码。）")
        hint = QLabel(signed_text if signed else password_text)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("usb_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.button(standard.Ok).setText(self.tr("开始导出"))
        buttons.button(standard.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh_drives()

    def refresh_drives(self) -> None:
        self.drives.clear()
        for drive in removable_drives():
            text = self.tr("{name}（{path}，可用 {free}）").replace("{name}", drive.name) \
                .replace("{path}", str(drive.root)).replace("{free}", human_size(drive.free_bytes))
            self._add(text, drive.root)
        if self._other is not None:
            self._add(self.tr("文件夹：{path}").replace("{path}", str(self._other)), self._other)
        if not self.drives.count():
            item = QListWidgetItem(self.tr("没有找到U盘。请插好U盘后按“刷新”，或选择其他文件夹。"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drives.addItem(item)
        elif self.drives.currentRow() < 0:
            self.drives.setCurrentRow(self.drives.count() - 1 if self._other else 0)

    def _add(self, text: str, path: Path) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.drives.addItem(item)

    def choose_folder(self, folder: Path | None = None) -> None:
        """Any folder (tests pass one; the user gets the folder dialog)."""
        if not folder:
            chosen = file_dialogs.choose_folder(self, self.tr("选择导出到的文件夹"))
            if not chosen:
                return
            folder = Path(chosen)
        if not Path(folder).is_dir():
            self.error.setText(self.tr("找不到“{path}”：这个文件夹不存在。导出不会在本机上新建它。")
                               .replace("{path}", str(folder)))
            self.error.show()
            return
        self._other = Path(folder)
        self.refresh_drives()
        self.drives.setCurrentRow(self.drives.count() - 1)

    def chosen_path(self) -> Path | None:
        item = self.drives.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    def accept(self) -> None:
        from station_app.exchange.sealing import bundle_password_problem

        target = self.chosen_path()
        weak = None if self.signed else bundle_password_problem(self.first.text())
        if target is None:
            problem = self.tr("请选择要写入的U盘或文件夹。")
        elif not target.is_dir():
            problem = self.tr("找不到“{path}”：U盘可能已被拔出。请插好后按“刷新”。").replace(
                "{path}", str(target))
        elif weak:
            problem = core_text(weak)
        elif not self.signed and self.first.text() != self.second.text():
            problem = self.tr("两次输入的密码不一致。")
        else:
            self.target, self.password = target, "" if self.signed else self.first.text()
            self.include_attachments = self.attachments.isChecked()
            self.full = self.contents.currentData() == "full"
            self.since = self.since_edit.value() if self.contents.currentData() == "since" else None
            super().accept()
            return
        self.error.setText(problem)
        self.error.show()
