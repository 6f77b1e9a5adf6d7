"""When a step happened, as the officer entered it: a warning sent, a receipt, a session. Never
later than now (a few minutes' grace for a clock that is ahead), never before what it follows (the
dispute reported, the warning sent): such a time is a slip of the keyboard, and the timeline and
the printed documents would carry it."""

from __future__ import annotations

from datetime import datetime, timedelta

from station_app.core.clock import format_local, from_local, local_now, utcnow
from station_app.core.errors import ValidationError

GRACE = timedelta(minutes=10)


def happened_at(value: datetime | None, field: str, late: str, early: str,
                after: datetime | None) -> datetime:
    """`value` (local, naive; None: now) as naive UTC. `late` is the refusal of a time after now,
    `early` ("…（{time}）。") that of a time before `after` (naive UTC)."""
    if value is None:
        return utcnow()
    if value > local_now() + GRACE:
        raise ValidationError.single(field, late)
    moment = from_local(value)
    # minutes, as the forms show them: a session typed at the minute it was reported is not early
    if after is not None and moment < after.replace(second=0, microsecond=0):
        raise ValidationError.single(field, early.replace("{time}", format_local(after)))
    return moment
