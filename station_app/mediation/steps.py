"""The workflow steps after registration. Each: check permission and state, write in one
transaction with optimistic locking on the case, one audit entry, return the fresh case page."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from station_app.accounts import permissions
from station_app.core import limits
from station_app.core.actor import Actor
from station_app.core.clock import from_local, local_now, local_today, utcnow
from station_app.core.errors import NotFound, ValidationError
from station_app.core.textnorm import clean_text, parse_date, shorten
from station_app.core.versioning import update_versioned
from station_app.mediation import numbering
from station_app.mediation.limits import AGREEMENT as AGREEMENT_LIMITS
from station_app.mediation.limits import PARTY as PARTY_LIMITS
from station_app.mediation.limits import PLAN as PLAN_LIMITS
from station_app.mediation.limits import RISK as RISK_LIMITS
from station_app.mediation.limits import SESSION as SESSION_LIMITS
from station_app.mediation.limits import TERM as TERM_LIMIT
from station_app.mediation.limits import WARNING as WARNING_LIMITS
from station_app.mediation.models import (
    Agreement,
    CaseParty,
    CasePlan,
    DisputeCase,
    EarlyWarning,
    MediationSession,
    RiskAssessment,
)
from station_app.mediation.moments import happened_at
from station_app.mediation.stepping import required_text, run_step
from station_app.mediation.views import CaseDetail, dumps
from station_app.mediation.vocab import (
    AGREEMENT_KINDS,
    OUTCOME_REFERRALS,
    RISK_FACTORS,
    risk_level,
)
from station_app.residents.models import Resident

MINOR_AGE = 16


def assess_risk(
    actor: Actor, case_id: uuid.UUID, expected_version: int, factors: Sequence[str], note: str = ""
) -> CaseDetail:
    """Record an assessment from the factor checklist; the level follows from the factors.
    A 高/重大 level shows on the dashboard until a warning is sent."""
    unknown = [name for name in factors if name not in RISK_FACTORS]
    if unknown:
        raise ValidationError.single("factors", f"未知的风险因素：{'、'.join(unknown)}")
    limits.check({"note": note}, RISK_LIMITS)

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        level = risk_level(list(factors))
        RiskAssessment.create(
            station=case.station_id,
            case=case.id,
            factors=dumps(list(factors)),
            level=level,
            note=clean_text(note),
            assessed_by=actor.full_name,
            assessed_at=utcnow(),
        )
        names = "、".join(RISK_FACTORS[name][0] for name in factors) or "无风险因素"
        return f"风险等级：{level}（{names}）", {"risk_level": level}

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "assess", write)


def send_warning(
    actor: Actor,
    case_id: uuid.UUID,
    expected_version: int,
    recipient: str,
    content: str,
    sent_at: datetime | None = None,
) -> CaseDetail:
    """预警通报 to a department (司法所, 妇联, 嘎查委员会 …)."""
    limits.check({"recipient": recipient, "content": content}, WARNING_LIMITS)
    recipient = required_text(recipient, "recipient", "请填写通报对象（如 司法所、妇联、嘎查委员会）。")
    content = required_text(content, "content", "请填写通报内容。")

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        sent = happened_at(sent_at, "sent_at", "通报时间不能晚于现在。",
                           "通报时间早于纠纷反映时间（{time}）。", case.reported_at)
        EarlyWarning.create(
            station=case.station_id,
            case=case.id,
            recipient=recipient,
            content=content,
            sent_at=sent,
            sent_by=actor.full_name,
        )
        return f"向{recipient}发出预警通报", {"_happened": sent}

    permissions.require(actor, "disputes.warn")
    return run_step(actor, case_id, expected_version, "warn", write)


def acknowledge_warning(
    actor: Actor,
    case_id: uuid.UUID,
    expected_version: int,
    warning_id: uuid.UUID,
    acknowledged_by: str,
    acknowledged_at: datetime | None = None,
) -> CaseDetail:
    limits.check({"acknowledged_by": acknowledged_by}, WARNING_LIMITS)
    who = required_text(acknowledged_by, "acknowledged_by", "请填写签收人。")

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        warning = EarlyWarning.get_or_none((EarlyWarning.id == warning_id) & (EarlyWarning.case == case.id))
        if warning is None:
            raise NotFound("找不到该预警通报。")
        at = happened_at(acknowledged_at, "acknowledged_at", "签收时间不能晚于现在。",
                         "签收时间早于通报时间（{time}）。", warning.sent_at)
        update_versioned(warning, warning.version, acknowledged_by=who, acknowledged_at=at)
        return f"{warning.recipient}已签收（{who}）", {}

    permissions.require(actor, "disputes.warn")
    return run_step(actor, case_id, expected_version, "warn", write)


def save_plan(
    actor: Actor,
    case_id: uuid.UUID,
    expected_version: int,
    measures: str,
    responsible: str,
    deadline: date | str,
) -> CaseDetail:
    """一事一策: measures, who is responsible, by when."""
    limits.check({"measures": measures, "responsible": responsible}, PLAN_LIMITS)
    measures = required_text(measures, "measures", "请填写工作措施。")
    responsible = required_text(responsible, "responsible", "请填写责任人。")
    try:
        due = parse_date(deadline)
    except ValueError as exc:
        raise ValidationError.single("deadline", str(exc)) from exc
    if due is None:
        raise ValidationError.single("deadline", "请填写完成期限。")

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        CasePlan.create(
            station=case.station_id, case=case.id, measures=measures, responsible=responsible, deadline=due
        )
        return f"一事一策：{responsible}，{due.isoformat()} 前", {}

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "plan", write)


def complete_plan(actor: Actor, case_id: uuid.UUID, expected_version: int, plan_id: uuid.UUID) -> CaseDetail:
    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        plan = CasePlan.get_or_none((CasePlan.id == plan_id) & (CasePlan.case == case.id))
        if plan is None:
            raise NotFound("找不到该措施。")
        update_versioned(plan, plan.version, done_at=utcnow())
        return f"措施已完成：{shorten(plan.measures, 40)}", {}

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "plan", write)


def _people(value: object) -> list[str]:
    if isinstance(value, str):
        value = value.replace("，", "、").replace(",", "、").split("、")
    return [name for name in (clean_text(item) for item in (value or [])) if name]


def record_session(
    actor: Actor, case_id: uuid.UUID, expected_version: int, session: Mapping[str, object]
) -> CaseDetail:
    """A mediation session: time, place, mediators, note-taker, attendees, statements, outcome.

    `session["guardians"]` ({party id: name}) records the guardian of a party under 16, who must
    be present: a session with such a party and no guardian is refused.
    """
    limits.check({key: value for key, value in session.items() if isinstance(value, str)}, SESSION_LIMITS)
    place = required_text(session.get("place"), "place", "请填写调解地点。")
    mediators = _people(session.get("mediators"))
    if not mediators:
        raise ValidationError.single("mediators", "请填写调解人。")
    started = session.get("started_at") or local_now()
    ended = session.get("ended_at")
    if not isinstance(started, datetime) or (ended is not None and not isinstance(ended, datetime)):
        raise ValidationError.single("started_at", "请填写调解开始和结束时间。")
    if ended is not None and ended < started:
        raise ValidationError.single("ended_at", "结束时间早于开始时间。")
    statements = [
        (clean_text(name), clean_text(text))
        for name, text in session.get("statements") or []
        if clean_text(text)
    ]
    guardians = {str(key): clean_text(value) for key, value in dict(session.get("guardians") or {}).items()}
    if any(len(text) > SESSION_LIMITS["statement"] for _name, text in statements):
        raise ValidationError.single("statements", limits.too_long_message(SESSION_LIMITS["statement"]))
    if any(len(name) > PARTY_LIMITS["guardian"] for name in guardians.values()):
        raise ValidationError.single("guardians", limits.too_long_message(PARTY_LIMITS["guardian"]))

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        happened_at(started, "started_at", "调解时间不能晚于现在。", "调解时间早于纠纷反映时间（{time}）。",
                    case.reported_at)
        day = started.date()
        for party in CaseParty.select(CaseParty, Resident).join(Resident).where(CaseParty.case == case.id):
            guardian = guardians.get(str(party.id)) or party.guardian
            if guardians.get(str(party.id)) and guardians[str(party.id)] != party.guardian:
                update_versioned(party, party.version, guardian=guardians[str(party.id)])
            birth = party.resident.birth_date
            age = (
                None
                if birth is None
                else day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
            )
            if age is not None and age < MINOR_AGE and not guardian:
                raise ValidationError.single(
                    "guardians",
                    f"当事人{party.resident.name}未满{MINOR_AGE}周岁（{age}岁），须有监护人在场并记录其姓名。",
                )
        MediationSession.create(
            station=case.station_id,
            case=case.id,
            started_at=from_local(started),
            ended_at=from_local(ended) if ended else None,
            place=place,
            mediators=dumps(mediators),
            note_taker=clean_text(session.get("note_taker")),
            attendees=dumps(_people(session.get("attendees"))),
            notices_given=clean_text(session.get("notices_given")),
            statements=dumps(statements),
            facts_verified=clean_text(session.get("facts_verified")),
            outcome=clean_text(session.get("outcome")),
        )
        count = MediationSession.select().where(MediationSession.case == case.id).count()
        summary = f"第 {count} 次调解，{place}，调解人 {'、'.join(mediators)}"
        return summary, {"_happened": from_local(started)}

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "session", write)


def record_failure(
    actor: Actor, case_id: uuid.UUID, expected_version: int, referral: str, reason: str
) -> CaseDetail:
    """调解不成: why, and where the parties were directed (court, people's mediation, …)."""
    if referral not in OUTCOME_REFERRALS:
        raise ValidationError.single("referral", "请选择去向：" + "、".join(OUTCOME_REFERRALS))
    reason = required_text(reason, "reason", "请写明调解不成的原因。")
    permissions.require(actor, "disputes.edit")
    return run_step(
        actor,
        case_id,
        expected_version,
        "fail",
        lambda case: (f"调解不成：{reason}；{referral}", {}),
    )


def _terms(raw_terms: Sequence[Mapping[str, object]]) -> list[dict[str, object]]:
    from station_app.documents.money import parse_amount

    terms, problems = [], {}
    for index, term in enumerate(raw_terms):
        text = clean_text(term.get("text"))
        amount = term.get("amount_fen")
        if amount is None and clean_text(term.get("amount")):
            try:
                amount = parse_amount(str(term.get("amount")))
            except ValueError as exc:
                problems[f"terms.{index}.amount"] = f"第 {index + 1} 条金额：{exc}"
        if not text and amount is None:
            continue  # an empty row the form left behind
        if len(text) > TERM_LIMIT:
            problems[f"terms.{index}.text"] = f"第 {index + 1} 条：{limits.too_long_message(TERM_LIMIT)}"
        if not text:
            problems[f"terms.{index}.text"] = f"第 {index + 1} 条协议内容为空。"
        terms.append({"text": text, "amount_fen": int(amount) if amount is not None else None})
    if problems:
        raise ValidationError(problems)
    return terms


def draft_agreement(
    actor: Actor, case_id: uuid.UUID, expected_version: int, agreement: Mapping[str, object]
) -> CaseDetail:
    """Write or rewrite the agreement (达成协议). A draft may be incomplete; printing checks it.

    Fields: kind ("police" 治安 / "people" 人民), facts, responsibility, terms [{text, amount or
    amount_fen}], performance_method, performance_place, performance_deadline, copies, agreement_date.
    """
    limits.check(agreement, AGREEMENT_LIMITS)
    kind = clean_text(agreement.get("kind")) or "police"
    if kind not in AGREEMENT_KINDS:
        raise ValidationError.single("kind", "请选择协议种类：治安调解协议书 或 人民调解协议书。")
    terms = _terms(list(agreement.get("terms") or []))
    try:
        deadline = parse_date(agreement.get("performance_deadline"))
        signed_date = parse_date(agreement.get("agreement_date")) or local_today()
    except ValueError as exc:
        raise ValidationError.single("performance_deadline", str(exc)) from exc
    if deadline is not None and deadline < signed_date:
        raise ValidationError.single("performance_deadline", "履行期限早于协议日期。")
    copies = agreement.get("copies")
    if copies not in (None, "") and (not str(copies).isdigit() or not 1 <= int(str(copies)) <= 10):
        raise ValidationError.single("copies", "份数应为 1 到 10。")
    values = {
        "kind": kind,
        "facts": clean_text(agreement.get("facts")),
        "responsibility": clean_text(agreement.get("responsibility")),
        "terms": dumps(terms),
        "performance_method": clean_text(agreement.get("performance_method")),
        "performance_place": clean_text(agreement.get("performance_place")),
        "performance_deadline": deadline,
        "copies": int(str(copies)) if copies not in (None, "") else None,
        "agreement_date": signed_date,
    }

    def write(case: DisputeCase) -> tuple[str, dict[str, object]]:
        if not MediationSession.select().where(MediationSession.case == case.id).exists():
            raise ValidationError.single("state", "尚未记录任何调解过程，不能起草协议。")
        existing = Agreement.get_or_none(Agreement.case == case.id)
        if existing is not None and existing.signed_on and case.state == "agreed":
            raise ValidationError.single("state", "协议已签订，不能再修改。")
        renewing = existing is not None and existing.signed_on is not None  # the case was reopened
        if renewing:
            # The signed agreement stays in the timeline and the audit trail; the new one is
            # unsigned, unprinted and gets its own number.
            values.update(signed_on=None, performed=None)
        if existing is None or existing.kind != kind or renewing:
            year = signed_date.year
            sequence = numbering.next_sequence(case.station_id, kind, year)
            values.update(
                year=year,
                sequence=sequence,
                number=numbering.formatted(kind, case.station_id, year, sequence),
            )
        if existing is None or renewing:
            values.update(document_sha256="", verification_code="")
        elif any(getattr(existing, key) != value for key, value in values.items()):
            # A copy printed before this change may no longer be signed; the code of the last
            # print stays, so signing can say which copy is outdated.
            values.update(document_sha256="")
        if existing is None:
            row = Agreement.create(station=case.station_id, case=case.id, **values)
        else:
            row = update_versioned(existing, existing.version, **values)
        total = sum(term["amount_fen"] or 0 for term in terms)
        money = f"，金额合计 {total / 100:,.2f} 元" if total else ""
        return f"{AGREEMENT_KINDS[kind]} {row.number}，{len(terms)} 条{money}", {}

    permissions.require(actor, "disputes.edit")
    return run_step(actor, case_id, expected_version, "draft_agreement", write)


# The steps after the agreement live in closing.py; callers may keep using them from here.
from station_app.mediation.closing import (  # noqa: E402,F401
    close_case,
    mark_not_mediable,
    mark_signed,
    record_follow_up,
    reopen_case,
    withdraw_case,
)
