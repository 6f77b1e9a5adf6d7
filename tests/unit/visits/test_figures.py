"""The weekly report's figures: visits, households and residents reached, findings by kind,
events and audience — for a window in UTC that maps onto local days."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from station_app.visits import findings
from station_app.visits.figures import local_days, parse_week, utc_window, visit_figures, week_of
from tests.unit.visits.conftest import days_ago, dispute, new_event, new_visit


def test_iso_weeks_and_their_utc_window() -> None:
    assert parse_week("2026-W48") == (date(2026, 11, 23), date(2026, 11, 29))
    assert parse_week("2026w1") == (date(2025, 12, 29), date(2026, 1, 4))
    assert week_of(date(2026, 11, 25)) == "2026-W48"
    start, end = utc_window(date(2026, 11, 23), date(2026, 11, 29))
    assert (start, end) == (datetime(2026, 11, 22, 16, 0), datetime(2026, 11, 29, 16, 0))
    assert local_days(start, end) == (date(2026, 11, 23), date(2026, 11, 30))
    # a window that starts mid-day counts from the next local midnight
    assert local_days(datetime(2026, 11, 23, 3, 0), end)[0] == date(2026, 11, 24)
    for bad, words in (("2026-48", "写法不对"), ("2026-W54", "没有第 54 周")):
        with pytest.raises(ValueError, match=words):
            parse_week(bad)


def test_figures_count_households_people_findings_and_events(place) -> None:
    first = new_visit(place, ("巴特尔·额尔敦", "乌云其木格", "张三"),
                      findings=(dispute(place), {"kind": "hazard", "description": "烟道未清理"}))
    new_visit(place, ("乌云其木格", "李四"), publicity_topics=[], materials_count=0,
              findings=({"kind": "hazard", "description": "草垛紧挨住房"},))
    new_visit(place, ("阿拉坦仓",), visited_on=days_ago(40))  # outside the window
    finding = first.findings[0]
    findings.open_case_for_finding(place.actor, finding.id, finding.version, {"category": "邻里纠纷"})
    new_event(place, audience=80)
    new_event(place, audience=420, topics=["禁毒"], place_text="高力板镇中学", place_area_id=None)
    new_event(place, audience=999, held_on=days_ago(40))

    figures = visit_figures(place.actor.station_id, *utc_window(days_ago(7), days_ago(0)))

    assert (figures.visits, figures.households, figures.residents) == (2, 3, 4)  # 巴特尔户, 张三, 李四
    assert figures.findings_by_kind["hazard"] == 2 and figures.findings_by_kind["dispute"] == 1
    assert figures.findings_by_kind["hardship"] == 0 and figures.cases_opened == 1
    assert (figures.publicity_visits, figures.materials) == (1, 3)
    assert (figures.events, figures.audience) == (2, 500)
    assert figures.events_by_topic == {"反电诈": 1, "防范养老诈骗": 1, "禁毒": 1}


def test_an_empty_period_gives_zeros(place) -> None:
    figures = visit_figures(place.actor.station_id, *utc_window(date(2020, 1, 6), date(2020, 1, 12)))
    assert (figures.visits, figures.households, figures.events, figures.audience) == (0, 0, 0, 0)
    assert set(figures.findings_by_kind.values()) == {0}
