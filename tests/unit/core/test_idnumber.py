"""GB 11643-1999 ID numbers: what a clerk types or imports, and what they are told when it is wrong."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station_app.core.errors import StationError
from station_app.core.idnumber import (
    IdNumber,
    IdNumberError,
    check_character,
    make_id_number,
    normalise_id_number,
    validate_id_number,
)

EXCEL_MESSAGE = "身份证号被Excel存成了数字（1.52222E+17），末几位已丢失；请把该列设置为“文本”格式后重新填写"


@pytest.mark.parametrize(
    ("raw", "region", "birth", "gender"),
    [
        ("11010519491231002X", "110105", date(1949, 12, 31), "女"),
        ("440524188001010014", "440524", date(1880, 1, 1), "男"),
    ],
)
def test_valid_samples(raw: str, region: str, birth: date, gender: str) -> None:
    result = validate_id_number(raw)
    assert result == IdNumber(raw, region, birth, gender, converted_from_15=False)
    assert str(result) == raw


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        " 110105 19491231 002X\u3000",
        "\t11010519491231002x\n",
    ],
)
def test_lower_case_x_full_width_and_spaces_are_accepted(raw: str) -> None:
    assert validate_id_number(raw).number == "11010519491231002X"


def test_normalise_does_not_validate() -> None:
    assert normalise_id_number("１２ｘ　Ａ x") == "12XAX"
    assert normalise_id_number("") == ""


def test_check_character() -> None:
    assert check_character("11010519491231002") == "X"
    assert check_character("44052418800101001") == "4"
    with pytest.raises(IdNumberError):
        check_character("1101051949123100")
    with pytest.raises(IdNumberError):
        check_character("１１０１０５１９４９１２３１００２")


@pytest.mark.parametrize(
    ("raw", "message", "code"),
    [
        ("11010519491231002", "身份证号应为18位，现为17位", "length"),
        ("11010519491231002XX", "身份证号应为18位，现为19位", "length"),
        ("110105199913320023", "出生日期无效：19991332", "date"),
        ("110105199902290023", "出生日期无效：19990229", "date"),
        ("110105194912310023", "校验位错误：应为X，实为3", "check"),
        ("11010519491231003X", "校验位错误：应为8，实为X", "check"),
        ("11X10519491231002X", "身份证号中的X只能出现在18位号码的最后一位（校验位）", "chars"),
        ("11010549123100X", "身份证号中的X只能出现在18位号码的最后一位（校验位）", "chars"),
        ("", "身份证号为空", "empty"),
        ("\u3000 ", "身份证号为空", "empty"),
    ],
)
def test_rejections_say_what_is_wrong(raw: str, message: str, code: str) -> None:
    with pytest.raises(IdNumberError) as caught:
        validate_id_number(raw)
    assert caught.value.message == message
    assert str(caught.value) == message
    assert caught.value.code == code


def test_illegal_characters_are_named() -> None:
    with pytest.raises(IdNumberError) as caught:
        validate_id_number("110105-19491231-002Y")
    assert caught.value.message == "身份证号含有非法字符：“-”、“Y”"


def test_error_is_a_value_error_and_a_user_facing_error() -> None:
    with pytest.raises(ValueError):
        validate_id_number("123")
    with pytest.raises(StationError):
        validate_id_number("123")


def test_future_and_impossibly_old_birth_dates() -> None:
    born_tomorrow = make_id_number("152222", date(2020, 1, 2), 1)
    with pytest.raises(IdNumberError, match="出生日期晚于今天：20200102"):
        validate_id_number(born_tomorrow, today=date(2020, 1, 1))
    assert validate_id_number(born_tomorrow, today=date(2020, 1, 2)).birth_date == date(2020, 1, 2)
    # Default "today": far enough ahead that no time zone makes it the past.
    next_year = make_id_number("152222", date.today() + timedelta(days=400), 1)
    with pytest.raises(IdNumberError, match="出生日期晚于今天"):
        validate_id_number(next_year)
    with pytest.raises(IdNumberError, match="出生日期过早：17991231"):
        validate_id_number(make_id_number("152222", date(1799, 12, 31), 1))


def test_leap_day_is_a_real_date() -> None:
    assert validate_id_number(make_id_number("152222", date(2000, 2, 29), 2)).birth_date == date(2000, 2, 29)


def test_fifteen_digit_numbers_are_converted() -> None:
    result = validate_id_number("110105491231002")
    assert result.number == "11010519491231002X"
    assert result.converted_from_15 is True
    assert result.birth_date == date(1949, 12, 31)
    assert result.gender == "女"
    with pytest.raises(IdNumberError, match="出生日期无效：19491331"):
        validate_id_number("110105491331002")


@pytest.mark.parametrize("raw", ["1.52222E+17", "1.52222e+17", "1,52222E+17", " 1.52222E+17 "])
def test_excel_scientific_notation_is_refused(raw: str) -> None:
    with pytest.raises(IdNumberError) as caught:
        validate_id_number(raw)
    assert caught.value.message == EXCEL_MESSAGE.replace("1.52222E+17", raw.strip())
    assert caught.value.code == "excel"


def test_excel_float_is_always_refused_never_guessed() -> None:
    with pytest.raises(IdNumberError) as caught:
        validate_id_number(1.52222199001011e17)
    assert caught.value.message == EXCEL_MESSAGE
    # Even a float whose digits happen to validate: the cell was a number, the check char a guess.
    with pytest.raises(IdNumberError, match="Excel"):
        validate_id_number(float(440524188001010014))
    with pytest.raises(IdNumberError, match="Excel"):
        validate_id_number("152222199001011000.0")


def test_excel_int_is_accepted_only_if_it_validates() -> None:
    assert validate_id_number(440524188001010014).number == "440524188001010014"
    with pytest.raises(IdNumberError) as caught:
        validate_id_number(152222199001011000)
    message = caught.value.message
    assert message.startswith("校验位错误：应为6，实为0")
    assert "Excel只保留15位有效数字" in message and "“文本”格式" in message
    assert caught.value.code == "excel"


def test_text_with_trailing_zeros_that_fails_the_check_points_at_excel() -> None:
    with pytest.raises(IdNumberError) as caught:
        validate_id_number("152222199001011000")
    assert caught.value.code == "excel"
    assert "校验位错误" in caught.value.message and "Excel" in caught.value.message


@pytest.mark.parametrize("raw", [None, True, b"11010519491231002X", float("nan")])
def test_odd_types_give_a_message_not_a_crash(raw: object) -> None:
    with pytest.raises(IdNumberError):
        validate_id_number(raw)  # type: ignore[arg-type]


def test_make_id_number_sets_gender_by_order_parity() -> None:
    assert validate_id_number(make_id_number("152222", date(1990, 1, 1), 123)).gender == "男"
    assert validate_id_number(make_id_number("152222", date(1990, 1, 1), 124)).gender == "女"
    with pytest.raises(ValueError):
        make_id_number("15222", date(1990, 1, 1), 1)
    with pytest.raises(ValueError):
        make_id_number("152222", date(1990, 1, 1), 1000)


def test_age_on() -> None:
    person = validate_id_number(make_id_number("152222", date(2010, 6, 15), 1))
    assert person.age_on(date(2026, 6, 14)) == 15
    assert person.age_on(date(2026, 6, 15)) == 16


@settings(deadline=None)
@given(
    region=st.from_regex(r"[0-9]{6}", fullmatch=True),
    birth=st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    order=st.integers(min_value=0, max_value=999),
)
def test_make_and_validate_round_trip(region: str, birth: date, order: int) -> None:
    number = make_id_number(region, birth, order)
    result = validate_id_number(number, today=date(2100, 1, 1))
    assert result.number == number
    assert (result.region_code, result.birth_date) == (region, birth)
    assert result.gender == ("男" if order % 2 else "女")
    full_width = number.lower().translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert validate_id_number(full_width, today=date(2100, 1, 1)) == result


@settings(deadline=None, max_examples=300)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="0123456789Xx１２ｘ .,E+-\u3000", max_size=25),
        st.from_regex(r"[0-9]{15}|[0-9]{17}[0-9Xx]", fullmatch=True),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
    )
)
def test_arbitrary_input_raises_only_id_number_error(raw: str | int | float) -> None:
    try:
        result = validate_id_number(raw)
    except IdNumberError as exc:
        assert exc.message
    else:
        assert len(result.number) == 18


@pytest.mark.parametrize("valid", ["11010519491231002X", "440524188001010014", "152222199001011233"])
def test_every_single_character_change_is_rejected(valid: str) -> None:
    """GB 11643's check character catches any one wrong digit (and X where a digit belongs)."""
    for position in range(18):
        for replacement in "0123456789X":
            if replacement == valid[position] or (replacement == "X" and position < 17):
                continue
            changed = valid[:position] + replacement + valid[position + 1:]
            with pytest.raises(IdNumberError):
                validate_id_number(changed)
