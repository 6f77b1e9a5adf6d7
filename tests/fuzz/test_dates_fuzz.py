"""The date readers the importers use, under any cell value: a date, None for empty, or a ValueError
in Chinese — never another exception (a crash would abort the whole import instead of one row)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from station_app.core.textnorm import parse_date
from station_app.hotline.fields import parse_datetime
from tests.fuzz.conftest import CHINESE

FUZZ = settings.get_profile("station-fuzz")

date_like = st.from_regex(
    r"\A\s*[0-9０-９]{1,5}\s*[年/.\-]\s*[0-9]{1,3}\s*[月/.\-]\s*[0-9]{1,3}\s*日?"
    r"(\s*[0-9]{1,3}[:：时点][0-9]{0,3}([:：分][0-9]{1,3}秒?)?分?)?\s*\Z")
cells = st.one_of(
    st.text(), date_like, st.from_regex(r"\A[0-9]{5,8}(\.0*)?\Z"),
    st.integers(), st.floats(), st.decimals(), st.booleans(), st.none(),
    st.datetimes(), st.dates(), st.times(), st.binary(max_size=12),
)
EXCEL_EPOCH = datetime(1899, 12, 30)


@FUZZ
@given(cells)
@example("2023-02-30")
@example("9999-12-31 23:59:60")
@example(float("nan"))
@example(float("inf"))
@example(79_999.999999999)
@example("٢٠٢٣-٠٢-٢٢")  # Arabic-Indic digits match \d
def test_any_cell_is_a_date_none_or_a_chinese_refusal(value: object) -> None:
    for reader in (parse_date, parse_datetime):
        try:
            result = reader(value)
        except ValueError as exc:
            assert type(exc) is ValueError and re.search(CHINESE, str(exc)), (reader, value, exc)
            continue
        assert result is None or isinstance(result, date), (reader, value, result)
        if result is None:
            assert value in (None, "") or (isinstance(value, str) and not value.strip()), (reader, value)


@FUZZ
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_spelling_of_a_day_reads_as_that_day(day: date) -> None:
    serial = (day - EXCEL_EPOCH.date()).days
    spellings = [day.isoformat(), f"{day.year}/{day.month}/{day.day}",
                 f"{day.year}年{day.month}月{day.day}日", f"{day:%Y%m%d}", serial, float(serial),
                 datetime(day.year, day.month, day.day, 13, 5)]
    if serial >= 10_000:  # a serial typed as text must have five digits: "1990" is not a date
        spellings += [str(serial), f"{serial}.0"]
    for spelling in spellings:
        assert parse_date(spelling) == day, spelling
        assert parse_datetime(spelling).date() == day, spelling


@FUZZ
@given(st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 12, 31)))
def test_excel_serial_times_read_to_the_second(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    serial = (moment - EXCEL_EPOCH) / timedelta(days=1)
    assert abs(parse_datetime(serial) - moment) <= timedelta(seconds=1)
    assert parse_datetime(moment.strftime("%Y年%m月%d日%H时%M分%S秒")) == moment
    assert parse_datetime(moment.strftime("%Y/%m/%d %H:%M:%S")) == moment
