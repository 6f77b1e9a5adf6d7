"""Which stations' records a read covers, and the one rule for writing them.

A station's database holds its own records. The county bureau's database also holds the records
of every station whose bundle it imported: the county looks behind its figures at them, read-only.
Read services take `stations` (ids; empty means the actor's own station, as at a station's PC);
every write service calls `require_home_record` before it changes an existing record.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from station_app.core.actor import Actor
from station_app.core.errors import NotFound, OtherStationRecord
from station_app.core.models import Station, StationRecord


@dataclass(frozen=True)
class StationChoice:
    id: uuid.UUID
    code: str
    name: str
    is_home: bool


def stations_here() -> list[StationChoice]:
    """Every station this database holds records of: its home station first, then by code."""
    rows = Station.select(Station.id, Station.code, Station.name, Station.is_home).order_by(Station.code)
    choices = [StationChoice(row.id, row.code, row.name, bool(row.is_home)) for row in rows]
    return sorted(choices, key=lambda choice: not choice.is_home)


def holds_other_stations() -> bool:
    """True at a county bureau (or wherever another station's bundle was imported)."""
    return Station.select().where(Station.is_home == False).exists()  # noqa: E712 (peewee expression)


def scope(actor: Actor, stations: Sequence[uuid.UUID] = ()) -> list[uuid.UUID]:
    """The station ids a read covers: `stations`, or the actor's own when none are named."""
    wanted = [station for station in stations if station is not None]
    if wanted:
        return list(dict.fromkeys(wanted))
    return [actor.station_id] if actor.station_id is not None else []


def all_stations() -> list[uuid.UUID]:
    """Every station of this database (the county's 全部单位)."""
    return [choice.id for choice in stations_here()]


def station_ids_for_codes(codes: Sequence[str]) -> list[uuid.UUID]:
    """The ids of stations named by code (`--station 152222-GLB`); "all" means every station.
    Raises NotFound naming the codes this database knows."""
    choices = stations_here()
    if any(code.strip().lower() == "all" for code in codes):
        return [choice.id for choice in choices]
    by_code = {choice.code.lower(): choice.id for choice in choices}
    unknown = [code for code in codes if code.strip().lower() not in by_code]
    if unknown:
        known = "、".join(choice.code for choice in choices)
        raise NotFound(f"本库没有单位代码“{'、'.join(unknown)}”。本库的单位：{known}。")
    return [by_code[code.strip().lower()] for code in codes]


def home_station_id() -> uuid.UUID | None:
    row = Station.select(Station.id).where(Station.is_home == True).first()  # noqa: E712
    return row.id if row else None


def require_home_record(record: StationRecord) -> None:
    """Refuse to change a record another station keeps (one message for every ledger)."""
    station_id = record.station_id
    if station_id == home_station_id():
        return
    station = Station.get_or_none(Station.id == station_id)
    name = station.name if station else "其他单位"
    raise OtherStationRecord(
        f"这是{name}的记录（由该单位报送的数据包汇总而来），本库只能查看，不能修改、办理或打印给当事人签字。"
        f"如需更正，请{name}在本所修改后重新报送。")


Record = TypeVar("Record", bound=StationRecord)


def record_in_scope(actor: Actor, model: type[Record], record_id: object, stations: Sequence[uuid.UUID],
                    missing: str) -> Record:
    """The record to read, if it belongs to one of `stations` (the actor's own by default);
    NotFound(`missing`) otherwise."""
    record = model.get_or_none(model.id == record_id)
    if record is None or (actor.station_id is not None and record.station_id not in scope(actor, stations)):
        raise NotFound(missing)
    return record


def record_to_change(model: type[Record], record_id: object, missing: str) -> Record:
    """The record a write is about to change: NotFound(`missing`) if it is gone,
    OtherStationRecord if another station keeps it."""
    record = model.get_or_none(model.id == record_id)
    if record is None:
        raise NotFound(missing)
    require_home_record(record)
    return record
