"""Search keys for names: full pinyin and initials, every plausible reading of each character.

pypinyin's phrase dictionary misreads names (于思凯 → yu sai kai) and its first reading of a
surname is the common word's (单 dan, not shan). So we read character by character: the most
common reading of each, plus every variant that changes ONE character to another of its readings —
both "shan" and "dan" find 单田芳, without the blow-up of every combination. Computed once, at
write time, with a per-character cache (100k names in well under a second).
"""

from __future__ import annotations

from functools import lru_cache

# Readings per character beyond the first: enough for the surnames pypinyin misreads
# (单 dan/chan/shan, 仇 chou/qiu, 查 cha/zha) without dragging in rare literary readings.
_MAX_READINGS = 3
KEY_SEPARATOR = "|"


@lru_cache(maxsize=20_000)
def _char_readings(char: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    if not readings or not readings[0]:
        return ()
    return tuple(dict.fromkeys(reading for reading in readings[0] if reading.isascii()))[:_MAX_READINGS]


def name_search_keys(name: str) -> str:
    """`|full|…|initials|…|` for `name`, lower-case ASCII; '' for names with no Chinese reading."""
    chars = [char for char in name if not char.isspace() and char not in "·•.-"]
    if not chars:
        return ""
    readings = [_char_readings(char) or ("",) for char in chars]
    common = tuple(options[0] for options in readings)
    variants = {common}
    for index, options in enumerate(readings):
        for reading in options[1:]:
            variants.add(common[:index] + (reading,) + common[index + 1 :])
    full = {"".join(variant) for variant in variants}
    initials = {"".join(part[:1] for part in variant) for variant in variants}
    # Latin letters typed as part of a name (rare) are searchable as themselves.
    ascii_name = "".join(char.lower() for char in chars if char.isascii() and char.isalpha())
    keys = sorted(key for key in full | initials | {ascii_name} if key)
    return KEY_SEPARATOR + KEY_SEPARATOR.join(keys) + KEY_SEPARATOR if keys else ""
