"""The patrol log: 开始巡逻 now and 结束巡逻 later, a patrol entered afterwards, corrections.

`details` of a patrol (times are local, as entered; naive = Asia/Shanghai):
team_id, kind (routine/night/peak/border/school/holiday or its Chinese label; default from the
start hour), started_at, ended_at, members (team member ids, or {"account_id"}/{"resident_id"}),
leader (one of the members; default the team's leader when present), area_ids, route, weather
("雪、大风" or a list), temperature_c, vehicles, distance_km, note.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db, limits
from station_app.core.actor import Actor
from station_app.core.clock import format_local, local_now
from station_app.core.errors import StationError, ValidationError
from station_app.core.masking import restore_masked
from station_app.core.scope import record_to_change
from station_app.core.textnorm import clean_text
from station_app.core.versioning import update_versioned
from station_app.patrols import inputs, people
from station_app.patrols.limits import PATROL as PATROL_LIMITS
from station_app.patrols.models import Patrol, PatrolArea, PatrolMember, PatrolTeam, TeamMember
from station_app.patrols.people import Person
from station_app.patrols.reading import get_patrol
from station_app.patrols.views import PatrolDetail
from station_app.residents.models import Area

PATROL_ENTITY = "patrol"


class PatrolAlreadyEnded(StationError):
    pass


def _team(team_id: object, problems: dict[str, str], for_new_patrol: bool) -> PatrolTeam | None:
    if not team_id:
        problems["team_id"] = "请选择巡逻队。"
        return None
    team = PatrolTeam.get_or_none(PatrolTeam.id == people.as_uuid(team_id))
    if team is None:
        problems["team_id"] = "所选巡逻队已不存在。"
    elif for_new_patrol and not team.active:
        problems["team_id"] = f"“{team.name}”已停用，不能再记录新的巡逻。"
    return team


def _person_of_item(item: object, by_id: dict[uuid.UUID, TeamMember]) -> Person | uuid.UUID:
    """A member reference as a person; a membership id not of this team comes back as the id."""
    if isinstance(item, Mapping):
        if item.get("member_id"):
            item = item["member_id"]
        elif item.get("account_id"):
            return ("account", people.as_uuid(item["account_id"]))
        else:
            return ("resident", people.as_uuid(item.get("resident_id")))
    member_id = people.as_uuid(item)
    row = by_id.get(member_id)
    return people.person_of(row) if row is not None else member_id


def _people_on_patrol(team: PatrolTeam, details: Mapping[str, object], allowed_anyway: set[Person],
                      problems: dict[str, str]) -> list[tuple[Person, bool]]:
    """The people present and which one led: each must be a current member of the team
    (someone already on the patrol being corrected may have left the team since)."""
    rows = list(TeamMember.select().where(TeamMember.team == team.id))
    by_id = {people.as_uuid(row.id): row for row in rows}
    current = {people.person_of(row) for row in rows if row.active}
    former = {people.person_of(row) for row in rows if not row.active}
    items = list(details.get("members") or [])
    if not items:
        problems["members"] = "请至少选择一名参加巡逻的人员。"
        return []
    try:
        found = [_person_of_item(item, by_id) for item in items]
    except ValueError:
        problems["members"] = "参加人员的标识不对。"
        return []
    strangers = [person for person in found if not isinstance(person, tuple)]
    if strangers:  # membership ids of another team: name the people
        others = TeamMember.select().where(TeamMember.id.in_(strangers))
        found = [person for person in found if isinstance(person, tuple)]
        found += [people.person_of(row) for row in others]
        if len(others) < len(strangers):
            problems["members"] = "有参加人员已不存在，请重新选择。"
            return []
    chosen: list[Person] = list(dict.fromkeys(found))  # type: ignore[arg-type]
    not_members = [person for person in chosen if person not in current and person not in allowed_anyway]
    if not_members:
        names = people.names(not_members)
        left = [names.get(p, "?") for p in not_members if p in former]
        outside = [names.get(p, "?") for p in not_members if p not in former]
        messages = []
        if outside:
            messages.append(f"{'、'.join(outside)} 不是“{team.name}”的队员，请先在巡逻队中添加。")
        if left:
            messages.append(f"{'、'.join(left)} 已离开“{team.name}”。")
        problems["members"] = "".join(messages)
        return []
    leader_item = details.get("leader")
    if leader_item:
        leader = _person_of_item(leader_item, by_id)
        if leader not in chosen:
            problems["leader"] = "带队人须是本次参加巡逻的人员。"
            return []
    else:
        team_leader = next((people.person_of(row) for row in rows if row.is_leader and row.active), None)
        leader = team_leader if team_leader in chosen else chosen[0]
    return [(person, person == leader) for person in chosen]


def _areas(raw: object, actor: Actor, problems: dict[str, str]) -> list[uuid.UUID]:
    try:
        ids = list(dict.fromkeys(people.as_uuid(value) for value in (raw or [])))  # type: ignore[union-attr]
    except ValueError:
        problems["area_ids"] = "巡逻区域的标识不对。"
        return []
    if ids:
        known = Area.select(Area.id).where((Area.id.in_(ids)) & (Area.station == actor.station_id)).count()
        if known != len(ids):
            problems["area_ids"] = "所选区域已不存在，请重新选择。"
    return ids


def _check(actor: Actor, details: Mapping[str, object], *, existing: Patrol | None, need_end: bool,
           allow_end: bool = True, confirm: bool = False) -> tuple[dict, list[tuple[Person, bool]], list]:
    """Every field checked at once (all messages together), then the 24-hour question."""
    problems: dict[str, str] = {}
    team = _team(details.get("team_id"), problems, for_new_patrol=existing is None)
    local_start = details.get("started_at") or (None if need_end else local_now())
    started = inputs.moment(local_start, "started_at", "开始时间", problems)
    if started is None and "started_at" not in problems:
        problems["started_at"] = "请填写开始时间。"
    ended = inputs.moment(details.get("ended_at"), "ended_at", "结束时间", problems) if allow_end else None
    if need_end and ended is None and "ended_at" not in problems:
        problems["ended_at"] = "请填写结束时间。"
    inputs.check_span(started, ended, problems)
    distance = inputs.distance_m(details.get("distance_km"), problems)
    values = {
        "kind": inputs.kind(details.get("kind"), local_start if isinstance(local_start, datetime) else None,
                            problems),
        "route": clean_text(details.get("route")),
        "weather": inputs.weather(details.get("weather"), problems),
        "temperature_c": inputs.temperature(details.get("temperature_c"), problems),
        "vehicles": clean_text(details.get("vehicles")),
        "distance_m": distance,
        "note": clean_text(details.get("note")),
    }
    problems.update(limits.problems(values, PATROL_LIMITS))
    inputs.check_speed(started, ended, distance, problems)
    areas = _areas(details.get("area_ids"), actor, problems)
    if not areas and not values["route"]:
        problems["area_ids"] = problems.get("area_ids") or "请选择巡逻区域（镇/嘎查/网格），或填写巡逻路线。"
    allowed: set[Person] = set()
    if existing is not None and team is not None and existing.team_id == team.id:
        on_it = PatrolMember.select().where(PatrolMember.patrol == existing.id)
        allowed = {people.person_of(row) for row in on_it}
    present = _people_on_patrol(team, details, allowed, problems) if team is not None else []
    if problems:
        raise ValidationError(problems)
    assert started is not None and team is not None
    inputs.require_confirmed(started, ended, confirm, distance)
    values.update(team=team.id, started_at=started, ended_at=ended)
    return values, present, areas


def _write_links(actor: Actor, patrol_id: uuid.UUID, present: list[tuple[Person, bool]],
                 areas: Sequence[uuid.UUID]) -> None:
    PatrolMember.delete().where(PatrolMember.patrol == patrol_id).execute()
    PatrolArea.delete().where(PatrolArea.patrol == patrol_id).execute()
    for (kind, key), leads in present:
        PatrolMember.create(station=actor.station_id, patrol=patrol_id, is_leader=leads, **{kind: key})
    for position, area_id in enumerate(areas):
        PatrolArea.create(station=actor.station_id, patrol=patrol_id, area=area_id, position=position)


def _audit(actor: Actor, action: str, patrol_id: uuid.UUID, before: Mapping[str, object] | None,
           values: Mapping[str, object], present: list[tuple[Person, bool]] | None = None) -> None:
    after = {key: (str(value) if key == "team" else value) for key, value in values.items()}
    if present is not None:
        after["members"] = len(present)
    audit.record(actor, action, PATROL_ENTITY, patrol_id, before, after)


def start_patrol(actor: Actor, details: Mapping[str, object]) -> PatrolDetail:
    """开始巡逻: a patrol starting now (or at the time given), to be ended later with end_patrol."""
    permissions.require(actor, "patrols.edit")
    with db.transaction():
        values, present, areas = _check(actor, details, existing=None, need_end=False, allow_end=False)
        values.pop("ended_at")
        patrol = Patrol.create(station=actor.station_id, started_by=actor.full_name, **values)
        _write_links(actor, patrol.id, present, areas)
        _audit(actor, "patrol.start", patrol.id, None, values, present)
    return get_patrol(actor, patrol.id)


def end_patrol(actor: Actor, patrol_id: uuid.UUID, expected_version: int, details: Mapping[str, object],
               confirm: bool = False) -> PatrolDetail:
    """结束巡逻: ended_at (default now), distance_km, and optionally weather, temperature_c, note.
    Raises PatrolAlreadyEnded, ValidationError, LongPatrol (unless confirm) or ConflictError."""
    permissions.require(actor, "patrols.edit")
    with db.transaction():
        patrol = _load(patrol_id)
        if patrol.ended_at is not None:
            raise PatrolAlreadyEnded(
                f"这次巡逻已于 {format_local(patrol.ended_at)} 结束（{patrol.ended_by}）。")
        problems: dict[str, str] = {}
        ended = inputs.moment(details.get("ended_at") or local_now(), "ended_at", "结束时间", problems)
        inputs.check_span(patrol.started_at, ended, problems)
        distance = inputs.distance_m(details.get("distance_km"), problems)
        changes: dict[str, object] = {"ended_at": ended, "ended_by": actor.full_name, "distance_m": distance}
        for key, check in (("weather", inputs.weather), ("temperature_c", inputs.temperature)):
            if details.get(key) not in (None, ""):
                changes[key] = check(details.get(key), problems)
        if clean_text(details.get("note")):
            changes["note"] = clean_text(details.get("note"))
        problems.update(limits.problems(changes, PATROL_LIMITS))
        inputs.check_speed(patrol.started_at, ended, distance, problems)
        if problems:
            raise ValidationError(problems)
        assert ended is not None
        inputs.require_confirmed(patrol.started_at, ended, confirm, distance)
        update_versioned(patrol, expected_version, **changes)
        _audit(actor, "patrol.end", patrol.id, {"ended_at": None}, changes)
    return get_patrol(actor, patrol.id)


def log_patrol(actor: Actor, details: Mapping[str, object], confirm: bool = False) -> PatrolDetail:
    """A patrol entered afterwards, with its start and end. Raises ValidationError or LongPatrol."""
    permissions.require(actor, "patrols.edit")
    with db.transaction():
        values, present, areas = _check(actor, details, existing=None, need_end=True, confirm=confirm)
        patrol = Patrol.create(station=actor.station_id, started_by=actor.full_name, ended_by=actor.full_name,
                               entered_afterwards=True, **values)
        _write_links(actor, patrol.id, present, areas)
        _audit(actor, "patrol.log", patrol.id, None, values, present)
    return get_patrol(actor, patrol.id)


def update_patrol(actor: Actor, patrol_id: uuid.UUID, expected_version: int, details: Mapping[str, object],
                  confirm: bool = False) -> PatrolDetail:
    """Correct a patrol (every field; a patrol still under way may stay without an end)."""
    permissions.require(actor, "patrols.edit")
    with db.transaction():
        patrol = _load(patrol_id)
        before = {key: getattr(patrol, key) for key in ("kind", "started_at", "ended_at", "route", "weather",
                                                        "temperature_c", "vehicles", "distance_m", "note")}
        if not permissions.allowed(actor.role, "personal.view_full") and isinstance(details.get("note"), str):
            # The note was shown with its numbers masked: the masks still in it mean the stored numbers.
            details = {**details, "note": restore_masked(patrol.note or "", str(details["note"]))}
        values, present, areas = _check(actor, details, existing=patrol, need_end=patrol.ended_at is not None,
                                        confirm=confirm)
        if patrol.ended_at is None and values["ended_at"] is not None:
            values["ended_by"] = actor.full_name
        update_versioned(patrol, expected_version, **values)
        _write_links(actor, patrol.id, present, areas)
        _audit(actor, "patrol.update", patrol.id, before, values, present)
    return get_patrol(actor, patrol.id)


def _load(patrol_id: uuid.UUID) -> Patrol:
    return record_to_change(Patrol, patrol_id, "找不到这条巡逻记录。")
