"""What is drawn on every page outside the text: lines of furniture, the page total, the seam mark.

"共 M 页" and the 骑缝 (seam) mark depend on the number of pages, which is not known while pages
are drawn. Each page therefore draws named form XObjects that the canvas defines when the document
is saved, once M is known; the build stays single-pass.

The seam mark is where a 骑缝章 is stamped across the right edges of the fanned-out pages, so no
page can be swapped later: half a dashed circle on the edge of every page, with the case number
and "第 n 页 共 m 页" along the edge. A one-page document has no seam and gets no mark.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from station_app.documents.fonts_runs import DocumentFonts
from station_app.documents.styles import GREY

PAGE_WIDTH, PAGE_HEIGHT = A4
FURNITURE_SIZE = 8.5
TOTAL_FORM = "StationPageTotal"
SEAM_RADIUS = 17 * mm
SEAM_GREY = colors.Color(0.55, 0.55, 0.55)
SEAM_SIZE = 8  # points a character takes, downwards


def draw_text(canvas: Canvas, fonts: DocumentFonts, x: float, y: float, text: str, size: float,
              align: str = "left") -> float:
    """Draw one line with each run in the font that has its glyphs; returns the width drawn."""
    runs = [(fonts.name(i), run) for i, run in fonts.runs(text)]
    widths = [stringWidth(run, name, size) for name, run in runs]
    total = sum(widths)
    start = {"left": x, "center": x - total / 2, "right": x - total}[align]
    for (name, run), width in zip(runs, widths, strict=True):
        canvas.setFont(name, size)
        canvas.drawString(start, y, run)
        start += width
    return total


def seam_form(page: int) -> str:
    return f"StationSeam{page}"


class TotalCanvas(Canvas):
    """Defines the "共 M 页" form, and the seam form of every page when asked, once the document
    is saved (i.e. once M is known)."""

    fonts: DocumentFonts
    pages: list[int]
    seam_label: str | None = None  # the case number on the seam mark; None: no seam marks

    def save(self) -> None:
        total = self.getPageNumber() - 1  # the page counter already points past the last page
        self.pages.append(total)
        self.beginForm(TOTAL_FORM, lowerx=-2, lowery=-4, upperx=80, uppery=12)
        self.setFillColor(GREY)
        draw_text(self, self.fonts, 0, 0, f"共 {total} 页", FURNITURE_SIZE)
        self.endForm()
        if self.seam_label is not None:
            for page in range(1, total + 1):
                self.beginForm(seam_form(page), lowerx=0, lowery=0, upperx=PAGE_WIDTH, uppery=PAGE_HEIGHT)
                if total > 1:
                    draw_seam(self, self.fonts, self.seam_label, page, total)
                self.endForm()
        super().save()


def draw_seam(canvas: Canvas, fonts: DocumentFonts, label: str, page: int, total: int) -> None:
    """Half a dashed circle on the right edge with 骑缝章 in it, and the case number and page
    above and below it, written downwards one character under the other (as on paper; a text
    extractor reads them as a column of their own, apart from the body text)."""
    centre_y = PAGE_HEIGHT / 2
    canvas.saveState()
    canvas.setStrokeColor(SEAM_GREY)
    canvas.setFillColor(SEAM_GREY)
    canvas.setDash(3, 2)
    canvas.setLineWidth(0.6)
    canvas.circle(PAGE_WIDTH, centre_y, SEAM_RADIUS)
    x = PAGE_WIDTH - 5 * mm
    _downwards(canvas, fonts, x, centre_y + 1.5 * SEAM_SIZE, "骑缝章")
    _downwards(canvas, fonts, x, centre_y + SEAM_RADIUS + 4 * mm + len(label) * SEAM_SIZE, label)
    _downwards(canvas, fonts, x, centre_y - SEAM_RADIUS - 4 * mm, f"第{page}页共{total}页")
    canvas.restoreState()


def _downwards(canvas: Canvas, fonts: DocumentFonts, x: float, top: float, text: str) -> None:
    for index, char in enumerate(text):
        draw_text(canvas, fonts, x, top - (index + 1) * SEAM_SIZE, char, SEAM_SIZE - 1, "center")


def make_canvas_factory(fonts: DocumentFonts, pages: list[int], seam_label: str | None) -> Any:
    """The canvasmaker for BaseDocTemplate.build: a TotalCanvas that reports the page count into
    `pages` and defines seam marks labelled `seam_label` (None: none)."""

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        canvas = TotalCanvas(*args, **kwargs)
        canvas.fonts, canvas.pages, canvas.seam_label = fonts, pages, seam_label
        return canvas

    return make_canvas
