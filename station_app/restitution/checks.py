"""Reading what an officer typed into the restitution forms: amounts, dates, names.

Each reader raises ValidationError(field → Chinese message naming the value), so a form shows the
message next to the field and keeps everything typed.
"""

from __future__ import annotations

import uuid
from datetime import date

from station_app.core.clock import local_today
from station_app.core.errors import ValidationError
from station_app.core.limits import too_long_message
from station_app.core.textnorm import clean_text, parse_date
from station_app.documents.money import MAX_FEN, format_amount, parse_amount


def yuan(fen: int) -> str:
    """An amount in messages: "3,000.50 元"."""
    return f"{format_amount(fen)} 元"


def amount_fen(value: object, field: str, label: str) -> int:
    """An amount as fen: text goes through `money.parse_amount` ("3,000.50", "3万"); an int is
    already fen. Zero, negative and over 1 亿元 are refused."""
    if isinstance(value, bool):
        raise ValidationError.single(field, f"{label}无法识别。")
    if isinstance(value, int):
        if value <= 0:
            raise ValidationError.single(field, f"{label}必须大于零（填写的是 {yuan(value)}）。")
        if value > MAX_FEN:
            raise ValidationError.single(field, f"{label}超过 1 亿元，请检查是否多输入了数字。")
        return value
    try:
        return parse_amount(str(value if value is not None else ""))
    except ValueError as exc:
        raise ValidationError.single(field, f"{label}：{exc}") from exc


def past_date(value: object, field: str, label: str, default_today: bool = True) -> date:
    """A date that has already come (local calendar); empty means today when `default_today`."""
    try:
        day = parse_date(value)
    except ValueError as exc:
        raise ValidationError.single(field, f"{label}：{exc}") from exc
    today = local_today()
    if day is None:
        if not default_today:
            raise ValidationError.single(field, f"请填写{label}。")
        return today
    if day > today:
        raise ValidationError.single(field, f"{label}（{day:%Y-%m-%d}）不能晚于今天（{today:%Y-%m-%d}）。")
    return day


def required(value: object, field: str, message: str, max_length: int) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError.single(field, message)
    if len(text) > max_length:
        raise ValidationError.single(field, too_long_message(max_length))
    return text


def optional(value: object, field: str, max_length: int) -> str:
    text = clean_text(value)
    if len(text) > max_length:
        raise ValidationError.single(field, too_long_message(max_length))
    return text


def as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
