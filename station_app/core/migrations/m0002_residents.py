"""Schema 2: areas (town / village / grid), residents, grid roles (frozen copy of the models)."""

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

    class Record(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=1)

    class Area(Record):
        kind = peewee.CharField(max_length=16)
        name = peewee.CharField(max_length=100)
        code = peewee.CharField(max_length=32, default="")
        parent = peewee.ForeignKeyField("self", null=True, column_name="parent_id",
                                        on_delete="RESTRICT")

        class Meta:
            indexes = ((("station", "parent", "name"), True),)

    class Resident(Record):
        name = peewee.CharField(max_length=100)
        name_keys = peewee.TextField(default="")
        gender = peewee.CharField(max_length=4, default="")
        ethnicity = peewee.CharField(max_length=16, default="")
        id_number = peewee.CharField(max_length=18, null=True)
        id_number_reversed = peewee.CharField(max_length=18, null=True, index=True)
        birth_date = peewee.DateField(null=True)
        phone = peewee.CharField(max_length=32, default="")
        phone_reversed = peewee.CharField(max_length=32, default="", index=True)
        household = peewee.CharField(max_length=100, default="")
        address = peewee.CharField(max_length=200, default="")
        grid = peewee.ForeignKeyField(Area, null=True, column_name="grid_id", on_delete="SET NULL")
        building = peewee.CharField(max_length=32, default="")
        unit = peewee.CharField(max_length=32, default="")
        relation_to_head = peewee.CharField(max_length=16, default="")
        tags = peewee.TextField(default="")
        notes = peewee.TextField(default="")
        merged_into = peewee.ForeignKeyField("self", null=True, column_name="merged_into_id",
                                             on_delete="SET NULL")

        class Meta:
            indexes = (
                (("station", "id_number"), True),
                (("station", "name"), False),
                (("station", "name", "birth_date"), False),
                # Covering index for search-as-you-type: a LIKE scan of it reads ~10 MB at 100k
                # residents instead of the whole table (15 ms instead of 28 ms).
                (("name", "name_keys", "station", "merged_into", "id"), False),
            )

    class GridRole(Record):
        grid = peewee.ForeignKeyField(Area, column_name="grid_id", on_delete="CASCADE")
        role = peewee.CharField(max_length=16)
        resident = peewee.ForeignKeyField(Resident, null=True, column_name="resident_id",
                                          on_delete="CASCADE")
        account = peewee.ForeignKeyField(Account, null=True, column_name="account_id",
                                         on_delete="CASCADE")
        building = peewee.CharField(max_length=32, default="")
        unit = peewee.CharField(max_length=32, default="")

    models = [Area, Resident, GridRole]
    with database.bind_ctx([Station, Account, *models]):
        database.create_tables(models)
