"""Which step may happen in which state — and, when it may not, why (in the officer's words).

登记 → 风险评估 → 调解中 → 达成协议 → 履行中 → 回访 → 结案, with the side exits 调解不成, 撤回 and
不予调解, and 重新启动 of an ended case. Every service checks its step here before writing.
"""

from __future__ import annotations

from station_app.core.errors import ValidationError
from station_app.mediation.vocab import ENDED_STATES, OPEN_STATES, STATES

# step → (states it is allowed from, the reason shown otherwise)
_RULES: dict[str, tuple[tuple[str, ...], str]] = {
    "assess": (OPEN_STATES, "案件已结束，不能再做风险评估。"),
    "warn": (OPEN_STATES, "案件已结束，不能再发预警通报。"),
    "plan": (OPEN_STATES, "案件已结束，不能再制定一事一策。"),
    "session": (("assessed", "mediating", "agreed"), "请先完成风险评估，再组织调解。"),
    "fail": (("mediating",), "只有调解中的案件才能记为调解不成。"),
    "draft_agreement": (("mediating", "agreed"), "尚未进行调解，不能起草调解协议。请先记录调解过程。"),
    "sign": (("agreed",), "协议尚未起草或已签订。"),
    "follow_up": (("performing", "followed_up"), "协议签订后才能回访。"),
    "withdraw": (("registered", "assessed", "mediating"), "已达成协议的案件不能撤回，请办理结案。"),
    "not_mediable": (("registered", "assessed", "mediating"), "已达成协议的案件不能改为不予调解。"),
    "close": (
        ("performing", "followed_up", "failed"),
        "调解尚未结束（或案件已撤回、不予调解），不能结案。",
    ),
    "reopen": (ENDED_STATES, "案件尚未结束，无需重新启动。"),
}


def require_step(step: str, state: str) -> None:
    """Raise ValidationError (field "state") unless `step` is allowed in `state`."""
    allowed, reason = _RULES[step]
    if state not in allowed:
        raise ValidationError.single("state", f"当前状态为“{STATES.get(state, state)}”：{reason}")


def allowed_steps(state: str) -> list[str]:
    """The steps the case page may offer in `state`."""
    return [step for step, (states, _reason) in _RULES.items() if state in states]


def next_state(step: str, state: str) -> str:
    """The state after `step` (assessing or planning later in the case keeps its state)."""
    if step == "assess":
        return "assessed" if state == "registered" else state
    return {
        "session": "mediating" if state != "agreed" else "agreed",
        "fail": "failed",
        "draft_agreement": "agreed",
        "sign": "performing",
        "follow_up": "followed_up",
        "withdraw": "withdrawn",
        "not_mediable": "not_mediable",
        "close": "closed",
        "reopen": "registered",
    }.get(step, state)
