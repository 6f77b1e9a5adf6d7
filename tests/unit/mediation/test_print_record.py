"""A preview is not a print: building the agreement records nothing; a copy really printed (or
saved to be printed) is recorded with its verification code, and the parties sign that copy —
only while it is still the agreement as it stands. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.mediation import steps
from station_app.mediation.cases import get_case
from station_app.mediation.documents import agreement_pdf, session_record_pdf
from station_app.mediation.print_record import record_print
from station_app.residents import service as residents
from tests.unit.mediation.conftest import AGREEMENT, case_in_state


def test_a_preview_records_nothing_and_does_not_unlock_signing(admin) -> None:
    case = case_in_state(admin, "agreed")
    before = len(case.timeline)
    for _click in range(3):
        agreement_pdf(admin, case.id)
    case = get_case(admin, case.id)
    assert len(case.timeline) == before
    assert case.agreement.document_sha256 == "" and case.agreement.verification_code == ""
    with pytest.raises(ValidationError, match="协议尚未打印"):
        steps.mark_signed(admin, case.id, case.version, local_today())


def test_each_real_print_is_one_line_naming_its_copy_and_that_copy_is_signed(admin) -> None:
    case = case_in_state(admin, "agreed")
    built = agreement_pdf(admin, case.id)
    case = record_print(admin, case.id, built, "printed")
    case = record_print(admin, case.id, built, "saved")
    code = built.verification_code
    prints = [entry for entry in case.timeline if entry.action == "打印文书"]
    assert len(prints) == 2
    assert f"校验码 {code}" in prints[0].description
    assert prints[0].description.startswith("打印治安调解协议书")
    assert prints[1].description.startswith("另存为 PDF治安调解协议书")
    assert (case.agreement.document_sha256, case.agreement.verification_code) == (built.sha256, code)

    with pytest.raises(ValidationError) as wrong:
        steps.mark_signed(admin, case.id, case.version, local_today(), verification_code="AAAA-BBBB-CC")
    assert "verification_code" in wrong.value.errors
    signed = steps.mark_signed(admin, case.id, case.version, local_today(), verification_code=code.lower())
    assert signed.state == "performing"
    assert f"校验码 {code} 的打印件" in signed.timeline[-1].description


def test_an_agreement_edited_after_printing_needs_a_new_print(admin) -> None:
    case = case_in_state(admin, "agreed")
    old = agreement_pdf(admin, case.id)
    case = record_print(admin, case.id, old)
    changed = {**AGREEMENT, "terms": [{"text": "乙方向甲方赔偿损失", "amount": "2万"}]}
    case = steps.draft_agreement(admin, case.id, case.version, changed)
    with pytest.raises(ValidationError, match="之后又修改过"):
        steps.mark_signed(admin, case.id, case.version, local_today())
    with pytest.raises(ValidationError, match="不是现行的协议"):
        record_print(admin, case.id, old)  # a copy of the old terms printed late is not the one to sign
    new = agreement_pdf(admin, case.id)
    case = record_print(admin, case.id, new)
    assert steps.mark_signed(admin, case.id, case.version, local_today()).state == "performing"


def test_saving_the_same_terms_again_keeps_the_printed_copy(admin) -> None:
    case = case_in_state(admin, "agreed")
    case = record_print(admin, case.id, agreement_pdf(admin, case.id))
    case = steps.draft_agreement(admin, case.id, case.version, AGREEMENT)
    assert steps.mark_signed(admin, case.id, case.version, local_today()).state == "performing"


def test_a_party_whose_details_changed_after_printing_needs_a_new_print(admin) -> None:
    case = case_in_state(admin, "agreed")
    case = record_print(admin, case.id, agreement_pdf(admin, case.id))
    party = case.parties[0].resident
    moved = {**party.as_form(), "address": "高力板嘎查三组"}
    residents.update_resident(admin, party.id, party.version, moved)
    with pytest.raises(ValidationError, match="当事人信息或协议有改动"):
        steps.mark_signed(admin, case.id, case.version, local_today())


def test_a_session_record_print_is_recorded_without_touching_the_agreement(admin) -> None:
    case = case_in_state(admin, "agreed")
    case = steps.record_session(admin, case.id, case.version,
                                {"place": "派出所", "mediators": ["崔鑫龙"], "note_taker": "乌兰"})
    built = session_record_pdf(admin, case.id, case.sessions[-1].id)
    assert len(get_case(admin, case.id).timeline) == len(case.timeline)  # building wrote nothing
    case = record_print(admin, case.id, built)
    assert case.timeline[-1].description.startswith("打印调解笔录（校验码")
    assert case.agreement.document_sha256 == ""
