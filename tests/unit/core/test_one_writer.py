"""Writers take turns, and a writer that has to wait says what for and can stop waiting.

SQLite's WAL-reset bug needs two connections writing or checkpointing at once: in one process the
threads' units of work take turns, each to its COMMIT (which runs the automatic checkpoint). A second
writer — a thread, another program on the same file, another PC on PostgreSQL — WAITS (issue 16:
no more "database is locked" after 10 s), tells its listener "另一项居民导入正在进行（已 N 秒）…",
and gives up cleanly when cancelled.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from station_app.accounts import service as accounts
from station_app.accounts.models import Account
from station_app.audit.chain import verify_chain
from station_app.audit.models import AuditEntry
from station_app.core import db, writer
from station_app.core.actor import Actor
from station_app.core.writer import WriteCancelled, WriterWait

WAITING = re.compile(r"^另一项居民导入正在进行（已 \d+ 秒）…$")


class Holding:
    """A unit of work on another thread that holds the write lock until told to finish."""

    def __init__(self, action: Callable[[], object], task: str = "") -> None:
        self.inside, self.release = threading.Event(), threading.Event()
        self.released_at: float | None = None
        self.committed_at: float | None = None
        self.errors: list[BaseException] = []

        def run() -> None:
            try:
                with db.transaction(task=task):
                    action()
                    self.inside.set()
                    assert self.release.wait(30), "the test never let the first writer finish"
                self.committed_at = time.monotonic()
            except BaseException as exc:  # reported by the test, not lost in the thread
                self.errors.append(exc)
                self.inside.set()
            finally:
                db.close()

        self.thread = threading.Thread(target=run)

    def __enter__(self) -> Holding:
        self.thread.start()
        assert self.inside.wait(30)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.released_at = time.monotonic()
        self.release.set()
        self.thread.join(30)
        assert self.errors == []


class Told:
    """A listener that records what the waiting writer was told (and when)."""

    def __init__(self, then: Callable[[WriterWait], None] = lambda wait: None) -> None:
        self.waits: list[tuple[float, WriterWait]] = []
        self.said_waiting = threading.Event()
        self.then = then

    def __call__(self, wait: WriterWait) -> None:
        self.waits.append((time.monotonic(), wait))
        if not wait.done:
            self.said_waiting.set()
            self.then(wait)

    @property
    def messages(self) -> list[str]:
        return [wait.message for _at, wait in self.waits if not wait.done]


@pytest.fixture
def in_thread() -> Iterator[Callable[[Callable[[], object]], threading.Thread]]:
    started: list[threading.Thread] = []

    def start(action: Callable[[], object]) -> threading.Thread:
        def run() -> None:
            try:
                action()
            finally:
                db.close()

        thread = threading.Thread(target=run)
        thread.start()
        started.append(thread)
        return thread

    yield start
    for thread in started:
        thread.join(30)


def test_the_second_writer_waits_while_the_first_holds_the_lock_and_is_told_why(
        admin: Actor, in_thread) -> None:
    """The first writer holds the lock until the second has been seen WAITING (not before the
    second tries): then the second commits after the first, and was told what it waited for. On
    SQLite the threads queue in this process; on PostgreSQL on the server's advisory lock."""
    told = Told()
    order: list[str] = []
    with Holding(lambda: accounts.create_account(admin, "first", "甲", "officer", "Police2026"),
                 task="residents.import") as first:
        def second() -> None:
            with writer.listening(told), db.transaction():
                order.append("second began")
                accounts.create_account(admin, "second", "乙", "officer", "Police2026")

        thread = in_thread(second)
        assert told.said_waiting.wait(30), "the second writer never reported waiting"
        time.sleep(0.6)  # it keeps waiting (and saying so) for as long as the first holds on
        assert order == [] and thread.is_alive()
    thread.join(30)
    assert order == ["second began"]
    assert first.committed_at is not None and first.released_at is not None
    # told it was waiting, again and again, before the first writer was even allowed to finish
    waiting = [at for at, wait in told.waits if not wait.done]
    assert len([at for at in waiting if at < first.released_at]) >= 2
    assert told.waits[-1][1].done  # and the notice was closed when the turn came
    assert all(WAITING.match(message) for message in told.messages), told.messages
    assert {account.username for account in Account.select()} >= {"first", "second"}
    assert verify_chain().ok


def test_a_waiting_writer_that_is_cancelled_writes_nothing(admin: Actor, in_thread) -> None:
    def give_up(wait: WriterWait) -> None:
        raise WriteCancelled("已取消：不再等待。")

    told = Told(then=give_up)
    outcome: list[BaseException] = []
    with Holding(lambda: None, task="residents.import"):
        def second() -> None:
            try:
                with writer.listening(told), db.transaction():
                    accounts.create_account(admin, "second", "乙", "officer", "Police2026")
            except BaseException as exc:
                outcome.append(exc)

        in_thread(second).join(30)
    assert [type(exc) for exc in outcome] == [WriteCancelled]
    assert WAITING.match(told.messages[0]) and told.waits[-1][1].done
    assert not Account.select().where(Account.username == "second").exists()
    assert verify_chain().ok


def test_an_unlabelled_writer_is_named_as_other_work(sqlite_admin: Actor, in_thread) -> None:
    told = Told()
    with Holding(lambda: None):
        def second() -> None:
            with writer.listening(told), db.transaction():
                pass

        thread = in_thread(second)
        assert told.said_waiting.wait(30)
    thread.join(30)
    assert re.match(r"^另一项工作正在保存数据（已等待 \d+ 秒）…$", told.messages[0]), told.messages


def test_ctrl_c_inside_a_unit_of_work_rolls_it_back_and_says_so(sqlite_admin: Actor) -> None:
    before = AuditEntry.select().count()
    with pytest.raises(WriteCancelled, match="没有保存任何内容"), db.transaction():
        accounts.create_account(sqlite_admin, "halfway", "半途", "officer", "Police2026")
        raise KeyboardInterrupt
    assert not Account.select().where(Account.username == "halfway").exists()
    assert AuditEntry.select().count() == before


def test_units_of_work_from_many_threads_do_not_mix(admin: Actor) -> None:
    before = AuditEntry.select().count()
    failures: list[BaseException] = []

    def register(number: int) -> None:
        try:
            accounts.create_account(admin, f"user{number:02d}", f"民警{number}", "officer", "Police2026")
        except BaseException as exc:  # collected: a thread's exception would be lost
            failures.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=register, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert AuditEntry.select().count() == before + 12
    assert verify_chain().ok  # every entry chained onto the one before: no interleaving


def test_without_any_listener_a_writer_gives_up_in_plain_words(sqlite_admin: Actor, in_thread,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from station_app.core.errors import DatabaseUnavailable

    monkeypatch.setattr(writer, "UNATTENDED_LIMIT_SECONDS", 0.3)
    monkeypatch.setattr(writer, "_default_listener", None)
    outcome: list[BaseException] = []
    with Holding(lambda: None, task="residents.import"):
        def second() -> None:
            try:
                with db.transaction():
                    pass
            except BaseException as exc:
                outcome.append(exc)

        in_thread(second).join(30)
    assert [type(exc) for exc in outcome] == [DatabaseUnavailable]
    assert re.match(r"^另一项居民导入正在进行（已 \d+ 秒），请稍后再试。$", outcome[0].message)
