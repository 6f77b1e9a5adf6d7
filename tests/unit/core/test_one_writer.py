"""SQLite: one connection per process, shared by the worker threads (SQLite's WAL-reset bug needs two
connections writing or checkpointing at once); units of work from several threads never mix."""

from __future__ import annotations

import threading

import pytest

from station_app.accounts import service as accounts
from station_app.audit.chain import verify_chain
from station_app.audit.models import AuditEntry
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import DatabaseUnavailable


def test_worker_threads_use_the_one_connection(sqlite_admin: Actor) -> None:
    main = db.current().connection()
    seen = []
    worker = threading.Thread(target=lambda: seen.append(db.current().connection()))
    worker.start()
    worker.join()
    assert seen == [main]
    db.release_thread()  # what a finished worker calls: the shared connection stays open
    assert not db.current().is_closed()


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
