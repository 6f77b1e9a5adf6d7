"""Bundles only an enrolled station can make and only its county can read (issue "[Wave 2 · 2 of
6]"): enrolment, signed and sealed bundles, and each attack the issue found, which succeeded
against the password bundles of the last release."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest

from station_app.accounts.models import Account
from station_app.accounts.service import create_account
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.models import Station
from station_app.exchange.bundle import PREFIX, BundleError
from station_app.exchange.enrolment import (
    EnrolmentError,
    enrolment_file_bytes,
    import_enrolment,
    key_info,
    make_keys,
    read_enrolment,
    revoke,
)
from station_app.exchange.history import HistoryMismatch
from station_app.exchange.keys import KeysMissing, key_file
from station_app.exchange.sealing import SIGNATURE_SIZE
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


def enrol(station_url: str, station: Actor, county_url: str, county: Actor) -> None:
    """Both ways, as on the stick: the station's file to the county, the county's to the station."""
    use(station_url)
    _, station_file = enrolment_file_bytes(station)
    use(county_url)
    _, county_file = enrolment_file_bytes(county)
    import_enrolment(county, station_file)
    use(station_url)
    import_enrolment(station, county_file)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, Actor, str, Actor]:
    station_url, county_url = sqlite_url(tmp_path, "sending_station"), sqlite_url(tmp_path, "county")
    station = new_station(station_url)
    county = new_county(county_url)
    enrol(station_url, station, county_url, county)
    return station_url, station, county_url, county


def test_an_enrolled_station_exports_without_a_password_and_the_county_imports_it(pair) -> None:
    station_url, station, county_url, county = pair
    create_resident(station, {"name": "巴特尔", "phone": "13904751111", "id_number": "152222199001011233"})
    data = export(station)
    assert data[10] == 2  # sealed for the county's key
    assert b"152222199001011233" not in data and "巴特尔".encode() not in data
    expected = station_rows(station.station_id)
    use(county_url)
    summary = receive(county, data)  # the password given is not needed, and not used
    assert summary.inserted > 0 and station_rows(station.station_id) == expected


def test_fingerprints_match_on_both_sides_and_are_digits(pair) -> None:
    station_url, station, county_url, county = pair
    mine = key_info(station)
    assert mine is not None and len(mine.digits.split()) == 6 and mine.digits.replace(" ", "").isdigit()
    use(county_url)
    from station_app.exchange.enrolment import list_partners

    [registered] = list_partners(county)
    assert (registered.code, registered.digits) == ("152222-DBS", mine.digits)


def test_a_bundle_claiming_the_countys_own_station_is_refused(tmp_path: Path) -> None:
    """The critical finding: records claiming the bureau's own station id changed a clerk into an
    administrator and disabled the county's admin. Sealed with the shared password, as then."""
    import json

    from station_app.exchange.bundle_reader import open_bundle
    from tests.fuzz.test_bundle_fuzz import seal_frames

    station = new_station(sqlite_url(tmp_path, "sending_station"))
    admin_row = Account.get(Account.station == station.station_id)
    data = export(station)
    county_url = sqlite_url(tmp_path, "county")
    county = new_county(county_url)
    clerk = create_account(county, "clerk", "文员", "readonly", "Clerk2026x")
    home = str(county.station_id)
    manifest, events = open_bundle(io.BytesIO(data), PASSWORD)
    manifest["station"].update(id=home, code="152222-XJ", name="科右中旗公安局")
    frames = [(b"M", json.dumps(manifest).encode())]
    for event in events:
        kind = type(event).__name__
        if kind == "TableStart":
            ids = [str(clerk.id)] if event.table == "account" else event.ids
            frames.append((b"T", json.dumps({"table": event.table, "ids": ids, "deleted": []}).encode()))
        elif kind == "Record":
            values = dict(event.values, station_id=home)
            if event.table == "account":
                values.update(id=str(clerk.id), username="clerk", full_name="文员", version=9)
            frames.append((b"R", json.dumps([values[c] for c in manifest["tables"][event.table]["columns"]])
                           .encode()))
        elif kind == "AuditHashes":
            frames.append((b"H", json.dumps(event.hashes).encode()))
        elif kind == "End":
            frames.append((b"E", json.dumps({"files": 0, "missing_files": []}).encode()))
    with pytest.raises(BundleError, match="本单位自己的数据包"):
        receive(county, seal_frames(frames, PASSWORD))
    assert (Account.get_by_id(clerk.id).role, Account.get_by_id(clerk.id).full_name) == ("readonly", "文员")
    assert Account.get(Account.username == "admin", Account.station == county.station_id).is_active
    del admin_row


def test_a_station_not_enrolled_cannot_send_a_signed_bundle(pair, tmp_path: Path) -> None:
    _, _, county_url, county = pair
    evil_url = sqlite_url(tmp_path, "evil")
    evil = new_station(evil_url, "152222-EVIL", "别的所")
    use(county_url)
    _, county_file = enrolment_file_bytes(county)
    use(evil_url)
    import_enrolment(evil, county_file)  # the county's file is no secret: anyone can seal for it
    data = export(evil)
    use(county_url)
    with pytest.raises(BundleError, match="没有在本县局登记"):
        receive(county, data)


def test_one_stations_key_cannot_carry_another_stations_records(pair, tmp_path: Path) -> None:
    """EVIL is enrolled too, and sends records carrying the UUIDs of DBS's residents."""
    station_url, station, county_url, county = pair
    victim = create_resident(station, {"name": "白音", "phone": "13904753333"})
    first = export(station)
    use(county_url)
    receive(county, first)
    evil_url = sqlite_url(tmp_path, "evil")
    evil = new_station(evil_url, "152222-EVIL", "别的所")
    enrol(evil_url, evil, county_url, county)
    use(evil_url)
    with db.transaction():
        Resident.insert(id=victim.id, station=evil.station_id, name="改名", name_keys="", phone="",
                        phone_reversed="").execute()
    data = export(evil)
    use(county_url)
    with pytest.raises(BundleError, match="另一单位的记录编号相同"):
        receive(county, data)
    assert (Resident.get_by_id(victim.id).name, Resident.get_by_id(victim.id).station_id) == (
        "白音", station.station_id)


def test_a_revoked_station_is_refused(pair) -> None:
    station_url, station, county_url, county = pair
    data = export(station)
    use(county_url)
    revoke(county, "152222-DBS")
    with pytest.raises(BundleError, match="已于 .* 被注销"):
        receive(county, data)


def test_a_password_bundle_from_an_enrolled_station_is_refused(pair) -> None:
    station_url, station, county_url, county = pair
    from station_app.exchange.enrolment import active_county
    from station_app.exchange.models import ExchangePartner

    with db.transaction():  # what an attacker with the old shared password would send
        ExchangePartner.delete().where(ExchangePartner.id == active_county().id).execute()
    data = export(station)
    assert data[10] == 1
    use(county_url)
    with pytest.raises(BundleError, match="只导入它签名的数据包"):
        receive(county, data)


def test_a_bundle_sealed_for_another_county_is_refused(pair, tmp_path: Path) -> None:
    station_url, station, county_url, county = pair
    other_url = sqlite_url(tmp_path, "other_county")
    other = new_county(other_url)
    _, station_file = enrolment_file_bytes(_as(station_url, station))
    use(other_url)
    import_enrolment(other, station_file)
    _, other_file = enrolment_file_bytes(other)
    use(station_url)
    import_enrolment(station, other_file, replace=True)
    data = export(station)
    use(county_url)
    with pytest.raises(BundleError, match="发给另一个县局"):
        receive(county, data)


def _as(url: str, actor: Actor) -> Actor:
    use(url)
    return actor


@pytest.mark.parametrize("part", ["header", "sender", "ciphertext", "signature", "cut"])
def test_tampering_with_any_part_of_a_sealed_bundle_is_refused_and_writes_nothing(pair, part: str) -> None:
    station_url, station, county_url, county = pair
    create_resident(station, {"name": "乌云", "phone": "13904754444"})
    data = bytearray(export(station))
    header_end = PREFIX.size + 16 + 32 + 32 + 32 + 7 + 4
    if part == "header":
        data[PREFIX.size + 16 + 40] ^= 1  # the recipient's fingerprint
    elif part == "sender":  # the station claimed: another enrolled id
        data[PREFIX.size:PREFIX.size + 16] = uuid.uuid4().bytes
    elif part == "ciphertext":
        data[header_end + 100] ^= 0x40
    elif part == "signature":
        data[-3] ^= 1
    else:
        data = data[:-SIGNATURE_SIZE - 10] + data[-SIGNATURE_SIZE:]
    use(county_url)
    with pytest.raises(BundleError):
        receive(county, bytes(data))
    assert not Resident.select().exists()


def test_an_attachment_name_or_hash_from_a_bundle_cannot_reach_outside(pair, tmp_path: Path) -> None:
    from station_app.attachments.models import Attachment
    from station_app.attachments.service import AttachmentView, viewing_copy
    from station_app.core import paths

    station_url, station, county_url, county = pair
    person = create_resident(station, {"name": "图雅", "phone": "13904755555"})
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    from station_app.attachments.service import attach_file

    view = attach_file(station, "resident", person.id, photo)
    with db.transaction():  # a hostile sender's names
        Attachment.update(file_name="../../../../tmp/startup.bat").where(Attachment.id == view.id).execute()
    data = export(station, include_attachments=True)
    use(county_url)
    receive(county, data)
    stored = Attachment.get_by_id(view.id)
    copy = viewing_copy(AttachmentView(stored.id, stored.file_name, stored.size, stored.sha256, "", ""))
    assert copy.parent.parent == paths.temp_dir() and ".." not in copy.name and "/" not in copy.name
    assert copy.read_bytes() == photo.read_bytes()
    with pytest.raises(Exception, match="校验值不正确"):
        viewing_copy(AttachmentView(stored.id, "x", 1, "../../dev/zero" + "0" * 50, "", ""))


def test_an_attachment_record_whose_hash_is_a_path_is_refused(pair) -> None:
    from station_app.attachments.models import Attachment

    station_url, station, county_url, county = pair
    person = create_resident(station, {"name": "萨仁", "phone": "13904756666"})
    with db.transaction():
        Attachment.create(station=station.station_id, owner_kind="resident", owner_id=str(person.id),
                          sha256="../../dev/zero", file_name="x", size=1, purpose="", added_by="x")
    data = export(station)
    use(county_url)
    with pytest.raises(BundleError, match="sha256"):
        receive(county, data)


def test_a_station_name_cannot_write_outside_the_report_folder(pair, tmp_path: Path, capsys) -> None:
    from station_app.cli.main import main
    from tests.cli_login import logged_in

    station_url, station, county_url, county = pair
    with db.transaction():
        Station.update(name="../../逃出去").where(Station.id == station.station_id).execute()
    data = export(station)
    use(county_url)
    receive(county, data)
    db.close()
    out = tmp_path / "reports" / "inner"
    assert main(logged_in(["--db", county_url, "report", "weekly", "--station", "152222-DBS",
                           "--out", str(out)])) == 0
    written = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert written and all(path.parent == out for path in written)
    assert not list((tmp_path / "reports").glob("*逃出去*")) and not list(tmp_path.glob("*逃出去*"))


@pytest.mark.parametrize("name,safe", [("../../etc/passwd", "_._etc_passwd"), ("CON", "_CON"),
                                      ("c:\\windows\\x", "c__windows_x"), ("a\x00b\x1fc", "a b c"),
                                      ("  ..  ", "文件"), ("x" * 300, "x" * 80)])
def test_safe_file_names(name: str, safe: str) -> None:
    from station_app.exchange.names import safe_file_name

    assert safe_file_name(name) == safe


def test_a_forged_huge_version_is_refused(pair) -> None:
    station_url, station, county_url, county = pair
    person = create_resident(station, {"name": "阿拉坦", "phone": "13904757777"})
    first = export(station)
    use(county_url)
    receive(county, first)
    use(station_url)
    with db.transaction():
        Resident.update(version=10**9, notes="伪造").where(Resident.id == person.id).execute()
    data = export(station)
    use(county_url)
    with pytest.raises(BundleError, match="版本号不合理"):
        receive(county, data)
    assert Resident.get_by_id(person.id).version == 1


def test_a_rewritten_audit_history_is_held_and_named(pair) -> None:
    station_url, station, county_url, county = pair
    for index in range(5):
        create_resident(station, {"name": f"其其格{index}", "phone": f"1390475800{index}"})
    first = export(station)
    use(county_url)
    receive(county, first)
    use(station_url)
    _rewrite_audit_entry(3)
    create_resident(station, {"name": "新来的", "phone": "13904758888"})
    data = export(station)
    use(county_url)
    with pytest.raises(HistoryMismatch) as held:
        receive(county, data)
    assert "第 3 条审计记录" in held.value.message and held.value.first_seq == 3
    assert not Resident.select().where(Resident.name == "新来的").exists()
    summary = receive(county, data, accept_history=True)
    assert summary.history_problems and Resident.select().where(Resident.name == "新来的").exists()


def test_a_truncated_audit_history_is_held_and_numbers_are_not_reused(pair) -> None:
    from station_app.audit.models import AuditEntry

    station_url, station, county_url, county = pair
    for index in range(5):
        create_resident(station, {"name": f"乌日娜{index}", "phone": f"1390475900{index}"})
    first = export(station)
    use(county_url)
    receive(county, first)
    use(station_url)
    newest = AuditEntry.select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).first().seq
    _drop_audit_entries_from(newest - 2)
    create_resident(station, {"name": "之后", "phone": "13904759999"})
    assert AuditEntry.select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).first().seq > newest
    data = export(station)
    use(county_url)
    with pytest.raises(HistoryMismatch, match="已被删除"):
        receive(county, data)


def _rewrite_audit_entry(seq: int) -> None:
    """What an attacker with the database file does: change an entry, recompute every later hash."""
    from station_app.audit.chain import GENESIS_HASH, content_hash, entry_content
    from station_app.audit.models import AuditEntry

    database = db.current()
    database.execute_sql("DROP TRIGGER audit_entry_no_update")
    entries = list(AuditEntry.select().order_by(AuditEntry.seq))
    previous = GENESIS_HASH
    for entry in entries:
        if entry.seq == seq:
            entry.changes = entry.changes.replace('"', '"', 1) + " "  # one space more: still JSON
        entry.prev_hash = previous
        entry.hash = content_hash(previous, entry_content(entry))
        AuditEntry.update(changes=entry.changes, prev_hash=entry.prev_hash, hash=entry.hash).where(
            AuditEntry.seq == entry.seq).execute()
        previous = entry.hash
    from station_app.audit.chain import verify_chain

    assert verify_chain().ok  # consistent again: only the county's copy can tell


def _drop_audit_entries_from(seq: int) -> None:
    database = db.current()
    database.execute_sql("DROP TRIGGER audit_entry_no_delete")
    database.execute_sql("DELETE FROM audit_entry WHERE seq >= ?", (seq,))


def test_enrolment_files_are_checked(pair) -> None:
    station_url, station, county_url, county = pair
    _, data = enrolment_file_bytes(station)
    assert read_enrolment(data).role == "station"
    for broken in (b"not json", data.replace(b'"152222-DBS"', b'"152222-XXX"'), data[:-40]):
        with pytest.raises(EnrolmentError):
            read_enrolment(broken)
    with pytest.raises(EnrolmentError, match="本单位自己"):
        import_enrolment(station, data)


def test_a_station_that_lost_its_key_re_enrols(pair) -> None:
    station_url, station, county_url, county = pair
    key_file(station.station_id).unlink()
    with pytest.raises(KeysMissing, match="重新生成本所密钥"):
        export(station)
    make_keys(station)
    _, new_file = enrolment_file_bytes(station)
    data = export(station)
    use(county_url)
    with pytest.raises(BundleError, match="不是用该所现在登记的密钥签名"):
        receive(county, data)
    with pytest.raises(EnrolmentError, match="已登记过另一把密钥"):
        import_enrolment(county, new_file)
    import_enrolment(county, new_file, replace=True)
    assert receive(county, data).inserted > 0


def test_the_key_file_alone_or_the_database_alone_gives_nothing_away(pair) -> None:
    from cryptography.hazmat.primitives import serialization

    station_url, station, *_ = pair
    use(station_url)
    pem = key_file(station.station_id).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    blocks = pem.split(b"-----END ENCRYPTED PRIVATE KEY-----")
    with pytest.raises(TypeError):  # encrypted: no password, no key
        serialization.load_pem_private_key(blocks[0] + b"-----END ENCRYPTED PRIVATE KEY-----\n", None)
    db_bytes = Path(station_url.removeprefix("sqlite:///")).read_bytes()
    assert b"PRIVATE KEY" not in db_bytes


def test_keys_and_enrolment_from_the_command_line(tmp_path: Path, capsys, data_dir: Path) -> None:
    from station_app.cli.main import main as run
    from tests.cli_login import logged_in

    def main(argv: list[str]) -> int:  # the key files are in the data directory, as on one PC
        return run(["--data-dir", str(data_dir), *argv])

    station_url, county_url = sqlite_url(tmp_path, "sending_station"), sqlite_url(tmp_path, "county")
    new_station(station_url)
    new_county(county_url)
    db.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(logged_in(["--db", station_url, "enrol", "export", "--to", str(stick)])) == 0
    assert main(logged_in(["--db", county_url, "enrol", "export", "--to", str(stick)])) == 0
    capsys.readouterr()
    station_file, county_file = sorted(stick.glob("*.pajk"), key=lambda p: "XJ" in p.name)
    # no --yes, no terminal
    assert main(logged_in(["--db", county_url, "enrol", "import", str(station_file)])) == 2
    assert main(logged_in(["--db", county_url, "enrol", "import", str(station_file), "--yes", "--json"])) == 0
    assert main(logged_in(["--db", station_url, "enrol", "import", str(county_file), "--yes"])) == 0
    assert main(logged_in(["--db", station_url, "keys", "show"])) == 0
    assert "密钥指纹" in capsys.readouterr().out
    assert main(logged_in(["--db", station_url, "export", "--to", str(stick)])) == 0  # no password asked
    bundle = next(stick.rglob("*.pajt"))
    assert main(logged_in(["--db", county_url, "import-bundle", str(bundle), "--json"])) == 0
    assert main(logged_in(["--db", county_url, "enrol", "list"])) == 0
    assert "152222-DBS" in capsys.readouterr().out
    assert main(logged_in(["--db", county_url, "enrol", "revoke", "152222-DBS"])) == 0
    assert main(logged_in(["--db", county_url, "import-bundle", str(bundle)])) == 1


def test_station_check_reports_dropped_protective_triggers(admin: Actor) -> None:
    from station_app.core.health import check_database

    assert check_database().problems == []
    if db.is_sqlite():
        db.current().execute_sql("DROP TRIGGER audit_entry_no_delete")
        db.current().execute_sql("DROP TRIGGER journal_resident_update")
    else:
        db.current().execute_sql("DROP TRIGGER audit_entry_no_change ON audit_entry")
        db.current().execute_sql('DROP TRIGGER journal_resident ON "resident"')
    [problem] = check_database().problems
    assert "保护触发器被删除" in problem and "journal_resident" in problem and "audit_entry" in problem


def test_the_keys_go_with_the_backups_and_come_back_from_them(sqlite_admin: Actor) -> None:
    from station_app.backup.service import backup_now
    from station_app.exchange.keys import load_private_keys

    info = backup_now(sqlite_admin).info
    copy = info.path.parent / "keys" / key_file(sqlite_admin.station_id).name
    assert copy.read_bytes() == key_file(sqlite_admin.station_id).read_bytes()
    key_file(sqlite_admin.station_id).unlink()  # the PC's disk died; the database came from a backup
    assert load_private_keys(sqlite_admin.station_id).sign is not None
    assert key_file(sqlite_admin.station_id).exists()
