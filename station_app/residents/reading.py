"""Residents as a reader receives them: masked numbers for roles without `personal.view_full`
(see ResidentView), and the one audited way to see a number in full.

The query functions of `search` and `views` know no reader; the UI and the command line read
residents through these services, which apply `shown_to`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import NotFound, ValidationError
from station_app.core.masking import mask_sensitive_text
from station_app.core.scope import scope
from station_app.core.textnorm import clean_text
from station_app.residents import search
from station_app.residents.models import Resident
from station_app.residents.views import ResidentView, shown_to, views_by_ids

REASON_LIMIT = 200


@dataclass(frozen=True)
class FullNumbers:
    """A resident's numbers as stored, for the one reader who asked (and said why)."""

    id_number: str
    phone: str


def residents_by_ids(actor: Actor, ids: Sequence[uuid.UUID | str]) -> list[ResidentView]:
    """The residents with these ids, in the order given: what the residents list shows a page at a
    time (the ids come from its query, which chose the stations)."""
    permissions.require(actor, "residents.view")
    return shown_to(actor, views_by_ids(ids))


def find_residents(actor: Actor, query: str, limit: int = 50, area_id: uuid.UUID | None = None,
                   stations: Sequence[uuid.UUID] = ()) -> list[ResidentView]:
    """Search as you type (name, pinyin, initials, ID or phone ending; see search.parse_query)."""
    permissions.require(actor, "residents.view")
    wanted = [station for station in stations if station != actor.station_id]
    found = search.search_residents(actor.home, search.query_for(actor, query), limit, area_id,
                                    stations=scope(actor, stations) if wanted else ())
    return shown_to(actor, found)


def resident_ids(actor: Actor, query: str = "", area_id: uuid.UUID | None = None,
                 stations: Sequence[uuid.UUID] = ()) -> list[str]:
    """Every matching resident's id (as text), in pinyin order, for the residents list: `stations`
    as the list chose them (see search.resident_ids); a number searched as the reader may."""
    permissions.require(actor, "residents.view")
    return search.resident_ids(actor.home, search.query_for(actor, query), area_id, stations=stations)


def reveal_numbers(actor: Actor, resident_id: uuid.UUID, reason: str) -> FullNumbers:
    """The stored ID number and phone, for a role allowed to see them, with the reason given.
    Audited with the reason and the person's name, never the numbers."""
    permissions.require(actor, "personal.view_full")
    why = checked_reason(reason)
    with db.transaction():
        # Any station's resident this database holds (the county reads them too), as get_resident.
        resident = Resident.get_or_none(Resident.id == resident_id)
        if resident is None:
            raise NotFound("找不到该居民。")
        numbers = (("身份证号", resident.id_number), ("联系电话", resident.phone))
        shown = "、".join(label for label, value in numbers if value)
        audit.record(actor, "resident.reveal", "resident", resident.id, extra={
            "name": resident.name, "reason": why, "shown": shown or "（无号码）"})
    return FullNumbers(resident.id_number or "", resident.phone or "")


def checked_reason(reason: str) -> str:
    """Why a full number is asked for, as the audit keeps it (a number typed into it masked).
    Raises ValidationError on "reason" when it is missing or too long."""
    why = clean_text(reason)
    if not why:
        raise ValidationError.single("reason", "请说明查看完整号码的原因。")
    if len(why) > REASON_LIMIT:
        raise ValidationError.single("reason", f"原因过长（最多 {REASON_LIMIT} 个字）。")
    return mask_sensitive_text(why)

