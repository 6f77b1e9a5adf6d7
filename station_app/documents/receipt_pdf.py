"""返还赃款签收单: the one sheet a 集中返赃 event is signed on.

Title, case number, who holds the case, when and where the money is handed back, then a table
with one row per victim — name, place, the amount in figures and in capitals, a box to sign and a
box for the fingerprint — and the totals; below it the officer who handed the money over signs,
beside the seal area and the verification QR. The input is plain data (the restitution service
maps an event onto it); the wording is in templates/restitution_receipt.json.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.core.errors import ValidationError
from station_app.documents.fonts_runs import DocumentFonts, check_printable, document_fonts
from station_app.documents.inputs import all_texts, cn_date, load_template
from station_app.documents.money import MAX_FEN, amount_in_capitals, format_amount
from station_app.documents.template import (
    LINE,
    TEXT_WIDTH,
    SealArea,
    StationDocTemplate,
    body_paragraphs,
    field_para,
    para,
    spaced_fields,
    staff_rows,
    table,
    verification_block,
)
from station_app.documents.verification import BuiltDocument, Verification, finish_document, make_verification

KIND = "restitution_receipt"
# 序号, 被害人, 所在地, 金额, 签名, 按手印 (mm; they add up to the 163 mm text width)
COLUMNS_MM = (11, 25, 35, 44, 26, 22)
ROW_HEIGHT = 15 * mm  # room for a signature and a thumb


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    place: str
    amount_fen: int


@dataclass(frozen=True, kw_only=True)
class ReceiptInput:
    """One event's sheet. `held_on` is the calendar date of the event."""

    case_number: str
    station_name: str  # 办案单位, e.g. 科右中旗公安局高力板派出所
    case_type: str
    summary: str
    suspects: Sequence[str]
    held_on: date
    place: str
    handed_over_by: str
    lines: Sequence[ReceiptLine]

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)


def validate_receipt(receipt: ReceiptInput) -> None:
    """Refuse a sheet without its essentials (ValidationError, field → message)."""
    errors: dict[str, str] = {}
    for name, label in (("case_number", "案件编号"), ("station_name", "办案单位"), ("place", "返还地点"),
                        ("handed_over_by", "发还人")):
        if not str(getattr(receipt, name) or "").strip():
            errors[name] = f"{label}未填写，不能打印。"
    if not receipt.lines:
        errors["lines"] = "签收单上没有被害人，不能打印。"
    for index, line in enumerate(receipt.lines):
        if not line.name.strip():
            errors[f"lines.{index}"] = f"第{index + 1}行被害人姓名未填写。"
        elif not 0 < line.amount_fen <= MAX_FEN:
            errors[f"lines.{index}"] = f"{line.name.strip()}的返还金额应大于零且不超过 1 亿元。"
    if errors:
        raise ValidationError(errors)


def build_receipt_pdf(receipt: ReceiptInput, font_key: str | None = None) -> BuiltDocument:
    """The receipt sheet as PDF bytes with hashes, verification code and page count.

    Raises ValidationError for missing essentials, StationError for an unusable font or for
    characters no installed font has (named).
    """
    validate_receipt(receipt)
    wording = load_template(KIND)
    fonts = document_fonts(font_key)
    strings = [v for v in wording.values() if isinstance(v, str)] + list(wording["labels"].values())
    check_printable([*all_texts(receipt), *strings], fonts)
    verification = make_verification(KIND, receipt.case_number, wording["version"], receipt)

    def build(v: Verification) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = StationDocTemplate(buffer, fonts=fonts, title=f"{wording['title']} {receipt.case_number}",
                                 header_left=f"{receipt.station_name.strip()}　{wording['title']}",
                                 verification=v)
        pages = doc.render(receipt_story(receipt, fonts, wording, v))
        return buffer.getvalue(), pages

    return finish_document(verification, build)


def _amount_cell(fen: int, fonts: DocumentFonts) -> Flowable:
    return para(f"¥{format_amount(fen)}\n{amount_in_capitals(fen)}", "cell", fonts)


def victims_table(receipt: ReceiptInput, fonts: DocumentFonts, labels: dict[str, str]) -> Flowable:
    """One row per victim and a totals row; the head repeats on every page."""
    heads = ("index", "victim", "victim_place", "amount", "signature", "fingerprint")
    rows: list[list[Any]] = [[para(labels[key], "cell_head", fonts) for key in heads]]
    for number, line in enumerate(receipt.lines, start=1):
        rows.append([para(str(number), "cell_center", fonts), para(line.name.strip(), "cell", fonts),
                     para(line.place.strip(), "cell", fonts), _amount_cell(line.amount_fen, fonts),
                     Spacer(1, ROW_HEIGHT), ""])
    people = labels["people"].format(count=len(receipt.lines))
    rows.append([para(labels["total"], "cell_center", fonts), para(people, "cell", fonts), "",
                 _amount_cell(receipt.total_fen, fonts), "", ""])
    last = len(rows) - 1
    return table(rows, [width * mm for width in COLUMNS_MM], fonts, [
        ("GRID", (0, 0), (-1, -1), 0.6, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (1, last), (2, last)),
        ("SPAN", (4, last), (5, last)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
    ], repeatRows=1)


def receipt_story(receipt: ReceiptInput, fonts: DocumentFonts, wording: dict,
                  v: Verification) -> list[Flowable]:
    """The flowables of the sheet, top to bottom."""
    labels = wording["labels"]
    station = receipt.station_name.strip()
    suspects = "、".join(name.strip() for name in receipt.suspects if name.strip())
    intro = wording["intro"].format(station=station, case_type=receipt.case_type.strip(),
                                    date=cn_date(receipt.held_on), place=receipt.place.strip())
    story: list[Flowable] = [
        para(wording["title"], "title", fonts),
        para(f"{labels['case_number']}：{receipt.case_number.strip()}", "number", fonts),
        field_para(labels["station"], station, fonts),
        spaced_fields([(labels["case_type"], receipt.case_type.strip())]
                      + ([(labels["suspects"], suspects)] if suspects else []), fonts),
    ]
    if receipt.summary.strip():
        story.append(field_para(labels["summary"], receipt.summary.strip(), fonts))
    story += [
        spaced_fields([(labels["held_on"], cn_date(receipt.held_on)),
                       (labels["place"], receipt.place.strip())], fonts),
        Spacer(1, 1 * mm),
        *body_paragraphs(intro, fonts),
        Spacer(1, 2 * mm),
        victims_table(receipt, fonts, labels),
        Spacer(1, 2 * mm),
        *body_paragraphs(wording["statement"], fonts),
        Spacer(1, 2 * mm),
    ]
    half = TEXT_WIDTH / 2
    seal = SealArea([para(station, "seal", fonts), para(labels["seal"], "cell_head", fonts),
                     para(cn_date(receipt.held_on), "seal", fonts)])
    bottom = table([[verification_block(v, fonts, half - 6 * mm), seal]], [half, half], fonts,
                   [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    officer = staff_rows([(labels["officer_signature"], receipt.handed_over_by.strip())], fonts)
    story.append(KeepTogether([officer, Spacer(1, 4 * mm), bottom]))
    return story
