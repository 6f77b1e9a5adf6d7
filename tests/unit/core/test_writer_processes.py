"""A second program on the same database waits for the first, says so on stderr and can be stopped
with Ctrl+C (issue 16: it used to fail after 10 s with "内部错误：OperationalError: database is
locked"). Here the first program is this test process, holding the write lock the way a
200,000-row import does; the second is a real `station` command in its own process.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_app.accounts.models import Account
from station_app.core import db, writer
from station_app.core.actor import Actor
from tests.cli_login import ADMIN_PASSWORD, password_file

ROOT = Path(__file__).resolve().parents[3]
WAITING = re.compile(r"另一项(居民导入|工单导入)正在进行（已 \d+ 秒）…等它完成后继续，按 Ctrl\+C 取消。")


class LongImport:
    """This process holding the write lock, named as an import, until told to finish."""

    def __init__(self, task: str = "residents.import") -> None:
        self.inside, self.release = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run, args=(task,))

    def _run(self, task: str) -> None:
        try:
            with db.transaction(task=task):
                self.inside.set()
                self.release.wait(60)
        finally:
            db.close()

    def __enter__(self) -> LongImport:
        self.thread.start()
        assert self.inside.wait(30)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self.thread.join(30)


class Station:
    """`station …` in its own process, its stderr read line by line as it comes."""

    def __init__(self, *args: str, data_dir: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "STATION_DATA_DIR": str(data_dir)}
        login = ["--user", "admin", "--password-file", str(password_file(ADMIN_PASSWORD))]
        self.process = subprocess.Popen([sys.executable, "-m", "station_app.cli.main", *login, *args],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        encoding="utf-8", env=env, cwd=ROOT)
        self.lines: queue.Queue[str] = queue.Queue()
        self.err: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.err.append(line)
            self.lines.put(line)

    def wait_for(self, pattern: re.Pattern[str], timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            if pattern.search(line):
                return line
        self.process.kill()
        pytest.fail(f"`station` never said {pattern.pattern!r}; stderr: {''.join(self.err)}")

    def finish(self, timeout: float = 60) -> tuple[int, str, str]:
        assert self.process.stdout is not None
        out = self.process.stdout.read()
        self.process.wait(timeout)
        self.reader.join(10)
        return self.process.returncode, out, "".join(self.err)


@pytest.fixture
def station_db(sqlite_admin: Actor, sqlite_url: str, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    password = tmp_path / "pw.txt"
    password.write_text("Police2026\n", encoding="utf-8")
    yield sqlite_url, password


def add_user(url: str, password: Path, name: str, data_dir: Path) -> Station:
    return Station("--db", url, "users", "add", name, "--role", "officer", "--password-file", str(password),
                   data_dir=data_dir)


def test_a_second_program_waits_with_a_line_on_stderr_and_then_does_its_work(
        station_db: tuple[str, Path], data_dir: Path) -> None:
    url, password = station_db
    with LongImport():
        second = add_user(url, password, "waiter", data_dir)
        line = second.wait_for(WAITING)
        assert "居民导入" in line
        time.sleep(1.5)
        assert second.process.poll() is None  # still waiting, long past the old failure's cause
        assert not Account.select().where(Account.username == "waiter").exists()
    code, out, err = second.finish()
    assert code == 0, err
    assert "已轮到本次保存，继续。" in err and "database is locked" not in err and "内部错误" not in err
    assert Account.select().where(Account.username == "waiter").exists()


@pytest.mark.skipif(os.name == "nt", reason="SIGINT to a child process is a POSIX signal")
def test_ctrl_c_while_waiting_cancels_cleanly_and_writes_nothing(station_db: tuple[str, Path],
                                                                  data_dir: Path) -> None:
    url, password = station_db
    with LongImport(task="hotline.import"):
        second = add_user(url, password, "impatient", data_dir)
        second.wait_for(WAITING)
        second.process.send_signal(signal.SIGINT)
        code, out, err = second.finish()
    assert code == 1
    assert "已取消：等待期间按了 Ctrl+C，这项工作没有保存任何内容。" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not Account.select().where(Account.username == "impatient").exists()


def test_a_note_left_by_a_killed_program_is_not_believed(sqlite_admin: Actor, sqlite_url: str) -> None:
    """Only the lock's holder writes the note, so the next unit of work removes a stale one."""
    path = Path(db.current().database)
    writer.write_note(path, "residents.import")
    with db.transaction():
        pass
    assert not writer.note_path(path).exists()
