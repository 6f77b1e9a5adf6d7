"""Areas and residents. `name_keys` holds the pinyin sort and search keys computed at write time
(residents/pinyin.py); the search index is derived from it by triggers (migration 10)."""

from __future__ import annotations

import uuid

import peewee

from station_app.accounts.models import Account
from station_app.core.models import StationRecord

AREA_KINDS = {"town": "镇/苏木", "village": "村/嘎查/社区", "grid": "网格"}
CHILD_KIND = {None: "town", "town": "village", "village": "grid"}


class Area(StationRecord):
    kind = peewee.CharField(max_length=16)
    name = peewee.CharField(max_length=100)
    code = peewee.CharField(max_length=32, default="")
    parent = peewee.ForeignKeyField(
        "self", null=True, column_name="parent_id", on_delete="RESTRICT", backref="children"
    )
    parent_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)

    class Meta:
        indexes = ((("station", "parent", "name"), True),)


class Resident(StationRecord):
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
    grid_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    building = peewee.CharField(max_length=32, default="")
    unit = peewee.CharField(max_length=32, default="")
    relation_to_head = peewee.CharField(max_length=16, default="")
    tags = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    merged_into = peewee.ForeignKeyField(
        "self", null=True, column_name="merged_into_id", on_delete="SET NULL"
    )
    merged_into_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)

    class Meta:
        indexes = (
            (("station", "id_number"), True),
            (("station", "name"), False),
            (("station", "name", "birth_date"), False),
            # Search reads the index tables of migration 10 (residents/search.py), not this table.
        )


GRID_ROLES = {"grid_worker": "网格员", "building_head": "楼栋长", "unit_head": "单元长"}


class GridRole(StationRecord):
    """一员两长: the grid worker and the building/unit heads, each a resident or an account."""

    grid = peewee.ForeignKeyField(Area, column_name="grid_id", on_delete="CASCADE")
    grid_id: uuid.UUID  # the key itself (peewee adds it; typed for mypy)
    role = peewee.CharField(max_length=16)
    resident = peewee.ForeignKeyField(Resident, null=True, column_name="resident_id", on_delete="CASCADE")
    resident_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    account = peewee.ForeignKeyField(Account, null=True, column_name="account_id", on_delete="CASCADE")
    account_id: uuid.UUID | None  # the key itself (peewee adds it; typed for mypy)
    building = peewee.CharField(max_length=32, default="")
    unit = peewee.CharField(max_length=32, default="")
