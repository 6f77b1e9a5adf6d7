"""Schema 1: stations, settings, accounts and the audit chain (frozen copy of the models)."""

from __future__ import annotations

import uuid

import peewee


def apply(database: peewee.Database) -> None:
    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class SchemaVersion(Frozen):
        id = peewee.IntegerField(primary_key=True)
        version = peewee.IntegerField()
        updated_at = peewee.DateTimeField()

    class Station(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        code = peewee.CharField(max_length=32, unique=True)
        name = peewee.CharField(max_length=100)
        county = peewee.CharField(max_length=100)
        town = peewee.CharField(max_length=100, default="")
        is_home = peewee.BooleanField(default=False)
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=1)

    class Setting(Frozen):
        key = peewee.CharField(max_length=64, primary_key=True)
        value = peewee.TextField()

    class Account(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=1)
        username = peewee.CharField(max_length=32)
        full_name = peewee.CharField(max_length=64)
        role = peewee.CharField(max_length=16)
        police_number = peewee.CharField(max_length=16, default="")
        password_hash = peewee.CharField(max_length=255)
        is_active = peewee.BooleanField(default=True)
        must_change_password = peewee.BooleanField(default=False)
        failed_logins = peewee.IntegerField(default=0)
        locked_until = peewee.DateTimeField(null=True)
        last_login_at = peewee.DateTimeField(null=True)

        class Meta:
            indexes = ((("station", "username"), True),)

    class AuditEntry(Frozen):
        seq = peewee.AutoField()
        at = peewee.DateTimeField(index=True)
        station_id = peewee.UUIDField(null=True)
        user_id = peewee.UUIDField(null=True)
        username = peewee.CharField(max_length=64)
        action = peewee.CharField(max_length=64, index=True)
        entity = peewee.CharField(max_length=64)
        entity_id = peewee.CharField(max_length=64, default="")
        changes = peewee.TextField()
        prev_hash = peewee.CharField(max_length=64)
        hash = peewee.CharField(max_length=64, unique=True)

        class Meta:
            indexes = ((("entity", "entity_id"), False),)

    models = [SchemaVersion, Station, Setting, Account, AuditEntry]
    with database.bind_ctx(models):
        database.create_tables(models)
    _make_audit_append_only(database)


def _make_audit_append_only(database: peewee.Database) -> None:
    if isinstance(database, peewee.SqliteDatabase):
        for event in ("UPDATE", "DELETE"):
            database.execute_sql(
                f"CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON audit_entry "
                "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"
            )
    else:
        database.execute_sql(
            "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'audit entries are append-only'; END; $$ LANGUAGE plpgsql"
        )
        database.execute_sql(
            "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )
