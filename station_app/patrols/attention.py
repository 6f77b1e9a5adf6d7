"""What the dashboard shows about patrols: patrols started and not ended for over 12 hours
(usually a 结束巡逻 forgotten after a night out; its hours count nowhere until it is ended)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import format_local, utcnow
from station_app.patrols.models import Patrol, PatrolTeam
from station_app.patrols.reading import people_on
from station_app.patrols.vocab import PATROL_KINDS, STALE_AFTER_HOURS


@dataclass(frozen=True)
class PatrolAttentionItem:
    patrol_id: uuid.UUID
    team_name: str
    kind_label: str
    started_at: datetime
    open_hours: int
    leader_name: str
    text: str


def attention_items(actor: Actor, now: datetime | None = None) -> list[PatrolAttentionItem]:
    """Patrols of the station still under way more than 12 hours after they started, oldest first."""
    permissions.require(actor, "patrols.view")
    now = now or utcnow()
    stale = list(
        Patrol.select(Patrol, PatrolTeam).join(PatrolTeam)
        .where((Patrol.station == actor.station_id) & Patrol.ended_at.is_null()
               & (Patrol.started_at < now - timedelta(hours=STALE_AFTER_HOURS)))
        .order_by(Patrol.started_at)
    )
    members = people_on([patrol.id for patrol in stale]) if stale else {}
    items = []
    for patrol in stale:
        leader = next((person.name for person in members.get(patrol.id, []) if person.is_leader), "")
        hours = int((now - patrol.started_at).total_seconds() // 3600)
        kind = PATROL_KINDS.get(patrol.kind, patrol.kind)
        text = (f"{patrol.team.name} {kind}巡逻 {format_local(patrol.started_at)} 开始，已 {hours} 小时未结束"
                + (f"（带队：{leader}）" if leader else "") + "，请结束巡逻并填写实际结束时间。")
        items.append(
            PatrolAttentionItem(patrol.id, patrol.team.name, kind, patrol.started_at, hours, leader, text))
    return items
