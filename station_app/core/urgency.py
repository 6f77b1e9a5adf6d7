"""How urgent a dashboard item is, the same way for every ledger: overdue first, then what is due
today, then open high-risk disputes, then what is coming up."""

from __future__ import annotations

from datetime import date

OVERDUE, DUE_TODAY, HIGH_RISK, UPCOMING = 0, 1, 2, 3
LABELS = {OVERDUE: "已逾期", DUE_TODAY: "今天到期", HIGH_RISK: "高风险", UPCOMING: "即将到期"}


def urgency_of(due: date | None, today: date, high_risk: bool = False) -> int:
    """OVERDUE when `due` has passed, DUE_TODAY on the day, else HIGH_RISK or UPCOMING."""
    if due is not None and due < today:
        return OVERDUE
    if due is not None and due == today:
        return DUE_TODAY
    return HIGH_RISK if high_risk else UPCOMING
