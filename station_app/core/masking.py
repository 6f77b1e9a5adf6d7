"""Masking of ID and phone numbers for anything that leaves the station or outlives the screen.

Our rule (DOMAIN.md): ID numbers keep the first 6 and last 4 characters (`152222********1234`),
mobiles the first 3 and last 4 (`139****5678`). Printouts, exports, audit entries and log files
use these; full values appear only where the law needs them.
"""

from __future__ import annotations

import re

MASK = "*"

# Full-width digits count too: an IME in full-width mode types them into free text.
_D = "0-9\uff10-\uff19"
_ID_PATTERN = rf"[{_D}]{{17}}[{_D}Xx\uff38\uff58]"
_MOBILE_PATTERN = rf"1[3-9][{_D}][- ]?[{_D}]{{4}}[- ]?[{_D}]{{4}}"
# Lookarounds keep a 19-digit bank card or a 20-digit order number from being half-masked as if
# it were an ID: a match must not touch other digits on either side.
_SENSITIVE = re.compile(
    rf"(?<![{_D}])(?:(?P<id>{_ID_PATTERN})"
    rf"|(?P<prefix>(?:\+|00)?86[- ]?)?(?P<mobile>{_MOBILE_PATTERN}))(?![{_D}])"
)
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")


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

    An 11-digit mobile gives `139****5678`. Any other form (landline `0482-8123456`, `+86 139…`,
    extensions) keeps its last 4 digits and its punctuation; all other digits are masked. `None`
    gives ""; a value with 4 digits or fewer is returned unchanged (stripped).
    """
    if value is None:
        return ""
    text = value.strip()
    if _PLAIN_MOBILE.fullmatch(text):
        return text[:3] + MASK * 4 + text[-4:]
    digit_count = sum(ch.isdecimal() for ch in text)
    if digit_count <= 4:
        return text
    return _mask_digits(text, keep_first=0, keep_last=4)


def mask_sensitive_text(text: str) -> str:
    """`text` with every ID number and mobile number in it masked; everything else unchanged.

    Found: 18-character IDs (17 digits and a digit or X/x) and mobiles (1[3-9] + 9 digits,
    optionally written 139-1234-5678 or with a +86/0086/86 prefix), neither touching another
    digit. 15-digit legacy IDs are not looked for: too many other numbers have 15 digits.
    Idempotent: masked values are not matched again.
    """
    return _SENSITIVE.sub(_mask_match, text)


def _mask_match(match: re.Match[str]) -> str:
    found_id = match.group("id")
    if found_id is not None:
        return found_id[:6] + MASK * 8 + found_id[-4:]
    prefix = match.group("prefix") or ""
    return prefix + _mask_digits(match.group("mobile"), keep_first=3, keep_last=4)


def _mask_digits(text: str, *, keep_first: int, keep_last: int) -> str:
    """Mask digits of `text` except the first/last few digits; other characters stay."""
    total = sum(ch.isdecimal() for ch in text)
    out = []
    seen = 0
    for ch in text:
        if ch.isdecimal():
            keep = seen < keep_first or seen >= total - keep_last
            out.append(ch if keep else MASK)
            seen += 1
        else:
            out.append(ch)
    return "".join(out)
