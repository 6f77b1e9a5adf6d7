"""Links from visits to residents, moved when two duplicate resident records are merged."""

from __future__ import annotations

import uuid

from station_app.residents.service import next_version, register_resident_reference
from station_app.visits.models import VisitFinding, VisitResident


def move_resident(from_id: uuid.UUID, to_id: uuid.UUID) -> int:
    """Re-point visits and findings from a duplicate to the surviving record; rows moved.

    A visit that already lists the survivor keeps one row for them (the duplicate's row goes).
    """
    already = VisitResident.select(VisitResident.visit).where(VisitResident.resident == to_id)
    dropped = VisitResident.delete().where(
        (VisitResident.resident == from_id) & VisitResident.visit.in_(already)).execute()
    moved = (VisitResident.update({VisitResident.resident: to_id, **next_version(VisitResident)})
             .where(VisitResident.resident == from_id).execute())
    moved += (VisitFinding.update({VisitFinding.resident: to_id, **next_version(VisitFinding)})
              .where(VisitFinding.resident == from_id).execute())
    return moved + dropped


register_resident_reference(move_resident)
