"""Building a case's documents: map the case onto the document inputs and build. Building writes
nothing (a preview is not a print); print_record.record_print records a copy really printed or
saved, with its hash and verification code, so a printout can later be checked against the
record (the code and QR are printed on it).
"""

from __future__ import annotations

import uuid

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.errors import NotFound, ValidationError
from station_app.core.masking import mask_sensitive_text
from station_app.core.models import Station
from station_app.mediation.cases import load_case
from station_app.mediation.reading import case_for_documents
from station_app.mediation.views import CaseDetail, PartyView
from station_app.residents.areas import enclosing_name
from station_app.residents.views import ResidentView
from station_app.settings.service import load_settings


def _party(party: PartyView):
    from station_app.documents.inputs import PartyInfo

    resident = party.resident
    return PartyInfo(
        name=resident.name,
        gender=resident.gender,
        ethnicity=resident.ethnicity,
        birth_date=resident.birth_date,
        id_number=resident.id_number,
        occupation=party.occupation,
        address=postal_address(resident),
        phone=resident.phone,
        role_label=party.role_label,
        guardian=party.guardian,
        representative=party.representative,
    )


def postal_address(resident: ResidentView) -> str:
    """Where a party lives, as an agreement prints it: the address as registered; without one, the
    town and village written as an address ("高力板镇查干陶勒盖嘎查"), never the grid path with its
    slashes and grid cell; "" when nothing is known (the agreement leaves a blank to fill)."""
    if resident.address.strip():
        return resident.address.strip()
    return "".join(part for part in (resident.town_name, resident.village_name) if part)


def _mediators(case: CaseDetail) -> list[str]:
    names: dict[str, None] = {}
    for session in case.sessions:
        names.update(dict.fromkeys(session.mediators))
    return list(names)


def agreement_input(case: CaseDetail, mask_personal: bool = False):
    """The AgreementInput for a case's agreement (no validation)."""
    from station_app.documents.inputs import AgreementInput, AgreementTerm

    agreement = case.agreement
    if agreement is None:
        raise ValidationError.single("state", "尚未起草调解协议。")
    station = Station.get_by_id(load_case(case.id).station_id)
    mediators = _mediators(case)
    last_session = case.sessions[-1] if case.sessions else None
    # A people's mediation agreement is signed by the committee of the village (嘎查/村) where the
    # dispute arose, else of its town: never a grid cell or the 具体位置 typed for the case.
    committee = enclosing_name(case.place_area_id) or station.town
    body = (
        f"{station.county}公安局{station.name}"
        if agreement.kind == "police"
        else f"{committee}人民调解委员会"
    )
    text = mask_sensitive_text if mask_personal else str  # a copy that leaves: free text masked too
    return AgreementInput(
        kind=agreement.kind,
        number=agreement.number,
        case_number=case.row.case_number,
        mediating_body=body,
        presiding=mediators[0] if mediators else "",
        mediators=mediators,
        note_taker=last_session.note_taker if last_session else "",
        others_present=last_session.attendees if last_session else (),
        parties=[_party(party) for party in case.parties],
        facts=text(agreement.facts or case.row.summary),
        responsibility=text(agreement.responsibility),
        terms=[AgreementTerm(text(term.text), term.amount_fen) for term in agreement.terms],
        performance_method=agreement.performance_method,
        performance_place=agreement.performance_place,
        performance_deadline=agreement.performance_deadline,
        agreement_date=agreement.agreement_date,
        copies=agreement.copies,
        # Signed where the parties met: the last session's place when there was one.
        signed_place=(last_session.place if last_session and last_session.place else station.name),
        mask_personal=mask_personal,
    )


def check_agreement(actor: Actor, case_id: uuid.UUID) -> None:
    """Raise ValidationError naming what the agreement still lacks before it can be printed."""
    from station_app.documents.inputs import validate_agreement

    permissions.require(actor, "disputes.view")
    validate_agreement(agreement_input(case_for_documents(actor, case_id)))


def agreement_pdf(actor: Actor, case_id: uuid.UUID, font_key: str | None = None, mask_personal: bool = False):
    """Build the agreement PDF (A4, ready to sign). Nothing is written: a preview is not a print.
    When the copy is printed or saved to be signed, `print_record.record_print` records it.

    The copy to sign names the parties in full: a role without personal.view_full gets it masked
    (a copy to read, not to sign), as the 调解笔录.

    Refused with ValidationError (field → what is missing) while a required part is missing.
    Returns documents.BuiltDocument (pdf bytes, sha256, verification_code, page_count).
    """
    from station_app.documents import build_agreement_pdf
    from station_app.documents.inputs import validate_agreement

    permissions.require(actor, "disputes.edit")
    mask_personal = mask_personal or not permissions.allowed(actor.role, "personal.view_full")
    document = agreement_input(case_for_documents(actor, case_id), mask_personal)
    validate_agreement(document)
    return build_agreement_pdf(document, font_key or load_settings().document_font or None)


def current_agreement_code(case: CaseDetail, mask_personal: bool = False) -> str:
    """The verification code the agreement would print with today (the unmasked copy to sign, or
    with `mask_personal` the masked copy): a printed copy whose code differs is of an older
    version of the agreement or its parties."""
    from station_app.documents.inputs import agreement_template
    from station_app.documents.verification import make_verification

    document = agreement_input(case, mask_personal)
    version = agreement_template(document.kind)["version"]
    return make_verification(f"agreement_{document.kind}", document.case_number, version, document).code


def session_record_pdf(actor: Actor, case_id: uuid.UUID, session_id: uuid.UUID, font_key: str | None = None):
    """The 调解笔录 of one session, ready to read back and sign."""
    from station_app.documents import build_session_record_pdf
    from station_app.documents.inputs import SessionRecordInput, validate_session_record

    permissions.require(actor, "disputes.view")
    case = case_for_documents(actor, case_id)
    session = next((item for item in case.sessions if item.id == session_id), None)
    if session is None:
        raise NotFound("找不到该次调解记录。")
    record = SessionRecordInput(
        case_number=case.row.case_number,
        matter=f"{case.row.category}：{case.row.summary}",
        started_at=session.started_at,
        ended_at=session.ended_at,
        place=session.place,
        mediators=session.mediators,
        note_taker=session.note_taker,
        attendees=session.attendees,
        parties=[_party(party) for party in case.parties],
        notices_given=session.notices_given,
        statements=session.statements,
        facts_verified=session.facts_verified,
        outcome=session.outcome,
        mask_personal=not permissions.allowed(actor.role, "personal.view_full"),
    )
    validate_session_record(record)
    return build_session_record_pdf(record, font_key or load_settings().document_font or None)


def warning_pdf(actor: Actor, case_id: uuid.UUID, warning_id: uuid.UUID, font_key: str | None = None):
    """The printable 预警通报 notice for one warning."""
    from station_app.documents import build_warning_pdf
    from station_app.documents.inputs import WarningInput, validate_warning

    permissions.require(actor, "disputes.view")
    case = case_for_documents(actor, case_id)
    warning = next((item for item in case.warnings if item.id == warning_id), None)
    if warning is None:
        raise NotFound("找不到该预警通报。")
    station = Station.get_by_id(load_case(case.id).station_id)
    notice = WarningInput(
        case_number=case.row.case_number,
        recipient=warning.recipient,
        content=mask_sensitive_text(warning.content),  # the notice goes to other departments
        sent_at=warning.sent_at,
        issuer=warning.sent_by,
        station_name=station.name,
        risk_level=case.row.risk_level or "",
    )
    validate_warning(notice)
    return build_warning_pdf(notice, font_key or load_settings().document_font or None)
