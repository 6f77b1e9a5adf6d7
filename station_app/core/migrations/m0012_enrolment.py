"""Schema 11: trust by key between a station and its county, and the county's copy of each
station's audit history (frozen copy).

- `exchange_identity`: this database's own public keys (Ed25519 to sign, X25519 to be written
  to) and their fingerprint. The private keys are in a file beside the database, wrapped by a key
  kept in `setting`: the database alone or the file alone gives nothing away.
- `exchange_partner`: at the county, each enrolled station (revocable); at a station, its county.
- `station_audit`: at the county, each station's audit entries as its bundles carried them.
- SQLite `audit_entry.seq` becomes AUTOINCREMENT: numbers of deleted entries are never given out
  again, so dropping the last entries of the chain cannot be papered over by new ones.
"""

from __future__ import annotations

import uuid

import peewee


def apply(database: peewee.Database) -> None:
    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class ExchangeIdentity(Frozen):
        station_id = peewee.UUIDField(primary_key=True)
        sign_public = peewee.CharField(max_length=64)
        box_public = peewee.CharField(max_length=64)
        fingerprint = peewee.CharField(max_length=64)
        created_at = peewee.DateTimeField()

    class ExchangePartner(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        role = peewee.CharField(max_length=8)
        station_id = peewee.UUIDField(index=True)
        code = peewee.CharField(max_length=32)
        name = peewee.CharField(max_length=100)
        county = peewee.CharField(max_length=100, default="")
        sign_public = peewee.CharField(max_length=64)
        box_public = peewee.CharField(max_length=64)
        fingerprint = peewee.CharField(max_length=64)
        enrolled_at = peewee.DateTimeField()
        enrolled_by = peewee.CharField(max_length=64)
        revoked_at = peewee.DateTimeField(null=True)
        revoked_by = peewee.CharField(max_length=64, default="")

    class StationAudit(Frozen):
        station_id = peewee.UUIDField()
        seq = peewee.BigIntegerField()
        at = peewee.CharField(max_length=32)
        user_id = peewee.CharField(max_length=40, null=True)
        username = peewee.CharField(max_length=64)
        action = peewee.CharField(max_length=64)
        entity = peewee.CharField(max_length=64)
        entity_id = peewee.CharField(max_length=64)
        changes = peewee.TextField()
        prev_hash = peewee.CharField(max_length=64)
        hash = peewee.CharField(max_length=64)

        class Meta:
            primary_key = peewee.CompositeKey("station_id", "seq")

    models = [ExchangeIdentity, ExchangePartner, StationAudit]
    with database.bind_ctx(models):
        database.create_tables(models)
    if isinstance(database, peewee.SqliteDatabase):
        _audit_seq_autoincrement(database)


def _audit_seq_autoincrement(database: peewee.SqliteDatabase) -> None:
    """Rebuild audit_entry with an AUTOINCREMENT key (SQLite has no ALTER for it), keeping every
    row, its indexes and its append-only triggers."""
    database.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
    database.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    database.execute_sql('ALTER TABLE "audit_entry" RENAME TO "audit_entry_before_11"')
    for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_entry_before_11' "
            "AND sql IS NOT NULL").fetchall():
        database.execute_sql(f'DROP INDEX "{name}"')
    database.execute_sql(
        'CREATE TABLE "audit_entry" ("seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
        '"at" DATETIME NOT NULL, "station_id" TEXT, "user_id" TEXT, '
        '"username" VARCHAR(64) NOT NULL, "action" VARCHAR(64) NOT NULL, "entity" VARCHAR(64) NOT NULL, '
        '"entity_id" VARCHAR(64) NOT NULL, "changes" TEXT NOT NULL, "prev_hash" VARCHAR(64) NOT NULL, '
        '"hash" VARCHAR(64) NOT NULL)')
    database.execute_sql('INSERT INTO "audit_entry" SELECT "seq", "at", "station_id", "user_id", "username", '
                         '"action", "entity", "entity_id", "changes", "prev_hash", "hash" '
                         'FROM "audit_entry_before_11" ORDER BY "seq"')
    database.execute_sql('DROP TABLE "audit_entry_before_11"')
    database.execute_sql('CREATE UNIQUE INDEX "audit_entry_hash" ON "audit_entry" ("hash")')
    database.execute_sql('CREATE INDEX "audit_entry_at" ON "audit_entry" ("at")')
    database.execute_sql('CREATE INDEX "audit_entry_action" ON "audit_entry" ("action")')
    database.execute_sql('CREATE INDEX "audit_entry_entity_entity_id" ON "audit_entry" '
                         '("entity", "entity_id")')
    for event in ("UPDATE", "DELETE"):
        database.execute_sql(
            f"CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"
        )
