"""The page every station document is printed on, and the blocks documents share.

One BaseDocTemplate subclass (reportlab docco's rltemplate habit): A4, the header and footer
drawn in page callbacks between saveState/restoreState; "共 M 页" and the seam mark are forms
defined once the page count is known (page_marks.py). Invariant mode makes the bytes depend on
the content only.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from station_app.core.masking import mask_id_number, mask_phone
from station_app.documents.fonts_runs import DocumentFonts, font_markup
from station_app.documents.inputs import PartyInfo, cn_date
from station_app.documents.page_marks import (  # noqa: F401 (draw_text: used by other documents)
    FURNITURE_SIZE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TOTAL_FORM,
    draw_text,
    make_canvas_factory,
    seam_form,
)
from station_app.documents.styles import GREY, stylesheet
from station_app.documents.verification import Verification

MARGINS: dict[str, Any] = {"leftMargin": 25 * mm, "rightMargin": 22 * mm, "topMargin": 24 * mm,
                           "bottomMargin": 22 * mm}
TEXT_WIDTH = PAGE_WIDTH - MARGINS["leftMargin"] - MARGINS["rightMargin"]
TEXT_HEIGHT = PAGE_HEIGHT - MARGINS["topMargin"] - MARGINS["bottomMargin"]
LINE = colors.Color(0.25, 0.25, 0.25)
_TOTAL_FORM = TOTAL_FORM  # the name reports/summary_pdf.py imports


class StationDocTemplate(BaseDocTemplate):
    """A4 with the case number in the header and "第 N 页 共 M 页" + verification code in the
    footer of every page."""

    def __init__(self, buffer: io.BytesIO, *, fonts: DocumentFonts, title: str, header_left: str,
                 verification: Verification, seam: bool = False, **kwargs: Any) -> None:
        self.fonts = fonts
        # The 骑缝 mark on the right edge of every page of a multi-page document that is signed.
        self.seam_label = verification.case_number if seam else None
        self.header_left = header_left
        self.verification = verification
        super().__init__(
            buffer, pagesize=A4, title=title, author=header_left, subject=verification.case_number,
            creator="平安台账 Station Ledger", invariant=1,
            initialFontName=fonts.name(),  # else every page references (unembedded) Helvetica
            **MARGINS, **kwargs,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._furniture)])

    def _furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        left, right = self.leftMargin, PAGE_WIDTH - self.rightMargin
        top = PAGE_HEIGHT - self.topMargin + 8 * mm
        draw_text(canvas, self.fonts, left, top, self.header_left, FURNITURE_SIZE)
        draw_text(canvas, self.fonts, right, top, f"案件编号：{self.verification.case_number}",
                  FURNITURE_SIZE, "right")
        canvas.line(left, top - 2 * mm, right, top - 2 * mm)
        bottom = self.bottomMargin - 10 * mm
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        centre = PAGE_WIDTH / 2
        draw_text(canvas, self.fonts, centre - 1.5, bottom, f"第 {canvas.getPageNumber()} 页", FURNITURE_SIZE,
                  "right")
        canvas.translate(centre + 1.5, bottom)
        canvas.doForm(TOTAL_FORM)  # "共 M 页", defined once the page count is known
        canvas.translate(-centre - 1.5, -bottom)
        if self.seam_label is not None:
            canvas.doForm(seam_form(canvas.getPageNumber()))
        draw_text(canvas, self.fonts, right, bottom, f"校验码 {self.verification.code}", FURNITURE_SIZE,
                  "right")
        canvas.restoreState()

    def render(self, story: list[Flowable]) -> int:
        """Build into the buffer given at construction; returns the page count."""
        fonts = self.fonts
        pages: list[int] = []
        self.build(story, canvasmaker=make_canvas_factory(fonts, pages, self.seam_label))
        return pages[0]


# --- shared blocks ----------------------------------------------------------------------------------

# A line to write on by hand. Glyphs, not an underlined gap: a text extractor reads a wide gap as
# a column break and would scramble the party's line.
BLANK_TO_FILL = "_" * 10


def party_pairs(party: PartyInfo, show_id: bool, mask: bool) -> list[tuple[str, str]]:
    """(label, value) of the details after the name, "" where nothing is recorded (masked
    ID/phone when asked, and then the year of birth only; no ID number unless `show_id`)."""
    # A masked ID number hides exactly the birth date: beside it, only the year of birth.
    hides_birth = mask and show_id and bool((party.id_number or "").strip()) and party.birth_date is not None
    born = f"{party.birth_date.year}年" if hides_birth and party.birth_date else cn_date(party.birth_date)
    pairs = [
        ("性别", party.gender), ("民族", party.ethnicity), ("出生日期", born),
        ("身份证号", (mask_id_number if mask else str.strip)(party.id_number or "") if show_id else None),
        ("职业", party.occupation), ("住址", party.address),
        ("联系方式", mask_phone(party.phone) if mask else party.phone.strip()),
    ]
    return [(label, (value or "").strip()) for label, value in pairs if value is not None]


def party_details(party: PartyInfo, show_id: bool, mask: bool) -> str:
    """姓名 and the other details present, "，"-separated (masked ID/phone when asked)."""
    parts = [party.name.strip()]
    parts += [f"{label}：{value}" for label, value in party_pairs(party, show_id, mask) if value]
    return "，".join(parts)


def party_markup(party: PartyInfo, fonts: DocumentFonts, show_id: bool, mask: bool, blanks: bool) -> str:
    """The party's details as paragraph markup; with `blanks`, a missing detail is printed as an
    underlined gap to fill in by hand instead of being left out."""
    parts = [font_markup(party.name.strip(), fonts)]
    for label, value in party_pairs(party, show_id, mask):
        if value:
            parts.append(font_markup(f"{label}：{value}", fonts))
        elif blanks:
            parts.append(font_markup(f"{label}：", fonts) + BLANK_TO_FILL)
    return font_markup("，", fonts).join(parts)


def table(rows: list[list[Any]], widths: Sequence[float], fonts: DocumentFonts,
          commands: Sequence[tuple[Any, ...]] = (), **kwargs: Any) -> Table:
    """A Table whose cells use the document font: string cells would otherwise be set in
    Helvetica, which is never embedded (pdffonts would list it; some printers substitute it)."""
    result = Table(rows, colWidths=list(widths), **kwargs)
    result.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.name()), *commands])
    return result


def body_paragraphs(text: str, fonts: DocumentFonts) -> list[Flowable]:
    """Indented paragraphs, one per typed line (a line break starts a new indented paragraph)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    return [para(line, "body", fonts) for line in lines]


def party_paragraphs(party: PartyInfo, fonts: DocumentFonts, show_id: bool, mask: bool,
                     blanks: bool = False) -> list[Flowable]:
    """"甲方：name，details…" and the guardian / representative lines under it (`blanks`: see
    party_markup)."""
    markup = font_markup(f"{party.role_label}：", fonts) + party_markup(party, fonts, show_id, mask, blanks)
    block: list[Flowable] = [Paragraph(markup, stylesheet(fonts.name())["party"])]
    if party.guardian.strip():
        block.append(field_para("监护人（法定代理人）", party.guardian.strip(), fonts, "party_extra"))
    if party.representative.strip():
        block.append(field_para("委托代理人", party.representative.strip(), fonts, "party_extra"))
    return block


def signers(parties: Sequence[PartyInfo]) -> list[tuple[str, str]]:
    """(label, name) of everyone who signs for the parties: each party, then its guardian and
    representative (they sign too: a minor's signature alone binds nobody)."""
    people: list[tuple[str, str]] = []
    for party in parties:
        people.append((party.role_label, party.name.strip()))
        if party.guardian.strip():
            people.append((f"{party.role_label}的监护人", party.guardian.strip()))
        if party.representative.strip():
            people.append((f"{party.role_label}的委托代理人", party.representative.strip()))
    return people


def heading(text: str, fonts: DocumentFonts) -> list[Flowable]:
    """A section heading that never ends a page: it starts a new page when fewer than about
    three lines would fit under it."""
    return [CondPageBreak(30 * mm), para(text, "heading", fonts)]


def para(text: str, style: str, fonts: DocumentFonts) -> Paragraph:
    """A paragraph printing `text` exactly as typed (escaped, line breaks kept, fallback fonts)."""
    return Paragraph(font_markup(text, fonts), stylesheet(fonts.name())[style])


def field_para(label: str, value: str, fonts: DocumentFonts, style: str = "field") -> Paragraph:
    """"label：value" with the value as typed."""
    return Paragraph(font_markup(f"{label}：", fonts) + font_markup(value, fonts),
                     stylesheet(fonts.name())[style])


def spaced_fields(pairs: Sequence[tuple[str, str]], fonts: DocumentFonts, style: str = "field") -> Paragraph:
    """Several "label：value" pairs on one line, kept apart by non-breaking spaces (Paragraph
    collapses ordinary and ideographic spaces)."""
    gap = "&nbsp;" * 6
    markup = gap.join(font_markup(f"{label}：{value}", fonts) for label, value in pairs)
    return Paragraph(markup, stylesheet(fonts.name())[style])


def qr_code(payload: str, size: float = 24 * mm) -> QrCode:
    """A QR code of `payload`, medium error correction (survives a fold or a stamp's edge).
    The flowable draws rectangles straight on the canvas: a graphics Drawing would set
    Helvetica and leave an unembedded font in the PDF."""
    return QrCode(payload, width=size, height=size, qrLevel="M", qrBorder=3)


def verification_block(verification: Verification, fonts: DocumentFonts, width: float) -> Table:
    """The QR code beside its code and a line saying what it is for."""
    note = (f"校验码：{verification.code}\n扫描二维码或输入校验码，"
            "可在平安台账中核对本文书与存档记录是否一致。")
    return table([[qr_code(verification.payload), para(note, "small", fonts)]], [27 * mm, width - 27 * mm],
                 fonts, [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
                 hAlign="LEFT")


class SealArea(Flowable):
    """Where the seal goes: the body's name, the date and a dashed circle to stamp on."""

    RADIUS = 20 * mm

    def __init__(self, lines: Sequence[Paragraph]) -> None:
        super().__init__()
        self.lines = list(lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.heights = [p.wrap(avail_width, avail_height)[1] for p in self.lines]
        self.height = max(2 * self.RADIUS + 4 * mm, sum(self.heights) + 6 * mm)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setDash(3, 2)
        canvas.setLineWidth(0.6)
        canvas.circle(self.width / 2, self.height / 2, self.RADIUS)
        canvas.restoreState()
        y = self.height / 2 + sum(self.heights) / 2
        for paragraph, height in zip(self.lines, self.heights, strict=True):
            y -= height
            paragraph.drawOn(canvas, 0, y)


def signature_rows(people: Sequence[tuple[str, str]], fonts: DocumentFonts, heads: tuple[str, str, str],
                   width: float = TEXT_WIDTH, min_height: float = 20 * mm) -> Table:
    """A table with one row per (label, name): who, a signature box and a fingerprint box.

    Boxes keep a minimum height for a pen and a thumb; a 20-character name wraps in its cell
    and makes the row taller instead of overflowing. The header row repeats on a new page.
    """
    widths = [width * 0.30, width * 0.40, width * 0.30]
    rows: list[list[Any]] = [[para(head, "cell_head", fonts) for head in heads]]
    for label, name in people:
        rows.append([para(f"{label}\n{name}", "cell", fonts), Spacer(1, min_height), Spacer(1, 1)])
    return table(rows, widths, fonts, [
        ("GRID", (0, 0), (-1, -1), 0.6, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
    ], repeatRows=1)


def staff_rows(staff: Sequence[tuple[str, str]], fonts: DocumentFonts, width: float = TEXT_WIDTH) -> Table:
    """Mediator / note-taker lines: role, printed name, and a line to sign on."""
    rows = [[para(role, "cell", fonts), para(name, "cell", fonts), para("（签名）", "cell_head", fonts)]
            for role, name in staff]
    role = max(width * 0.22, 22 * mm)  # "调解民警" on one line, also in a half-width block
    return table(rows, [role, (width - role) * 0.48, (width - role) * 0.52], fonts, [
        ("LINEBELOW", (2, 0), (2, -1), 0.6, LINE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
    ])
