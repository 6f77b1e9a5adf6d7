"""Printing a 集中返赃 event's receipt sheet: map the event onto the document input, build,
record the PDF's SHA-256 and verification code on the event, audit.

reportlab is imported on the first print, not with the module (start-up cost, see DESIGN.md).
"""

from __future__ import annotations

import uuid

from station_app.accounts import permissions
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import NotFound
from station_app.core.masking import mask_sensitive_text
from station_app.core.models import Station
from station_app.core.scope import record_to_change
from station_app.core.versioning import update_versioned
from station_app.restitution.cases import MISSING, audit_case, get_case
from station_app.restitution.models import RestitutionCase, RestitutionEvent
from station_app.restitution.views import CaseDetail, EventView
from station_app.settings.service import load_settings


def station_body(station_id: uuid.UUID) -> str:
    """The station as it signs documents: 科右中旗公安局高力板派出所."""
    station = Station.get_by_id(station_id)
    return f"{station.county}公安局{station.name}"


def receipt_input(case: CaseDetail, event: EventView, body: str):  # noqa: ANN201 (lazy import)
    """The ReceiptInput of one event (no validation)."""
    from station_app.documents.receipt_pdf import ReceiptInput, ReceiptLine

    return ReceiptInput(
        case_number=case.row.case_number, station_name=body, case_type=case.row.case_type,
        summary=mask_sensitive_text(case.row.summary), suspects=list(case.suspects), held_on=event.held_on,
        place=event.place,
        handed_over_by=event.handed_over_by,
        lines=[ReceiptLine(line.victim_name, line.victim_place, line.amount) for line in event.lines],
    )


def event_receipt_pdf(actor: Actor, case_id: uuid.UUID, event_id: uuid.UUID, font_key: str | None = None):  # noqa: ANN201
    """Build the event's receipt sheet (A4) and record its hash and verification code.

    A completed event keeps the hash of the sheet that was signed; a reprint is audited only.
    Returns documents.verification.BuiltDocument. Raises NotFound, ValidationError (a sheet
    without its essentials), StationError (no usable font, unprintable characters).
    """
    from station_app.documents.receipt_pdf import build_receipt_pdf, validate_receipt

    permissions.require(actor, "restitution.edit")
    record_to_change(RestitutionCase, case_id, MISSING)  # the sheet to sign: the station's own cases only
    case = get_case(actor, case_id)
    event = case.event(event_id)
    if event is None:
        raise NotFound("找不到该次集中返赃（可能已被删除）。")
    document = receipt_input(case, event, station_body(actor.home))
    validate_receipt(document)
    built = build_receipt_pdf(document, font_key or load_settings().document_font or None)
    with db.transaction():
        row = RestitutionEvent.get_by_id(event.id)
        if row.state == "planned":
            update_versioned(row, row.version, document_sha256=built.sha256,
                             verification_code=built.verification_code)
        audit_case(actor, "restitution.receipt_printed", case.id, after={"sha256": built.sha256},
                   event_id=str(event.id), code=built.verification_code, pages=built.page_count)
    return built
