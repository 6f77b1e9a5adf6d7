"""Search keys and the sort key of a name, computed once at write time and stored in `name_keys`.

`name_keys` is `<sort key>|<element>|<element>|…|`:
- the sort key orders lists by pinyin (按拼音排序): each character's reading with its tone
  ("zhang1san1"), a surname read as a surname (曾 zeng, 单 shan …); characters without a reading
  keep their place as themselves, after every reading.
- the elements are what a pinyin query is matched against: a query matches when it begins one of
  them. They are every syllable-boundary suffix of every full-pinyin reading of the name and of its
  initials ("zhangsanfeng", "sanfeng", "feng", "zsf", "sf", "f"), and every suffix of the Latin
  letters typed in a name. So "zhangs", "sanf", "zs" and "sf" find 张三丰; "angsan" does not —
  nobody looks for a person by the middle of a syllable.

Readings: pypinyin's phrase dictionary misreads names (于思凯 → yu sai kai) and its first reading
of a surname is the common word's (单 dan, not shan), so every character is read on its own with
up to three readings for the first and two for the others, and the name gets every combination
of its first three characters' readings (曾长江: zeng/ceng × chang/zhang) plus one-character
changes further on (long Mongolian names stay bounded). ü is findable as v, u and yu (吕: lv, lu,
lyu). The database's search index is built from this column by triggers
(core/migrations/m0010_search_index), so anyone who writes a resident row with these keys —
forms, imports, the county's bundle import — keeps the index right.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

KEY_SEPARATOR = "|"
_MAX_READINGS = 3  # readings of a surname: 单 dan/chan/shan, 仇 chou/qiu/ju
_MAX_GIVEN_READINGS = 2  # readings of the other characters: 长 zhang/chang, 重 zhong/chong
_FULL_COMBINATIONS = 3  # characters whose readings are combined in full (surname + given name)
_MAX_VARIANTS = 32  # reading combinations per name, at most
_SKIPPED = frozenset("·•.-") | frozenset(KEY_SEPARATOR)
# How a surname is read (the sort key's reading and the first of its readings).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng1", "单": "shan4", "解": "xie4", "查": "zha1", "仇": "qiu2", "朴": "piao2", "区": "ou1",
    "盖": "ge3", "缪": "miao4", "乐": "yue4", "覃": "qin2", "尉": "yu4", "秘": "bi4", "种": "chong2",
    "翟": "zhai2", "华": "hua4", "任": "ren2", "万": "wan4", "过": "guo1", "宁": "ning4", "沈": "shen3",
    "召": "shao4", "长": "chang2", "柏": "bai3", "贲": "ben1", "员": "yun4", "句": "gou1", "祭": "zhai4",
}


def _pypinyin():  # noqa: ANN202 - the module, imported on first use (0.4 s and 50 MB)
    import pypinyin

    return pypinyin


def warm_up() -> None:
    """Load pypinyin's dictionary now (0.4 s the first time in a process), so that a write can
    compute its keys before it opens a transaction, never while holding the database lock."""
    _char_readings("张")
    _tone_reading("张")


@lru_cache(maxsize=20_000)
def _char_readings(char: str) -> tuple[str, ...]:
    """Toneless readings of one character, most common first; () for none (𠮷, Latin, digits)."""
    pypinyin = _pypinyin()
    readings = pypinyin.pinyin(char, style=pypinyin.Style.NORMAL, heteronym=True, errors="ignore")
    if not readings or not readings[0]:
        return ()
    found = tuple(dict.fromkeys(reading for reading in readings[0]
                                if reading.isascii() and reading.isalpha()))
    return found[: _MAX_READINGS]


@lru_cache(maxsize=20_000)
def _tone_reading(char: str) -> str:
    pypinyin = _pypinyin()
    readings = pypinyin.pinyin(char, style=pypinyin.Style.TONE3, errors="ignore", neutral_tone_with_five=True)
    reading = readings[0][0] if readings and readings[0] else ""
    return reading if reading.isascii() and reading.isalnum() else ""


def _spellings(reading: str) -> tuple[str, ...]:
    """ü as typed: pypinyin writes lv/nv/lve; people also type lu, lyu (吕)."""
    if "v" not in reading:
        return (reading,)
    return (reading, reading.replace("v", "u"), reading.replace("v", "yu"))


def _options(char: str, first: bool) -> tuple[str, ...]:
    readings = list(_char_readings(char)[: _MAX_READINGS if first else _MAX_GIVEN_READINGS])
    surname = SURNAME_READINGS.get(char) if first else None
    if surname:
        plain = surname.rstrip("012345")
        readings = [plain, *(reading for reading in readings if reading != plain)]
    return tuple(spelling for reading in readings for spelling in _spellings(reading))


def _variants(options: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Reading combinations: all of them while few, else every combination of the first
    characters' readings with one-character changes after them."""
    total = 1
    for choices in options:
        total *= len(choices)
    if total <= _MAX_VARIANTS:
        return set(itertools.product(*options))
    head, tail = options[:_FULL_COMBINATIONS], options[_FULL_COMBINATIONS:]
    common_tail = tuple(choices[0] for choices in tail)
    variants = {combo + common_tail for combo in itertools.islice(itertools.product(*head), _MAX_VARIANTS)}
    common = tuple(choices[0] for choices in options)
    for index, choices in enumerate(tail, start=len(head)):
        for reading in choices[1:]:
            variants.add(common[:index] + (reading,) + common[index + 1:])
    return variants


def sort_key(name: str) -> str:
    """The pinyin sort key of `name` (see the module docstring); '' for an empty name."""
    parts = []
    first = True
    for char in name:
        if char.isspace() or char in _SKIPPED:
            continue
        if char.isascii():
            parts.append(char.lower())
        else:
            reading = (SURNAME_READINGS.get(char) if first else None) or _tone_reading(char)
            parts.append(reading or char)
        first = False
    return "".join(parts)


@lru_cache(maxsize=65_536)
def name_search_keys(name: str) -> str:
    """`<sort key>|<element>|…|` for `name` (see the module docstring); '' for an empty name."""
    chars = [char for char in name if not char.isspace() and char not in _SKIPPED]
    if not chars:
        return ""
    options = [_options(char, index == 0) for index, char in enumerate(chars) if not char.isascii()]
    options = [choices for choices in options if choices]
    elements: set[str] = set()
    if options:
        for variant in _variants(options):
            for start in range(len(variant)):
                elements.add("".join(variant[start:]))
                elements.add("".join(syllable[0] for syllable in variant[start:]))
    # Latin letters typed as part of a name (rare) are searchable as themselves, from any letter.
    latin = "".join(char.lower() for char in chars if char.isascii() and char.isalpha())
    elements.update(latin[start:] for start in range(len(latin)))
    keys = sorted(element for element in elements if element)
    return sort_key(name) + KEY_SEPARATOR + "".join(key + KEY_SEPARATOR for key in keys)


def matches(keys: str, query: str) -> bool:
    """Whether a pinyin query (lower-case letters) matches stored keys: what the index answers."""
    return f"{KEY_SEPARATOR}{query}" in keys
