"""The amount parser under any input: exact integer fen, or a ValueError that names the problem."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from station_app.documents.money import MAX_FEN, format_amount, parse_amount
from tests.fuzz.conftest import CHINESE

FUZZ = settings.get_profile("station-fuzz")

# Text close to an amount: digits, separators, currency words, units, signs and look-alike digits.
amount_like = st.text(alphabet="0123456789.,，．０１２３４５６７８９万元块整人民币¥￥-−负 ²①٣〇e",
                      max_size=40)
decimals = st.decimals(min_value=0, max_value=10**12, allow_nan=False, allow_infinity=False, places=None)


@FUZZ
@given(st.one_of(st.text(), amount_like))
@example("0.01000000000000000000000000000001")  # 31 significant digits: more than Decimal's 28
@example("99999999.999999999999999999999999999")
@example("1" * 100_000)
@example("3²")
def test_any_text_is_exact_fen_or_a_named_refusal(text: str) -> None:
    try:
        fen = parse_amount(text, allow_zero=True)
    except ValueError as exc:
        message = str(exc)
        assert type(exc) is ValueError and re.search(CHINESE, message), message
        assert len(message) < 200, "the message quotes the input without bound"
        return
    assert isinstance(fen, int) and 0 <= fen <= MAX_FEN
    # What was accepted is what was typed, to the fen: the digits read back as written.
    digits = re.sub(r"[^0-9.]", "", text.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)})
                    .replace("．", "."))
    value = Decimal(digits) * (10_000 if "万" in text else 1) * 100
    assert value == fen, (text, fen)


@FUZZ
@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_formatted_amounts_read_back_exactly(fen: int) -> None:
    shown = format_amount(fen)
    assert parse_amount(shown, allow_zero=True) == fen
    assert parse_amount(shown.replace(",", ""), allow_zero=True) == fen
    assert parse_amount(f"人民币{shown}元", allow_zero=True) == fen


@FUZZ
@given(st.lists(st.integers(min_value=0, max_value=MAX_FEN // 10), min_size=2, max_size=10))
def test_sums_of_parsed_amounts_never_drift(parts: list[int]) -> None:
    """0.1 + 0.2 is 30 fen, not 30.000000000000004: amounts are read as decimals, added as ints."""
    typed = [f"{fen // 100}.{fen % 100:02d}" for fen in parts]
    assert sum(parse_amount(text, allow_zero=True) for text in typed) == sum(parts)
    assert parse_amount("0.1") + parse_amount("0.2") == parse_amount("0.3") == 30


@FUZZ
@given(decimals)
def test_decimals_are_accepted_exactly_when_they_are_whole_fen(value: Decimal) -> None:
    text = format(value, "f")
    fen = value * 100
    try:
        parsed = parse_amount(text, allow_zero=True)
    except ValueError as exc:
        assert fen != fen.to_integral_value() or fen > MAX_FEN or text.endswith("."), (text, exc)
        return
    assert parsed == fen


@FUZZ
@given(st.integers(min_value=MAX_FEN + 1, max_value=10**400))
def test_huge_amounts_are_refused_with_a_message(fen: int) -> None:
    text = f"{fen // 100}.{fen % 100:02d}"
    try:
        parse_amount(text)
    except ValueError as exc:
        assert "超过 1 亿元" in str(exc) and len(str(exc)) < 200
    else:
        raise AssertionError(f"{text} accepted")
