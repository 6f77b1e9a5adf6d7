"""How long a typed text may be, checked the same way by every service (and shown by the forms).

Limits suit the field: a name or a phone fits a line, an address or a place a long line, a summary
or an agreement's facts a page. Text over the limit is refused, never cut: nothing pasted is
stored silently. The message is the one the resident form has always shown.
"""

from __future__ import annotations

from collections.abc import Mapping

from station_app.core.errors import ValidationError
from station_app.core.textnorm import clean_text

NAME = 100  # 姓名, 发还人, 回访人 …
PHONE = 32
SHORT = 64  # 职业, 记录人 …
PLACE = 200  # 地点, 住址, 履行方式 …
LINE = 500  # one agreement term, a reason
TEXT = 2000  # 概要, 纠纷事实, 笔录中的陈述 …


def too_long_message(limit: int) -> str:
    return f"内容过长（最多 {limit} 个字）。"


def problems(values: Mapping[str, object], limits: Mapping[str, int]) -> dict[str, str]:
    """field → message for each of `values` longer (trimmed) than its limit in `limits`."""
    found = {}
    for field, limit in limits.items():
        if field in values and len(clean_text(values[field])) > limit:
            found[field] = too_long_message(limit)
    return found


def check(values: Mapping[str, object], limits: Mapping[str, int]) -> None:
    """Raise ValidationError naming every field of `values` over its limit."""
    found = problems(values, limits)
    if found:
        raise ValidationError(found)
