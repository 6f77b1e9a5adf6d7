"""Schema 10: the change journal that decides what travels to the county (frozen copy).

- `journal_state`: one row for the station whose writes are journalled (the database's home
  station): its journal's identity (`epoch`, renewed when the journal starts again, e.g. after a
  restore) and, on PostgreSQL, the counter that gives out change numbers.
- `change_journal`: appended to by database triggers on every station table, in the same
  transaction as the write, whatever code path wrote: the change's number (`seq`), the table, the
  record's id and whether the change deleted it (a tombstone). A record's latest entry decides
  what travels; entries superseded by a later one are removed once delivered.
- `bundle_export`: at a station, each verified export (which change numbers it carried).
- `exchange_peer` / `received_bundle`: at the county, per station the last change applied and
  every bundle received.

Existing databases start their journal here with a fresh epoch and no entries: their first export
is full, so nothing written before this release is lost.
"""

from __future__ import annotations

import uuid

import peewee

from station_app.core.clock import utcnow

# Every station table at schema 10. A later migration that adds one must add its triggers too
# (tests/unit/exchange/test_journal.py checks every StationRecord table has them).
JOURNALLED_TABLES = (
    "account", "area", "attachment", "patrol_team", "restitution_case", "dispute_case",
    "outreach_event", "patrol", "resident", "restitution_event", "restitution_recovery", "visit",
    "agreement", "case_party", "case_plan", "early_warning", "follow_up", "grid_role",
    "hotline_order", "mediation_session", "patrol_area", "patrol_finding", "patrol_member",
    "patrol_team_member", "restitution_victim", "risk_assessment", "visit_finding",
    "visit_resident", "hotline_event", "restitution_return",
)


def apply(database: peewee.Database) -> None:
    class Frozen(peewee.Model):
        class Meta:
            legacy_table_names = False

    class Station(Frozen):
        id = peewee.UUIDField(primary_key=True)
        is_home = peewee.BooleanField()

    class JournalState(Frozen):
        station_id = peewee.UUIDField(primary_key=True)
        epoch = peewee.CharField(max_length=32)
        last_seq = peewee.BigIntegerField(default=0)
        started_at = peewee.DateTimeField()

    class ChangeEntry(Frozen):
        # SQLite: an alias of the rowid, so each entry is appended at the end of the table.
        seq = peewee.BigIntegerField(primary_key=True)
        table_name = peewee.CharField(max_length=64)
        record_id = peewee.UUIDField()
        deleted = peewee.BooleanField(default=False)

        class Meta:
            table_name = "change_journal"

    class BundleExport(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station_id = peewee.UUIDField()
        epoch = peewee.CharField(max_length=32)
        from_seq = peewee.BigIntegerField()
        to_seq = peewee.BigIntegerField()
        full = peewee.BooleanField()
        period_key = peewee.CharField(max_length=16)
        created_at = peewee.DateTimeField()
        verified_at = peewee.DateTimeField()
        created_by = peewee.CharField(max_length=64)
        folder = peewee.CharField(max_length=1000, default="")
        bundle_sha256 = peewee.CharField(max_length=64)
        changes = peewee.IntegerField()
        audit_seq = peewee.BigIntegerField(default=0)

        class Meta:
            indexes = ((("station_id", "epoch", "to_seq"), False),)

    class ExchangePeer(Frozen):
        station = peewee.ForeignKeyField(Station, primary_key=True, column_name="station_id",
                                         on_delete="RESTRICT")
        epoch = peewee.CharField(max_length=32)
        last_seq = peewee.BigIntegerField()
        covered_until = peewee.DateTimeField()
        first_received_at = peewee.DateTimeField()
        last_received_at = peewee.DateTimeField()

    class ReceivedBundle(Frozen):
        id = peewee.UUIDField(primary_key=True, default=uuid.uuid4)
        station = peewee.ForeignKeyField(Station, column_name="station_id", on_delete="RESTRICT")
        epoch = peewee.CharField(max_length=32)
        from_seq = peewee.BigIntegerField()
        to_seq = peewee.BigIntegerField()
        full = peewee.BooleanField()
        period_key = peewee.CharField(max_length=16)
        created_at = peewee.DateTimeField()
        received_at = peewee.DateTimeField()
        received_by = peewee.CharField(max_length=64)
        outcome = peewee.CharField(max_length=16)
        counts = peewee.TextField(default="{}")
        file_sha256 = peewee.CharField(max_length=64)

        class Meta:
            indexes = ((("station", "received_at"), False),)

    models = [JournalState, ChangeEntry, BundleExport, ExchangePeer, ReceivedBundle]
    with database.bind_ctx([Station, *models]):
        database.create_tables(models)
        if isinstance(database, peewee.SqliteDatabase):  # INTEGER PRIMARY KEY: the rowid itself
            database.execute_sql('DROP TABLE "change_journal"')
            database.execute_sql('CREATE TABLE "change_journal" ("seq" INTEGER NOT NULL PRIMARY KEY, '
                                 '"table_name" VARCHAR(64) NOT NULL, "record_id" VARCHAR(40) NOT NULL, '
                                 '"deleted" INTEGER NOT NULL)')
        home = Station.get_or_none(Station.is_home == True)  # noqa: E712 (peewee expression)
        if home is not None:
            JournalState.create(station_id=home.id, epoch=uuid.uuid4().hex, last_seq=0,
                                started_at=utcnow())
            create_journal_triggers(database, JOURNALLED_TABLES, home.id)


# Tables where an update that leaves `version` alone is bookkeeping, not a change for the county:
# a login writes the account's last-login time and failed-login count without an edit's version.
VERSIONED_UPDATES_ONLY = frozenset({"account"})


def create_journal_triggers(database: peewee.Database, tables: tuple[str, ...], home_id: uuid.UUID) -> None:
    """After every insert, update and delete on `tables`, append the change to `change_journal` —
    for records of the home station only (at the county, the stations' records it applies are
    not journalled again). Called when the journal starts (this migration, or the first start of
    a new database); a later migration that adds a station table adds its triggers the same way.

    SQLite: the station's id is written into the trigger (a comparison per row, no lookup) and the
    number is the next rowid (one writer at a time). PostgreSQL: numbers come from the counter
    row in `journal_state`, which stays locked until the writing transaction commits, so they are
    given out in commit order: an export never skips a number that commits later.
    """
    if isinstance(database, peewee.SqliteDatabase):
        home = home_id.hex  # how peewee stores a UUID in SQLite
        for table in tables:
            for event, row, deleted in (("INSERT", "NEW", 0), ("UPDATE", "NEW", 0), ("DELETE", "OLD", 1)):
                edits_only = " AND NEW.version IS NOT OLD.version" if (
                    event == "UPDATE" and table in VERSIONED_UPDATES_ONLY) else ""
                database.execute_sql(
                    f"CREATE TRIGGER IF NOT EXISTS journal_{table}_{event.lower()} "
                    f'AFTER {event} ON "{table}" '
                    f"WHEN {row}.station_id = '{home}'{edits_only} BEGIN "
                    "INSERT INTO change_journal (table_name, record_id, deleted) "
                    f"VALUES ('{table}', {row}.id, {deleted}); END"
                )
        return
    database.execute_sql(
        "CREATE OR REPLACE FUNCTION journal_change() RETURNS trigger AS $$ "
        "DECLARE owner_id uuid; row_id uuid; change_no bigint; gone boolean; "
        "BEGIN "
        "IF TG_OP = 'DELETE' THEN owner_id := OLD.station_id; row_id := OLD.id; gone := true; "
        "ELSE owner_id := NEW.station_id; row_id := NEW.id; gone := false; END IF; "
        "UPDATE journal_state SET last_seq = last_seq + 1 WHERE station_id = owner_id "
        "RETURNING last_seq INTO change_no; "
        "IF NOT FOUND THEN RETURN NULL; END IF; "
        "INSERT INTO change_journal (seq, table_name, record_id, deleted) "
        "VALUES (change_no, TG_TABLE_NAME, row_id, gone); "
        "RETURN NULL; "
        "END; $$ LANGUAGE plpgsql"
    )
    for table in tables:
        database.execute_sql(f'DROP TRIGGER IF EXISTS journal_{table} ON "{table}"')
        if table not in VERSIONED_UPDATES_ONLY:
            database.execute_sql(
                f'CREATE TRIGGER journal_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION journal_change()"
            )
            continue
        database.execute_sql(f'DROP TRIGGER IF EXISTS journal_{table}_update ON "{table}"')
        database.execute_sql(f'CREATE TRIGGER journal_{table} AFTER INSERT OR DELETE ON "{table}" '
                             "FOR EACH ROW EXECUTE FUNCTION journal_change()")
        database.execute_sql(f'CREATE TRIGGER journal_{table}_update AFTER UPDATE ON "{table}" FOR EACH ROW '
                             "WHEN (OLD.version IS DISTINCT FROM NEW.version) "
                             "EXECUTE FUNCTION journal_change()")
