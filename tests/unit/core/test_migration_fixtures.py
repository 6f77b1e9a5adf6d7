"""Databases from every released schema open through the real start-up path and lose nothing.

tests/data/schema_vN.sqlite3 (written once by scripts/make_migration_fixtures.py, never changed) is a
small station database as the release with schema N left it, child rows and audit chain included.
Each test upgrades a copy: the backup taken first must hold the old version, every row must still
be there, the foreign keys and the audit chain must still hold, and the app must still read it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from station_app.audit.chain import verify_chain
from station_app.core import db, migrations, paths
from station_app.core.actor import Actor
from station_app.core.errors import DatabaseUnavailable
from station_app.core.startup import open_database

DATA = Path(__file__).resolve().parents[2] / "data"
PASSWORD = "Station2024"  # the password of every fixture account (see the script)


def _version(path: Path) -> int:
    return int(path.stem.removeprefix("schema_v"))


FIXTURES = sorted(DATA.glob("schema_v*.sqlite3"), key=_version)


def _url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def _read(path: Path) -> tuple[int, dict[str, int]]:
    """(schema version, {table: row count}) read with plain sqlite3, as a person would check it."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        counts = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                  for table in tables}
        version = connection.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()[0]
    finally:
        connection.close()
    return version, counts


def _chain_before(fixture: Path, folder: Path) -> int | None:
    """Entries in the fixture's audit chain, checked on a copy that is never upgraded; None once
    the live audit model no longer reads that old table."""
    probe = folder / "probe.sqlite3"
    shutil.copyfile(fixture, probe)
    db.connect(_url(probe))
    try:
        report = verify_chain()
    except peewee.DatabaseError:
        return None
    finally:
        db.close()
    # The script writes a valid chain: a break here means chain.py now hashes old entries differently.
    assert report.ok, f"{fixture.name} as shipped: {report.problem}"
    return report.entries_checked


def test_there_is_a_fixture_for_every_released_schema() -> None:
    versions = [_version(path) for path in FIXTURES]
    # every schema but the newest (numbers may skip while branches are merged and renumbered)
    released = {migration.number for migration in migrations.MIGRATIONS[:-1]}
    missing = sorted(released - set(versions))
    assert not missing, (
        f"no fixture for schema {missing}: run scripts/make_migration_fixtures.py and commit tests/data/"
    )
    assert max(versions) <= migrations.latest_version()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_fixture_upgrades_keeping_every_row(fixture: Path, tmp_path: Path) -> None:
    # Only copies are opened: even a read-only look at a WAL file leaves -shm/-wal files beside it.
    copy = tmp_path / "station.sqlite3"
    shutil.copyfile(fixture, copy)
    found, before = _read(copy)
    assert found == _version(fixture)
    assert before["audit_entry"] > 0 and before["account"] > 0
    chained = _chain_before(fixture, tmp_path)

    opened = open_database(_url(copy))

    latest = migrations.latest_version()
    assert migrations.schema_version(db.current()) == latest
    assert opened.initialised
    if found < latest:
        assert opened.upgraded_from == found
        _assert_backup_of(found, before)
    for table, count in before.items():
        rows = db.current().execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        assert rows == count, f"{table}: {count} rows before the upgrade, {rows} after"
    assert db.current().execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.current().execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    if chained is not None:
        report = verify_chain()
        assert report.ok, report.problem
        assert report.entries_checked == chained
    _assert_the_app_reads_it(before)


def _assert_the_first_export_is_full(actor: Actor) -> None:
    """A database upgraded from before the change journal has nothing delivered in the journal's
    terms: its first bundle carries every record of the station (issue 11, point 7)."""
    import io

    from station_app.exchange.bundle_writer import write_bundle

    written = write_bundle(actor, io.BytesIO(), "县局交换2026")
    assert written.span.full and written.records.get("account", 0) >= 1
    if db.current().execute_sql("SELECT count(*) FROM resident").fetchone()[0]:
        assert written.records["resident"] == db.current().execute_sql(
            "SELECT count(*) FROM resident").fetchone()[0]


def _assert_backup_of(version: int, counts: dict[str, int]) -> None:
    """A readable copy of the database as it was, in the backup folder, taken before upgrading."""
    candidates = sorted(paths.default_backup_dir().rglob("*.sqlite3"))
    assert candidates, "no backup was taken before the upgrade"
    copies = [_read(path) for path in candidates]
    assert (version, counts) in copies, f"no backup at schema {version} with every row: {candidates}"


def _assert_the_app_reads_it(before: dict[str, int]) -> None:
    """Spot checks through the services: the upgraded data still means what it meant."""
    from station_app.accounts.service import login

    actor = login("admin", PASSWORD)  # the account, its station and the audit append all still work
    assert actor.full_name == "崔鑫龙"
    assert verify_chain().ok
    _assert_the_first_export_is_full(actor)
    if before.get("resident"):
        from station_app.residents.models import Resident
        from station_app.residents.views import views_by_ids

        row = Resident.get(Resident.name == "包音德力格尔")
        view = views_by_ids([row.id])[0]
        assert (view.village_name, view.grid_name) == ("高力板嘎查", "第一网格")
        assert view.id_number and view.id_number.startswith("152222")
    if before.get("dispute_case"):
        from station_app.mediation.models import DisputeCase
        from station_app.mediation.reading import get_case

        case = DisputeCase.get(DisputeCase.state == "closed")
        detail = get_case(actor, case.id)
        assert [party.name for party in detail.parties] == ["吴海龙", "图雅"]
        assert detail.agreement is not None
        amounts = [term.amount_fen for term in detail.agreement.terms]
        assert amounts == [350000, None] and isinstance(amounts[0], int)  # integer 分, not 元
        assert [entry.action for entry in detail.timeline][:2] == ["登记", "风险评估"]
        assert detail.timeline[0].who == "王五"
    if before.get("restitution_victim"):
        lost = db.current().execute_sql(
            "SELECT typeof(amount_lost), sum(amount_lost) FROM restitution_victim").fetchall()
        assert lost == [("integer", 1_280_000 + 356_000 + 98_050 + 450_000)]


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_database_from_a_newer_release_is_refused_untouched(tmp_path: Path, journal: str) -> None:
    """Also a file in rollback-journal mode: connecting for use would have switched it to WAL."""
    copy = tmp_path / "station.sqlite3"
    shutil.copyfile(FIXTURES[-1], copy)
    connection = sqlite3.connect(copy)
    connection.execute(f"PRAGMA journal_mode = {journal}")
    with connection:
        connection.execute("UPDATE schema_version SET version = ?", (migrations.latest_version() + 1,))
    connection.close()
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()

    with pytest.raises(DatabaseUnavailable, match="更新版本"):
        open_database(_url(copy))
    db.close()

    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest
    assert not list(paths.default_backup_dir().rglob("*.sqlite3"))
