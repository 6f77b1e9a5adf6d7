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
            header_left=f"{agreement.mediating_body}　{wording['title']}", verification=v,
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


def _signature_block(agreement: AgreementInput, fonts: DocumentFonts, wording: dict,
                     v: Verification) -> KeepTogether:
    people = signers(agreement.parties)
    presiding = agreement.presiding.strip()
    staff = [(wording["presiding_label"], presiding)]
    # A presiding officer who also mediates signs once, as presiding officer.
    mediators = [m.strip() for m in agreement.mediators if m.strip() not in ("", presiding)]
    staff += [(wording["mediators_label"], m) for m in mediators]
    if agreement.note_taker.strip():
        staff.append((wording["note_taker_label"], agreement.note_taker.strip()))
    seal_lines = [para(agreement.mediating_body.strip(), "seal", fonts),
                  para(wording["seal_label"], "cell_head", fonts),
                  para(cn_date(agreement.agreement_date), "seal", fonts)]
    if agreement.signed_place.strip():
        seal_lines.append(para(f"签订地点：{agreement.signed_place.strip()}", "cell_head", fonts))
    half = TEXT_WIDTH / 2
    bottom = table([[verification_block(v, fonts, half - 6 * mm), SealArea(seal_lines)]], [half, half], fonts,
                   [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return KeepTogether([
        para(wording["signature_heading"], "heading", fonts),
        signature_rows(people, fonts, ("当事人", "签名", "按手印")),
        Spacer(1, 3 * mm),
        para(wording["staff_signature_heading"], "heading", fonts),
        staff_rows(staff, fonts),
        Spacer(1, 5 * mm),
        bottom,
    ])


def agreement_story(agreement: AgreementInput, fonts: DocumentFonts, wording: dict,
                    v: Verification) -> list[Flowable]:
    """The flowables of the agreement, top to bottom."""
    headings = wording["headings"]
    show_id, mask = bool(wording["show_id_number"]), agreement.mask_personal
    staff = [(wording["presiding_label"], agreement.presiding.strip()),
             (wording["mediators_label"], "、".join(m.strip() for m in agreement.mediators if m.strip()))]
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
        story += party_paragraphs(party, fonts, show_id, mask)
    others = "、".join(o.strip() for o in agreement.others_present if o.strip())
    if others:
        story.append(field_para(wording["others_label"], others, fonts, "party"))
    sections: list[tuple[str, list[Flowable]]] = [("facts", body_paragraphs(agreement.facts, fonts))]
    if agreement.responsibility.strip():
        sections.append(("responsibility", body_paragraphs(agreement.responsibility, fonts)))
    sections.append(("terms", _terms(agreement, fonts)))
    performance: list[Flowable] = [field_para("履行方式", agreement.performance_method.strip(), fonts)]
    if agreement.performance_place.strip():
        performance.append(field_para("履行地点", agreement.performance_place.strip(), fonts))
    performance.append(field_para("履行期限", f"{cn_date(agreement.performance_deadline)}前履行完毕", fonts))
    sections.append(("performance", performance))
    copies = default_copies(agreement)
    standard = len(agreement.parties) * wording["copies_per_party"] + wording["copies_kept"]
    copies_text = wording["copies_statement" if copies == standard else "copies_statement_other"]
    effect = agreement.effect_statement or wording["effect_statement"]
    sections.append(("effect", [*body_paragraphs(effect, fonts),
                                *body_paragraphs(copies_text.format(copies=copies), fonts)]))
    # Numbered here, not in the template: an omitted section must not leave a gap (一、三、四…).
    for number, (key, flowables) in enumerate(sections, start=1):
        story += [*heading(f"{CHINESE_NUMERALS[number]}、{headings[key]}", fonts), *flowables]
    story += [Spacer(1, 4 * mm), _signature_block(agreement, fonts, wording, v)]
    return story
