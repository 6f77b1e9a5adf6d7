"""Checking one order's platform fields — shared by the form (create_order) and the importer.

Deadlines: a date (any of the usual spellings), "N个工作日" (counted with the calendar), or "N天"
(calendar days), all from the received day. A deadline already past is refused for a new order
typed in, and accepted for an import of historical data (the order then shows as overdue).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from station_app.core import limits
from station_app.core.clock import from_local, local_now
from station_app.core.textnorm import clean_text, half_width, normalise_phone, parse_date
from station_app.hotline.limits import ORDER, ORDER_NUMBER
from station_app.hotline.vocab import MAX_WORKING_DAYS
from station_app.hotline.workdays import WorkCalendar, add_working_days

LIMITS = ORDER  # the order form's (hotline/limits.py)
_DATETIME = re.compile(
    r"^(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})\s*[:：时点]\s*(\d{1,2})?\s*(?:[:：分]\s*(\d{1,2})\s*秒?)?\s*分?)?$")
_WORKING = re.compile(r"^(\d{1,3})\s*(?:个?\s*工作日(?:内)?)?$")
_NATURAL = re.compile(r"^(\d{1,3})\s*(?:个自然日|自然日|天|日)(?:内)?$")
_MASKED_PHONE = re.compile(r"^1\d{2}\*{4}\d{4}$")  # platforms often export phones masked already
_EXCEL_EPOCH = datetime(1899, 12, 30)


@dataclass
class OrderFields:
    order_number: str = ""
    received_at: datetime = datetime.min  # stored UTC
    caller_name: str = ""
    caller_phone: str = ""
    content: str = ""
    category: str = ""
    platform_unit: str = ""
    deadline: date = date.min
    deadline_rule: str = ""

    def platform_values(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in PLATFORM_FIELDS}


PLATFORM_FIELDS = ("received_at", "caller_name", "caller_phone", "content", "category", "platform_unit",
                   "deadline", "deadline_rule")


def parse_datetime(value: object) -> datetime | None:
    """A local time from a cell or field: a datetime, a date, an Excel serial, or text such as
    2026-11-20 09:15, 2026/11/20 9:05:30, 2026年11月20日9时5分, 20261120. Raises ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 80_000:
            return (_EXCEL_EPOCH + timedelta(days=float(value))).replace(microsecond=0)
        raise ValueError(f"时间无法识别：{value}")
    text = half_width(clean_text(value))
    match = _DATETIME.match(text)
    if match is None:
        day = parse_date(text)  # 20261120, a serial as text; raises ValueError with the reason
        return datetime(day.year, day.month, day.day) if day else None
    year, month, day_of_month, hour, minute, second = (int(part) if part else 0 for part in match.groups())
    try:
        return datetime(year, month, day_of_month, hour, minute, second)
    except ValueError:
        raise ValueError(f"时间不存在：{text}") from None


def order_number(value: object) -> str:
    """The platform's number as text; a number Excel mangled is refused, never guessed."""
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e15:
            raise ValueError("工单编号被Excel存成了数字，末几位可能已丢失；请把该列设为“文本”后重新导出")
        value = int(value)
    return re.sub(r"\s+", "", half_width(clean_text(value)))


def _deadline(raw: Mapping[str, object], received: datetime, calendar: WorkCalendar
              ) -> tuple[date, str]:
    """(due date, rule text) from raw["deadline"] or raw["working_days"]. Raises ValueError."""
    days = raw.get("working_days")
    value = raw.get("deadline")
    bare_number = isinstance(value, (int, float)) and not isinstance(value, bool) and value < 1000
    if days in (None, "") and bare_number:
        days = int(value)  # a bare number under 办理时限 is a count of days, not an Excel date
    if days not in (None, ""):
        text = f"{days}个工作日"
    elif isinstance(value, str):
        text = re.sub(r"\s+", "", half_width(clean_text(value)))
    else:
        text = ""
    working, natural = _WORKING.match(text), _NATURAL.match(text)
    if working or natural:
        count = int((working or natural).group(1))
        if not 1 <= count <= MAX_WORKING_DAYS:
            raise ValueError(f"办理时限应为 1 到 {MAX_WORKING_DAYS} 天：{text}")
        start = received.date()
        if natural:
            return start + timedelta(days=count), f"{count}天"
        return add_working_days(start, count, calendar), f"{count}个工作日"
    moment = parse_datetime(value)
    if moment is None:
        raise ValueError("请填写办理期限（截止日期，或工作日数如“5个工作日”）。")
    return moment.date(), ""


def check_order(raw: Mapping[str, object], calendar: WorkCalendar, historical: bool
                ) -> tuple[OrderFields, dict[str, str]]:
    """Normalise `raw` and list what is wrong, field → Chinese message.

    `received_at` is local time (default now). `historical` (an import) accepts a deadline that
    has already passed; a new order typed in may not have one.
    """
    problems: dict[str, str] = {}
    fields = OrderFields()
    try:
        fields.order_number = order_number(raw.get("order_number"))
    except ValueError as exc:
        problems["order_number"] = str(exc)
    if not fields.order_number and "order_number" not in problems:
        problems["order_number"] = "请填写工单编号（平台上的编号）。"
    elif len(fields.order_number) > ORDER_NUMBER:
        problems["order_number"] = f"工单编号过长（最多 {ORDER_NUMBER} 个字符）。"
    for name in LIMITS:
        setattr(fields, name, clean_text(raw.get(name)))
    problems.update(limits.problems({name: getattr(fields, name) for name in LIMITS}, LIMITS))
    if not fields.content:
        problems["content"] = "请填写诉求内容。"
    phone = raw.get("caller_phone")
    phone_text = half_width(clean_text(phone))
    if _MASKED_PHONE.match(phone_text):
        fields.caller_phone = phone_text
    else:
        try:
            fields.caller_phone = normalise_phone(str(phone) if isinstance(phone, int) else phone)
        except ValueError as exc:
            problems["caller_phone"] = str(exc)
    now = local_now()
    try:
        received = parse_datetime(raw.get("received_at")) or (None if historical else now)
    except ValueError as exc:
        problems["received_at"] = str(exc)
        received = None
    if received is None and "received_at" not in problems:
        problems["received_at"] = "请填写受理时间。"
    elif received is not None and received > now + timedelta(minutes=10):
        problems["received_at"] = "受理时间不能晚于现在。"
    if received is None or "received_at" in problems:
        return fields, problems
    fields.received_at = from_local(received)
    try:
        fields.deadline, fields.deadline_rule = _deadline(raw, received, calendar)
    except ValueError as exc:
        problems["deadline"] = str(exc)
        return fields, problems
    if fields.deadline < received.date():
        problems["deadline"] = (f"办理期限 {fields.deadline.isoformat()} "
                                f"早于受理日期 {received.date().isoformat()}。")
    elif not historical and fields.deadline < now.date():
        problems["deadline"] = (f"办理期限 {fields.deadline.isoformat()} 已经过去。"
                                "新登记的工单期限不能早于今天；补录已过期的历史工单请从平台导出后导入。")
    return fields, problems

