"""Checking what the forms and the command line send: dates, officers, topics, counts.

Each check returns the clean value or adds a Chinese message under the field's name to `problems`,
so one save reports every bad field at once.
"""

from __future__ import annotations

import uuid
from datetime import date

from station_app.accounts.models import Account
from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.core.textnorm import clean_text, half_width, parse_date
from station_app.visits.vocab import MAX_TOPIC_LENGTH, TOPICS

Problems = dict[str, str]


def past_date(value: object, field: str, what: str, problems: Problems) -> date | None:
    """A date not after today at the station; '' or None means today."""
    if value is None or value == "":
        return local_today()
    try:
        day = parse_date(value)
    except ValueError as exc:
        problems[field] = f"{what}：{exc}"
        return None
    if day is None:
        return local_today()
    if day > local_today():
        problems[field] = f"{what}不能晚于今天（{local_today().isoformat()}），请核对日期。"
        return None
    if day.year < 2000:
        problems[field] = f"{what}（{day.isoformat()}）太早了，请核对年份。"
        return None
    return day


def officer(actor: Actor, value: object, field: str, problems: Problems, required: bool) -> Account | None:
    """The station's active account named by id (default: the acting user, if it is an account)."""
    raw = value or actor.user_id
    if not raw:
        if required:
            problems[field] = "请选择走访民警。"
        return None
    try:
        account_id = raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))
    except ValueError:
        problems[field] = "民警选择不对。"
        return None
    account = Account.get_or_none((Account.id == account_id) & (Account.station == actor.station_id))
    if account is None:
        problems[field] = "所选民警的账户已不存在。"
        return None
    if not account.is_active:
        problems[field] = f"“{account.full_name}”的账户已停用，请选择其他民警。"
        return None
    return account


def count(value: object, field: str, what: str, maximum: int, problems: Problems) -> int:
    """A whole number from 0 to `maximum` ('' → 0)."""
    text = half_width(clean_text(value))
    if not text:
        return 0
    try:
        number = int(text)
    except ValueError:
        problems[field] = f"{what}应为整数：{text}"
        return 0
    if number < 0:
        problems[field] = f"{what}不能为负数。"
    elif number > maximum:
        problems[field] = f"{what}（{number}）过大，请核对（最多 {maximum}）。"
    return number


def topics(values: object, field: str, problems: Problems) -> list[str]:
    """Topics in the order given, trimmed, without repeats; free text split at 、，, ; and spaces."""
    if isinstance(values, str):
        values = [values]
    found: list[str] = []
    for value in values or []:
        for part in split_topics(clean_text(value)):
            if len(part) > MAX_TOPIC_LENGTH:
                problems[field] = f"主题“{part[:MAX_TOPIC_LENGTH]}…”过长（最多 {MAX_TOPIC_LENGTH} 个字）。"
            elif part not in found:
                found.append(part)
    return found


def split_topics(text: str) -> list[str]:
    for separator in "，,;；、\n":
        text = text.replace(separator, " ")
    return [part for part in text.split(" ") if part]


def order_topics(found: list[str]) -> list[str]:
    """The usual topics in their usual order first, then the station's own."""
    return [topic for topic in TOPICS if topic in found] + [topic for topic in found if topic not in TOPICS]
