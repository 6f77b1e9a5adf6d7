"""The paragraph styles of every station document, from one function (reportlab docco's habit).

Sizes follow the habits of Chinese official papers: a 二号-sized title (22 pt), body text in
小四 (12 pt) with generous leading so a pen fits between handwritten corrections, and CJK word
wrap (Chinese has no spaces to break at).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import paragraph as _paragraph

# reportlab's CJK wrap keeps listed characters off the start of a line (hanging them in the
# margin) but its list lacks Chinese full-width punctuation, so "住址" could end one line and
# "：高力板镇" start the next. Both wrap paths (one text run / several runs) read their own copy.
# Adding the characters is a process-wide improvement for any CJK paragraph.
_NO_LINE_START = "，：；！？》〉」』】〕）”’·…—％"
for _module in (_textsplit, _paragraph):
    _cannot_start: str = getattr(_module, "ALL_CANNOT_START")  # noqa: B009 (not in reportlab's stubs)
    if not _cannot_start.endswith(_NO_LINE_START):
        setattr(_module, "ALL_CANNOT_START", _cannot_start + _NO_LINE_START)  # noqa: B010

BODY_SIZE = 12
BODY_LEADING = 21
GREY = colors.Color(0.35, 0.35, 0.35)


@cache
def stylesheet(font_name: str) -> StyleSheet1:
    """Styles drawn with `font_name` (the registered primary CJK font); children inherit from
    "base", so changing the body size or font changes every document."""
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "base", fontName=font_name, fontSize=BODY_SIZE, leading=BODY_LEADING, wordWrap="CJK",
        alignment=TA_LEFT, textColor=colors.black, bulletFontName=font_name,
    )
    sheet.add(base)
    add = sheet.add
    add(ParagraphStyle("title", parent=base, fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=4))
    add(ParagraphStyle("number", parent=base, alignment=TA_RIGHT, spaceAfter=6))
    # Indented, justified paragraphs: facts, statements, the effect statement.
    add(ParagraphStyle("body", parent=base, firstLineIndent=2 * BODY_SIZE, alignment=TA_JUSTIFY))
    # "label：value" lines (case number, performance …).
    add(ParagraphStyle("field", parent=base, alignment=TA_JUSTIFY))
    # Not keepWithNext: that moves a long first paragraph with its heading to the next page and
    # leaves half a page blank; template.heading() uses a conditional page break instead.
    add(ParagraphStyle("heading", parent=base, fontSize=13, leading=22, spaceBefore=8, spaceAfter=2))
    # Numbered terms: "1." hangs in a 2-character gutter, continuation lines align with the text.
    add(ParagraphStyle("term", parent=base, leftIndent=2 * BODY_SIZE, bulletIndent=0.5 * BODY_SIZE,
                       alignment=TA_JUSTIFY, spaceAfter=4, allowWidows=0))
    add(ParagraphStyle("party", parent=base, alignment=TA_JUSTIFY, spaceBefore=3))
    # A guardian or representative line under its party.
    add(ParagraphStyle("party_extra", parent=sheet["party"], leftIndent=2 * BODY_SIZE, spaceBefore=0))
    add(ParagraphStyle("cell", parent=base, fontSize=10.5, leading=15))
    add(ParagraphStyle("cell_center", parent=sheet["cell"], alignment=TA_CENTER))
    add(ParagraphStyle("cell_head", parent=sheet["cell_center"], textColor=GREY))
    add(ParagraphStyle("small", parent=base, fontSize=9, leading=13, textColor=GREY))
    add(ParagraphStyle("seal", parent=base, alignment=TA_CENTER))
    add(ParagraphStyle("salutation", parent=base, spaceBefore=6))
    return sheet
