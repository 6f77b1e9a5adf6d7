"""Two PCs on one database edit the same case, resident and 12345 order: the second save is refused
with a message naming who changed what and when, never a silent overwrite (the `version` column).

"PC 2" is a second process with its own database connection running the same service code: this
file run as a script, one JSON command per line on stdin, one JSON answer per line on stdout.
Every test runs on PostgreSQL (the shared server these rules are for) and, for parity, on SQLite.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "Pass12345"
TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
WAITING = re.compile(r"^另一台电脑或另一个程序正在保存数据（已等待 \d+ 秒）…$")


# ---- the same service calls, on either PC ----------------------------------------------------------

def load(actor: Any, kind: str, record_id: uuid.UUID) -> Any:
    """What the PC shows when the officer opens the record (its version is the one saved against)."""
    if kind == "case":
        from station_app.mediation.reading import get_case

        return get_case(actor, record_id)
    if kind == "resident":
        from station_app.residents.service import get_resident

        return get_resident(actor, record_id)
    from station_app.hotline.orders import get_order

    return get_order(actor, record_id)


def save(actor: Any, kind: str, view: Any, edit: dict[str, Any]) -> Any:
    """The officer's save from the record as it was opened (`view`)."""
    if kind == "case":
        from station_app.mediation import steps

        if "factors" in edit:
            return steps.assess_risk(actor, view.id, view.version, edit["factors"], edit.get("note", ""))
        return steps.save_plan(actor, view.id, view.version, edit["measures"], edit["responsible"],
                               edit["deadline"])
    if kind == "resident":
        from station_app.residents.service import update_resident

        return update_resident(actor, view.id, view.version, {**view.as_form(), **edit})
    from station_app.hotline.steps import dispatch_order

    return dispatch_order(actor, view.id, view.version, edit["office"])


def _serve(url: str) -> None:
    """PC 2's main loop (see the module docstring). A save that has to wait for another writer says
    so at once on its own line ({"waiting": message}), before its answer."""
    from station_app.accounts.service import login
    from station_app.core import db, writer
    from station_app.core.errors import StationError

    said = {"waiting": False}

    def tell_waiting(wait: Any) -> None:
        if not wait.done and not said["waiting"]:
            said["waiting"] = True
            print(json.dumps({"waiting": wait.message}, ensure_ascii=False), flush=True)

    writer.set_default_listener(tell_waiting)
    db.connect(url)
    actor, views = None, {}
    for line in sys.stdin:
        command, *args = json.loads(line)
        if command == "quit":
            break
        try:
            if command == "login":
                actor = login(*args)
                reply: dict[str, Any] = {"ok": True}
            elif command == "load":
                views[args[0]] = load(actor, args[0], uuid.UUID(args[1]))
                reply = {"ok": True, "version": views[args[0]].version}
            else:
                said["waiting"] = False
                print(json.dumps({"started": True}), flush=True)
                reply = {"ok": True, "version": save(actor, args[0], views[args[0]], args[1]).version}
        except StationError as exc:
            reply = {"ok": False, "error": type(exc).__name__, "message": exc.message,
                     "changed": sorted(getattr(exc, "changed_fields", {}))}
        except Exception as exc:  # a raw driver error or deadlock: the test must see it, not hang
            reply = {"ok": False, "error": type(exc).__name__, "message": str(exc)}
        print(json.dumps(reply, ensure_ascii=False), flush=True)
    db.close()


class OtherPC:
    """A second station PC: its own process, its own connection, the same service code."""

    def __init__(self, url: str, data_dir: Path, username: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "STATION_DATA_DIR": str(data_dir)}
        self.process = subprocess.Popen(
            [sys.executable, __file__, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=ROOT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.ask("login", username, PASSWORD)["ok"]

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def send(self, *command: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command, ensure_ascii=False, default=str) + "\n")
        self.process.stdin.flush()

    def answer(self, timeout: float = 60) -> dict[str, Any]:
        try:
            return json.loads(self.lines.get(timeout=timeout))
        except queue.Empty:
            self.process.kill()
            pytest.fail(f"PC 2 gave no answer in {timeout} s (deadlock?): {self.process.stderr.read()}")

    def ask(self, *command: object) -> dict[str, Any]:
        self.send(*command)
        return self.answer()

    def save(self, kind: str, edit: dict[str, Any]) -> dict[str, Any]:
        self.send("save", kind, edit)
        assert self.answer() == {"started": True}
        return self.result()

    def result(self) -> dict[str, Any]:
        """The answer to a save, past any note that it waited for its turn."""
        answer = self.answer()
        while "waiting" in answer:
            answer = self.answer()
        return answer

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


# ---- the records both PCs open -------------------------------------------------------------------

EDITS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {  # kind: (PC 1's edit, PC 2's edit)
    "case": ({"factors": ["threats_or_weapons"], "note": "一方扬言报复"},
             {"measures": "每周走访一次", "responsible": "李娜", "deadline": "2099-01-01"}),
    "resident": ({"phone": "13904751299"}, {"address": "高力板嘎查5组"}),
    "order": ({"office": "社区警务室"}, {"office": "司法所"}),
}
# What PC 1's save changed, as the conflict message must name it.
NAMED = {"case": ("风险等级", "状态"), "resident": ("联系电话",), "order": ("状态", "转派至社区警务室")}


@pytest.fixture
def records(admin) -> dict[str, uuid.UUID]:
    from station_app.accounts.service import create_account
    from station_app.core.clock import local_now
    from station_app.hotline.orders import create_order
    from station_app.mediation.cases import open_case
    from station_app.residents.service import create_resident

    create_account(admin, "wangwu", "王五", "officer", PASSWORD)
    create_account(admin, "lina", "李娜", "officer", PASSWORD)
    resident = create_resident(admin, {"name": "包音德力格尔", "phone": "13904751201",
                                       "address": "高力板嘎查3组"})
    case = open_case(admin, {"source": "群众来访", "category": "土地草场", "summary": "两户草场边界争议"},
                     [{"resident_id": resident.id}, {"resident": {"name": "巴特尔"}}])
    order = create_order(admin, {"order_number": "GD20240304001", "caller_name": "白先生",
                                 "caller_phone": "13912345678", "content": "邻居占用公共通道堆放柴草。",
                                 "category": "邻里纠纷", "working_days": 5,
                                 "received_at": local_now() - timedelta(hours=1)})
    return {"case": case.id, "resident": resident.id, "order": order.id}


@pytest.fixture
def other_pc(database_url: str, data_dir: Path, records: dict[str, uuid.UUID]) -> Iterator[OtherPC]:
    pc = OtherPC(database_url, data_dir, "lina")  # logs in: after `records` made the accounts
    yield pc
    pc.close()


def _stored(kind: str, record_id: uuid.UUID) -> Any:
    from station_app.hotline.models import HotlineOrder
    from station_app.mediation.models import DisputeCase
    from station_app.residents.models import Resident

    model = {"case": DisputeCase, "resident": Resident, "order": HotlineOrder}[kind]
    return model.get_by_id(record_id)


def _audit_count(record_id: uuid.UUID) -> tuple[int, int]:
    """(entries about the record, entries in the whole chain)."""
    from station_app.audit.models import AuditEntry

    about = AuditEntry.select().where(AuditEntry.entity_id == str(record_id)).count()
    return about, AuditEntry.select().count()


def _landed(kind: str, record_id: uuid.UUID, edit: dict[str, Any]) -> bool:
    """Whether `edit` is what the database holds now."""
    from station_app.hotline.models import HotlineEvent
    from station_app.mediation.models import CasePlan

    stored = _stored(kind, record_id)
    if kind == "case" and "factors" in edit:
        return stored.risk_level == "高" and stored.state == "assessed"
    if kind == "case":
        return CasePlan.select().where(CasePlan.case == record_id).exists()
    if kind == "resident":
        return all(getattr(stored, name) == value for name, value in edit.items())
    dispatches = HotlineEvent.select().where(
        (HotlineEvent.order == record_id) & (HotlineEvent.kind == "dispatch"))
    texts = [event.text for event in dispatches]
    return stored.dispatched_to == edit["office"] and texts == [f"转派至{edit['office']}"]


@pytest.mark.parametrize("kind", list(EDITS))
def test_second_save_from_a_stale_view_is_refused_and_told_what_changed(
    records: dict[str, uuid.UUID], other_pc: OtherPC, kind: str
) -> None:
    from station_app.accounts.service import login
    from station_app.audit.chain import verify_chain

    record_id = records[kind]
    pc1 = login("wangwu", PASSWORD)
    opened_on_pc2 = other_pc.ask("load", kind, str(record_id))
    view = load(pc1, kind, record_id)
    assert opened_on_pc2 == {"ok": True, "version": view.version}
    audited = _audit_count(record_id)

    saved = save(pc1, kind, view, EDITS[kind][0])
    refused = other_pc.save(kind, EDITS[kind][1])

    assert saved.version == view.version + 1
    assert refused["ok"] is False and refused["error"] == "ConflictError", refused
    message = refused["message"]
    assert "已被其他人修改" in message and "本次未保存" in message
    assert "王五" in message and TIME.search(message), message  # who and when
    assert f"版本 {view.version} → {view.version + 1}" in message
    for words in NAMED[kind]:
        assert words in message, message
    assert not re.search(r"[a-z_]{4,}", message), f"a column name reached the user: {message}"
    assert _stored(kind, record_id).version == view.version + 1
    assert _landed(kind, record_id, EDITS[kind][0]) and not _landed(kind, record_id, EDITS[kind][1])
    assert _audit_count(record_id) == (audited[0] + 1, audited[1] + 1)
    assert verify_chain().ok


def test_saves_at_the_same_moment_one_wins_the_other_is_told(
    database_url: str, records: dict[str, uuid.UUID], data_dir: Path
) -> None:
    """Both PCs are in their saves at once — each has said it is WAITING for the write lock the test
    holds, on SQLite as on PostgreSQL, before the test lets go — for each record: exactly one save
    lands, the other gets ConflictError — no deadlock, no raw error."""
    from station_app.audit.chain import verify_chain

    first, second = OtherPC(database_url, data_dir, "wangwu"), OtherPC(database_url, data_dir, "lina")
    try:
        for kind, record_id in records.items():
            versions = {pc.ask("load", kind, str(record_id))["version"] for pc in (first, second)}
            assert len(versions) == 1
            audited = _audit_count(record_id)
            with _both_held(database_url):
                for pc, edit in zip((first, second), EDITS[kind], strict=True):
                    pc.send("save", kind, edit)
                    assert pc.answer() == {"started": True}
                # the overlap, proven: both saves report waiting while the lock is still held here
                waiting = [pc.answer(timeout=30) for pc in (first, second)]
                assert all(WAITING.match(answer.get("waiting", "")) for answer in waiting), waiting
            results = [first.result(), second.result()]
            assert sorted(result["ok"] for result in results) == [False, True], results
            winner, loser = (0, 1) if results[0]["ok"] else (1, 0)
            assert results[loser]["error"] == "ConflictError", results[loser]
            assert "已被其他人修改" in results[loser]["message"]
            assert _landed(kind, record_id, EDITS[kind][winner])
            assert not _landed(kind, record_id, EDITS[kind][loser])
            assert _stored(kind, record_id).version == versions.pop() + 1
            assert _audit_count(record_id) == (audited[0] + 1, audited[1] + 1)
        assert verify_chain().ok
    finally:
        first.close()
        second.close()


def test_a_save_that_was_not_audited_on_the_record_still_names_the_fields_and_time(sqlite_admin) -> None:
    """A record saved as part of another record's step (no audit entry of its own): the message
    falls back to the fields that differ from this save and the record's own time."""
    from station_app.core.errors import ConflictError
    from station_app.core.versioning import update_versioned
    from station_app.residents.models import Resident

    resident = Resident.create(station=sqlite_admin.station_id, name="其其格", phone="13904751201")
    update_versioned(Resident.get_by_id(resident.id), 1, phone="13904751202", phone_reversed="20215740931")
    with pytest.raises(ConflictError) as caught:
        update_versioned(Resident.get_by_id(resident.id), 1, phone="13904751203",
                         phone_reversed="30215740931", address="哈达图嘎查")
    message = caught.value.message
    assert "已被其他人修改" in message and TIME.search(message) and "版本 1 → 2" in message
    assert "对方改动了：联系电话、住址。" in message, message
    assert caught.value.changed_fields["phone"] == ("13904751202", "13904751203")


@contextlib.contextmanager
def _both_held(url: str) -> Iterator[None]:
    """Hold the database's write lock while both PCs' saves start and wait, then let them race.

    SQLite: a write transaction of another program (BEGIN IMMEDIATE). PostgreSQL: the advisory
    lock every writing transaction takes first.
    """
    if url.startswith("sqlite"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            connection.execute("ROLLBACK")
            connection.close()
        return
    import psycopg2

    from station_app.core.db import PG_WRITER_LOCK

    pg = psycopg2.connect(url)
    pg.autocommit = True
    cursor = pg.cursor()
    cursor.execute("SELECT pg_advisory_lock(%s)", (PG_WRITER_LOCK,))
    try:
        yield
    finally:
        cursor.execute("SELECT pg_advisory_unlock(%s)", (PG_WRITER_LOCK,))
        pg.close()


if __name__ == "__main__":
    _serve(sys.argv[1])
