"""Schema 14: each account's own interface language (frozen copy).

`account_preference`: one row per account that chose a language of its own; without a row the
station's default (settings) applies. A preference of this PC's users: it is not a station record,
has no change journal triggers and never travels to the county.
"""

from __future__ import annotations

import peewee


def apply(database: peewee.Database) -> None:
    class AccountPreference(peewee.Model):
        account_id = peewee.UUIDField(primary_key=True)
        language = peewee.CharField(max_length=8)
        updated_at = peewee.DateTimeField()

        class Meta:
            legacy_table_names = False

    with database.bind_ctx([AccountPreference]):
        database.create_tables([AccountPreference])
