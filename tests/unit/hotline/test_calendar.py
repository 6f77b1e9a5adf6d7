"""The editable calendar table: seeded on first use, edited by officers, edits kept on re-seeding."""

from __future__ import annotations

import json
from datetime import date

import pytest

from station_app.core.errors import NotFound, PermissionDenied, ValidationError
from station_app.core.models import Setting
from station_app.hotline import calendar
from station_app.hotline.models import CalendarDay


def test_shipped_years_are_seeded_on_first_use_once(admin) -> None:
    assert CalendarDay.select().count() == 0
    days = calendar.list_days(admin, 2026)
    assert len(days) == 33 + 6
    assert days[0].day == date(2026, 1, 1) and days[0].name == "元旦" and days[0].origin == "shipped"
    assert all(day.provisional for day in calendar.list_days(admin, 2027))
    assert calendar.ensure_shipped(admin) == []  # nothing to do the second time


def test_an_officer_adds_and_removes_days_and_deadlines_follow(admin) -> None:
    # Friday 11-27 + 1 working day is Monday 11-30, until that Monday is made a holiday.
    assert calendar.preview_deadline(admin, date(2026, 11, 27), 1).due == date(2026, 11, 30)
    calendar.set_day(admin, date(2026, 11, 30), "off", "临时假日")
    calendar.set_day(admin, "2026-12-05", "work", "补班")
    assert calendar.preview_deadline(admin, date(2026, 11, 27), 1).due == date(2026, 12, 1)
    assert calendar.preview_deadline(admin, date(2026, 12, 4), 1).due == date(2026, 12, 5)
    calendar.remove_day(admin, date(2026, 12, 5))
    assert calendar.preview_deadline(admin, date(2026, 12, 4), 1).due == date(2026, 12, 7)
    with pytest.raises(NotFound):
        calendar.remove_day(admin, date(2026, 12, 5))
    assert calendar.preview_deadline(admin, date(2028, 1, 3), 1).uncovered == [2028]


def test_refused_calendar_edits_say_why(sqlite_admin) -> None:
    with pytest.raises(ValidationError) as caught:
        calendar.set_day(sqlite_admin, date(2026, 12, 2), "work")
    assert "本来就是工作日" in caught.value.errors["kind"]
    with pytest.raises(ValidationError, match="放假"):
        calendar.set_day(sqlite_admin, date(2026, 12, 2), "holiday")
    with pytest.raises(ValidationError, match="日期"):
        calendar.set_day(sqlite_admin, "明天", "off")


def test_readonly_may_look_but_not_edit(sqlite_admin) -> None:
    from dataclasses import replace

    reader = replace(sqlite_admin, role="readonly")
    assert calendar.list_days(reader, 2026)
    with pytest.raises(PermissionDenied):
        calendar.set_day(reader, date(2026, 12, 2), "off", "x")


def test_a_new_revision_replaces_shipped_rows_but_keeps_the_users(sqlite_admin, monkeypatch) -> None:
    calendar.ensure_shipped(sqlite_admin)
    calendar.set_day(sqlite_admin, date(2027, 2, 9), "off", "春节")  # the officer added a bridging day
    calendar.remove_day(sqlite_admin, date(2027, 10, 3))
    calendar.ensure_shipped(sqlite_admin)
    assert not CalendarDay.select().where(CalendarDay.day == date(2027, 10, 3)).exists()  # stays deleted
    data = json.loads(calendar.SHIPPED_FILE.read_text(encoding="utf-8"))
    data["years"]["2027"]["revision"] = "2027-official-1"
    data["years"]["2027"]["provisional"] = False
    data["years"]["2027"]["holidays"] = [{"name": "春节", "off": ["2027-02-05", "2027-02-11"], "work": []}]
    monkeypatch.setattr(calendar, "_shipped", lambda: data)
    assert calendar.ensure_shipped(sqlite_admin) == [2027]
    days = {day.day: day for day in calendar.list_days(sqlite_admin, 2027)}
    assert days[date(2027, 2, 9)].origin == "user"
    assert days[date(2027, 2, 10)].origin == "shipped" and not days[date(2027, 2, 10)].provisional
    assert date(2027, 5, 1) not in days  # the old shipped rows went
    assert json.loads(Setting.get_by_id(calendar.MARK_KEY).value)["2027"] == "2027-official-1"
