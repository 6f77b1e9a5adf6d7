"""Opening databases: pragmas, and clear messages for every way opening can fail."""

import os
import stat
import subprocess
from pathlib import Path

import pytest

from station_app.core import db
from station_app.core.errors import DatabaseUnavailable
from station_app.core.startup import open_database


def test_sqlite_pragmas_for_power_cuts(sqlite_url: str) -> None:
    open_database(sqlite_url)
    database = db.current()
    pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") == 10_000


def test_garbage_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    garbage = os.urandom(4096)
    path.write_bytes(garbage)
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(f"sqlite:///{path}")
    assert "损坏" in caught.value.message
    assert path.read_bytes() == garbage


def test_read_only_database_is_explained(sqlite_url: str) -> None:
    open_database(sqlite_url)
    db.close()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    if os.geteuid() == 0:
        # root ignores file modes; the immutable flag binds root too
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("cannot make the file read-only for root here (chattr)")
        undo = ["chattr", "-i", str(path)]
    else:
        path.chmod(stat.S_IRUSR)
        undo = ["chmod", "u+w", str(path)]
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            open_database(sqlite_url)
        assert "只读" in caught.value.message
    finally:
        subprocess.run(undo, check=True)


def test_missing_folder_and_bad_urls() -> None:
    with pytest.raises(DatabaseUnavailable, match="文件夹不存在"):
        db.connect("sqlite:////no/such/folder/station.sqlite3")
    with pytest.raises(DatabaseUnavailable, match="不支持的数据库地址"):
        db.connect("mysql://root@localhost/x")
    with pytest.raises(DatabaseUnavailable, match="格式不对"):
        db.connect("sqlite:/relative")


def test_unreachable_postgres_server_is_explained() -> None:
    with pytest.raises(DatabaseUnavailable, match="无法连接数据库服务器"):
        db.connect("postgresql://nobody:secret@127.0.0.1:1/station")


def test_password_never_shown_in_location() -> None:
    location = db.parse_location("postgresql://station:s3cret@10.0.0.5:5432/ledger")
    assert "s3cret" not in location.display
    assert "***" in location.display


def test_same_code_runs_on_both_databases(opened) -> None:
    assert opened.initialised is False
    assert db.current().table_exists("account")
    assert db.current().table_exists("audit_entry")
