"""Patrol teams and their members, patrols with the people and places on them, and findings.

A member is either an account (民警/辅警) or a resident (a volunteer, 义警). A patrol records who was
present by person (account or resident), so figures per person add up across teams.
"""

from __future__ import annotations

import uuid

import peewee

from station_app.accounts.models import Account
from station_app.core.models import StationRecord
from station_app.mediation.models import DisputeCase
from station_app.residents.models import Area, Resident


class PatrolTeam(StationRecord):
    name = peewee.CharField(max_length=100)
    kind = peewee.CharField(max_length=16)
    active = peewee.BooleanField(default=True)
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("station", "name"), True),)


class TeamMember(StationRecord):
    team = peewee.ForeignKeyField(PatrolTeam, column_name="team_id", on_delete="CASCADE")
    team_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    account = peewee.ForeignKeyField(Account, null=True, column_name="account_id", on_delete="RESTRICT")
    account_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    resident = peewee.ForeignKeyField(Resident, null=True, column_name="resident_id", on_delete="RESTRICT")
    resident_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    is_leader = peewee.BooleanField(default=False)
    active = peewee.BooleanField(default=True)

    class Meta:
        table_name = "patrol_team_member"


class Patrol(StationRecord):
    team = peewee.ForeignKeyField(PatrolTeam, column_name="team_id", on_delete="RESTRICT")
    team_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    kind = peewee.CharField(max_length=16)
    started_at = peewee.DateTimeField(index=True)
    ended_at = peewee.DateTimeField(null=True, index=True)
    route = peewee.TextField(default="")
    weather = peewee.CharField(max_length=64, default="")  # words joined with "|"
    temperature_c = peewee.IntegerField(null=True)
    vehicles = peewee.CharField(max_length=200, default="")
    distance_m = peewee.IntegerField(null=True)  # metres: sums stay exact
    note = peewee.TextField(default="")
    started_by = peewee.CharField(max_length=64, default="")
    ended_by = peewee.CharField(max_length=64, default="")
    entered_afterwards = peewee.BooleanField(default=False)


class PatrolMember(StationRecord):
    patrol = peewee.ForeignKeyField(Patrol, column_name="patrol_id", on_delete="CASCADE")
    patrol_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    account = peewee.ForeignKeyField(Account, null=True, column_name="account_id", on_delete="RESTRICT")
    account_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    resident = peewee.ForeignKeyField(Resident, null=True, column_name="resident_id", on_delete="RESTRICT")
    resident_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    is_leader = peewee.BooleanField(default=False)


class PatrolArea(StationRecord):
    patrol = peewee.ForeignKeyField(Patrol, column_name="patrol_id", on_delete="CASCADE")
    patrol_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    area = peewee.ForeignKeyField(Area, column_name="area_id", on_delete="RESTRICT")
    area_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    position = peewee.IntegerField(default=0)


class PatrolFinding(StationRecord):
    patrol = peewee.ForeignKeyField(Patrol, column_name="patrol_id", on_delete="CASCADE")
    patrol_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    kind = peewee.CharField(max_length=16)
    found_at = peewee.DateTimeField()
    place_area = peewee.ForeignKeyField(Area, null=True, column_name="place_area_id", on_delete="SET NULL")
    place_area_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    place_text = peewee.CharField(max_length=200, default="")
    description = peewee.TextField()
    handling = peewee.TextField(default="")
    people_helped = peewee.IntegerField(default=0)
    case = peewee.ForeignKeyField(
        DisputeCase, null=True, column_name="case_id", on_delete="SET NULL", index=True
    )
    case_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    recorded_by = peewee.CharField(max_length=64, default="")
