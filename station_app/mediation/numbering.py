"""Case and agreement numbers: unique per station, kind and year, safe with several PCs at once.

The counter row is incremented inside the caller's transaction: SQLite's write lock or
PostgreSQL's row lock makes the second PC wait for the first, and the unique index on
(station, year, sequence) is the last guard.
"""

from __future__ import annotations

import uuid

from station_app.core.models import Station
from station_app.mediation.models import NumberCounter
from station_app.settings.service import format_number, load_settings


def next_sequence(station_id: uuid.UUID, kind: str, year: int) -> int:
    """Take the next number of `kind` for the year. Call inside the writing transaction."""
    NumberCounter.insert(station=station_id, kind=kind, year=year, last=0).on_conflict_ignore().execute()
    where = (
        (NumberCounter.station == station_id) & (NumberCounter.kind == kind) & (NumberCounter.year == year)
    )
    NumberCounter.update(last=NumberCounter.last + 1).where(where).execute()
    return NumberCounter.get(where).last


def formatted(kind: str, station_id: uuid.UUID, year: int, sequence: int) -> str:
    """The human number for `kind` ("case", "police", "people") from the format settings."""
    settings = load_settings()
    template = {
        "case": settings.case_number_format,
        "police": settings.police_agreement_number_format,
        "people": settings.people_agreement_number_format,
    }[kind]
    station = Station.get_by_id(station_id)
    return format_number(template, station=station.name, county=station.county, year=year, seq=sequence)
