"""The restitution figures of a period, for the weekly report (周报)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import peewee

from station_app.core.clock import to_local
from station_app.restitution.models import (
    RestitutionCase,
    RestitutionRecovery,
    RestitutionReturn,
    RestitutionVictim,
)
from station_app.restitution.views import RestitutionFigures


def _first_day(moment: datetime) -> date:
    """The first local calendar day starting at or after `moment` (a boundary at local midnight is
    that day itself)."""
    local = to_local(moment)
    assert local is not None
    day = local.date()
    at_midnight = (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)
    return day if at_midnight else day + timedelta(days=1)


def restitution_figures(station_id: uuid.UUID, start_utc: datetime, end_utc: datetime) -> RestitutionFigures:
    """Money recovered and returned in [start_utc, end_utc) and what is still owed at its end, in fen.

    Recoveries and returns are dated by calendar day at the station; a day counts when it starts
    inside the period (periods are meant to run from local midnight, e.g. an ISO week). Owed =
    the losses of every case registered before the end less every return made before it; returns
    still pending on a planned event are not counted as returned. No permission check: the report
    service that calls this checks its own.
    """
    first, end = _first_day(start_utc), _first_day(end_utc)

    def total(model: type[peewee.Model], amount: peewee.Field, where: peewee.Expression) -> tuple[int, int]:
        row = model.select(peewee.fn.COALESCE(peewee.fn.SUM(amount), 0), peewee.fn.COUNT(model.id)).where(
            (model.station == station_id) & where).tuples().first()
        return int(row[0]), int(row[1])

    on = RestitutionRecovery.recovered_on
    recovered, recoveries = total(RestitutionRecovery, RestitutionRecovery.amount, (on >= first) & (on < end))
    returned_state = RestitutionReturn.state == "returned"
    day = RestitutionReturn.returned_on
    returned, returns = total(RestitutionReturn, RestitutionReturn.amount,
                              returned_state & (day >= first) & (day < end))
    registered = RestitutionCase.select(RestitutionCase.id).where(RestitutionCase.registered_at < end_utc)
    lost, _victims = total(RestitutionVictim, RestitutionVictim.amount_lost,
                           RestitutionVictim.case.in_(registered))
    returned_by_end, _count = total(RestitutionReturn, RestitutionReturn.amount,
                                    returned_state & (day < end) & RestitutionReturn.case.in_(registered))
    return RestitutionFigures(recovered=recovered, returned=returned, owed=max(lost - returned_by_end, 0),
                              recoveries=recoveries, returns=returns)
