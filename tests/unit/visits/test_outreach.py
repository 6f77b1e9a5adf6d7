"""普法宣传 events: recorded with place, audience and topics; photos attached; bad input refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.audit.models import AuditEntry
from station_app.core.errors import ValidationError
from station_app.visits import outreach
from station_app.visits.models import OutreachEvent
from station_app.visits.vocab import TOPICS
from tests.unit.visits.conftest import TOMORROW, OnTheDay, days_ago, new_event


def test_an_event_is_recorded_with_its_place_and_topics(place) -> None:
    event = new_event(place, topics=["防范养老诈骗", "反电诈", "反电诈"], partners="司法所")
    assert event.row.place == "查干陶勒盖嘎查 嘎查委员会院内"
    assert event.row.topics == ("反电诈", "防范养老诈骗")  # the usual order, no repeats
    assert (event.row.audience, event.row.officer_name, event.partners) == (80, "乌力吉", "司法所")
    assert event.row.held_on == days_ago(2) and event.photos == ()


def test_free_text_topics_are_split_and_offered_again(place) -> None:
    event = new_event(place, topics=["禁毒", "网络安全，青少年保护、 禁毒"], place_area_id=None,
                      place_text="高力板镇中学操场")
    assert event.row.topics == ("禁毒", "网络安全", "青少年保护")
    assert event.row.place == "高力板镇中学操场"
    known = outreach.known_topics(place.actor)
    assert known[:len(TOPICS)] == list(TOPICS) and known[len(TOPICS):] == ["网络安全", "青少年保护"]


@pytest.mark.parametrize(("details", "field", "words"), [
    ({"audience": -5}, "audience", "不能为负数"),
    ({"audience": "三百"}, "audience", "应为整数"),
    ({"audience": 200_000}, "audience", "过大"),
    ({"held_on": TOMORROW}, "held_on", "不能晚于今天"),
    ({"place_area_id": None, "place_text": "  "}, "place", "请填写宣传地点"),
    ({"topics": []}, "topics", "请至少选择一个宣传主题"),
])
def test_bad_input_is_refused_and_nothing_is_written(place, details, field, words) -> None:
    with pytest.raises(ValidationError) as refused:
        new_event(place, **OnTheDay.resolved(details))
    assert words in refused.value.errors[field]
    assert OutreachEvent.select().count() == 0


def test_photos_are_kept_with_the_event(place, tmp_path: Path) -> None:
    event = new_event(place)
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo bytes")
    view = outreach.attach_photo(place.actor, event.id, photo)
    again = outreach.get_event(place.actor, event.id)
    assert [item.file_name for item in again.photos] == ["现场.jpg"] and view.purpose == "照片"
    assert again.photos[0].path.read_bytes() == photo.read_bytes()
    assert outreach.list_events(place.actor)[0].photos == 1
    entry = AuditEntry.select().where(AuditEntry.action == "attachment.add").get()
    assert (entry.entity, entry.entity_id) == ("outreach_event", str(event.id))
    with pytest.raises(ValidationError, match="找不到文件"):
        outreach.attach_photo(place.actor, event.id, tmp_path / "gone.jpg")


def test_events_are_listed_newest_first_and_searched(place) -> None:
    school = new_event(place, held_on=days_ago(10), topics=["禁毒"], place_area_id=None,
                       place_text="高力板镇中学")
    village = new_event(place)
    assert [row.id for row in outreach.list_events(place.actor)] == [village.id, school.id]
    assert [row.id for row in outreach.list_events(place.actor, query="禁毒")] == [school.id]
    assert [row.id for row in outreach.list_events(place.actor, query="查干")] == [village.id]
    assert [row.id for row in outreach.list_events(place.actor, start=days_ago(5))] == [village.id]
