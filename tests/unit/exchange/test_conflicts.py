"""Conflicts an older release kept at the county are still decided; merges, moved ID numbers and
attachments arrive whole with the journal's bundles."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import pytest

from station_app.audit.models import AuditEntry
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.core.versioning import update_versioned
from station_app.exchange.bundle import row_to_json
from station_app.exchange.conflicts import (
    KEEP_LOCAL,
    TAKE_FIELDS,
    TAKE_INCOMING,
    conflict_detail,
    list_conflicts,
    resolve_conflict,
)
from station_app.exchange.models import BundleConflict
from station_app.residents.models import Resident
from station_app.residents.service import create_resident, merge_residents
from tests.unit.exchange.exchange_helpers import export, new_county, new_station, receive, sqlite_url, use


def _legacy_conflict(tmp_path: Path) -> tuple[Actor, Resident]:
    """A county database where the last release kept a conflict on one resident: the county had
    changed the notes, the station's copy changed notes and phone."""
    station = new_station(sqlite_url(tmp_path, "sending_station"))
    person = create_resident(station, {"name": "乌云", "phone": "13904751234"})
    data = export(station)
    county = new_county(sqlite_url(tmp_path, "county"))
    receive(county, data)
    mine = Resident.get_by_id(person.id)
    update_versioned(mine, mine.version, notes="县局核实：仍住村里")
    local = row_to_json(Resident, Resident.select().where(Resident.id == person.id).dicts().get())
    incoming = {**local, "notes": "又搬回村里", "phone": "13912345678", "version": local["version"]}
    BundleConflict.create(table_name="resident", record_id=str(person.id), station=station.station_id,
                          bundle_station=station.station_id, bundle_created_at=utcnow(),
                          local_version=local["version"], incoming_version=incoming["version"],
                          local_json=json.dumps(local, ensure_ascii=False),
                          incoming_json=json.dumps(incoming, ensure_ascii=False),
                          incoming_sha256=hashlib.sha256(json.dumps(incoming).encode()).hexdigest(),
                          reason="双方在上次交换之后各自作了修改")
    return county, Resident.get_by_id(person.id)


def test_the_county_sees_what_differs_and_takes_the_stations_copy(tmp_path: Path) -> None:
    county, person = _legacy_conflict(tmp_path)
    [waiting] = list_conflicts(county)
    assert (waiting.table_label, waiting.record_id, waiting.station_name) == ("居民", str(person.id),
                                                                              "代钦塔拉派出所")
    detail = conflict_detail(county, waiting.id)
    by_label = {d.label: d for d in detail.differences}
    assert by_label["备注"].local == "县局核实：仍住村里" and by_label["备注"].incoming == "又搬回村里"
    assert by_label["联系电话"].incoming == "13912345678"  # the county's admin may see it in full
    viewed = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert viewed.action == "bundle.conflict_viewed" and "phone" in viewed.changes
    resolve_conflict(county, waiting.id, TAKE_INCOMING)
    now = Resident.get_by_id(person.id)
    assert (now.notes, now.phone) == ("又搬回村里", "13912345678")
    assert list_conflicts(county) == [] and len(list_conflicts(county, include_decided=True)) == 1
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "bundle.conflict_resolved" and entry.entity_id == str(person.id)
    with pytest.raises(ValidationError, match="处理过了"):
        resolve_conflict(county, waiting.id, KEEP_LOCAL)


def test_the_county_takes_the_stations_value_field_by_field(tmp_path: Path) -> None:
    county, person = _legacy_conflict(tmp_path)
    [waiting] = list_conflicts(county)
    with pytest.raises(ValidationError, match="勾选"):
        resolve_conflict(county, waiting.id, TAKE_FIELDS, [])
    resolve_conflict(county, waiting.id, TAKE_FIELDS, ["phone"])
    now = Resident.get_by_id(person.id)
    assert (now.notes, now.phone) == ("县局核实：仍住村里", "13912345678")  # the notes stay the county's
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "bundle.conflict_resolved" and "phone" in entry.changes


def test_states_and_times_are_shown_as_people_read_them(tmp_path: Path) -> None:
    county, person = _legacy_conflict(tmp_path)
    [waiting] = list_conflicts(county)
    conflict = BundleConflict.get_by_id(waiting.id)
    local, incoming = json.loads(conflict.local_json), json.loads(conflict.incoming_json)
    incoming["updated_at"] = "2026-12-07T02:16:47+00:00"
    conflict.table_name = "dispute_case"
    conflict.local_json = json.dumps({**local, "state": "registered", "is_active": True})
    conflict.incoming_json = json.dumps({**incoming, "state": "assessed", "is_active": False})
    conflict.save()
    by_column = {d.column: d for d in conflict_detail(county, waiting.id).differences}
    assert (by_column["state"].local, by_column["state"].incoming) == ("登记", "风险评估")
    assert by_column["updated_at"].incoming == "2026-12-07 10:16"  # Beijing time, no "+00:00"
    assert not by_column["updated_at"].takeable and by_column["state"].takeable
    assert (by_column["is_active"].local, by_column["is_active"].incoming) == ("是", "否")


def test_keeping_the_local_copy_changes_no_record(tmp_path: Path) -> None:
    county, person = _legacy_conflict(tmp_path)
    [waiting] = list_conflicts(county)
    resolve_conflict(county, waiting.id, KEEP_LOCAL)
    assert Resident.get_by_id(person.id).notes == "县局核实：仍住村里"
    assert list_conflicts(county) == []


def test_only_the_chief_and_admin_decide_conflicts(tmp_path: Path) -> None:
    county, _ = _legacy_conflict(tmp_path)
    [waiting] = list_conflicts(county)
    officer = Actor(uuid.uuid4(), "officer1", "民警甲", "officer", county.station_id)
    with pytest.raises(PermissionDenied):
        resolve_conflict(officer, waiting.id, TAKE_INCOMING)
    with pytest.raises(ValidationError):
        resolve_conflict(county, waiting.id, "both")


def test_taking_a_copy_made_stale_here_is_refused(tmp_path: Path) -> None:
    county, person = _legacy_conflict(tmp_path)
    [waiting] = list_conflicts(county)
    mine = Resident.get_by_id(person.id)
    update_versioned(mine, mine.version, notes="县局又改了一次")
    with pytest.raises(ValidationError, match="已经过时"):
        resolve_conflict(county, waiting.id, TAKE_INCOMING)
    assert Resident.get_by_id(person.id).notes == "县局又改了一次"
    resolve_conflict(county, waiting.id, KEEP_LOCAL)


def test_conflicts_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from station_app.cli.main import main
    from station_app.core import db
    from tests.cli_login import logged_in

    _, person = _legacy_conflict(tmp_path)
    county_url = sqlite_url(tmp_path, "county")
    db.close()
    assert main(logged_in(["--db", county_url, "conflicts", "list", "--json"])) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["record_id"] == str(person.id) and row["station"] == "代钦塔拉派出所"
    assert main(logged_in(["--db", county_url, "conflicts", "resolve", row["id"], "--take-incoming"])) == 0
    assert "采用数据包中的记录" in capsys.readouterr().out
    assert main(logged_in(["--db", county_url, "conflicts", "list"])) == 0
    assert "没有待处理的冲突" in capsys.readouterr().out
    assert main(logged_in(["--db", county_url, "conflicts", "resolve", "not-an-id", "--keep-local"])) == 2


def test_a_merge_into_someone_new_in_the_same_bundle_imports(tmp_path: Path) -> None:
    """The updated resident points at a resident the same bundle inserts."""
    station_url = sqlite_url(tmp_path, "sending_station")
    station = new_station(station_url)
    old = create_resident(station, {"name": "包金花", "gender": "女", "ethnicity": "蒙古族"})
    first = export(station)
    county = new_county(sqlite_url(tmp_path, "county"))
    receive(county, first)
    use(station_url)
    new = create_resident(station, {"name": "包金花新", "gender": "女", "ethnicity": "蒙古族"})
    merge_residents(station, new.id, old.id)
    second = export(station)
    use(sqlite_url(tmp_path, "county"))
    summary = receive(county, second)
    assert summary.inserted >= 1 and summary.updated >= 1
    assert Resident.get_by_id(old.id).merged_into_id == new.id


def test_an_older_survivor_takes_the_number_its_duplicate_still_holds_at_the_county(tmp_path: Path) -> None:
    station_url = sqlite_url(tmp_path, "sending_station")
    station = new_station(station_url)
    survivor = create_resident(station, {"name": "包其其格", "gender": "女", "ethnicity": "蒙古族"})
    duplicate = create_resident(station, {"name": "包其其格", "gender": "女", "ethnicity": "蒙古族",
                                          "id_number": "11010519491231002X"}, confirm=True)
    first = export(station)
    county = new_county(sqlite_url(tmp_path, "county"))
    receive(county, first)
    use(station_url)
    merge_residents(station, survivor.id, duplicate.id)  # the older record takes the ID number
    second = export(station)
    use(sqlite_url(tmp_path, "county"))
    summary = receive(county, second)
    assert summary.updated >= 2
    assert Resident.get_by_id(survivor.id).id_number == "11010519491231002X"
    assert Resident.get_by_id(duplicate.id).id_number is None


def test_attachments_travel_in_the_bundle_when_asked(tmp_path: Path) -> None:
    from station_app.attachments.service import attach_file, stored_path
    from station_app.core import paths

    paths.set_data_dir(str(tmp_path / "station-data"))
    station = new_station(sqlite_url(tmp_path, "sending_station"))
    person = create_resident(station, {"name": "萨日娜", "phone": "13904755555"})
    recording = tmp_path / "网格员录音.m4a"
    recording.write_bytes(b"\x00audio" * 5000)
    view = attach_file(station, "resident", person.id, recording, "audio")
    plain = export(station, delivered=False)
    with_files = export(station, delivered=False, include_attachments=True)

    paths.set_data_dir(str(tmp_path / "county-data"))
    county = new_county(sqlite_url(tmp_path, "county"))
    assert receive(county, plain).files == 0 and not stored_path(view.sha256).exists()
    county_url = sqlite_url(tmp_path, "county")
    use(county_url)
    from station_app.exchange.models import ExchangePeer

    ExchangePeer.delete().execute()  # as a county that never got the first one
    summary = receive(county, with_files)
    assert summary.files == 1 and stored_path(view.sha256).read_bytes() == recording.read_bytes()
    assert not list(paths.attachments_dir().rglob(".incoming-*"))
