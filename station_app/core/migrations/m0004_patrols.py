"""Schema 4: patrol teams and members, patrols with their people and places, findings
(frozen copy of the models)."""

from __future__ import annotations

import uuid

import peewee


def apply(database: peewee.Database) -> None:
    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Station(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Account(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Area(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Resident(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class DisputeCase(Frozen):
        id = peewee.UUIDField(primary_key=True)

    class Record(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=1)

    class PatrolTeam(Record):
        name = peewee.CharField(max_length=100)
        kind = peewee.CharField(max_length=16)
        active = peewee.BooleanField(default=True)
        note = peewee.TextField(default="")

        class Meta:
            indexes = ((("station", "name"), True),)

    class TeamMember(Record):
        team = peewee.ForeignKeyField(PatrolTeam, column_name="team_id", on_delete="CASCADE")
        account = peewee.ForeignKeyField(Account, null=True, column_name="account_id", on_delete="RESTRICT")
        resident = peewee.ForeignKeyField(
            Resident, null=True, column_name="resident_id", on_delete="RESTRICT"
        )
        is_leader = peewee.BooleanField(default=False)
        active = peewee.BooleanField(default=True)

        class Meta:
            table_name = "patrol_team_member"

    class Patrol(Record):
        team = peewee.ForeignKeyField(PatrolTeam, column_name="team_id", on_delete="RESTRICT")
        kind = peewee.CharField(max_length=16)
        started_at = peewee.DateTimeField(index=True)
        ended_at = peewee.DateTimeField(null=True, index=True)
        route = peewee.TextField(default="")
        weather = peewee.CharField(max_length=64, default="")
        temperature_c = peewee.IntegerField(null=True)
        vehicles = peewee.CharField(max_length=200, default="")
        distance_m = peewee.IntegerField(null=True)
        note = peewee.TextField(default="")
        started_by = peewee.CharField(max_length=64, default="")
        ended_by = peewee.CharField(max_length=64, default="")
        entered_afterwards = peewee.BooleanField(default=False)

    class PatrolMember(Record):
        patrol = peewee.ForeignKeyField(Patrol, column_name="patrol_id", on_delete="CASCADE")
        account = peewee.ForeignKeyField(Account, null=True, column_name="account_id", on_delete="RESTRICT")
        resident = peewee.ForeignKeyField(
            Resident, null=True, column_name="resident_id", on_delete="RESTRICT"
        )
        is_leader = peewee.BooleanField(default=False)

    class PatrolArea(Record):
        patrol = peewee.ForeignKeyField(Patrol, column_name="patrol_id", on_delete="CASCADE")
        area = peewee.ForeignKeyField(Area, column_name="area_id", on_delete="RESTRICT")
        position = peewee.IntegerField(default=0)

    class PatrolFinding(Record):
        patrol = peewee.ForeignKeyField(Patrol, column_name="patrol_id", on_delete="CASCADE")
        kind = peewee.CharField(max_length=16)
        found_at = peewee.DateTimeField()
        place_area = peewee.ForeignKeyField(
            Area, null=True, column_name="place_area_id", on_delete="SET NULL"
        )
        place_text = peewee.CharField(max_length=200, default="")
        description = peewee.TextField()
        handling = peewee.TextField(default="")
        people_helped = peewee.IntegerField(default=0)
        case = peewee.ForeignKeyField(
            DisputeCase, null=True, column_name="case_id", on_delete="SET NULL", index=True
        )
        recorded_by = peewee.CharField(max_length=64, default="")

    models = [PatrolTeam, TeamMember, Patrol, PatrolMember, PatrolArea, PatrolFinding]
    with database.bind_ctx([Station, Account, Area, Resident, DisputeCase, *models]):
        database.create_tables(models)
