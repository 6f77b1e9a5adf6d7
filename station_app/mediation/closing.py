"""The steps after the agreement: signing, follow-ups, closing, withdrawing, reopening.

Same shape as steps.py: permission, state check, one transaction with the case version checked,
one audit entry, the fresh case page back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta

from station_app.accounts import permissions
from station_app.core import limits
from station_app.core.actor import Actor
from station_app.core.clock import from_local, local_now, local_today, utcnow
from station_app.core.errors import ValidationError
from station_app.core.textnorm import clean_text, parse_date
from station_app.core.versioning import update_versioned
from station_app.mediation.limits import FOLLOW_UP as FOLLOW_UP_LIMITS
from station_app.mediation.limits import REASON as REASON_LIMITS
from station_app.mediation.models import Agreement, DisputeCase, FollowUp
from station_app.mediation.reading import case_for_documents
from station_app.mediation.stepping import required_text, run_step
from station_app.mediation.views import CaseDetail
from station_app.mediation.vocab import FOLLOW_UP_DAYS, FOLLOW_UP_OUTCOMES, RISK_LEVELS, SATISFACTION


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

    # read before the transaction (the version is checked there), the numbers as the printed copy had them
    before = case_for_documents(actor, case_id)
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
        return (f"协议 {row.number}（{copy}）已于 {signed.isoformat()} 签订，安排回访（{plan}）",
                {"_happened": signed})

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "sign", write)


def _visited_at(value: object, signed: date | None) -> datetime:
    """When the visit happened (local; a date means noon of that day; None: now), as naive UTC."""
    if value is None or value == "":
        return utcnow()
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            day = parse_date(value)
        except ValueError as exc:
            raise ValidationError.single("visited_at", f"回访时间：{exc}") from exc
        moment = datetime.combine(day, time(12, 0)) if day else local_now()
    if moment > local_now() + timedelta(minutes=10):
        raise ValidationError.single("visited_at", "回访时间不能晚于现在。")
    if signed is not None and moment.date() < signed:
        raise ValidationError.single("visited_at", f"回访时间早于协议签订日期（{signed.isoformat()}）。")
    return from_local(moment)


def record_follow_up(
    actor: Actor, case_id: uuid.UUID, expected_version: int, visit: Mapping[str, object]
) -> CaseDetail:
    """回访: when it happened (`visited_at`, local datetime or date; default now), the outcome
    (已履行 / 部分履行 / 未履行; or `performed` True/False), satisfaction, lawsuit, remaining risk,
    measures, visitor. The earliest pending follow-up is the one done."""
    limits.check(visit, FOLLOW_UP_LIMITS)
    outcome = clean_text(visit.get("outcome"))
    if not outcome and visit.get("performed") in (True, False):
        outcome = "已履行" if visit.get("performed") else "未履行"
    satisfaction = clean_text(visit.get("satisfaction"))
    remaining = clean_text(visit.get("remaining_risk"))
    problems = {}
    if outcome not in FOLLOW_UP_OUTCOMES:
        problems["outcome"] = "请选择协议履行情况：" + "、".join(FOLLOW_UP_OUTCOMES)
    if satisfaction not in SATISFACTION:
        problems["satisfaction"] = "请选择满意度：" + "、".join(SATISFACTION)
    if remaining and remaining not in RISK_LEVELS:
        problems["remaining_risk"] = "剩余风险应为：" + "、".join(RISK_LEVELS)
    if problems:
        raise ValidationError(problems)
    performed = outcome == "已履行"

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        agreement = Agreement.get(Agreement.case == case.id)
        visited = _visited_at(visit.get("visited_at"), agreement.signed_on)
        due = (
            FollowUp.select()
            .where((FollowUp.case == case.id) & FollowUp.done_at.is_null())
            .order_by(FollowUp.due_on)
            .first()
        )
        values = {
            "done_at": visited,
            "visitor": clean_text(visit.get("visitor")) or actor.full_name,
            "performed": performed,
            "outcome": outcome,
            "satisfaction": satisfaction,
            "lawsuit": bool(visit.get("lawsuit")),
            "remaining_risk": remaining,
            "measures": clean_text(visit.get("measures")),
        }
        if due is None:
            FollowUp.create(station=case.station_id, case=case.id, due_on=local_today(), **values)
        else:
            update_versioned(due, due.version, **values)
        update_versioned(agreement, agreement.version, performed=performed)
        changes: dict[str, object] = {"risk_level": remaining} if remaining else {}
        changes["_happened"] = visited
        return f"回访：{outcome}，{satisfaction}", changes

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "follow_up", write)


def close_case(actor: Actor, case_id: uuid.UUID, expected_version: int, reason: str = "") -> CaseDetail:
    """结案. With an agreement not (yet) performed, a reason is required. Follow-ups still pending
    are called off (named in the timeline): a closed case has nothing left to visit."""
    limits.check({"reason": reason}, REASON_LIMITS)
    reason = clean_text(reason)

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        agreement = Agreement.get_or_none(Agreement.case == case.id)
        if agreement is not None and agreement.signed_on and agreement.performed is not True and not reason:
            raise ValidationError.single("reason", "协议尚未确认履行完毕，结案须写明原因。")
        pending = list(FollowUp.select().where((FollowUp.case == case.id) & FollowUp.done_at.is_null())
                       .order_by(FollowUp.due_on))
        for follow_up in pending:
            follow_up.delete_instance()
        summary = "结案" + (f"：{reason}" if reason else "")
        if pending:
            days = "、".join(item.due_on.isoformat() for item in pending)
            summary += f"；取消未做的回访（原定 {days}）"
        return summary, {"closed_at": utcnow()}

    permissions.require(actor, "disputes.close")
    return run_step(actor, case_id, expected_version, "close", write)


def _ending(step: str, label: str) -> Callable[..., CaseDetail]:
    def end(actor: Actor, case_id: uuid.UUID, expected_version: int, reason: str) -> CaseDetail:
        limits.check({"reason": reason}, REASON_LIMITS)
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
