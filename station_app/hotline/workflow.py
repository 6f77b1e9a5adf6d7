"""Which step may happen in which status — and, when it may not, why (in the officer's words).

接收 → 转派 → 办理中 → 已办结 → 已回访 → 归档. A feedback call with 不满意 sends the order back
to 办理中 (it is handled again and called again). Every service checks its step here first.
"""

from __future__ import annotations

from station_app.core.errors import ValidationError
from station_app.hotline.vocab import STATUSES, UNSATISFIED

# step → (statuses it is allowed from, the reason shown otherwise)
_RULES: dict[str, tuple[tuple[str, ...], str]] = {
    "dispatch": (("received", "dispatched"), "工单已开始办理或已办结，不能再转派。"),
    "start": (("dispatched",), "请先把工单转派到承办科室或部门，再开始办理。"),
    "note": (("dispatched", "handling"), "只有已转派或办理中的工单才能记录办理情况。"),
    "complete": (("handling",), "工单尚未开始办理（或已办结），不能办结。"),
    "feedback": (("completed",), "工单尚未办结（或已回访），不能回访。"),
    "archive": (("visited",), "工单尚未回访，不能归档（一张单子管到底：每张工单回访后才能归档）。"),
    "open_case": (("received", "dispatched", "handling"), "工单已办结，不能再开立矛盾纠纷案件。"),
}
STEPS = tuple(_RULES)


def require_step(step: str, status: str) -> None:
    """Raise ValidationError (field "status") unless `step` is allowed in `status`."""
    allowed, reason = _RULES[step]
    if status not in allowed:
        raise ValidationError.single("status", f"当前状态为“{STATUSES.get(status, status)}”：{reason}")


def allowed_steps(status: str) -> list[str]:
    """The steps the order page may offer in `status`."""
    return [step for step, (statuses, _reason) in _RULES.items() if status in statuses]


def next_status(step: str, status: str, satisfaction: str = "") -> str:
    """The status after `step`; a 不满意 feedback call returns the order to 办理中."""
    if step == "feedback":
        return "handling" if satisfaction == UNSATISFIED else "visited"
    return {"dispatch": "dispatched", "start": "handling", "complete": "completed",
            "archive": "archived"}.get(step, status)
