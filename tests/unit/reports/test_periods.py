"""Report periods: parsing, 环比 and 同比 across ISO week 53 and year boundaries, zero bases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from station_app.core.errors import ValidationError
from station_app.reports.periods import iso_weeks_in, parse_period, weeks_ending
from station_app.reports.summary import Figure, change, change_text


def test_week_is_monday_to_monday_in_shanghai_as_utc() -> None:
    week = parse_period("2026-W48")
    assert (week.kind, week.key, week.label) == ("week", "2026-W48", "2026年第48周")
    assert (week.first_day, week.last_day) == (date(2026, 11, 23), date(2026, 11, 29))
    assert (week.start_utc, week.end_utc) == (datetime(2026, 11, 22, 16), datetime(2026, 11, 29, 16))


def test_month_quarter_year() -> None:
    month, quarter, year = parse_period("2026-11"), parse_period("2026-Q4"), parse_period("2026")
    assert (month.label, month.first_day, month.last_day) == (
        "2026年11月", date(2026, 11, 1), date(2026, 11, 30))
    assert (quarter.label, quarter.first_day, quarter.last_day) == (
        "2026年第四季度", date(2026, 10, 1), date(2026, 12, 31))
    assert (year.label, year.start_utc, year.end_utc) == (
        "2026年", datetime(2025, 12, 31, 16), datetime(2026, 12, 31, 16))
    assert parse_period("2026-01").previous().key == "2025-12"
    assert parse_period("2026-Q1").previous().key == "2025-Q4"
    assert parse_period("2024-02").last_year().key == "2023-02"
    assert parse_period("2026").previous().key == parse_period("2026").last_year().key == "2025"


def test_week_53_and_year_boundaries() -> None:
    assert iso_weeks_in(2026) == 53 and iso_weeks_in(2025) == 52
    assert parse_period("2027-W01").previous().key == "2026-W53"
    assert parse_period("2026-W01").previous().key == "2025-W52"
    assert parse_period("2027-W05").last_year().key == "2026-W05"
    # 2026-W53 has no twin in 2025 (52 weeks): compared with 2025's last week
    assert parse_period("2026-W53").last_year().key == "2025-W52"
    assert parse_period("2032-W53").last_year().key == "2031-W52"
    trend = weeks_ending(parse_period("2027-W02"), 12)
    assert [w.key for w in trend[-3:]] == ["2026-W53", "2027-W01", "2027-W02"] and len(trend) == 12


@pytest.mark.parametrize("text", ["2025-W53", "2026-13", "2026-Q5", "26", "W48", ""])
def test_bad_periods_are_refused_in_chinese(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert any("周" in m or "月" in m or "统计期" in m for m in caught.value.errors.values())


def test_changes_and_zero_base() -> None:
    figure = Figure(value=6, previous=0, last_year=8)
    assert figure.change_vs_previous is None and change_text(figure.change_vs_previous) == "—"
    assert figure.change_vs_last_year == -25.0 and change_text(figure.change_vs_last_year) == "↓25%"
    assert change(66, 50) == 32.0 and change_text(32.0) == "↑32%" and change_text(0.0) == "持平"
    rate = Figure(75.0, 60.0, None, is_rate=True)
    assert rate.change_vs_previous == 15.0 and rate.change_vs_last_year is None
    assert change_text(15.0, points=True) == "↑15个百分点"
