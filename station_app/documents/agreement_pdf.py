"""治安调解协议书 / 人民调解协议书: an A4 agreement ready for the parties to sign.

Order on paper: title, number, mediating body and staff, each party, others present, facts,
responsibility, numbered terms (amounts in capitals and figures), performance, effect and copy
count, then the signature block (every party: signature + fingerprint; staff lines; seal area
with date; verification QR) kept together on the last page.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import NullActionFlowable

from station_app.documents.fonts_runs import DocumentFonts, check_printable, document_fonts, font_markup
from station_app.documents.inputs import (
    AgreementInput,
    agreement_template,
    all_texts,
    cn_date,
    default_copies,
    validate_agreement,
)
from station_app.documents.money import amount_text
from station_app.documents.styles import stylesheet
from station_app.documents.template import (
    TEXT_HEIGHT,
    TEXT_WIDTH,
    SealArea,
    StationDocTemplate,
    body_paragraphs,
    field_para,
    heading,
    para,
    party_paragraphs,
    signature_rows,
    signers,
    spaced_fields,
    staff_rows,
    table,
    verification_block,
)
from station_app.documents.verification import BuiltDocument, Verification, finish_document, make_verification

CHINESE_NUMERALS = "〇一二三四五六七八九十"


def build_agreement_pdf(agreement: AgreementInput, font_key: str | None = None) -> BuiltDocument:
    """The agreement as PDF bytes with its hashes, verification code and page count.

    Raises ValidationError (field → message) if a required part is missing, StationError if the
    font is unusable or some character is in no installed font (all are named). Nothing is
    written anywhere; see `station_app.documents.write_pdf`.
    """
    validate_agreement(agreement)
    wording = agreement_template(agreement.kind)
    fonts = document_fonts(font_key)
    check_printable([*all_texts(agreement), *_wording_texts(wording)], fonts)
    kind = f"agreement_{agreement.kind}"
    verification = make_verification(kind, agreement.case_number, wording["version"], agreement)

    def build(v: Verification) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = StationDocTemplate(
            buffer, fonts=fonts, title=f"{wording['title']} {agreement.number}",
            header_left=f"{agreement.mediating_body}　{wording['title']}", verification=v, seam=True,
        )
        pages = doc.render(agreement_story(agreement, fonts, wording, v))
        return buffer.getvalue(), pages

    return finish_document(verification, build)


def _wording_texts(wording: dict) -> list[str]:
    return [v for v in wording.values() if isinstance(v, str)] + list(wording["headings"].values())


def _terms(agreement: AgreementInput, fonts: DocumentFonts) -> list[Flowable]:
    styles = stylesheet(fonts.name())
    out: list[Flowable] = []
    for number, term in enumerate(agreement.terms, start=1):
        # The amount is a line of the term's own paragraph, so a page break cannot part them.
        markup = font_markup(term.text.strip(), fonts)
        if term.amount_fen is not None:
            markup += "<br/>" + font_markup(f"金额：{amount_text(term.amount_fen)}", fonts)
        out.append(Paragraph(markup, styles["term"], bulletText=f"{number}."))
    return out


def chinese_count(number: int) -> str:
    """A count as written in an agreement's text: 3 → 三, 10 → 十 (figures beyond ten)."""
    return CHINESE_NUMERALS[number] if 0 < number <= 10 else str(number)


def _mediators_besides_presiding(agreement: AgreementInput) -> list[str]:
    """The mediators other than the presiding officer, who is named (and signs) once as 主持人."""
    presiding = agreement.presiding.strip()
    names = dict.fromkeys(m.strip() for m in agreement.mediators)
    return [name for name in names if name not in ("", presiding)]


def _signature_block(agreement: AgreementInput, fonts: DocumentFonts, wording: dict,
                     v: Verification) -> list[Flowable]:
    people = signers(agreement.parties)
    staff = [(wording["presiding_label"], agreement.presiding.strip())]
    staff += [(wording["mediators_label"], m) for m in _mediators_besides_presiding(agreement)]
    if agreement.note_taker.strip():
        staff.append((wording["note_taker_label"], agreement.note_taker.strip()))
    seal_lines = [para(agreement.mediating_body.strip(), "seal", fonts),
                  para(wording["seal_label"], "cell_head", fonts),
                  para(cn_date(agreement.agreement_date), "seal", fonts)]
    if agreement.signed_place.strip():
        seal_lines.append(para(f"签订地点：{agreement.signed_place.strip()}", "cell_head", fonts))
    # Staff signature lines and the verification QR on the left, the seal on the right: the whole
    # block takes half a page, so the last term, performance and effect fit on its page.
    half = TEXT_WIDTH / 2
    left = [staff_rows(staff, fonts, width=half - 4 * mm), Spacer(1, 4 * mm),
            verification_block(v, fonts, half - 6 * mm)]
    bottom = table([[left, SealArea(seal_lines)]], [half, half], fonts,
                   [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [
        para(wording["signature_heading"], "heading", fonts),
        signature_rows(people, fonts, ("当事人", "签名", "按手印"), min_height=16 * mm),
        Spacer(1, 2 * mm),
        para(wording["staff_signature_heading"], "heading", fonts),
        bottom,
    ]


def agreement_story(agreement: AgreementInput, fonts: DocumentFonts, wording: dict,
                    v: Verification) -> list[Flowable]:
    """The flowables of the agreement, top to bottom."""
    headings = wording["headings"]
    show_id, mask = bool(wording["show_id_number"]), agreement.mask_personal
    staff = [(wording["presiding_label"], agreement.presiding.strip())]
    mediators = _mediators_besides_presiding(agreement)
    if mediators:
        staff.append((wording["mediators_label"], "、".join(mediators)))
    if agreement.note_taker.strip():
        staff.append((wording["note_taker_label"], agreement.note_taker.strip()))
    story: list[Flowable] = [
        para(wording["title"], "title", fonts),
        para(agreement.number.strip(), "number", fonts),
        field_para(wording["body_label"], agreement.mediating_body.strip(), fonts),
        field_para("案件编号", agreement.case_number.strip(), fonts),
        spaced_fields(staff, fonts),
        Spacer(1, 2 * mm),
    ]
    for party in agreement.parties:
        story += party_paragraphs(party, fonts, show_id, mask, blanks=True)
    others = "、".join(o.strip() for o in agreement.others_present if o.strip())
    if others:
        story.append(field_para(wording["others_label"], others, fonts, "party"))
    sections: list[tuple[str, list[Flowable]]] = [("facts", body_paragraphs(agreement.facts, fonts))]
    if agreement.responsibility.strip():
        sections.append(("responsibility", body_paragraphs(agreement.responsibility, fonts)))
    terms = _terms(agreement, fonts)
    sections.append(("terms", terms[:-1]))
    performance: list[Flowable] = [field_para("履行方式", agreement.performance_method.strip(), fonts)]
    if agreement.performance_place.strip():
        performance.append(field_para("履行地点", agreement.performance_place.strip(), fonts))
    performance.append(field_para("履行期限", f"{cn_date(agreement.performance_deadline)}前履行完毕", fonts))
    copies = default_copies(agreement)
    standard = len(agreement.parties) * wording["copies_per_party"] + wording["copies_kept"]
    copies_text = wording["copies_statement" if copies == standard else "copies_statement_other"]
    effect = agreement.effect_statement or wording["effect_statement"]
    # Numbered here, not in the template: an omitted section must not leave a gap (一、三、四…).
    for number, (key, flowables) in enumerate(sections, start=1):
        story += [*heading(f"{CHINESE_NUMERALS[number]}、{headings[key]}", fonts), *flowables]
    # The last term, performance, effect and the signatures stay on one page where they fit:
    # signatures alone on a page, away from what was agreed, invite a swapped first page.
    number = len(sections)
    before = [terms[-1], para(f"{CHINESE_NUMERALS[number + 1]}、{headings['performance']}", "heading", fonts),
              *performance]
    signing = [
        para(f"{CHINESE_NUMERALS[number + 2]}、{headings['effect']}", "heading", fonts),
        *body_paragraphs(effect, fonts),
        *body_paragraphs(copies_text.format(copies=chinese_count(copies)), fonts),
        Spacer(1, 4 * mm),
        *_signature_block(agreement, fonts, wording, v),
    ]
    story.append(KeepTogetherWhereItFits(before, signing))
    return story


class KeepTogetherWhereItFits(KeepTogether):
    """`before` + `last` on one page: a new page is started rather than part them. Where they are
    taller than a whole page a page break would only leave a gap, so `before` flows on at once and
    only `last` (the effect statement with the signatures) is kept together."""

    def __init__(self, before: list[Flowable], last: list[Flowable]) -> None:
        super().__init__([*before, *last])
        self._before, self._last = before, last

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)  # sets _H, the content's whole height (wrap may return more)
        if self._H > TEXT_HEIGHT:  # type: ignore[attr-defined]  # the items go back to the document, to be split as usual
            return [NullActionFlowable(), *self._before, KeepTogether(self._last)]
        return super().split(avail_width, avail_height)
