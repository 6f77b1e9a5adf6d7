"""When two resident records are merged, the volunteer's team places and patrols follow them,
and a person on a team or a patrol twice (both records were there) is kept once.

The residents service may already have re-pointed the links (it moves every foreign key to a
merged resident); these hooks then only fold the duplicates. Registered with the residents service
when `station_app.patrols` is imported. Figures also read a merged record as its survivor.
"""

from __future__ import annotations

import uuid

from station_app.patrols.models import PatrolMember, TeamMember
from station_app.residents.service import next_version, register_resident_reference


def move_team_places(from_id: uuid.UUID, to_id: uuid.UUID) -> int:
    moved = (TeamMember.update({TeamMember.resident: to_id, **next_version(TeamMember)})
             .where(TeamMember.resident == from_id).execute())
    by_team: dict[object, list[TeamMember]] = {}
    for row in TeamMember.select().where(TeamMember.resident == to_id).order_by(TeamMember.created_at):
        by_team.setdefault(row.team_id, []).append(row)
    for rows in by_team.values():
        if len(rows) > 1:  # one membership, keeping the stronger flags
            kept, extra = rows[0], rows[1:]
            flags = {"active": any(row.active for row in rows),
                     "is_leader": any(row.is_leader for row in rows)}
            TeamMember.update({**flags, **next_version(TeamMember)}).where(TeamMember.id == kept.id).execute()
            TeamMember.delete().where(TeamMember.id.in_([row.id for row in extra])).execute()
    return moved


def move_patrol_places(from_id: uuid.UUID, to_id: uuid.UUID) -> int:
    moved = (PatrolMember.update({PatrolMember.resident: to_id, **next_version(PatrolMember)})
             .where(PatrolMember.resident == from_id).execute())
    by_patrol: dict[object, list[PatrolMember]] = {}
    query = PatrolMember.select().where(PatrolMember.resident == to_id).order_by(PatrolMember.created_at)
    for row in query:
        by_patrol.setdefault(row.patrol_id, []).append(row)
    for rows in by_patrol.values():
        if len(rows) > 1:
            kept, extra = rows[0], rows[1:]
            if any(row.is_leader for row in extra) and not kept.is_leader:
                (PatrolMember.update({PatrolMember.is_leader: True, **next_version(PatrolMember)})
                 .where(PatrolMember.id == kept.id).execute())
            PatrolMember.delete().where(PatrolMember.id.in_([row.id for row in extra])).execute()
    return moved


register_resident_reference(move_team_places)
register_resident_reference(move_patrol_places)
