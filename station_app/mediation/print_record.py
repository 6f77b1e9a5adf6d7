"""Recording a document of a case that was really printed or saved as the copy to hand out.

A preview records nothing. When the print dialog was accepted and the pages went to the printer,
or the PDF was saved (or exported by the command line) to be printed and signed, the caller
records that copy here: one timeline line per copy, naming its verification code. For the
agreement the copy also becomes the one the parties may sign (`closing.mark_signed`), provided
it is of the agreement as it stands: a copy printed before the agreement (or a party's details
on it) changed is refused, so the parties never sign an outdated paper.
"""

from __future__ import annotations

import uuid

from station_app.accounts import permissions
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import ValidationError
from station_app.core.versioning import update_versioned
from station_app.documents.verification import BuiltDocument, parse_payload
from station_app.mediation.cases import audit_case, get_case, load_case
from station_app.mediation.documents import current_agreement_code
from station_app.mediation.models import Agreement
from station_app.mediation.reading import case_for_documents
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import AGREEMENT_KINDS

# how a copy left the app → the words of the timeline
HOW = {"printed": "打印", "saved": "另存为 PDF", "exported": "导出 PDF"}
TITLES = {"session_record": "调解笔录", "warning_notice": "预警通报"}


def record_print(actor: Actor, case_id: uuid.UUID, built: BuiltDocument, how: str = "printed") -> CaseDetail:
    """Record that `built` (a document of this case) was printed (`how` "printed") or saved to be
    printed ("saved", "exported"). For the agreement, the copy becomes the one to sign.

    Raises ValidationError when `built` is an agreement that is no longer the current one (edited
    since it was built), or is not a document of this case. Returns the fresh case page.
    """
    if how not in HOW:
        raise ValueError(f"unknown way of printing: {how}")
    permissions.require(actor, "disputes.edit")
    payload = parse_payload(built.qr_payload)
    case = case_for_documents(actor, case_id)  # as the document was built: the numbers as stored
    if payload is None or payload[1] != case.row.case_number:
        raise ValidationError.single("document", "这份文书不属于本案件。")
    kind = payload[0]
    with db.transaction():
        load_case(case.id)
        if kind.startswith("agreement_"):
            summary = _agreement_copy(case, built, how)
        else:
            title = TITLES.get(kind, "文书")
            summary = f"{HOW[how]}{title}（校验码 {built.verification_code}，{built.page_count} 页）"
        audit_case(actor, "case.printed", case.id, summary,
                   after={"sha256": built.sha256, "verification_code": built.verification_code, "how": how})
    return get_case(actor, case_id)


def _agreement_copy(case: CaseDetail, built: BuiltDocument, how: str) -> str:
    row = Agreement.get_or_none(Agreement.case == case.id)
    if row is None:
        raise ValidationError.single("state", "尚未起草调解协议。")
    title = f"{AGREEMENT_KINDS[row.kind]} {row.number}"
    if built.verification_code != current_agreement_code(case) and \
            built.verification_code == current_agreement_code(case, mask_personal=True):
        # the copy of a role that may not see the full numbers: recorded, never the one to sign
        return (f"{HOW[how]}{title}（身份证号和电话已遮蔽的副本，不供签字；校验码 {built.verification_code}，"
                f"{built.page_count} 页）")
    if built.verification_code != current_agreement_code(case):
        raise ValidationError.single(
            "document", f"这份协议（校验码 {built.verification_code}）不是现行的协议：打印前协议或当事人信息"
            "已有改动。请重新预览，再打印。")
    if row.signed_on is not None:  # a copy for the file: the signed copy stays the one recorded
        return f"{HOW[how]}{title}存档（校验码 {built.verification_code}，{built.page_count} 页）"
    update_versioned(row, row.version, document_sha256=built.sha256,
                     verification_code=built.verification_code)
    return f"{HOW[how]}{title}（校验码 {built.verification_code}，{built.page_count} 页），供当事人签字"
