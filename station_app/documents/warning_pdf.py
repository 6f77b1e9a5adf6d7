"""预警通报: a written early warning to a department about a high-risk dispute.

The notice itself (recipient, risk, content, request, issuing station with seal area), then a
receipt slip below a cut line for the recipient to sign and return (the case records who
acknowledged it and when).
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.documents.fonts_runs import DocumentFonts, check_printable, document_fonts
from station_app.documents.inputs import (
    WarningInput,
    all_texts,
    cn_date,
    cn_datetime,
    load_template,
    local_time,
    validate_warning,
)
from station_app.documents.template import (
    TEXT_WIDTH,
    SealArea,
    StationDocTemplate,
    body_paragraphs,
    field_para,
    para,
    spaced_fields,
    table,
    verification_block,
)
from station_app.documents.verification import BuiltDocument, Verification, finish_document, make_verification

KIND = "warning_notice"


def build_warning_pdf(warning: WarningInput, font_key: str | None = None) -> BuiltDocument:
    """The 预警通报 as PDF bytes with hashes, verification code and page count.

    Raises ValidationError for missing essentials, StationError for an unusable font or
    characters no installed font has.
    """
    validate_warning(warning)
    wording = load_template(KIND)
    fonts = document_fonts(font_key)
    strings = [v for v in wording.values() if isinstance(v, str)] + list(wording["labels"].values())
    check_printable([*all_texts(warning), *strings], fonts)
    verification = make_verification(KIND, warning.case_number, wording["version"], warning)

    def build(v: Verification) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = StationDocTemplate(buffer, fonts=fonts, title=f"{wording['title']} {warning.case_number}",
                                 header_left=f"{warning.station_name.strip()}　{wording['title']}",
                                 verification=v)
        pages = doc.render(warning_story(warning, fonts, wording, v))
        return buffer.getvalue(), pages

    return finish_document(verification, build)


class CutLine(Flowable):
    """A dashed line across the page: the receipt below it is cut off and returned."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 8 * mm

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setDash(4, 3)
        self.canv.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
        self.canv.line(0, 4 * mm, self.width, 4 * mm)
        self.canv.restoreState()


def warning_story(warning: WarningInput, fonts: DocumentFonts, wording: dict,
                  v: Verification) -> list[Flowable]:
    """The flowables of the notice and its receipt slip."""
    labels = wording["labels"]
    risk = warning.risk_level.strip()
    case_and_risk = [(labels["case_number"], warning.case_number.strip()), (labels["risk_level"], risk)]
    seal = SealArea([para(warning.station_name.strip(), "seal", fonts),
                     para(wording["seal_label"], "cell_head", fonts),
                     para(cn_date(local_time(warning.sent_at).date()), "seal", fonts)])
    issued = [field_para(labels["issuer"], warning.issuer.strip(), fonts),
              field_para(labels["sent_at"], cn_datetime(warning.sent_at), fonts)]
    half = TEXT_WIDTH / 2
    story: list[Flowable] = [
        para(wording["title"], "title", fonts),
        Spacer(1, 2 * mm),
        spaced_fields(case_and_risk, fonts),
        para(f"{warning.recipient.strip()}：", "salutation", fonts),
        *body_paragraphs(wording["intro"].format(risk=risk), fonts),
        *body_paragraphs(warning.content, fonts),
        *body_paragraphs(wording["request"], fonts),
        Spacer(1, 4 * mm),
        KeepTogether(table([[issued, seal]], [half, half], fonts,
                           [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])),
        Spacer(1, 6 * mm),
    ]
    # The slip is cut off and returned: it repeats what identifies the notice.
    receipt = [
        CutLine(),
        para(labels["receipt"], "heading", fonts),
        spaced_fields(case_and_risk, fonts),
        field_para("签收单位", warning.recipient.strip(), fonts),
        Spacer(1, 4 * mm),
        spaced_fields([(labels["receiver"], "＿" * 8), (labels["received_at"], "＿＿年＿＿月＿＿日")], fonts),
        Spacer(1, 6 * mm),
        verification_block(v, fonts, half),
    ]
    story.append(KeepTogether(receipt))
    return story
