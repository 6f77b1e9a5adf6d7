"""SQLite's WAL-reset bug needs two connections writing or checkpointing at once: in one process the
threads' units of work take turns, each to its COMMIT (which runs the automatic checkpoint)."""

from __future__ import annotations

import threading

import pytest

from station_app.accounts import service as accounts
from station_app.audit.chain import verify_chain
from station_app.audit.models import AuditEntry
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import DatabaseUnavailable


def test_a_writer_holds_its_turn_through_commit_and_checkpoint(sqlite_admin: Actor) -> None:
    """Another thread's write waits while a unit of work (and the checkpoint its COMMIT runs) is
    under way: two connections of this process never write or checkpoint at once."""
    order: list[str] = []
    inside, release = threading.Event(), threading.Event()

    def first() -> None:
        with db.transaction():
            accounts.create_account(sqlite_admin, "first", "甲", "officer", "Police2026")
            inside.set()
            release.wait(5)
            order.append("first committed")
        db.close()

    def second() -> None:
        inside.wait(5)
        with db.transaction():
            order.append("second began")
            accounts.create_account(sqlite_admin, "second", "乙", "officer", "Police2026")
        db.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    inside.wait(5)
    release.set()
    for thread in threads:
        thread.join()
    assert order == ["first committed", "second began"]
    assert verify_chain().ok


def test_units_of_work_from_many_threads_do_not_mix(sqlite_admin: Actor) -> None:
    before = AuditEntry.select().count()
    failures: list[BaseException] = []

    def register(number: int) -> None:
        try:
            accounts.create_account(sqlite_admin, f"user{number:02d}", f"民警{number}", "officer",
                                    "Police2026")
        except BaseException as exc:  # collected: a thread's exception would be lost
            failures.append(exc)

    threads = [threading.Thread(target=register, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert AuditEntry.select().count() == before + 12
    assert verify_chain().ok  # every entry chained onto the one before: no interleaving


def test_a_thread_waits_for_the_other_and_then_says_busy(sqlite_admin: Actor, monkeypatch) -> None:
    monkeypatch.setattr(db, "WRITER_WAIT_SECONDS", 0.2)
    inside, release = threading.Event(), threading.Event()

    def long_import() -> None:
        with db.transaction():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=long_import)
    worker.start()
    inside.wait(5)
    try:
        with pytest.raises(DatabaseUnavailable, match="数据库正忙"), db.transaction():
            pass
    finally:
        release.set()
        worker.join()
    with db.transaction():  # free again
        pass
