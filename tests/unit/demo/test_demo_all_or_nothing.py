"""`station demo` is one unit of work: stopped anywhere, the database is as it was (issue 16: "a demo
run stopped half-way" left accounts and residents without the rest)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station_app.core import db
from station_app.demo import loader
from tests.cli_login import ADMIN_PASSWORD, password_file
from tests.fuzz.conftest import database_state

ROOT = Path(__file__).resolve().parents[3]


class Boom(RuntimeError):
    pass


@pytest.mark.parametrize("stop_in", ["load_demo_residents", "load_demo_ledgers"])
def test_a_demo_run_that_fails_half_way_leaves_nothing(sqlite_admin, monkeypatch, stop_in: str) -> None:
    before = database_state()
    real = getattr(loader, stop_in)

    def then_fail(*args, **kwargs):
        real(*args, **kwargs)  # it did its part (accounts and residents were written) …
        raise Boom("… and then the run was cut short")

    monkeypatch.setattr(loader, stop_in, then_fail)
    with pytest.raises(Boom):
        loader.load_demo(seed=3, accounts=4, residents=30, cases=2, weeks=1, actor=sqlite_admin)
    assert database_state() == before


def test_a_demo_run_on_an_empty_database_that_fails_leaves_it_empty(opened_sqlite, monkeypatch) -> None:
    from station_app.station.service import home_station

    monkeypatch.setattr(loader, "load_demo_residents", lambda *args: (_ for _ in ()).throw(Boom("stop")))
    with pytest.raises(Boom):
        loader.load_demo(seed=1, accounts=3, residents=10)
    assert home_station() is None  # not even the station it set up first


def test_ctrl_c_during_station_demo_leaves_the_database_as_it_was(sqlite_admin, sqlite_url: str,
                                                                  data_dir: Path) -> None:
    """A real `station demo` in its own process, interrupted while it writes."""
    if os.name == "nt":
        pytest.skip("SIGINT to a child process is a POSIX signal")
    before = database_state(apart_from_logins=True)  # `station demo` logs in first
    db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STATION_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [sys.executable, "-m", "station_app.cli.main", "--user", "admin", "--password-file",
         str(password_file(ADMIN_PASSWORD)), "--db", sqlite_url, "demo", "--seed", "5",
         "--accounts", "6", "--residents", "3000", "--cases", "20", "--weeks", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=ROOT)
    writing = _wait_until_writing(Path(sqlite_url.removeprefix("sqlite:///")))
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert writing, "the demo never started writing"
    assert process.returncode == 1, (out, err)
    assert "已取消（Ctrl+C）：这项工作没有保存任何内容。" in err and "Traceback" not in err
    assert database_state(apart_from_logins=True) == before


def _wait_until_writing(path: Path, timeout: float = 60) -> bool:
    """True once the demo holds the write lock (its note beside the database says so) and has been
    writing for a moment."""
    from station_app.core.writer import note_path

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if note_path(path).exists():
            time.sleep(1.0)
            return note_path(path).exists()
        time.sleep(0.02)
    return False

