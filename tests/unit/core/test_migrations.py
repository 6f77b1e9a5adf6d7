"""Schema versions: fresh databases, newer databases refused, upgrades keep child rows."""

import hashlib
from pathlib import Path

import peewee
import pytest
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from station_app.accounts.models import Account
from station_app.audit.models import AuditEntry
from station_app.core import db, migrations
from station_app.core.errors import SchemaTooNew
from station_app.core.models import Setting, Station
from station_app.core.startup import open_database
from station_app.residents.models import Area, GridRole, Resident


def test_fresh_database_gets_latest_schema(opened) -> None:
    assert migrations.schema_version(db.current()) == migrations.LATEST_VERSION


@pytest.mark.parametrize("model", [Station, Setting, Account, AuditEntry, Area, Resident, GridRole])
def test_live_models_match_the_migrated_tables(opened, model: type[peewee.Model]) -> None:
    columns = {column.name for column in db.current().get_columns(model._meta.table_name)}
    assert {field.column_name for field in model._meta.sorted_fields} == columns


def test_database_from_a_newer_release_is_refused_untouched(sqlite_url: str) -> None:
    open_database(sqlite_url)
    db.current().execute_sql("UPDATE schema_version SET version = 999")
    db.close()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNew, match="更新版本"):
        open_database(sqlite_url)
    db.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_upgrade_that_rebuilds_a_parent_table_keeps_child_rows(
    admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The measured trap: playhouse.migrate rebuilds SQLite tables; with foreign keys on, child
    rows can go with the old parent table. The runner turns them off and checks afterwards."""
    from station_app.accounts.service import create_account

    create_account(admin, "wangwu", "王五", "officer", "Pass12345")
    accounts_before = Account.select().count()

    def add_phone_to_station(database: peewee.Database) -> None:
        migrator = SchemaMigrator.from_database(database)
        run_operations(
            migrator.add_column("station", "phone", peewee.CharField(default="")),
            migrator.add_not_null("station", "phone"),
        )

    latest = migrations.latest_version()
    extended = [
        *migrations.MIGRATIONS,
        migrations.Migration(latest + 1, "station phone", add_phone_to_station),
    ]
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    found = migrations.migrate(db.current(), before_upgrade=lambda v: None)
    assert found == latest
    assert migrations.schema_version(db.current()) == latest + 1
    assert Account.select().count() == accounts_before == 2
    if db.is_sqlite():
        assert db.current().execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert db.current().execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_sqlite_is_backed_up_before_an_upgrade(
    sqlite_url: str, sqlite_admin, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    db.close()
    latest = migrations.latest_version()
    extended = [*migrations.MIGRATIONS, migrations.Migration(latest + 1, "noop", lambda database: None)]
    monkeypatch.setattr(migrations, "MIGRATIONS", extended)
    opened = open_database(sqlite_url)
    assert opened.upgraded_from == latest
    backups = list((data_dir / "backups").glob(f"*before-upgrade-v{latest}*.sqlite3"))
    assert len(backups) == 1
    import sqlite3

    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT count(*) FROM account").fetchone()[0] == 1
    assert copy.execute("SELECT version FROM schema_version").fetchone()[0] == latest
    copy.close()
