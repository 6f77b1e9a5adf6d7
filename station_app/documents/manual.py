"""The user manual (使用手册) as a PDF: a cover, the contents, one section per task with its
screens, and a map of section → page for F1 (ui/help/manual.py opens the manual at a section).

    build_manual(shots_dir, pdf_path) -> {section key: first page}

The screens come from scripts/screenshots*.py (scripts/build_manual.py renders them first, so the
manual never shows an old screen). Images are scaled down before they go in: a screen is read on
paper at 16 cm, and the manual stays small enough to ship with the app.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from station_app import __version__
from station_app.core.fonts import choose_font, register_for_reportlab
from station_app.documents.manual_sections import SECTIONS

MANUAL_NAME = "manual_zh_CN.pdf"
PAGES_NAME = "manual_zh_CN.json"
IMAGE_WIDTH_PX = 1100  # 16 cm at ~175 dpi: sharp on paper, ~60-120 KB a screen
SCREEN_PX_PER_CM = 60  # a dialog of 600 px is shown 10 cm wide


def _image(path: Path, max_width_cm: float = 16, max_height_cm: float = 10.5) -> Any:
    """The screen at `path`, scaled down, as a reportlab Image: a whole window at most
    `max_width_cm` wide (two fit on a page), a dialog at about the size it has on screen."""
    from PIL import Image as PILImage
    from reportlab.lib.units import cm
    from reportlab.platypus import Image

    with PILImage.open(path) as picture:
        picture = picture.convert("RGB")
        if picture.width > IMAGE_WIDTH_PX:
            picture = picture.resize((IMAGE_WIDTH_PX, round(picture.height * IMAGE_WIDTH_PX / picture.width)),
                                     PILImage.Resampling.LANCZOS)
        buffer = io.BytesIO()
        picture.save(buffer, "PNG", optimize=True)
        width, height = picture.size
    buffer.seek(0)
    with PILImage.open(path) as original:
        natural_cm = original.width / SCREEN_PX_PER_CM
    shown_width = min(max_width_cm, natural_cm, max_height_cm * width / height) * cm
    return Image(buffer, width=shown_width, height=shown_width * height / width)


def _styles(font: str) -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    grey = HexColor("#555555")
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    return {
        "body": body,
        "step": ParagraphStyle("step", parent=body, leftIndent=14, firstLineIndent=-14, spaceAfter=3),
        "title": ParagraphStyle("title", parent=body, fontSize=26, leading=34, alignment=1, spaceAfter=18),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, alignment=1, textColor=grey),
        "h1": ParagraphStyle("h1", parent=body, fontSize=16, leading=22, spaceBefore=6, spaceAfter=8,
                             textColor=HexColor("#1a5fb4")),
        "caption": ParagraphStyle("caption", parent=body, fontSize=9, alignment=1, textColor=grey,
                                  spaceAfter=10),
        "toc": ParagraphStyle("toc", parent=body, fontSize=11, leading=20),
    }


def build_manual(shots: Path, target: Path) -> dict[str, int]:
    """Write the manual to `target` from the screens in `shots`; returns section key → page, also
    written beside it as PAGES_NAME. A screen missing from `shots` is a FileNotFoundError: a
    manual with a hole in it is not shipped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    missing = [name for section in SECTIONS for name, _ in section.screens if not (shots / name).is_file()]
    if missing:
        raise FileNotFoundError(f"使用手册缺少这些截图：{'、'.join(missing)}（{shots}）")
    font = register_for_reportlab(choose_font(None), "ManualCJK")
    styles = _styles(font)
    pages: dict[str, int] = {}

    class Heading(Paragraph):
        def __init__(self, text: str, key: str) -> None:
            super().__init__(text, styles["h1"])
            self.section_key = key

    class ManualTemplate(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab's name)
            key = getattr(flowable, "section_key", None)
            if key is None:
                return
            page = self.canv.getPageNumber()
            pages[key] = page
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)
            self.notify("TOCEntry", (0, flowable.getPlainText(), page, key))

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor("#777777")
        canvas.drawString(2 * cm, 1.2 * cm, "平安台账 使用手册")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"第 {document.page} 页")
        canvas.restoreState()

    target.parent.mkdir(parents=True, exist_ok=True)
    document = ManualTemplate(str(target), pagesize=A4, title="平安台账 使用手册", author="平安台账",
                              leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm)
    frame = Frame(document.leftMargin, document.bottomMargin, document.width, document.height, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    contents = TableOfContents(levelStyles=[styles["toc"]], dotsMinLevel=0)
    story: list[Any] = [
        Spacer(1, 6 * cm), Paragraph("平安台账", styles["title"]), Paragraph("使用手册", styles["title"]),
        Paragraph(f"版本 {__version__} · {date.today().isoformat()} 按当前界面生成", styles["subtitle"]),
        PageBreak(), Paragraph("目录", styles["h1"]), contents, PageBreak(),
    ]
    for section in SECTIONS:
        block: list[Any] = [Heading(section.title, section.key)]
        block += [Paragraph(f"{number}. {step}", styles["step"])
                  for number, step in enumerate(section.steps, 1)]
        story.append(KeepTogether(block))
        story.append(Spacer(1, 0.3 * cm))
        for name, caption in section.screens:
            story.append(KeepTogether([_image(shots / name), Paragraph(caption, styles["caption"])]))
        story.append(PageBreak())
    document.multiBuild(story)
    (target.parent / PAGES_NAME).write_text(json.dumps(pages, ensure_ascii=False, indent=1), "utf-8")
    return pages
