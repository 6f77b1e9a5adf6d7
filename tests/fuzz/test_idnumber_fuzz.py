"""The ID validator under any input: a valid 18-character number or an IdNumberError in Chinese."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from station_app.core.idnumber import EARLIEST_BIRTH, IdNumberError, check_character, validate_id_number
from tests.fuzz.conftest import CHINESE

FUZZ = settings.get_profile("station-fuzz")
TODAY = date(2026, 6, 1)
_FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９ｘ")

regions = st.from_regex(r"\A[1-8][0-9]{5}\Z")
births = st.dates(min_value=EARLIEST_BIRTH, max_value=TODAY)
orders = st.integers(min_value=0, max_value=999)
# Text near an ID number: its characters, full-width ones, spaces, and neighbours that are not digits.
id_like = st.text(alphabet="0123456789Xx０１２３４５６７８９ｘＸ \u3000\t.,E+-²٣〇", min_size=0, max_size=22)
anything = st.one_of(st.text(), id_like, st.integers(), st.floats(), st.none(), st.booleans(),
                     st.binary(max_size=20), st.lists(st.integers(), max_size=3))


@st.composite
def valid_numbers(draw: st.DrawFn) -> str:
    birth = draw(births)
    first17 = f"{draw(regions)}{birth:%Y%m%d}{draw(orders):03d}"
    return first17 + check_character(first17)


@FUZZ
@given(anything)
@example("1" * 100_000)
@example("1" * 100_000 + ".0")
@example("1." + "2" * 100_000 + "E+17")
@example("".join(map(chr, range(0x4E00, 0x5E00))))
def test_any_input_is_a_valid_number_or_a_chinese_refusal(raw: object) -> None:
    try:
        result = validate_id_number(raw, today=TODAY)  # type: ignore[arg-type]
    except IdNumberError as exc:
        assert re.search(CHINESE, exc.message), exc.message
        assert len(exc.message) < 300, "the message quotes the input without bound"
        return
    number = result.number
    assert re.fullmatch(r"[0-9]{17}[0-9X]", number), number
    assert check_character(number[:17]) == number[17]
    assert EARLIEST_BIRTH <= result.birth_date <= TODAY
    assert validate_id_number(number, today=TODAY) == result or result.converted_from_15
    assert validate_id_number(number, today=TODAY).number == number  # idempotent


@FUZZ
@given(valid_numbers())
def test_every_well_formed_number_is_accepted_in_any_spelling(number: str) -> None:
    result = validate_id_number(number, today=TODAY)
    assert result.number == number
    assert result.birth_date == date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    assert result.gender == ("男" if int(number[16]) % 2 else "女")
    spaced = " ".join([number[:6], number[6:14], number[14:]]) + "\u3000"
    for spelling in (number.lower(), number.translate(_FULL_WIDTH), spaced):
        assert validate_id_number(spelling, today=TODAY).number == number


@FUZZ
@given(valid_numbers(), st.integers(min_value=0, max_value=17), st.integers(min_value=1, max_value=10))
def test_changing_one_character_is_always_caught(number: str, position: int, shift: int) -> None:
    """GB 11643's check character catches every single substitution."""
    alphabet = "0123456789X" if position == 17 else "0123456789"
    changed = alphabet[(alphabet.index(number[position]) + shift) % len(alphabet)]
    assume(changed != number[position])
    typo = number[:position] + changed + number[position + 1:]
    try:
        validate_id_number(typo, today=TODAY)
    except IdNumberError as exc:
        assert exc.code in ("check", "date", "future", "too_old", "excel"), exc.code
    else:
        raise AssertionError(f"{typo} (from {number}) was accepted")


@FUZZ
@given(st.one_of(st.integers(), st.integers(min_value=10**17, max_value=10**19)))
@example(10**5000)
@example(-152222199001011233)
def test_numbers_stored_as_integers_never_raise_anything_else(value: int) -> None:
    """A cell holding a huge integer must not meet Python's 4300-digit str() limit unexplained."""
    try:
        validate_id_number(value, today=TODAY)
    except IdNumberError as exc:
        assert re.search(CHINESE, exc.message)
