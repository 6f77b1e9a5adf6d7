"""Schema 9: for each record received in a bundle, the copy last received (frozen copy).

Whether "both sides changed since the last exchange" is then a comparison with that copy, not a
guess from versions and clocks.
"""

from __future__ import annotations

import peewee


def apply(database: peewee.Database) -> None:
    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class BundleBase(Frozen):
        table_name = peewee.CharField(max_length=64)
        record_id = peewee.CharField(max_length=64)
        sha256 = peewee.CharField(max_length=64)
        version = peewee.IntegerField()
        received_at = peewee.DateTimeField()

        class Meta:
            primary_key = peewee.CompositeKey("table_name", "record_id")

    with database.bind_ctx([BundleBase]):
        database.create_tables([BundleBase])
