"""普法宣传: legal-awareness events (反电诈 in a 嘎查, 禁毒 at a school, 交通安全 on a market day),
with their photos kept as attachments of the event."""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping, Sequence
from datetime import date

from station_app.accounts import permissions
from station_app.attachments.models import Attachment
from station_app.attachments.service import AttachmentView, attach_file, attachments_of
from station_app.audit import chain as audit
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.db import tuples
from station_app.core.errors import ValidationError
from station_app.core.scope import record_in_scope, record_to_change, scope
from station_app.core.textnorm import clean_text
from station_app.residents.models import Area
from station_app.visits import inputs
from station_app.visits.limits import EVENT as EVENT_LIMITS
from station_app.visits.models import OutreachEvent
from station_app.visits.views import EventDetail, EventRow, dumps, loads
from station_app.visits.vocab import EVENT_OWNER, MAX_AUDIENCE, TOPICS


def record_event(actor: Actor, details: Mapping[str, object]) -> EventDetail:
    """Record a 普法宣传 event.

    `details`: held_on (date; default today, never in the future), place_area_id and/or place_text
    (one is required), audience (people reached, 0 or more), topics (at least one; any text, the
    usual ones in vocab.TOPICS), officer_id (default: the acting user), partners, content.
    Photos are added afterwards with attach_photo. Raises ValidationError naming every bad field.
    """
    permissions.require(actor, "visits.edit")
    problems: inputs.Problems = {}
    held_on = inputs.past_date(details.get("held_on"), "held_on", "宣传日期", problems)
    area_id = details.get("place_area_id") or None
    place_text = clean_text(details.get("place_text"))
    if not area_id and not place_text:
        problems["place"] = "请填写宣传地点（如：查干陶勒盖嘎查委员会、高力板镇中学）。"
    audience = inputs.count(details.get("audience"), "audience", "受众人数", MAX_AUDIENCE, problems)
    topics = inputs.order_topics(inputs.topics(details.get("topics"), "topics", problems))
    if not topics and "topics" not in problems:
        problems["topics"] = "请至少选择一个宣传主题（如：反电诈、禁毒、交通安全）。"
    officer = inputs.officer(actor, details.get("officer_id"), "officer_id", problems, required=False)
    partners = clean_text(details.get("partners"))
    problems.update(limits.problems(details, EVENT_LIMITS))
    if problems:
        raise ValidationError(problems)
    assert held_on is not None
    with db.transaction():
        here = (Area.id == area_id) & (Area.station == actor.station_id)
        if area_id and not Area.select().where(here).exists():
            raise ValidationError.single("place", "所选地点已不存在，请重新选择。")
        event = OutreachEvent.create(
            station=actor.station_id, held_on=held_on, place_area=area_id, place_text=place_text,
            audience=audience, topics=dumps(topics), officer=officer.id if officer else None,
            officer_name=officer.full_name if officer else "", partners=partners,
            content=clean_text(details.get("content")), recorded_by=actor.full_name,
        )
        audit.record(actor, "outreach.record", EVENT_OWNER, event.id, after={
            "held_on": held_on.isoformat(), "place": place_text or str(area_id), "audience": audience,
            "topics": "、".join(topics), "officer": event.officer_name,
        })
    return get_event(actor, event.id)


def attach_photo(actor: Actor, event_id: uuid.UUID | str, path: str | os.PathLike[str]) -> AttachmentView:
    """Keep a photo of the event (copied into the data directory under its SHA-256, audited)."""
    permissions.require(actor, "visits.edit")
    event = record_to_change(OutreachEvent, event_id, MISSING_EVENT)
    return attach_file(actor, EVENT_OWNER, event.id, path, "照片", audit_entity=(EVENT_OWNER, event.id))


MISSING_EVENT = "找不到这次宣传活动（可能已被删除）。"


def _rows(events: list[OutreachEvent]) -> list[EventRow]:
    ids = [str(event.id) for event in events]
    photos: dict[str, int] = {}
    if ids:
        for owner_id, in tuples(Attachment.select(Attachment.owner_id).where(
                (Attachment.owner_kind == EVENT_OWNER) & Attachment.owner_id.in_(ids))):
            photos[owner_id] = photos.get(owner_id, 0) + 1
    area_ids = [event.place_area_id for event in events if event.place_area_id]
    areas = dict(Area.select(Area.id, Area.name).where(Area.id.in_(area_ids)).tuples()) if area_ids else {}
    return [
        EventRow(event.id, event.held_on, _place(areas.get(event.place_area_id, ""), event.place_text),
                 tuple(loads(event.topics)), event.audience, event.officer_name, photos.get(str(event.id), 0),
                 event.version, event.station_id)
        for event in events
    ]


def _place(area_name: str, text: str) -> str:
    return " ".join(part for part in (area_name, text) if part)


def list_events(actor: Actor, start: date | None = None, end: date | None = None, query: str = "",
                limit: int = 200, offset: int = 0, stations: Sequence[uuid.UUID] = ()) -> list[EventRow]:
    """Events newest first, between two local dates (inclusive), matching a place, topic or text.
    `stations`: whose events (the actor's own by default)."""
    permissions.require(actor, "visits.view")
    where = OutreachEvent.station.in_(scope(actor, stations))
    if start is not None:
        where &= OutreachEvent.held_on >= start
    if end is not None:
        where &= OutreachEvent.held_on <= end
    text = clean_text(query)
    if text:
        named = Area.select(Area.id).where(Area.name.contains(text))
        where &= (OutreachEvent.place_text.contains(text) | OutreachEvent.topics.contains(text)
                  | OutreachEvent.content.contains(text) | OutreachEvent.partners.contains(text)
                  | OutreachEvent.officer_name.contains(text) | OutreachEvent.place_area.in_(named))
    events = list(OutreachEvent.select().where(where)
                  .order_by(OutreachEvent.held_on.desc(), OutreachEvent.created_at.desc(), OutreachEvent.id)
                  .offset(offset).limit(limit))
    return _rows(events)


def get_event(actor: Actor, event_id: uuid.UUID | str, stations: Sequence[uuid.UUID] = ()) -> EventDetail:
    """An event of `stations` (the actor's own by default) with its photos."""
    permissions.require(actor, "visits.view")
    event = record_in_scope(actor, OutreachEvent, event_id, stations, MISSING_EVENT)
    return EventDetail(
        row=_rows([event])[0], place_area_id=event.place_area_id, place_text=event.place_text,
        officer_id=event.officer_id, partners=event.partners, content=event.content,
        recorded_by=event.recorded_by, photos=tuple(attachments_of(EVENT_OWNER, event.id)),
    )


def known_topics(actor: Actor) -> list[str]:
    """The usual topics, then every other topic this station has used (the list grows as typed)."""
    permissions.require(actor, "visits.view")
    used: list[str] = []
    for (text,) in tuples(OutreachEvent.select(OutreachEvent.topics).distinct().where(
            OutreachEvent.station == actor.station_id)):
        used.extend(topic for topic in loads(text) if topic not in TOPICS and topic not in used)
    return [*TOPICS, *sorted(used)]
