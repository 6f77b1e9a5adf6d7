"""Deciding bundle conflicts at the county, and bundles whose updates point at new records."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from station_app.audit.models import AuditEntry
from station_app.core.actor import Actor
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.core.versioning import update_versioned
from station_app.exchange.bundle import build_bundle, read_bundle
from station_app.exchange.bundle_import import import_bundle
from station_app.exchange.conflicts import (
    KEEP_LOCAL,
    TAKE_INCOMING,
    conflict_detail,
    list_conflicts,
    resolve_conflict,
)
from station_app.residents.models import Resident
from station_app.residents.service import create_resident, merge_residents
from tests.unit.exchange.test_bundle import EVER, PASSWORD, _county, _other_station, _until, _use


def _conflict_on_notes(tmp_path: Path) -> tuple[str, str, Actor, Actor, Resident]:
    """A station and the county both edit one resident on the same version; the county imports."""
    station_url, station = _other_station(tmp_path)
    person = Resident.select().where(Resident.phone != "").order_by(Resident.id).first()
    first = build_bundle(station, EVER, _until(), PASSWORD)
    county_url, county = _county(tmp_path)
    import_bundle(county, read_bundle(first, PASSWORD))
    mine = Resident.get_by_id(person.id)
    update_versioned(mine, mine.version, notes="县局核实：仍住村里")
    _use(station_url)
    theirs = Resident.get_by_id(person.id)
    update_versioned(theirs, theirs.version, notes="又搬回村里", phone="13912345678")
    second = build_bundle(station, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(second, PASSWORD))
    assert len(summary.conflicts) == 1
    return station_url, county_url, station, county, person


def test_the_county_sees_what_differs_and_takes_the_stations_copy(tmp_path: Path) -> None:
    station_url, county_url, station, county, person = _conflict_on_notes(tmp_path)
    [waiting] = list_conflicts(county)
    assert (waiting.table_label, waiting.record_id, waiting.station_name) == ("居民", str(person.id),
                                                                              "代钦塔拉派出所")
    detail = conflict_detail(county, waiting.id)
    by_label = {d.label: d for d in detail.differences}
    assert by_label["备注"].local == "县局核实：仍住村里" and by_label["备注"].incoming == "又搬回村里"
    assert by_label["联系电话"].incoming == "13912345678"  # the county's admin may see it in full
    assert "name_keys" not in {d.column for d in detail.differences}
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

    # The station's next edit applies on top of the copy the county took, without a new conflict.
    _use(station_url)
    theirs = Resident.get_by_id(person.id)
    update_versioned(theirs, theirs.version, notes="已核实")
    third = build_bundle(station, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(third, PASSWORD))
    assert (summary.updated, summary.conflicts) == (1, [])
    assert Resident.get_by_id(person.id).notes == "已核实"


def test_keeping_the_local_copy_changes_no_record(tmp_path: Path) -> None:
    _, _, _, county, person = _conflict_on_notes(tmp_path)
    [waiting] = list_conflicts(county)
    resolve_conflict(county, waiting.id, KEEP_LOCAL)
    assert Resident.get_by_id(person.id).notes == "县局核实：仍住村里"
    assert list_conflicts(county) == []


def test_only_the_chief_and_admin_decide_conflicts(tmp_path: Path) -> None:
    _, _, _, county, _ = _conflict_on_notes(tmp_path)
    [waiting] = list_conflicts(county)
    officer = Actor(uuid.uuid4(), "officer1", "民警甲", "officer", county.station_id)
    with pytest.raises(PermissionDenied):
        resolve_conflict(officer, waiting.id, TAKE_INCOMING)
    with pytest.raises(ValidationError):
        resolve_conflict(county, waiting.id, "both")


def test_a_merge_into_someone_new_in_the_same_bundle_imports(tmp_path: Path) -> None:
    """The updated resident points at a resident the bundle inserts: inserts go first."""
    station_url, station = _other_station(tmp_path)
    first = build_bundle(station, EVER, _until(), PASSWORD)
    county_url, county = _county(tmp_path)
    import_bundle(county, read_bundle(first, PASSWORD))
    _use(station_url)
    old = Resident.select().where(Resident.merged_into.is_null()).order_by(Resident.id).first()
    new = create_resident(station, {"name": old.name + "新", "gender": "男", "ethnicity": "汉族"})
    merge_residents(station, new.id, old.id)
    second = build_bundle(station, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(second, PASSWORD))
    assert summary.inserted >= 1 and summary.updated >= 1 and not summary.conflicts
    assert Resident.get_by_id(old.id).merged_into_id == new.id


def test_conflicts_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from station_app.cli.main import main
    from station_app.core import db

    _, county_url, _, _, person = _conflict_on_notes(tmp_path)
    db.close()
    assert main(["--db", county_url, "conflicts", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["record_id"] == str(person.id) and row["station"] == "代钦塔拉派出所"
    assert main(["--db", county_url, "conflicts", "resolve", row["id"], "--take-incoming"]) == 0
    assert "采用数据包中的记录" in capsys.readouterr().out
    assert main(["--db", county_url, "conflicts", "list"]) == 0
    assert "没有待处理的冲突" in capsys.readouterr().out
    assert main(["--db", county_url, "conflicts", "resolve", "not-an-id", "--keep-local"]) == 2


def test_attachments_travel_in_the_bundle_when_asked(tmp_path: Path) -> None:
    from station_app.attachments.service import attach_file, stored_path
    from station_app.core import paths
    from station_app.mediation.models import DisputeCase

    paths.set_data_dir(str(tmp_path / "station-data"))
    _, station = _other_station(tmp_path)
    recording = tmp_path / "网格员录音.m4a"
    recording.write_bytes(b"\x00audio" * 5000)
    case = DisputeCase.select().first()
    view = attach_file(station, "case", case.id, recording, "audio")
    plain = build_bundle(station, EVER, _until(), PASSWORD)
    with_files = build_bundle(station, EVER, _until(), PASSWORD, include_attachments=True)
    assert read_bundle(plain, PASSWORD).files == {}
    files = read_bundle(with_files, PASSWORD).files
    assert files[view.sha256] == recording.read_bytes()  # with the demo's photos beside it
    assert all(stored_path(digest).read_bytes() == content for digest, content in files.items())

    paths.set_data_dir(str(tmp_path / "county-data"))
    _, county = _county(tmp_path)
    assert not stored_path(view.sha256).exists()
    import_bundle(county, read_bundle(with_files, PASSWORD))
    assert stored_path(view.sha256).read_bytes() == recording.read_bytes()
    again = import_bundle(county, read_bundle(with_files, PASSWORD))
    assert (again.inserted, again.updated) == (0, 0)


def test_an_older_survivor_takes_the_number_its_duplicate_still_holds_at_the_county(tmp_path: Path) -> None:
    station_url, station = _other_station(tmp_path)
    survivor = create_resident(station, {"name": "包其其格", "gender": "女", "ethnicity": "蒙古族"})
    duplicate = create_resident(station, {"name": "包其其格", "gender": "女", "ethnicity": "蒙古族",
                                          "id_number": "11010519491231002X"}, confirm=True)
    first = build_bundle(station, EVER, _until(), PASSWORD)
    county_url, county = _county(tmp_path)
    import_bundle(county, read_bundle(first, PASSWORD))
    _use(station_url)
    merge_residents(station, survivor.id, duplicate.id)  # the older record takes the ID number
    second = build_bundle(station, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(second, PASSWORD))
    assert summary.updated >= 2 and not summary.conflicts
    assert Resident.get_by_id(survivor.id).id_number == "11010519491231002X"
    assert Resident.get_by_id(duplicate.id).id_number is None


def test_a_later_edit_from_the_station_replaces_the_waiting_conflict(tmp_path: Path) -> None:
    station_url, county_url, station, county, person = _conflict_on_notes(tmp_path)
    [waiting] = list_conflicts(county)
    _use(station_url)  # the station edits again before the county has decided
    theirs = Resident.get_by_id(person.id)
    update_versioned(theirs, theirs.version, notes="第三次：已搬到盟里")
    third = build_bundle(station, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(third, PASSWORD))
    assert summary.updated == 0 and len(summary.conflicts) == 1  # both sides still differ from the base
    assert Resident.get_by_id(person.id).notes == "县局核实：仍住村里"
    [latest] = list_conflicts(county)
    assert latest.id != waiting.id  # the older copy is closed, the newest waits
    closed = next(row for row in list_conflicts(county, include_decided=True) if row.id == waiting.id)
    assert closed.resolution == "superseded"
    with pytest.raises(ValidationError, match="无需再处理"):
        resolve_conflict(county, waiting.id, TAKE_INCOMING)
    resolve_conflict(county, latest.id, TAKE_INCOMING)
    assert Resident.get_by_id(person.id).notes == "第三次：已搬到盟里"


def test_a_county_edit_is_not_lost_to_a_station_that_edited_twice(tmp_path: Path) -> None:
    """Compared with the copy last received, not by version numbers: the county changed the
    phone once, the station changed notes twice on the same base: both sides changed."""
    station_url, station = _other_station(tmp_path)
    person = Resident.select().where(Resident.phone != "").order_by(Resident.id).first()
    first = build_bundle(station, EVER, _until(), PASSWORD)
    county_url, county = _county(tmp_path)
    import_bundle(county, read_bundle(first, PASSWORD))
    mine = Resident.get_by_id(person.id)
    update_versioned(mine, mine.version, phone="13800001111")
    _use(station_url)
    for note in ("一改", "二改"):
        theirs = Resident.get_by_id(person.id)
        update_versioned(theirs, theirs.version, notes=note)
    second = build_bundle(station, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(second, PASSWORD))
    assert [c.record_id for c in summary.conflicts] == [str(person.id)]
    assert Resident.get_by_id(person.id).phone == "13800001111"


def test_taking_a_copy_made_stale_here_is_refused(tmp_path: Path) -> None:
    _, _, _, county, person = _conflict_on_notes(tmp_path)
    [waiting] = list_conflicts(county)
    mine = Resident.get_by_id(person.id)
    update_versioned(mine, mine.version, notes="县局又改了一次")
    with pytest.raises(ValidationError, match="已经过时"):
        resolve_conflict(county, waiting.id, TAKE_INCOMING)
    assert Resident.get_by_id(person.id).notes == "县局又改了一次"
    resolve_conflict(county, waiting.id, KEEP_LOCAL)


def test_a_decided_conflict_is_not_counted_again(tmp_path: Path) -> None:
    station_url, county_url, station, county, person = _conflict_on_notes(tmp_path)
    [waiting] = list_conflicts(county)
    resolve_conflict(county, waiting.id, KEEP_LOCAL)
    _use(station_url)
    same = build_bundle(station, EVER, _until(), PASSWORD)
    _use(county_url)
    summary = import_bundle(county, read_bundle(same, PASSWORD))
    assert summary.conflicts == [] and list_conflicts(county) == []
