"""调解笔录: the written record of one mediation session, read back and signed.

Header (time, place, matter, people present), the parties, the notice of rights and duties,
each party's statement, the facts verified and the outcome, then signature lines for every
party (with fingerprint boxes), the mediators and the note-taker.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.documents.fonts_runs import DocumentFonts, check_printable, document_fonts
from station_app.documents.inputs import (
    SessionRecordInput,
    all_texts,
    cn_datetime,
    load_template,
    validate_session_record,
)
from station_app.documents.template import (
    TEXT_WIDTH,
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
    verification_block,
)
from station_app.documents.verification import BuiltDocument, Verification, finish_document, make_verification

KIND = "session_record"


def build_session_record_pdf(record: SessionRecordInput, font_key: str | None = None) -> BuiltDocument:
    """The 调解笔录 as PDF bytes with hashes, verification code and page count.

    Raises ValidationError for missing essentials, StationError for an unusable font or
    characters no installed font has.
    """
    validate_session_record(record)
    wording = load_template(KIND)
    fonts = document_fonts(font_key)
    check_printable([*all_texts(record), *_strings(wording)], fonts)
    verification = make_verification(KIND, record.case_number, wording["version"], record)

    def build(v: Verification) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = StationDocTemplate(buffer, fonts=fonts, title=f"{wording['title']} {record.case_number}",
                                 header_left=f"{wording['title']}　{record.matter.strip()}", verification=v)
        pages = doc.render(record_story(record, fonts, wording, v))
        return buffer.getvalue(), pages

    return finish_document(verification, build)


def _strings(wording: dict) -> list[str]:
    return [v for v in wording.values() if isinstance(v, str)] + list(wording["labels"].values())


def _time_span(record: SessionRecordInput) -> str:
    start = cn_datetime(record.started_at)
    if record.ended_at is None:
        return start
    end = cn_datetime(record.ended_at)
    # Same day: "2026年3月5日 09:00 至 10:10", not the date twice.
    if end.split(" ")[0] == start.split(" ")[0]:
        end = end.split(" ")[1]
    return f"{start} 至 {end}"


def record_story(record: SessionRecordInput, fonts: DocumentFonts, wording: dict,
                 v: Verification) -> list[Flowable]:
    """The flowables of the record, top to bottom."""
    labels = wording["labels"]
    mediators = "、".join(m.strip() for m in record.mediators if m.strip())
    story: list[Flowable] = [
        para(wording["title"], "title", fonts),
        Spacer(1, 2 * mm),
        field_para(labels["time"], _time_span(record), fonts),
        field_para(labels["place"], record.place.strip(), fonts),
        field_para(labels["matter"], record.matter.strip(), fonts),
        spaced_fields([(labels["mediators"], mediators), (labels["note_taker"], record.note_taker.strip())],
                      fonts),
    ]
    attendees = "、".join(a.strip() for a in record.attendees if a.strip())
    if attendees:
        story.append(field_para(labels["attendees"], attendees, fonts))
    story += heading(labels["parties"], fonts)
    for party in record.parties:
        story += party_paragraphs(party, fonts, True, record.mask_personal)
    notices = record.notices_given if record.notices_given.strip() else wording["default_notices"]
    story += [*heading(labels["notices"], fonts), *body_paragraphs(notices, fonts)]
    if record.statements:
        story += heading(labels["statements"], fonts)
        for name, statement in record.statements:
            story.append(para(labels["statement_of"].format(name=name.strip()) + "：", "field", fonts))
            story += body_paragraphs(statement, fonts)
    for key, text in (("facts", record.facts_verified), ("outcome", record.outcome)):
        if text.strip():
            story += [*heading(labels[key], fonts), *body_paragraphs(text, fonts)]
    story.append(_signatures(record, fonts, wording, v))
    return story


def _signatures(record: SessionRecordInput, fonts: DocumentFonts, wording: dict,
                v: Verification) -> KeepTogether:
    staff = [(wording["labels"]["mediators"], m.strip()) for m in record.mediators if m.strip()]
    staff.append((wording["labels"]["note_taker"], record.note_taker.strip()))
    # The read-back sentence stays with the signatures it introduces.
    return KeepTogether([
        Spacer(1, 2 * mm),
        *body_paragraphs(wording["read_back"], fonts),
        para(wording["signature_heading"], "heading", fonts),
        signature_rows(signers(record.parties), fonts, ("当事人", "签名", "按手印"), min_height=16 * mm),
        Spacer(1, 2 * mm),
        staff_rows(staff, fonts),
        Spacer(1, 5 * mm),
        verification_block(v, fonts, TEXT_WIDTH / 2),
    ])
