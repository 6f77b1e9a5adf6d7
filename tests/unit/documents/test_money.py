"""Amounts as typed, in figures and in capitals (the bank rules for 大写金额)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.documents.money import MAX_FEN, amount_in_capitals, amount_text, format_amount, parse_amount


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("30000", 3_000_000),
        ("3,000.50", 300_050),
        ("３０００", 300_000),
        ("３，０００．５", 300_050),
        ("3万", 3_000_000),
        ("3.5万", 3_500_000),
        ("3.12345万", 3_123_450),
        ("30000元", 3_000_000),
        ("人民币30000元", 3_000_000),
        ("人民币 3万元整", 3_000_000),
        ("¥1,200", 120_000),
        ("￥1200.5", 120_050),
        ("RMB 88", 8_800),
        ("0.05", 5),
        (".5", 50),
        ("  1,000,000.01 ", 100_000_001),
        ("100000000", MAX_FEN),
        ("1亿", None),  # 亿 is not accepted: nobody types it for a dispute
    ],
)
def test_parse_amount_accepts_what_officers_type(typed: str, fen: int | None) -> None:
    if fen is None:
        with pytest.raises(ValueError):
            parse_amount(typed)
    else:
        assert parse_amount(typed) == fen


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "未填写"),
        ("   ", "未填写"),
        ("-100", "负数"),
        ("－100", "负数"),
        ("负100", "负数"),
        ("0", "不能为零"),
        ("0.00元", "不能为零"),
        ("1.005", "两位"),
        ("0.001万", None),  # 0.001万 = 10 元: fine
        ("100000000.01", "1 亿元"),
        ("2亿", "无法识别"),
        ("abc", "无法识别"),
        ("3,00", "无法识别"),
        ("30,0000", "无法识别"),
        ("1e5", "无法识别"),
        ("nan", "无法识别"),
        ("3万5", "无法识别"),
        ("叁万元", "无法识别"),
        ("3.", "无法识别"),
        ("3..5", "无法识别"),
    ],
)
def test_parse_amount_refuses_with_the_value_named(typed: str, reason: str | None) -> None:
    if reason is None:
        assert parse_amount(typed) == 1_000
        return
    with pytest.raises(ValueError) as info:
        parse_amount(typed)
    message = str(info.value)
    assert reason in message
    if typed.strip():
        assert f"“{typed.strip()}”" in message


def test_zero_is_allowed_only_when_asked() -> None:
    assert parse_amount("0", allow_zero=True) == 0
    assert parse_amount("0.00元", allow_zero=True) == 0


@pytest.mark.parametrize(
    ("fen", "capitals"),
    [
        (3_000_000, "人民币叁万元整"),  # rule 2: 整 after 元
        (100_550, "人民币壹仟零伍元伍角"),  # rule 3 (inner zeros) + nothing after 角
        (5, "人民币伍分"),  # rule 6
        (50, "人民币伍角"),
        (55, "人民币伍角伍分"),
        (10_000_000_000, "人民币壹亿元整"),
        (1_007, "人民币壹拾元零柒分"),  # rule 4 and 壹拾
        (1_000, "人民币壹拾元整"),
        (1_500, "人民币壹拾伍元整"),
        (168_032, "人民币壹仟陆佰捌拾元叁角贰分"),  # rule 5, as in the PBoC example
        (10_700_053, "人民币壹拾万零柒仟元伍角叁分"),  # the PBoC example, its second form
        (100_005, "人民币壹仟元零伍分"),
        (1_000_500_000, "人民币壹仟万零伍仟元整"),  # zeros across the 万 group
        (10_000_500_000, "人民币壹亿零伍仟元整"),
        (10_001_000_000, "人民币壹亿零壹万元整"),
        (2_000_000_000, "人民币贰仟万元整"),
        (1_500_000, "人民币壹万伍仟元整"),
        (1_050_000, "人民币壹万零伍佰元整"),
        (10_100, "人民币壹佰零壹元整"),
        (101_000, "人民币壹仟零壹拾元整"),
        (409_000_000, "人民币肆佰零玖万元整"),
        (123_456_789_012, "人民币壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分"),
        (0, "人民币零元整"),
    ],
)
def test_capitals_follow_the_bank_rules(fen: int, capitals: str) -> None:
    assert amount_in_capitals(fen) == capitals


def test_capitals_refuse_negative_amounts() -> None:
    with pytest.raises(ValueError):
        amount_in_capitals(-1)


@pytest.mark.parametrize(
    ("fen", "figures"),
    [(3_000_050, "30,000.50"), (5, "0.05"), (0, "0.00"), (MAX_FEN, "100,000,000.00"), (-150, "-1.50")],
)
def test_format_amount(fen: int, figures: str) -> None:
    assert format_amount(fen) == figures


def test_amount_text_gives_capitals_and_figures() -> None:
    assert amount_text(3_000_000) == "人民币叁万元整（¥30,000.00）"


@given(st.integers(min_value=1, max_value=MAX_FEN))
def test_parse_reads_back_what_format_writes(fen: int) -> None:
    assert parse_amount(format_amount(fen)) == fen
    assert parse_amount(format_amount(fen).replace(",", "") + "元") == fen


_DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def _read_capitals(text: str) -> int:
    """An independent reader of capitals (test oracle): 人民币…元…角…分 → fen."""
    assert text.startswith("人民币")
    body = text[3:].removesuffix("整")
    yuan_part, _, small = body.rpartition("元") if "元" in body else ("", "", body)
    total = section = digit = 0
    for ch in yuan_part:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _UNIT:
            section += digit * _UNIT[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
    yuan = total + section + digit
    jiao = re.search("(.)角", small)
    fen = re.search("(.)分", small)
    return yuan * 100 + (_DIGIT[jiao.group(1)] * 10 if jiao else 0) + (_DIGIT[fen.group(1)] if fen else 0)


@given(st.integers(min_value=1, max_value=MAX_FEN * 100))
def test_capitals_read_back_to_the_same_amount(fen: int) -> None:
    text = amount_in_capitals(fen)
    assert _read_capitals(text) == fen
    assert "零零" not in text
    assert not re.search("零[元万亿角整]", text)  # a zero never precedes a unit or the end
    assert text.endswith(("整", "角", "分"))
    assert text.endswith("整") == (fen % 100 == 0)
    assert "拾" not in text or not re.search(r"(^人民币|[万亿零])拾", text)  # 壹拾, never bare 拾
