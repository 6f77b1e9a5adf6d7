"""A PDF the app made, shown before it leaves the app: print it, open it in the system's viewer,
or save a copy. Pages are rendered with pdfium (pypdfium2), the same engine Chrome uses, so what
the officer sees is what the printer gets.

    PdfPreviewDialog(pdf_bytes, "调解协议书", "科右中旗公(高)调字〔2026〕第0012号.pdf", parent).exec()

Showing a PDF is not printing it. A caller that keeps a record of printed copies passes
`recorder`: it is called with "printed" once the print dialog was accepted and the pages went to
the printer, and with "saved" once a copy was saved (to be printed elsewhere) — never for the
preview itself, a cancelled dialog or a copy opened in the system viewer.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app.exchange import names
from ui.common import file_dialogs

# A 600 dpi A4 page is 35 MB in grey and 104 MB in colour: on a 4 GB station PC colour pages are
# rendered at no more than 300 dpi (still far finer than the text and the QR code need).
MAX_GREY_DPI = 600
MAX_COLOUR_DPI = 300
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def safe_file_name(name: str) -> str:
    """`name` usable as a file name on Windows and Linux (case numbers are fine; slashes, device
    names and control characters are not): the one rule of exchange.names."""
    return names.safe_file_name(name, fallback="document.pdf")


def render_page(page, scale: float, grey: bool = False) -> QImage:  # noqa: ANN001 (pdfium page)
    """One page as a QImage (a copy: the pdfium bitmap is freed when this returns)."""
    import pypdfium2.raw as pdfium_c

    if grey:
        bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_Gray)
        image_format = QImage.Format.Format_Grayscale8
    else:
        bitmap = page.render(scale=scale, rev_byteorder=True)  # 3 bytes a pixel, RGB order
        image_format = QImage.Format.Format_RGB888
    try:
        return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, image_format).copy()
    finally:
        bitmap.close()


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None,
                 recorder: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        import pypdfium2 as pdfium  # loaded with the first preview, not at start-up

        self.pdf = pdf
        if not file_name.lower().endswith(".pdf"):
            file_name += ".pdf"
        self.file_name = safe_file_name(file_name)
        self.document = pdfium.PdfDocument(pdf)
        self.page_count = len(self.document)
        self.zoom = 1.0
        self.last_written: Path | None = None  # the file last saved or opened (tests look at it)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(self.tr("预览：{title}").replace("{title}", title))
        self._build()
        self._render()
        self.finished.connect(self._close_document)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setToolTip("Ctrl+P")
        self.open_button = QPushButton(self.tr("在系统查看器中打开"))
        self.open_button.setToolTip(self.tr("仅供查看。要交当事人签字的文书请用“打印”或“另存为”，"
                                            "本程序才会记下打印的是哪一份。"))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.save_button.setToolTip("Ctrl+S")
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        self.zoom_out.setToolTip(self.tr("缩小（Ctrl+-）"))
        self.zoom_in.setToolTip(self.tr("放大（Ctrl++）"))
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(32)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("page_count")
        close = QPushButton(self.tr("关闭"))
        for button in (self.print_button, self.open_button, self.save_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for widget in (self.pages_label, self.zoom_out, self.zoom_in, close):
            bar.addWidget(widget)
        layout.addLayout(bar)

        self.pages_area = QScrollArea()
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setStyleSheet("QScrollArea { background: #7f7f7f; }")
        holder = QWidget()
        holder.setStyleSheet("background: #7f7f7f;")
        self.pages_layout = QVBoxLayout(holder)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for number in range(self.page_count):
            label = QLabel()
            label.setObjectName(f"page_{number + 1}")
            label.setStyleSheet("background: white;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.pages_area.setWidget(holder)
        layout.addWidget(self.pages_area, 1)

        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.save_button.clicked.connect(self.save_as)
        self.zoom_in.clicked.connect(lambda: self.set_zoom(+1))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(-1))
        close.clicked.connect(self.accept)
        for keys, slot in (("Ctrl+P", self.print_document), ("Ctrl+S", self.save_as),
                           ("Ctrl++", lambda: self.set_zoom(+1)), ("Ctrl+=", lambda: self.set_zoom(+1)),
                           ("Ctrl+-", lambda: self.set_zoom(-1))):
            QShortcut(QKeySequence(keys), self, slot)
        self.print_button.setDefault(True)
        self.resize(860, 900)

    # showing
    def _render(self) -> None:
        ratio = self.devicePixelRatioF()
        scale = self.zoom * self.logicalDpiX() / 72 * ratio
        for page_index, label in enumerate(self.page_labels):
            pixmap = QPixmap.fromImage(render_page(self.document[page_index], scale))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())
        self.pages_label.setText(self.tr("共 {n} 页  {zoom}%").replace("{n}", str(self.page_count))
                                 .replace("{zoom}", str(round(self.zoom * 100))))

    def set_zoom(self, step: int) -> None:
        position = min(range(len(ZOOMS)), key=lambda index: abs(ZOOMS[index] - self.zoom))
        position = max(0, min(len(ZOOMS) - 1, position + step))
        if ZOOMS[position] != self.zoom:
            self.zoom = ZOOMS[position]
            self._render()

    def _close_document(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None

    # printing
    def print_document(self) -> bool:
        """The Qt print dialog, then each page drawn at the printer's resolution (see MAX_*_DPI)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        width, height = self.document[0].get_size()
        # FuzzyMatch: a PDF of 595.3 × 841.9 pt is A4, so the printer picks its A4 tray.
        printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "",
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or self.page_count, self.page_count)
        painter = QPainter()
        if not painter.begin(printer):
            self._problem(self.tr("无法开始打印：打印机不可用或已取消。请检查打印机后再试。"))
            return False
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        dpi = min(printer.resolution(), MAX_GREY_DPI if grey else MAX_COLOUR_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                image = render_page(self.document[number - 1], dpi / 72, grey)
                painter.drawImage(_fitted(paper, image.width(), image.height()), image)
        finally:
            painter.end()
        if self.recorder is not None:
            self.recorder("printed")
        return True

    # files
    def open_in_viewer(self) -> Path | None:
        from station_app.core import paths

        # The app's own temporary folder, emptied at start and exit: a document with full ID
        # numbers must not stay readable in the system's temp folder after the viewer closes.
        folder = Path(tempfile.mkdtemp(prefix="print-", dir=paths.temp_dir()))
        path = self._write(folder / self.file_name)
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._problem(self.tr("没有找到可以打开 PDF 的程序。文件已保存在：{path}")
                          .replace("{path}", str(path)))
        return path

    def save_as(self) -> Path | None:
        target = file_dialogs.save_file(self, self.tr("另存为"), self.file_name, "PDF (*.pdf)")
        if not target:
            return None
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        written = self._write(Path(target))
        if written is not None and self.recorder is not None:
            self.recorder("saved")
        return written

    def _write(self, target: Path) -> Path | None:
        """Written to a temporary name, flushed to disk, then renamed: a stick pulled out or a full
        disk never leaves a file that looks complete."""
        partial = target.with_name(target.name + ".part")
        try:
            with partial.open("wb") as handle:
                handle.write(self.pdf)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            self._problem(self.tr("无法保存到“{path}”：{reason}").replace("{path}", str(target))
                          .replace("{reason}", exc.strerror or str(exc)))
            return None
        self.last_written = target
        return target

    def _problem(self, message: str) -> None:
        QMessageBox(QMessageBox.Icon.Warning, self.tr("无法完成"), message, QMessageBox.StandardButton.Ok,
                    self).exec()


def _fitted(area: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of width:height inside `area`, centred (A4 on Letter paper, say)."""
    scale = min(area.width() / width, area.height() / height)
    fitted = QRectF(0, 0, width * scale, height * scale)
    fitted.moveCenter(QRectF(0, 0, area.width(), area.height()).center())
    return fitted
