"""The working-day calculator (pure) and the shipped holiday data."""

from __future__ import annotations

from datetime import date

import pytest

from station_app.hotline.calendar import shipped_rows, shipped_years
from station_app.hotline.workdays import WorkCalendar, add_working_days, uncovered_years, working_days_between


def shipped() -> WorkCalendar:
    import json

    from station_app.hotline.calendar import SHIPPED_FILE

    data = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))["years"]
    rows = [row for info in data.values() for row in shipped_rows(info)]
    return WorkCalendar.of([day for day, kind, _ in rows if kind == "off"],
                           [day for day, kind, _ in rows if kind == "work"], [2026, 2027])


PLAIN = WorkCalendar.of()


def test_weekends_are_skipped_and_counting_starts_the_next_day() -> None:
    friday = date(2026, 11, 27)
    assert add_working_days(friday, 0, PLAIN) == friday
    assert add_working_days(friday, 1, PLAIN) == date(2026, 11, 30)  # Monday
    assert add_working_days(friday, 5, PLAIN) == date(2026, 12, 4)
    assert add_working_days(date(2026, 11, 28), 1, PLAIN) == date(2026, 11, 30)  # received on Saturday


def test_a_holiday_is_skipped_and_a_make_up_saturday_counts() -> None:
    calendar = WorkCalendar.of([date(2026, 11, 30)], [date(2026, 12, 5)])
    assert add_working_days(date(2026, 11, 27), 1, calendar) == date(2026, 12, 1)
    assert add_working_days(date(2026, 12, 4), 1, calendar) == date(2026, 12, 5)  # 调休上班 Saturday


def test_spring_festival_2026_with_its_two_make_up_saturdays() -> None:
    calendar = shipped()
    friday = date(2026, 2, 13)
    assert add_working_days(friday, 1, calendar) == date(2026, 2, 14)  # Saturday 2/14 is a working day
    assert add_working_days(friday, 2, calendar) == date(2026, 2, 24)  # 2/15-2/23 off
    assert add_working_days(date(2026, 2, 27), 1, calendar) == date(2026, 2, 28)  # Saturday 2/28 works
    assert add_working_days(date(2026, 9, 30), 1, calendar) == date(2026, 10, 8)
    assert add_working_days(date(2026, 10, 8), 2, calendar) == date(2026, 10, 10)  # Saturday 10/10 works


def test_across_the_2025_2026_boundary_the_sunday_after_new_year_is_worked() -> None:
    calendar = shipped()
    assert add_working_days(date(2025, 12, 31), 1, calendar) == date(2026, 1, 4)  # Sunday, 调休上班
    assert add_working_days(date(2025, 12, 30), 3, calendar) == date(2026, 1, 5)


def test_across_the_2026_2027_boundary() -> None:
    calendar = shipped()
    assert add_working_days(date(2026, 12, 31), 1, calendar) == date(2027, 1, 4)  # 1/1 Fri off, then weekend
    assert add_working_days(date(2026, 12, 25), 5, calendar) == date(2027, 1, 4)
    assert working_days_between(date(2026, 12, 25), date(2027, 1, 4), calendar) == 5
    assert working_days_between(date(2027, 1, 4), date(2026, 12, 25), calendar) == -5
    assert add_working_days(date(2027, 2, 4), 1, calendar) == date(2027, 2, 9)  # provisional 春节 days


def test_uncovered_years_are_named() -> None:
    calendar = shipped()
    assert uncovered_years(date(2027, 12, 20), date(2028, 1, 10), calendar) == [2028]
    assert uncovered_years(date(2026, 1, 1), date(2027, 12, 31), calendar) == []


def test_count_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="工作日数"):
        add_working_days(date(2026, 1, 5), -1, PLAIN)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 5), 400, PLAIN)


def test_shipped_2026_matches_the_state_council_notice_and_2027_is_provisional() -> None:
    years = {item.year: item for item in shipped_years()}
    assert not years[2026].provisional and "国务院办公厅" in years[2026].source
    assert years[2027].provisional and "verify" in years[2027].source
    calendar = shipped()
    off_2026 = sorted(day for day in calendar.days_off if day.year == 2026)
    assert len(off_2026) == 3 + 9 + 3 + 5 + 3 + 3 + 7
    assert sorted(day for day in calendar.make_up_days if day.year == 2026) == [
        date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20),
        date(2026, 10, 10)]
    assert all(day.weekday() >= 5 for day in calendar.make_up_days)
