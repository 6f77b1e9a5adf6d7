"""Bundles between real databases: the journal that decides what travels, round trips on SQLite and
PostgreSQL, what never leaves the station, and bundles that lie about whose records they carry."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest

from station_app.accounts.models import Account
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.models import Station
from station_app.demo.loader import load_demo
from station_app.exchange import bundle_writer
from station_app.exchange.apply import UNUSABLE_PASSWORD_HASH
from station_app.exchange.bundle import BundleError, station_models
from station_app.exchange.bundle_reader import open_bundle
from station_app.exchange.bundle_writer import build_bundle
from station_app.exchange.models import BundleConflict, ChangeEntry
from station_app.exchange.stream import FrameWriter, SealedWriter
from station_app.residents import service as residents_service
from station_app.residents.models import Resident
from station_app.residents.service import create_resident
from tests.unit.exchange.exchange_helpers import (
    PASSWORD,
    export,
    new_county,
    new_station,
    receive,
    sqlite_url,
    station_rows,
    use,
)


def _triggers() -> set[str]:
    if db.is_sqlite():
        rows = db.current().execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        return {name for (name,) in rows}
    rows = db.current().execute_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal").fetchall()
    return {name for (name,) in rows}


def test_every_station_table_is_journalled(admin: Actor) -> None:
    found = _triggers()
    for model in station_models():
        table = model._meta.table_name
        wanted = {f"journal_{table}_{event}" for event in ("insert", "update", "delete")} \
            if db.is_sqlite() else {f"journal_{table}"}
        assert wanted <= found, f"{table} has no journal trigger: add it in the migration that adds the table"


def _entries(record_id: object) -> list[tuple[int, str, bool]]:
    return [(e.seq, e.table_name, e.deleted) for e in
            ChangeEntry.select().where(ChangeEntry.record_id == record_id).order_by(ChangeEntry.seq)]


def test_each_write_is_journalled_in_its_own_transaction(admin: Actor) -> None:
    from station_app.exchange.journal import last_change

    before = last_change()
    person = create_resident(admin, {"name": "巴雅尔", "phone": "13904751111"})
    [(seq, table, deleted)] = _entries(person.id)
    assert (table, deleted) == ("resident", False) and seq > before and last_change() == seq
    with pytest.raises(RuntimeError), db.transaction():  # a write that rolls back leaves nothing
        Resident.update(notes="改了又撤销").where(Resident.id == person.id).execute()
        raise RuntimeError("power cut")
    assert _entries(person.id) == [(seq, "resident", False)]
    with db.transaction():
        Resident.delete().where(Resident.id == person.id).execute()
    *_, tombstone = _entries(person.id)
    assert tombstone[2] is True and tombstone[0] > seq and last_change() == tombstone[0]


def test_delivered_entries_superseded_by_later_ones_are_removed(admin: Actor) -> None:
    from station_app.exchange.journal import changed_records, plan_range
    from station_app.residents.service import update_resident

    person = create_resident(admin, {"name": "乌力吉", "phone": "13904751112"})
    for note in ("一", "二", "三"):
        view = residents_service.get_resident(admin, person.id)
        update_resident(admin, person.id, view.version, {**view.as_form(), "notes": note})
    assert len(_entries(person.id)) == 4
    export(admin)  # delivered: the three older entries say nothing a bundle could need
    assert len(_entries(person.id)) == 1
    span = plan_range(admin.station_id, since=1)
    assert str(person.id) in changed_records(admin.station_id, span).get("resident", ([], []))[0] or span.full


def test_round_trip_keeps_ids_and_station_and_imports_once(tmp_path: Path, database_url: str) -> None:
    station_url = sqlite_url(tmp_path, "sending_station")
    station = new_station(station_url)
    load_demo(3, residents=200, cases=10, weeks=2, actor=station)
    data = export(station)
    expected = station_rows(station.station_id)
    county = new_county(database_url)
    summary = receive(county, data)
    assert summary.inserted == sum(len(rows) for rows in expected.values())
    assert station_rows(station.station_id) == expected
    imported = Station.get_by_id(station.station_id)
    assert (imported.code, imported.is_home) == ("152222-DBS", False)
    accounts = Account.select().where(Account.station == station.station_id)
    assert {a.password_hash for a in accounts} == {UNUSABLE_PASSWORD_HASH}
    # The county's journal is its own: imported records of other stations are not journalled again.
    assert not any(ChangeEntry.select().where(ChangeEntry.record_id == record["id"]).exists()
                   for record in expected["resident"][:20])
    assert receive(county, data).outcome == "replay"
    assert station_rows(station.station_id) == expected


def test_no_password_hash_or_plain_personal_data_in_the_bundle(sqlite_admin: Actor) -> None:
    load_demo(7, residents=200, cases=10, weeks=2, actor=sqlite_admin)
    data = build_bundle(sqlite_admin, PASSWORD)
    manifest, events = open_bundle(io.BytesIO(data), PASSWORD)
    text = json.dumps([getattr(e, "values", None) for e in events], ensure_ascii=False)
    assert "password_hash" not in text and "$argon2" not in text + json.dumps(manifest)
    assert '"username": "admin"' in text
    people = list(Resident.select().where(Resident.id_number.is_null(False)).limit(20))
    assert people and all(p.id_number in text for p in people)  # the plain stream has them …
    for person in people:  # … the sealed bytes do not
        assert person.id_number.encode() not in data and person.name.encode("utf-8") not in data
        if person.phone:
            assert person.phone.encode() not in data


def test_the_countys_own_bundle_is_refused(tmp_path: Path) -> None:
    county = new_county(sqlite_url(tmp_path, "county"))
    own = export(county)
    with pytest.raises(BundleError, match="本单位自己的数据包"):
        receive(county, own)


def _forged(station: Actor, change: dict[str, object]) -> bytes:
    """The station's full bundle with one resident record altered — sealed with the right
    password, as a broken or malicious sender's program could."""
    real = bundle_writer._dumps

    def altering(value):  # noqa: ANN001, ANN202
        if isinstance(value, list) and value and value[0] == str(target):
            columns = manifest_columns["resident"]
            value = list(value)
            for column, new in change.items():
                value[columns.index(column)] = new
        return real(value)

    target = Resident.select().order_by(Resident.id).first().id
    manifest_columns = {m._meta.table_name: [f.column_name for f in bundle_writer.exported_fields(m)]
                        for m in station_models()}
    bundle_writer._dumps = altering
    try:
        return build_bundle(station, PASSWORD)
    finally:
        bundle_writer._dumps = real


@pytest.mark.parametrize("change,message", [
    ({"station_id": str(uuid.uuid4())}, "不属于该派出所"),
    ({"version": "1"}, "内容不正确"),
    ({"name": "x" * 500}, "内容不正确"),
    ({"notes": "含\x00字符"}, "内容不正确"),
])
def test_a_record_that_lies_is_refused_and_nothing_is_written(tmp_path: Path, change: dict,
                                                               message: str) -> None:
    station = new_station(sqlite_url(tmp_path, "sending_station"))
    create_resident(station, {"name": "巴图", "phone": "13904752222"})
    data = _forged(station, change)
    county = new_county(sqlite_url(tmp_path, "county"))
    with pytest.raises(BundleError, match=message):
        receive(county, data)
    assert not Resident.select().exists()
    assert not Station.select().where(Station.code == "152222-DBS").exists()


def test_records_of_another_station_cannot_be_taken_over(tmp_path: Path) -> None:
    """A bundle carrying the UUID of a resident the county holds for another station."""
    first = new_station(sqlite_url(tmp_path, "first"))
    victim = create_resident(first, {"name": "白音", "phone": "13904753333"})
    first_bundle = export(first)
    other = new_station(sqlite_url(tmp_path, "other"), code="152222-EVIL", name="别的所")
    with db.transaction():
        Resident.insert(id=victim.id, station=other.station_id, name="改名", name_keys="", phone="",
                        phone_reversed="").execute()
    evil = export(other)
    county = new_county(sqlite_url(tmp_path, "county"))
    receive(county, first_bundle)
    with pytest.raises(BundleError, match="另一单位的记录编号相同"):
        receive(county, evil)
    kept = Resident.get_by_id(victim.id)
    assert (kept.name, kept.station_id) == ("白音", first.station_id)


def test_waiting_conflicts_from_the_last_release_are_superseded_by_the_stations_copy(tmp_path: Path) -> None:
    from station_app.core.clock import utcnow

    station_url = sqlite_url(tmp_path, "sending_station")
    station = new_station(station_url)
    person = create_resident(station, {"name": "乌兰", "phone": "13904754444"})
    first = export(station)
    county = new_county(sqlite_url(tmp_path, "county"))
    receive(county, first)
    BundleConflict.create(table_name="resident", record_id=str(person.id), station=station.station_id,
                          bundle_station=station.station_id, bundle_created_at=utcnow(), local_version=1,
                          incoming_version=1, local_json="{}", incoming_json="{}", incoming_sha256="0" * 64)
    use(station_url)
    from station_app.residents.service import update_resident

    update_resident(station, person.id, person.version, {**person.as_form(), "notes": "新的"})
    second = export(station)
    use(sqlite_url(tmp_path, "county"))
    receive(county, second)
    assert BundleConflict.get().resolution == "superseded"


def test_frames_out_of_order_are_refused(sqlite_admin: Actor) -> None:
    """A stream sealed correctly whose frames break the format: records before any table."""
    from station_app.exchange.sealing import new_password_header

    header, key, prefix = new_password_header(PASSWORD)
    buffer = io.BytesIO()
    buffer.write(header)
    frames = FrameWriter(SealedWriter(buffer, key, prefix, header))
    real = io.BytesIO(build_bundle(sqlite_admin, PASSWORD))
    manifest, _events = open_bundle(real, PASSWORD)
    frames.frame(b"M", json.dumps(manifest).encode())
    frames.frame(b"R", b"[]")
    frames.close()
    with pytest.raises(BundleError, match="损坏"):
        list(open_bundle(io.BytesIO(buffer.getvalue()), PASSWORD)[1])
