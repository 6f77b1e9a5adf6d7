"""A case's timeline: what happened, who did it and when.

At the station it is read from the audit trail (every step writes one entry). A county database
holds another station's cases without that station's audit entries: their timeline is put
together from the case's own records (registration, assessments, warnings, plans, sessions, the
agreement, follow-ups, closing), each with the time it was recorded.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime

from station_app.audit.models import AuditEntry
from station_app.mediation.models import (
    Agreement,
    CasePlan,
    DisputeCase,
    EarlyWarning,
    FollowUp,
    MediationSession,
    RiskAssessment,
)
from station_app.mediation.views import PartyView, TimelineEntry
from station_app.mediation.vocab import STATES

CASE_ENTITY = "dispute_case"

ACTION_LABELS = {
    "case.open": "登记",
    "case.assess": "风险评估",
    "case.warn": "预警通报",
    "case.plan": "一事一策",
    "case.session": "调解",
    "case.fail": "调解不成",
    "case.agreement": "起草协议",
    "case.printed": "打印文书",
    "case.sign": "协议签订",
    "case.follow_up": "回访",
    "case.close": "结案",
    "case.withdraw": "撤回",
    "case.not_mediable": "不予调解",
    "case.reopen": "重新启动",
    "attachment.add": "添加附件",
    "case.reveal_phone": "查看反映人完整电话",
}


def timeline(case_id: uuid.UUID) -> list[TimelineEntry]:
    """What happened on the case, who did it and when — read from the audit trail."""
    entries = (
        AuditEntry.select()
        .where((AuditEntry.entity == CASE_ENTITY) & (AuditEntry.entity_id == str(case_id)))
        .order_by(AuditEntry.seq)
    )
    result = []
    for entry in entries:
        payload = json.loads(entry.changes)
        extra = payload.get("extra", {})
        result.append(
            TimelineEntry(
                entry.at,
                str(extra.get("by") or entry.username),
                ACTION_LABELS.get(entry.action, entry.action),
                str(extra.get("summary", "")),
                _moment(extra.get("happened")),
            )
        )
    return result


def _moment(text: object) -> datetime | date | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        return None


def recorded_timeline(case: DisputeCase, parties: Sequence[PartyView] = ()) -> list[TimelineEntry]:
    """The timeline from the case's records, oldest first (for a case without audit entries here)."""
    names = "、".join(party.resident.name for party in parties)
    opened = f"{case.case_number} {case.category}（{case.source}）" + (f"，当事人 {names}" if names else "")
    entries = [TimelineEntry(case.reported_at, case.registered_by, ACTION_LABELS["case.open"], opened)]
    of = (lambda model, order: list(model.select().where(model.case == case.id).order_by(order)))  # noqa: E731
    for row in of(RiskAssessment, RiskAssessment.assessed_at):
        entries.append(TimelineEntry(row.assessed_at, row.assessed_by, ACTION_LABELS["case.assess"],
                                     f"风险等级：{row.level}"))
    for row in of(EarlyWarning, EarlyWarning.sent_at):
        entries.append(TimelineEntry(row.sent_at, row.sent_by, ACTION_LABELS["case.warn"],
                                     f"向{row.recipient}发出预警通报"))
    for row in of(CasePlan, CasePlan.created_at):
        entries.append(TimelineEntry(row.created_at, row.responsible, ACTION_LABELS["case.plan"],
                                     f"一事一策：{row.responsible}，{row.deadline.isoformat()} 前"))
    for number, row in enumerate(of(MediationSession, MediationSession.started_at), start=1):
        mediators = "、".join(json.loads(row.mediators or "[]"))
        entries.append(TimelineEntry(row.started_at, mediators, ACTION_LABELS["case.session"],
                                     f"第 {number} 次调解，{row.place}"))
    agreement = Agreement.get_or_none(Agreement.case == case.id)
    if agreement is not None:
        entries.append(TimelineEntry(agreement.created_at, "", ACTION_LABELS["case.agreement"],
                                     f"协议 {agreement.number}"))
    for row in of(FollowUp, FollowUp.due_on):
        if row.done_at is not None:
            outcome = row.outcome or ("已履行" if row.performed else "未履行")
            result = f"回访：{outcome}，{row.satisfaction}"
            entries.append(TimelineEntry(row.done_at, row.visitor, ACTION_LABELS["case.follow_up"], result))
    if case.closed_at is not None:
        entries.append(TimelineEntry(case.closed_at, "", STATES.get(case.state, case.state), ""))
    return sorted(entries, key=lambda entry: entry.at)
