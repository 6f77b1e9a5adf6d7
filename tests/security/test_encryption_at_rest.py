"""A stolen PC or backup stick gives nothing away (issue 16): a station set up and filled with demo
data through the `station` command, a known text file attached to a case, a backup made; then the
raw bytes of the database, its WAL, every backup and every stored attachment are searched for the
ID numbers, phones, resident and party names, and the attached text. Nothing may be found."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.accounts.signin import sign_in
from station_app.cli.main import main
from station_app.core import db, paths, vault
from tests.cli_login import DEMO_PASSWORD, logged_in

SECRET_TEXT = "调解笔录原件：当事人巴特尔称借款三万元未还，另一方否认。".encode()


def secrets_of_the_station() -> list[bytes]:
    """What a thief must not read: every resident's ID number, phone and name, every party's name."""
    from station_app.mediation.models import CaseParty
    from station_app.residents.models import Resident

    found: set[bytes] = set()
    for number, phone, name in Resident.select(Resident.id_number, Resident.phone, Resident.name).tuples():
        found.update(value.encode() for value in (number, phone) if value)
        if len(name) >= 3:  # a two-character name can occur by chance in random bytes: 6 bytes
            found.add(name.encode())
    for (name,) in CaseParty.select(Resident.name).join(Resident).tuples():
        found.add(name.encode())
    assert len(found) > 300
    return sorted(found)


@pytest.fixture
def filled_station(tmp_path: Path) -> tuple[Path, list[bytes]]:
    url = f"sqlite:///{(tmp_path / 'station.sqlite3').as_posix()}"
    assert main(logged_in(["--db", url, "demo", "--residents", "300", "--cases", "12", "--weeks", "2"],
                          password=DEMO_PASSWORD)) == 0
    db.close()
    vault.forget()
    signed = sign_in(url, "admin", DEMO_PASSWORD)
    from station_app.backup.service import backup_now
    from station_app.mediation.cases import attach_to_case
    from station_app.mediation.models import DisputeCase

    note = tmp_path / "笔录.txt"
    note.write_bytes(SECRET_TEXT)
    attach_to_case(signed.actor, DisputeCase.select().first().id, note, "笔录")
    note.unlink()
    backup_now(signed.actor)
    return Path(url.removeprefix("sqlite:///")), secrets_of_the_station()


def test_no_personal_data_in_the_raw_bytes_of_database_wal_backups_and_attachments(filled_station) -> None:
    path, secrets = filled_station
    wal = path.with_name(path.name + "-wal")
    files = {"数据库": [path], "WAL": [wal] if wal.exists() else [],
             "备份": sorted((paths.data_dir() / "backups").glob("*.sqlite3")),
             "附件": [file for file in paths.attachments_dir().rglob("*") if file.is_file()],
             "钥匙文件": [vault.slots_path(path)]}
    assert files["WAL"] and files["WAL"][0].stat().st_size > 0, "the WAL is read while the app has it open"
    contents = [(kind, file.name, file.read_bytes()) for kind, found in files.items() for file in found]
    db.close()  # and the database once more as it is left on the disk when the app has closed
    vault.forget()
    contents.append(("关闭后的数据库", path.name, path.read_bytes()))
    assert files["备份"] and len(files["附件"]) >= 2
    leaks = []
    for kind, name, data in contents:
        if data.startswith(b"SQLite format 3"):
            leaks.append(f"{kind} {name}: plain SQLite")
        leaks += [f"{kind} {name}: {secret.decode()}" for secret in (*secrets, SECRET_TEXT) if secret in data]
    assert leaks == []


def test_the_attached_text_comes_back_intact_for_someone_logged_in(filled_station, tmp_path: Path) -> None:
    from station_app.attachments.models import Attachment
    from station_app.attachments.service import export_copy
    from station_app.mediation.cases import CASE_ENTITY

    path, _ = filled_station
    db.close()
    vault.forget()
    sign_in(f"sqlite:///{path.as_posix()}", "admin", DEMO_PASSWORD)
    from station_app.attachments.service import attachments_of

    row = Attachment.select().where(Attachment.file_name == "笔录.txt").get()
    [view] = [v for v in attachments_of(CASE_ENTITY, row.owner_id) if v.file_name == "笔录.txt"]
    assert export_copy(view, tmp_path / "out.txt").read_bytes() == SECRET_TEXT
