"""Masking of ID and phone numbers for anything that leaves the station or outlives the screen.

Our rule (DOMAIN.md): ID numbers keep the first 6 and last 4 characters (`152222********1234`),
mobiles the first 3 and last 4 (`139****5678`), landlines their area code and last 4
(`0482-***3456`). Printouts, exports, audit entries and log files use these; full values appear
only where the law needs them.
"""

from __future__ import annotations

import re

MASK = "*"

# Full-width digits count too: an IME in full-width mode types them into free text.
_D = "0-9\uff10-\uff19"
_X = "Xx\uff38\uff58"
# What people put between groups of a number: a space or two (also the ideographic space), or a
# dash (ASCII, the Unicode dashes, full-width) with at most one space either side.
_SEP = r"(?:[ \u3000]{1,2}|[ \u3000]?[-\u2010-\u2015\uff0d][ \u3000]?)"
# IDs as typed in one piece or in the groups people read them in: region 6, birth 8 (or 4+4),
# order and check 4 — "152222 19900101 1234", "152222-1990-0101-1234".
_ID_PATTERN = rf"[{_D}]{{6}}{_SEP}?[{_D}]{{4}}{_SEP}?[{_D}]{{4}}{_SEP}?[{_D}]{{3}}[{_D}{_X}]"
_MOBILE_PATTERN = rf"[1\uff11][3-9\uff13-\uff19][{_D}]{_SEP}?[{_D}]{{4}}{_SEP}?[{_D}]{{4}}"
# Legacy 15-digit IDs (6 region, YYMMDD, 3 order), in one piece or 6-6-3: only those whose province
# and birth date are real (`_legacy_id`), as 15 digits are also other numbers' length.
_OLD_ID_PATTERN = rf"[{_D}]{{6}}{_SEP}?[{_D}]{{6}}{_SEP}?[{_D}]{{3}}"
_PROVINCES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
                        46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82})
# Landlines only with the area code set apart ("0482-8123456", "(0482)8123456"): a bare run of
# 11-12 digits starting with 0 is as likely an order number.
_LANDLINE_PATTERN = (rf"(?P<area>0[{_D}]{{2,3}}{_SEP}|[(（]0[{_D}]{{2,3}}[)）][ \u3000]?)"
                     rf"(?P<local>[{_D}]{{7,8}})")
# Lookarounds keep a 19-digit bank card or a 20-digit order number from being half-masked as if
# it were an ID: a match must not touch other digits on either side.
_BEFORE = rf"(?<![{_D}])"
_AFTER = rf"(?![{_D}])"
_SENSITIVE = re.compile(
    rf"{_BEFORE}(?:(?P<id>{_ID_PATTERN})"
    rf"|(?P<prefix>(?:\+|00)?86{_SEP}?)?(?P<mobile>{_MOBILE_PATTERN})"
    rf"|{_LANDLINE_PATTERN}|(?P<old>{_OLD_ID_PATTERN})){_AFTER}"
)
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_WHOLE_PHONE = re.compile(rf"\s*(?:(?P<prefix>(?:\+|00)?86{_SEP}?)?(?P<mobile>{_MOBILE_PATTERN})"
                          rf"|{_LANDLINE_PATTERN})(?P<rest>\D.*)?\s*")


def mask_id_number(value: str | None) -> str:
    """An ID number with all but the first 6 and last 4 characters replaced by `*`.

    Surrounding whitespace is dropped. `None` gives "". Values too short to be an ID are still
    handled, so a half-typed number never leaks: 8-10 characters keep only the last 2; under 8
    characters are returned unchanged (too little to identify anyone, and usually not an ID).
    """
    if value is None:
        return ""
    text = value.strip()
    length = len(text)
    if length < 8:
        return text
    if length < 11:
        return MASK * (length - 2) + text[-2:]
    return text[:6] + MASK * (length - 10) + text[-4:]


def mask_phone(value: str | None) -> str:
    """A phone number with its private digits replaced by `*`.

    A mobile gives `139****5678` (`+86 139 **** 5678` keeps its prefix and spaces); a landline keeps
    its area code and last 4 digits (`0482-***3456`, an extension after it stays). Any other form
    keeps its last 4 digits and its punctuation. `None` gives ""; a value with 4 digits or fewer is
    returned unchanged (stripped).
    """
    if value is None:
        return ""
    text = value.strip()
    if MASK in text:  # masked already
        return text
    if _PLAIN_MOBILE.fullmatch(text):
        return text[:3] + MASK * 4 + text[-4:]
    digit_count = sum(ch.isdecimal() for ch in text)
    if digit_count <= 4:
        return text
    whole = _WHOLE_PHONE.fullmatch(text)
    if whole is not None:
        return _mask_match(whole) + (whole.group("rest") or "")
    return _mask_digits(text, keep_first=0, keep_last=4)


def mask_sensitive_text(text: str) -> str:
    """`text` with every ID number and phone number in it masked; everything else unchanged.

    Found: 18-character IDs (17 digits and a digit or X/x, in one piece or grouped 6-8-4 / 6-4-4-4
    with spaces or dashes), mobiles (1[3-9] + 9 digits, optionally 139-1234-5678 or 139 1234 5678
    with a +86/0086/86 prefix) and landlines whose area code is set apart (0482-8123456,
    (0482)8123456); none touching another digit or group of digits. 15-digit legacy IDs (in one
    piece or 6-6-3) only when they begin with a province code and carry a real birth date: other
    numbers have 15 digits too. Idempotent: masked values are not matched again.
    """
    return _SENSITIVE.sub(_mask_match, text)


def restore_masked(stored: str, edited: str) -> str:
    """`edited` — a text edited from `mask_sensitive_text(stored)` by someone who may not see full
    numbers — with each masked number still in it put back as `stored` has it, in order. Such a
    reader can change the words around a phone number without replacing the number by its mask;
    a masked number they delete stays deleted, and a number they type is kept as typed."""
    result, cursor = edited, 0
    for match in _SENSITIVE.finditer(stored):
        original, masked = match.group(0), _mask_match(match)
        if masked == original:
            continue
        at = result.find(masked, cursor)
        if at < 0:
            continue
        result = result[:at] + original + result[at + len(masked):]
        cursor = at + len(original)
    return result


def _mask_match(match: re.Match[str]) -> str:
    found_id = match.group("id") if "id" in match.re.groupindex else None
    if found_id is not None:
        return _mask_digits(found_id, keep_first=6, keep_last=4, check_character=True)
    old = match.group("old") if "old" in match.re.groupindex else None
    if old is not None:
        return _mask_digits(old, keep_first=6, keep_last=4) if _legacy_id(old) else old
    mobile = match.group("mobile")
    if mobile is not None:
        prefix = match.group("prefix") or ""
        return prefix + _mask_digits(mobile, keep_first=3, keep_last=4)
    return match.group("area") + _mask_digits(match.group("local"), keep_first=0, keep_last=4)


def _legacy_id(text: str) -> bool:
    """Whether 15 digits (maybe grouped, maybe full-width) can be a legacy ID: a province code, then
    after the region a real date 19YY-MM-DD."""
    from datetime import date

    digits = "".join(str(int(ch)) for ch in text if ch.isdecimal())
    if int(digits[:2]) not in _PROVINCES:
        return False
    try:
        date(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
    except ValueError:
        return False
    return True


def _mask_digits(text: str, *, keep_first: int, keep_last: int, check_character: bool = False) -> str:
    """Mask digits of `text` (and an ID's check character X) except the first/last few; other
    characters stay."""
    def counts(ch: str) -> bool:
        return ch.isdecimal() or (check_character and ch in _X)

    total = sum(counts(ch) for ch in text)
    out = []
    seen = 0
    for ch in text:
        if counts(ch):
            keep = seen < keep_first or seen >= total - keep_last
            out.append(ch if keep else MASK)
            seen += 1
        else:
            out.append(ch)
    return "".join(out)
