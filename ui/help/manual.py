"""帮助 → 使用手册 and F1: the user manual (a PDF built from the real screens and shipped with the
app, station_app/documents/manual.py), shown inside the app at the section of the page the user
is on. Pages are rendered with pdfium like every PDF the app shows.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app.documents.manual import MANUAL_NAME, PAGES_NAME
from station_app.documents.manual_sections import SECTIONS
from ui.common.pdf_preview import render_page

MANUAL_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "manual"
# The section F1 opens on each page of the main window.
PAGE_SECTIONS = {
    "dashboard": "dashboard", "disputes": "register", "patrols": "patrols", "residents": "residents",
    "hotline": "hotline", "restitution": "restitution", "visits": "visits", "reports": "reports",
    "settings": "keys",
}
SCALE = 1.25  # 90 dpi: the page reads at its printed size on a common screen


def manual_file() -> Path:
    return MANUAL_DIR / MANUAL_NAME


def section_pages() -> dict[str, int]:
    try:
        pages = json.loads((MANUAL_DIR / PAGES_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: value for key, value in pages.items() if isinstance(value, int)}


class ManualDialog(QDialog):
    """The manual: its sections on the left, its pages on the right, opened at `section`."""

    def __init__(self, section: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pypdfium2 as pdfium  # loaded with the manual, not at start-up

        self.setObjectName("manual")
        self.setWindowTitle(self.tr("平安台账 — 使用手册"))
        self.document = pdfium.PdfDocument(manual_file().read_bytes())
        self.pages = section_pages()
        row = QHBoxLayout(self)
        self.sections = QListWidget()
        self.sections.setObjectName("manual_sections")
        self.sections.setFixedWidth(190)
        for item in SECTIONS:  # the manual's own headings: it is a Chinese document
            entry = QListWidgetItem(item.title)
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            self.sections.addItem(entry)
        self.sections.currentItemChanged.connect(self._section_chosen)
        row.addWidget(self.sections)
        column = QVBoxLayout()
        self.pages_area = QScrollArea()
        self.pages_area.setWidgetResizable(True)
        holder = self.holder = QWidget()
        holder.setStyleSheet("background: #7f7f7f;")
        pages = QVBoxLayout(holder)
        pages.setSpacing(12)
        pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for number in range(len(self.document)):
            label = QLabel()
            label.setObjectName(f"manual_page_{number + 1}")
            label.setPixmap(_pixmap(self.document[number]))
            pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.pages_area.setWidget(holder)
        column.addWidget(self.pages_area, 1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        column.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        row.addLayout(column, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.accept)
        self.resize(1000, 860)
        self.finished.connect(lambda _result: self.document.close())
        self.current_page = 1
        if section:
            keys = [item.key for item in SECTIONS]
            if section in keys:
                self.sections.setCurrentRow(keys.index(section))

    def _section_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_section(item.data(Qt.ItemDataRole.UserRole))

    def show_section(self, key: str) -> None:
        page = self.pages.get(key)
        if page is None or not 1 <= page <= len(self.page_labels):
            return
        self.current_page = page
        layout = self.holder.layout()
        if layout is not None:
            layout.activate()
        self.holder.adjustSize()
        self.pages_area.verticalScrollBar().setValue(self.page_labels[page - 1].y())


def _pixmap(page: object) -> QPixmap:
    """A pdfium page at reading size."""
    return QPixmap.fromImage(render_page(page, SCALE))


def open_manual(parent: QWidget, page_key: str = "") -> ManualDialog | None:
    """Show the manual at the section of `page_key` (a main-window page), beside the work."""
    if not manual_file().is_file():
        title = QCoreApplication.translate("Manual", "使用手册")
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Manual", "本机没有使用手册文件。安装包和单独运行版都带有手册；从源代码运行时，"
            "请先运行 python scripts/build_manual.py 生成。"))
        return None
    dialog = ManualDialog(PAGE_SECTIONS.get(page_key, ""), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
