"""Encrypted bundles: round trip between databases, double import, newer versions, conflicts."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.models import Station
from station_app.core.startup import open_database
from station_app.core.versioning import update_versioned
from station_app.demo.loader import load_demo
from station_app.exchange.bundle import build_bundle, open_sealed, read_bundle, row_to_json, station_models
from station_app.exchange.bundle_import import UNUSABLE_PASSWORD_HASH, import_bundle
from station_app.exchange.models import BundleConflict
from station_app.residents.models import Resident
from station_app.station.service import initialise_station

PASSWORD = "县局交换2026"
EVER = datetime(2000, 1, 1)


def _until() -> datetime:
    return utcnow() + timedelta(days=1)


def _use(url: str) -> None:
    db.close()
    open_database(url)


def _fingerprint() -> dict[str, list[dict]]:
    """Every station record of the open database, as exported (ordered by id)."""
    return {model._meta.table_name: sorted((row_to_json(model, row) for row in model.select().dicts()),
                                           key=lambda r: r["id"]) for model in station_models()}


def _other_station(tmp_path: Path, name: str = "other") -> tuple[str, Actor]:
    """A second station's SQLite database with demo data; left open."""
    url = f"sqlite:///{(tmp_path / f'{name}.sqlite3').as_posix()}"
    _use(url)
    actor = initialise_station("152222-DBS", "代钦塔拉派出所", "科右中旗", "代钦塔拉苏木",
                               "admin", "包金山", "Admin1234")
    load_demo(3, residents=200, cases=10, weeks=2, actor=actor)
    return url, actor


def _county(tmp_path: Path) -> tuple[str, Actor]:
    url = f"sqlite:///{(tmp_path / 'county.sqlite3').as_posix()}"
    _use(url)
    return url, initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国",
                                   "Admin1234")


def test_bundle_of_another_station_round_trips_and_imports_once(admin: Actor, database_url: str,
                                                                 tmp_path: Path) -> None:
    """SQLite station → the database under test (SQLite or PostgreSQL): records keep ids and station."""
    other_url, other = _other_station(tmp_path)
    data = build_bundle(other, EVER, _until(), PASSWORD)
    expected = _fingerprint()
    _use(database_url)
    summary = import_bundle(admin, read_bundle(data, PASSWORD))
    assert summary.inserted == sum(len(rows) for rows in expected.values()) and not summary.conflicts
    got = _fingerprint()
    other_id = str(other.station_id)
    for table, rows in expected.items():
        assert [r for r in got[table] if r["station_id"] == other_id] == rows, table
    station = Station.get_by_id(other.station_id)
    assert (station.code, station.is_home) == ("152222-DBS", False)
    from station_app.accounts.models import Account

    imported = Account.select().where(Account.station == other.station_id)
    assert {a.password_hash for a in imported} == {UNUSABLE_PASSWORD_HASH}
    again = import_bundle(admin, read_bundle(data, PASSWORD))
    assert (again.inserted, again.updated, len(again.conflicts)) == (0, 0, 0)
    assert again.unchanged == summary.inserted
    assert _fingerprint() == got


def test_newer_version_updates_and_conflicting_edit_is_kept(sqlite_admin: Actor, sqlite_url: str,
                                                            tmp_path: Path) -> None:
    load_demo(5, residents=200, cases=10, weeks=2, actor=sqlite_admin)
    first = build_bundle(sqlite_admin, EVER, _until(), PASSWORD)
    person = Resident.select().order_by(Resident.id).first()
    county_url, county = _county(tmp_path)
    import_bundle(county, read_bundle(first, PASSWORD))

    _use(sqlite_url)  # the station edits the record and sends the week again
    update_versioned(Resident.get_by_id(person.id), person.version, notes="已搬到镇上")
    second = build_bundle(sqlite_admin, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(second, PASSWORD))
    assert (summary.updated, len(summary.conflicts), summary.inserted) == (1, 0, 0)
    assert Resident.get_by_id(person.id).notes == "已搬到镇上"
    assert Resident.get_by_id(person.id).station_id == sqlite_admin.station_id

    # Both sides now edit the same version: the county's copy stays, both are kept for a person.
    mine = Resident.get_by_id(person.id)
    update_versioned(mine, mine.version, notes="县局核实：仍住村里")
    _use(sqlite_url)
    theirs = Resident.get_by_id(person.id)
    update_versioned(theirs, theirs.version, notes="又搬回村里")
    third = build_bundle(sqlite_admin, EVER, _until(), PASSWORD)
    _use(county_url)
    before = _fingerprint()
    summary = import_bundle(county, read_bundle(third, PASSWORD))
    assert [(c.table, c.record_id) for c in summary.conflicts] == [("resident", str(person.id))]
    assert Resident.get_by_id(person.id).notes == "县局核实：仍住村里"
    kept = BundleConflict.get()
    assert "又搬回村里" in kept.incoming_json and "县局核实" in kept.local_json
    import_bundle(county, read_bundle(third, PASSWORD))
    assert BundleConflict.select().count() == 1 and _fingerprint() == before


def test_no_password_hash_or_plain_personal_data_in_the_bundle(sqlite_admin: Actor) -> None:
    load_demo(7, residents=200, cases=10, weeks=2, actor=sqlite_admin)
    data = build_bundle(sqlite_admin, EVER, _until(), PASSWORD)
    plain = open_sealed(data, PASSWORD)
    with zipfile.ZipFile(BytesIO(plain)) as archive:
        text = b"".join(archive.read(name) for name in archive.namelist()
                        if name.endswith(".jsonl")).decode("utf-8")
        assert "$argon2" not in archive.read("manifest.json").decode("utf-8")
    assert "password_hash" not in text and "$argon2" not in text and '"username": "admin"' in text
    people = list(Resident.select().where(Resident.id_number.is_null(False)).limit(20))
    assert people and all(p.id_number in text for p in people)  # the plain archive has them …
    for person in people:  # … the sealed bytes do not
        assert person.id_number.encode() not in data and person.name.encode("utf-8") not in data
        if person.phone:
            assert person.phone.encode() not in data
    bundle = read_bundle(data, PASSWORD)
    assert bundle.manifest["format"] == "station-ledger-bundle" and bundle.manifest["version"] == 1
    assert bundle.manifest["tables"]["resident"]["records"] == len(bundle.tables["resident"]) > 0


def test_conflict_model_matches_the_migrated_table(admin: Actor) -> None:
    columns = {column.name for column in db.current().get_columns("bundle_conflict")}
    assert {f.column_name for f in BundleConflict._meta.sorted_fields} == columns
