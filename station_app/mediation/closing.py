"""The steps after the agreement: signing, follow-ups, closing, withdrawing, reopening.

Same shape as steps.py: permission, state check, one transaction with the case version checked,
one audit entry, the fresh case page back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import local_today, utcnow
from station_app.core.errors import ValidationError
from station_app.core.textnorm import clean_text, parse_date
from station_app.core.versioning import update_versioned
from station_app.mediation.cases import get_case
from station_app.mediation.models import Agreement, DisputeCase, FollowUp
from station_app.mediation.stepping import required_text, run_step
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import FOLLOW_UP_DAYS, RISK_LEVELS, SATISFACTION


def mark_signed(
    actor: Actor,
    case_id: uuid.UUID,
    expected_version: int,
    signed_on: date | str,
    follow_up_days: Sequence[int] = FOLLOW_UP_DAYS,
    verification_code: str | None = None,
) -> CaseDetail:
    """The parties signed (履行中) the printed copy with `verification_code` (None: the copy last
    printed); follow-ups are scheduled 7 and 30 days after by default.

    Refused unless a copy was printed (or saved to be printed) since the agreement last changed,
    and unless the copy named is that one: the parties sign the agreement as it stands.
    """
    try:
        signed = parse_date(signed_on)
    except ValueError as exc:
        raise ValidationError.single("signed_on", str(exc)) from exc
    if signed is None or signed > local_today():
        raise ValidationError.single("signed_on", "请填写签订日期（不能晚于今天）。")
    from station_app.documents.verification import normalise_code
    from station_app.mediation.documents import current_agreement_code

    before = get_case(actor, case_id)  # read before the transaction (the version is checked there)
    current = current_agreement_code(before) if before.agreement is not None else ""

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        row = Agreement.get(Agreement.case == case.id)
        if not row.document_sha256 and row.verification_code:
            raise ValidationError.single(
                "state",
                f"协议在打印（校验码 {row.verification_code}）之后又修改过，请重新打印给当事人签字。")
        if not row.document_sha256:
            raise ValidationError.single("state", "协议尚未打印，请先打印给当事人签字。")
        if row.verification_code != current:
            raise ValidationError.single(
                "state", f"打印（校验码 {row.verification_code}）之后当事人信息或协议有改动，"
                "请重新打印给当事人签字。")
        if verification_code and normalise_code(verification_code) != row.verification_code:
            raise ValidationError.single(
                "verification_code", f"签字的打印件校验码为 {normalise_code(verification_code)}，"
                f"不是最后打印的协议（校验码 {row.verification_code}）。请核对，或重新打印。")
        if signed < row.agreement_date:
            raise ValidationError.single("signed_on", "签订日期早于协议日期。")
        update_versioned(row, row.version, signed_on=signed)
        for days in follow_up_days:
            FollowUp.create(station=case.station_id, case=case.id, due_on=signed + timedelta(days=days))
        plan = "、".join(f"{days}天" for days in follow_up_days)
        copy = f"校验码 {row.verification_code} 的打印件"
        return f"协议 {row.number}（{copy}）已于 {signed.isoformat()} 签订，安排回访（{plan}）", {}

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "sign", write)


def record_follow_up(
    actor: Actor, case_id: uuid.UUID, expected_version: int, visit: Mapping[str, object]
) -> CaseDetail:
    """回访: performed or not, satisfaction, lawsuit, remaining risk, measures."""
    performed = visit.get("performed")
    satisfaction = clean_text(visit.get("satisfaction"))
    remaining = clean_text(visit.get("remaining_risk"))
    problems = {}
    if performed not in (True, False):
        problems["performed"] = "请选择协议是否已履行。"
    if satisfaction not in SATISFACTION:
        problems["satisfaction"] = "请选择满意度：" + "、".join(SATISFACTION)
    if remaining and remaining not in RISK_LEVELS:
        problems["remaining_risk"] = "剩余风险应为：" + "、".join(RISK_LEVELS)
    if problems:
        raise ValidationError(problems)

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        due = (
            FollowUp.select()
            .where((FollowUp.case == case.id) & FollowUp.done_at.is_null())
            .order_by(FollowUp.due_on)
            .first()
        )
        values = {
            "done_at": utcnow(),
            "visitor": clean_text(visit.get("visitor")) or actor.full_name,
            "performed": performed,
            "satisfaction": satisfaction,
            "lawsuit": bool(visit.get("lawsuit")),
            "remaining_risk": remaining,
            "measures": clean_text(visit.get("measures")),
        }
        if due is None:
            FollowUp.create(station=case.station_id, case=case.id, due_on=local_today(), **values)
        else:
            update_versioned(due, due.version, **values)
        agreement = Agreement.get(Agreement.case == case.id)
        update_versioned(agreement, agreement.version, performed=performed)
        changes: dict[str, object] = {"risk_level": remaining} if remaining else {}
        return f"回访：{'已履行' if performed else '未履行'}，{satisfaction}", changes

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "follow_up", write)


def close_case(actor: Actor, case_id: uuid.UUID, expected_version: int, reason: str = "") -> CaseDetail:
    """结案. With an agreement not (yet) performed, a reason is required."""
    reason = clean_text(reason)

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        agreement = Agreement.get_or_none(Agreement.case == case.id)
        if agreement is not None and agreement.signed_on and agreement.performed is not True and not reason:
            raise ValidationError.single("reason", "协议尚未确认履行完毕，结案须写明原因。")
        return "结案" + (f"：{reason}" if reason else ""), {"closed_at": utcnow()}

    permissions.require(actor, "disputes.close")
    return run_step(actor, case_id, expected_version, "close", write)


def _ending(step: str, label: str) -> Callable[..., CaseDetail]:
    def end(actor: Actor, case_id: uuid.UUID, expected_version: int, reason: str) -> CaseDetail:
        text = required_text(reason, "reason", f"请写明{label}的原因。")
        permissions.require(actor, "disputes.close")
        return run_step(
            actor,
            case_id,
            expected_version,
            step,
            lambda case: (
                f"{label}：{text}",
                {"closed_at": utcnow()} if step != "reopen" else {"closed_at": None},
            ),
        )

    end.__name__ = f"{step}_case"
    end.__doc__ = f"{label}, with the reason (required)."
    return end


withdraw_case = _ending("withdraw", "撤回")
mark_not_mediable = _ending("not_mediable", "不予调解")
reopen_case = _ending("reopen", "重新启动")
