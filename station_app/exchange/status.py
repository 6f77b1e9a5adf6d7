"""报送情况: who has sent what. At a station: how much waits to be delivered. At the county: per
station the last bundle applied, up to which change and time, the weeks it was exported for, the
weeks without a bundle, and stations known here but never heard from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.core.clock import local_today, to_local
from station_app.core.db import tuples
from station_app.core.models import Station
from station_app.exchange import journal
from station_app.exchange.models import ExchangePeer, ReceivedBundle
from station_app.patrols.weeks import week_label


@dataclass(frozen=True)
class LocalStatus:
    """This database's own journal: what the next export will carry."""

    station_code: str
    station_name: str
    last_change: int
    delivered_through: int | None  # None: nothing delivered yet, the next export is full
    undelivered: int  # records changed since (all records when nothing was delivered)
    last_export_at: datetime | None
    last_export_period: str


@dataclass(frozen=True)
class PeerStatus:
    """At the county: one station."""

    station_id: uuid.UUID
    code: str
    name: str
    last_change: int | None  # None: no bundle of this release applied yet
    covered_until: datetime | None  # the station's data is here as it stood at this time
    last_received_at: datetime | None
    last_period: str
    weeks_received: list[str] = field(default_factory=list)
    weeks_missing: list[str] = field(default_factory=list)  # complete weeks since the first bundle

    @property
    def never_heard_from(self) -> bool:
        return self.last_change is None


@dataclass(frozen=True)
class ExchangeStatus:
    local: LocalStatus | None
    peers: list[PeerStatus]


def exchange_status(actor: Actor) -> ExchangeStatus:
    permissions.require(actor, "disputes.view")
    home = Station.get_or_none(Station.is_home == True)  # noqa: E712 (peewee expression)
    return ExchangeStatus(_local(home) if home else None, peer_statuses(home.id if home else None))


def _local(home: Station) -> LocalStatus | None:
    position = journal.position(home.id)
    if position is None:
        return None
    delivered = journal.delivered_through(home.id, position.epoch)
    past = journal.past_exports(home.id, position.epoch, limit=1)
    return LocalStatus(home.code, home.name, position.last_seq, delivered,
                       journal.undelivered_count(home.id, position.epoch, delivered),
                       past[0].verified_at if past else None, past[0].period_key if past else "")


def peer_statuses(home_id: uuid.UUID | None, today: date | None = None) -> list[PeerStatus]:
    """Every station of this database but its own, by code."""
    today = today or local_today()
    peers = {peer.station_id: peer for peer in ExchangePeer.select()}
    received: dict[uuid.UUID, list[str]] = {}
    bundles = (ReceivedBundle.select(ReceivedBundle.station, ReceivedBundle.period_key)
               .order_by(ReceivedBundle.received_at))
    for station_id, period_key in tuples(bundles):
        if period_key:
            received.setdefault(station_id, []).append(period_key)
    statuses = []
    for station in Station.select().where(Station.id != home_id).order_by(Station.code) if home_id else \
            Station.select().order_by(Station.code):
        peer = peers.get(station.id)
        weeks = list(dict.fromkeys(received.get(station.id, [])))
        statuses.append(PeerStatus(
            station.id, station.code, station.name, int(peer.last_seq) if peer else None,
            peer.covered_until if peer else None, peer.last_received_at if peer else None,
            weeks[-1] if weeks else "", weeks,
            _missing_weeks(peer.first_received_at, weeks, today) if peer else []))
    return statuses


def _missing_weeks(first: datetime, weeks: list[str], today: date) -> list[str]:
    """Complete ISO weeks from the one of the first bundle to last week that no bundle was made for."""
    local = to_local(first)
    assert local is not None
    day = local.date()
    day -= timedelta(days=day.weekday())
    this_week = today - timedelta(days=today.weekday())
    have = set(weeks)
    missing = []
    while day < this_week:
        key = week_label(day)
        if key not in have:
            missing.append(key)
        day += timedelta(days=7)
    return missing


def coverage(station_ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime | None]:
    """Up to when each station's data is here: None for a station that never sent a bundle of
    this release. The database's own station is always up to date (not listed)."""
    peers = {peer.station_id: peer.covered_until for peer in
             ExchangePeer.select().where(ExchangePeer.station.in_(station_ids))}
    return {station_id: peers.get(station_id) for station_id in station_ids}
