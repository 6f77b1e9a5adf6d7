"""Normalising what people type or paste: full-width characters, stray spaces, phone numbers, dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = 0x20  # ideographic space


def half_width(text: str) -> str:
    """Full-width digits, letters and punctuation to ASCII (１２３ → 123, ｘ → x)."""
    return text.translate(_FULL_WIDTH)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters; a cut text ends with "…" so nobody reads it as the whole."""
    return text if len(text) <= limit else text[:max(limit - 1, 0)] + "…"


def clean_text(value: object) -> str:
    """A cell or field as trimmed text: None → '', inner runs of spaces kept, NBSP/ideographic trimmed."""
    if value is None:
        return ""
    text = str(value).replace("\u00a0", " ").replace("\u3000", " ")
    return unicodedata.normalize("NFC", text).strip()


_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def normalise_phone(raw: object) -> str:
    """A phone number as digits (mobile) or 0xxx-xxxxxxx (landline); raises ValueError (Chinese)."""
    text = half_width(clean_text(raw))
    if isinstance(raw, float):
        raise ValueError("电话号码被Excel存成了数字，请把该列设置为“文本”格式后重新填写")
    if not text:
        return ""
    compact = re.sub(r"[\s()（）]", "", text)
    compact = re.sub(r"^(\+86|0086)-?", "", compact)
    digits_only = compact.replace("-", "")
    if _MOBILE.match(digits_only):
        return digits_only
    if _LANDLINE.match(compact) or _LANDLINE.match(digits_only):
        return compact if "-" in compact else digits_only
    raise ValueError(f"电话号码格式不对：{text}（手机应为11位，如 13912345678；座机如 0482-1234567）")


_CHINESE_DATE = re.compile(r"^(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: object) -> date | None:
    """2023年2月22日, 2023/2/22, 2023-02-22, 20230222, an Excel serial or a date → date.

    Empty → None. Raises ValueError with a Chinese message naming the value otherwise.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 80_000:  # Excel serial day numbers (1900-01-01 … 2118)
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"日期无法识别：{value}")
    text = half_width(clean_text(value))
    if not text:
        return None
    match = _CHINESE_DATE.match(text) or _COMPACT_DATE.match(text)
    if match is None and re.fullmatch(r"\d{5}(\.0+)?", text):
        return parse_date(float(text))
    if match is None:
        raise ValueError(f"日期无法识别：{text}（请写成 2023-02-22 或 2023年2月22日）")
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"日期不存在：{text}") from None
