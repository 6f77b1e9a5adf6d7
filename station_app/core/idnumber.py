"""Resident ID numbers (居民身份证号码, GB 11643-1999): normalise, validate, build.

An 18-character number is a 6-digit region code, an 8-digit birth date (YYYYMMDD), a 3-digit
order code (odd = male) and a check character. Legacy 15-digit numbers (2-digit year, no check
character) are converted. Every rejection is an `IdNumberError` whose message a clerk can act on.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime

from station_app.core.clock import LOCAL_ZONE
from station_app.core.errors import StationError
from station_app.core.textnorm import half_width

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# GB 11643 itself has no lower bound, and real records (e.g. 440524188001010014) carry 19th-century
# births, so only dates no living resident can have are refused.
EARLIEST_BIRTH = date(1800, 1, 1)

# What Excel or str(float) makes of a long number: 1.52222E+17, 1,52222E+17 (comma locales),
# 152222199001011000.0.
_SCIENTIFIC = re.compile(r"^[0-9]+(?:[.,][0-9]*)?E[+-]?[0-9]+$", re.IGNORECASE)
_FLOAT_TEXT = re.compile(r"^[0-9]{15,}[.,]0*$")
# Excel keeps 15 significant digits, so an 18-digit number that went through it ends in 000.
_EXCEL_ZEROS = "000"

_EXCEL_FIX = "请把该列设置为“文本”格式后重新填写"
_TOO_MANY_DIGITS = 10**18
_NAMED_CHARACTERS = 5  # a pasted paragraph is named by its first few wrong characters, not all of them


class IdNumberError(StationError, ValueError):
    """An ID number that cannot be accepted. `message` (and str()) says why, in Chinese.

    `code` names the problem for callers that react to it: "empty", "type", "chars", "length",
    "date", "future", "too_old", "check", "excel".
    """

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class IdNumber:
    """A validated ID number. `number` is always the 18-character form."""

    number: str
    region_code: str
    birth_date: date
    gender: str  # "男" / "女"
    converted_from_15: bool = False

    def age_on(self, day: date) -> int:
        """Age in whole years on `day` (a 29 Feb birthday counts from 1 Mar in other years)."""
        had_birthday = (day.month, day.day) >= (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - (0 if had_birthday else 1)

    def __str__(self) -> str:
        return self.number


def normalise_id_number(raw: str) -> str:
    """Remove all whitespace (including U+3000), map full-width characters to ASCII, upper-case x.

    Nothing is validated: the result may still be wrong in any other way.
    """
    text = half_width(raw)  # IMEs in full-width mode type １５２２…ｘ
    text = "".join(ch for ch in text if not ch.isspace() and ch not in "\u200b\ufeff")
    return text.replace("x", "X")


def check_character(first17: str) -> str:
    """The check character ("0"-"9" or "X") for the first 17 digits of an ID number.

    Raises IdNumberError if `first17` is not exactly 17 ASCII digits.
    """
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise IdNumberError(f"计算校验位需要17位数字，现为“{first17}”", "chars")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def validate_id_number(raw: str | int | float, *, today: date | None = None) -> IdNumber:
    """Check an ID number as typed or imported and return it in its 18-character form.

    Accepts 18-character numbers (lower-case x and full-width characters allowed) and legacy
    15-digit numbers. A float is always refused: Excel has already lost digits, and guessing them
    would register the wrong person. An int is accepted only if it checks out. `today` (default:
    the date in Asia/Shanghai) is the latest possible birth date.

    Raises IdNumberError with the reason: empty, illegal characters, length, impossible or future
    birth date, wrong check character, or a number damaged by Excel.
    """
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        if raw is None:
            raise IdNumberError("身份证号为空", "empty")
        raise IdNumberError(f"身份证号应为文字，现为{type(raw).__name__}类型", "type")
    if today is None:
        today = datetime.now(LOCAL_ZONE).date()
    if isinstance(raw, float):
        if math.isnan(raw):  # what pandas and some readers give for an empty cell
            raise IdNumberError("身份证号为空", "empty")
        raise _excel_error(_excel_display(raw))
    if isinstance(raw, int):
        if abs(raw) >= _TOO_MANY_DIGITS:  # str() of it could even exceed Python's 4300-digit limit
            raise IdNumberError(f"身份证号应为18位，这个数字超过了18位；{_EXCEL_FIX}", "length")
        try:
            return _validate_text(str(raw), today)
        except IdNumberError as exc:
            raise IdNumberError(
                f"{exc.message}。身份证号被Excel存成了数字（{raw}），Excel只保留15位有效数字，"
                f"末几位可能已丢失；{_EXCEL_FIX}",
                "excel",
            ) from None

    text = normalise_id_number(raw)
    if _SCIENTIFIC.match(text) or _FLOAT_TEXT.match(text):
        raise _excel_error(text)
    try:
        return _validate_text(text, today)
    except IdNumberError as exc:
        if exc.code == "check" and len(text) == 18 and text.endswith(_EXCEL_ZEROS):
            # Text now, but the zeros say it was a number once: guess nothing, explain.
            raise IdNumberError(
                f"{exc.message}。号码以000结尾，很可能是身份证号被Excel存成了数字，末几位已丢失；{_EXCEL_FIX}",
                "excel",
            ) from None
        raise


def make_id_number(region_code: str, birth: date, order: int) -> str:
    """Build a valid 18-character ID number from its parts (odd `order` = male).

    Raises ValueError if the region code is not 6 digits or `order` is outside 0..999.
    """
    if len(region_code) != 6 or not _is_ascii_digits(region_code):
        raise ValueError(f"region code must be 6 digits, got {region_code!r}")
    if not 0 <= order <= 999:
        raise ValueError(f"order code must be 0..999, got {order}")
    first17 = f"{region_code}{birth.year:04d}{birth.month:02d}{birth.day:02d}{order:03d}"
    return first17 + check_character(first17)


def _validate_text(text: str, today: date) -> IdNumber:
    if not text:
        raise IdNumberError("身份证号为空", "empty")
    bad = [ch for ch in dict.fromkeys(text) if ch not in "0123456789X"]
    if bad:
        named = "、".join(_describe(ch) for ch in bad[:_NAMED_CHARACTERS])
        more = f"等 {len(bad)} 种字符" if len(bad) > _NAMED_CHARACTERS else ""
        raise IdNumberError(f"身份证号含有非法字符：{named}{more}", "chars")
    if len(text) not in (15, 18):
        raise IdNumberError(f"身份证号应为18位，现为{len(text)}位", "length")
    if "X" in text[:-1] or (len(text) == 15 and "X" in text):
        raise IdNumberError("身份证号中的X只能出现在18位号码的最后一位（校验位）", "chars")

    converted = len(text) == 15
    first17 = text[:6] + "19" + text[6:] if converted else text[:17]
    birth = _birth_date(first17[6:14], today)
    expected = check_character(first17)
    if converted:
        text = first17 + expected
    elif text[17] != expected:
        raise IdNumberError(f"校验位错误：应为{expected}，实为{text[17]}", "check")
    return IdNumber(
        number=text,
        region_code=text[:6],
        birth_date=birth,
        gender="男" if int(text[16]) % 2 else "女",
        converted_from_15=converted,
    )


def _birth_date(yyyymmdd: str, today: date) -> date:
    try:
        birth = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        raise IdNumberError(f"出生日期无效：{yyyymmdd}", "date") from None
    if birth > today:
        raise IdNumberError(f"出生日期晚于今天：{yyyymmdd}", "future")
    if birth < EARLIEST_BIRTH:
        raise IdNumberError(f"出生日期过早：{yyyymmdd}", "too_old")
    return birth


def _excel_error(shown: str) -> IdNumberError:
    if len(shown) > 24:
        shown = shown[:20] + "…"
    return IdNumberError(f"身份证号被Excel存成了数字（{shown}），末几位已丢失；{_EXCEL_FIX}", "excel")


def _excel_display(value: float) -> str:
    # Excel's "General" format shows six significant digits for numbers this long.
    if math.isinf(value) or abs(value) >= 1e11:
        return f"{value:.5E}".replace("E+0", "E+").replace("E-0", "E-")
    return repr(value)


def _describe(ch: str) -> str:
    # Invisible or blank-looking characters would leave the clerk staring at an empty quote.
    if ch.isprintable():
        return f"“{ch}”"
    return f"U+{ord(ch):04X}"


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() also accepts superscripts and other scripts' digits.
    return text.isascii() and text.isdigit()
