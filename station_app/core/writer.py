"""Taking turns to write, and saying so: a writer that finds another unit of work saving WAITS for
it, tells whoever is waiting what it waits for ("另一项居民导入正在进行（已 40 秒）…"), and can be
cancelled — it never fails after a fixed time with a driver's "database is locked".

`db.transaction()` calls `wait_for_turn` with the way its database takes the write lock (this
process's lock between threads, SQLite's write lock between programs, PostgreSQL's advisory lock
between PCs). While it waits, the thread's listener is told every `POLL_SECONDS`:

- the `station` command (the process default): a line on stderr; Ctrl+C cancels cleanly;
- the window's thread: a wait dialog with 取消 (ui/common/writer_wait.py);
- a background task: its progress dialog shows the message, its 取消 cancels (ui/common/tasks.py).

A listener cancels by raising `WriteCancelled`; nothing has been written then. Long work names
itself (`transaction(task="residents.import")`): a waiter in this process, in another program on the
same SQLite file (a note beside the database, `<file>-writer`) or on another PC (PostgreSQL's
application_name) reads what it is and how long it has been running.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from station_app.core.errors import StationError

POLL_SECONDS = 0.25  # how often a waiting writer tries again and tells its listener
# Without any listener (library use) a writer gives up after this long, with the same clear words.
UNATTENDED_LIMIT_SECONDS = 600.0

# What long work is called in the messages, by the key it names itself with (ASCII: PostgreSQL's
# application_name keeps only ASCII).
TASKS: dict[str, str] = {
    "residents.import": "居民导入",
    "hotline.import": "工单导入",
    "exchange.import": "数据包导入",
    "demo.load": "演示数据载入",
    "backup.restore": "备份恢复",
    "residents.merge": "居民合并",
}
PG_APPLICATION_PREFIX = "station-ledger:"


class WriteCancelled(StationError):
    """The user stopped waiting (取消, Ctrl+C): nothing of this work was saved."""


@dataclass(frozen=True)
class Holder:
    """The unit of work that holds the write lock, as far as a waiter can tell."""

    task: str = ""  # a key of TASKS, "" when it did not say
    running_for: float | None = None  # seconds since it began, when known
    elsewhere: bool = False  # another program or PC, not a thread of this one


@dataclass(frozen=True)
class WriterWait:
    """What a waiting writer knows, handed to its listener."""

    waited: float  # seconds this writer has been waiting
    holder: Holder
    done: bool = False  # the wait is over (the turn came, or it was cancelled): close any notice

    @property
    def message(self) -> str:
        label = TASKS.get(self.holder.task, "")
        if label and self.holder.running_for is not None:
            return f"另一项{label}正在进行（已 {int(self.holder.running_for)} 秒）…"
        who = "另一台电脑或另一个程序" if self.holder.elsewhere else "另一项工作"
        return f"{who}正在保存数据（已等待 {int(self.waited)} 秒）…"


Listener = Callable[[WriterWait], None]

_local = threading.local()
_default_listener: Listener | None = None


def set_default_listener(listener: Listener | None) -> None:
    """The listener of every thread that has none of its own (the `station` command sets one)."""
    global _default_listener
    _default_listener = listener


def set_thread_listener(listener: Listener | None) -> None:
    """This thread's listener from now on (the window's thread sets its wait dialog)."""
    _local.listener = listener


@contextlib.contextmanager
def listening(listener: Listener | None) -> Iterator[None]:
    """Tell `listener` about this thread's waits for the duration (a background task, a dialog)."""
    previous = getattr(_local, "listener", None)
    _local.listener = listener
    try:
        yield
    finally:
        _local.listener = previous


def current_listener() -> Listener | None:
    return getattr(_local, "listener", None) or _default_listener


def wait_for_turn(try_once: Callable[[], bool], holder: Callable[[], Holder]) -> float:
    """Call `try_once` (which waits up to about POLL_SECONDS itself) until it returns True; between
    tries tell the listener. Returns the seconds waited. Raises WriteCancelled when the listener
    (or Ctrl+C) gives up, DatabaseUnavailable when no one listens and the wait grows too long."""
    started = time.monotonic()
    told: Listener | None = None
    try:
        while not try_once():
            wait = WriterWait(time.monotonic() - started, holder())
            listener = current_listener()
            if listener is None:
                if wait.waited > UNATTENDED_LIMIT_SECONDS:
                    from station_app.core.errors import DatabaseUnavailable

                    raise DatabaseUnavailable(wait.message.rstrip("…") + "，请稍后再试。")
                continue
            told = listener
            listener(wait)
    except KeyboardInterrupt:
        raise WriteCancelled("已取消：等待期间按了 Ctrl+C，这项工作没有保存任何内容。") from None
    finally:
        if told is not None:
            with contextlib.suppress(Exception):
                told(WriterWait(time.monotonic() - started, Holder(), done=True))
    return time.monotonic() - started


# ---- who holds the lock -----------------------------------------------------------------------

_holder_lock = threading.Lock()
_in_process: tuple[str, float] | None = None  # (task, time.monotonic() at begin) of this process


def began(task: str) -> None:
    """This process's writer took its turn (called with the lock held)."""
    global _in_process
    with _holder_lock:
        _in_process = (task, time.monotonic())


def ended() -> None:
    global _in_process
    with _holder_lock:
        _in_process = None


def in_process_holder() -> Holder:
    with _holder_lock:
        current = _in_process
    if current is None:
        return Holder()
    return Holder(current[0], time.monotonic() - current[1])


def note_path(database_file: str | os.PathLike[str]) -> Path:
    """The note a SQLite writer leaves beside the database while long work holds the lock."""
    path = Path(database_file)
    return path.with_name(path.name + "-writer")


def write_note(database_file: str | os.PathLike[str], task: str) -> None:
    """Say what this program is writing (best effort: a waiter only loses the words)."""
    note = note_path(database_file)
    with contextlib.suppress(OSError):
        temporary = note.with_name(note.name + f".{os.getpid()}")
        temporary.write_text(json.dumps({"task": task, "pid": os.getpid(), "since": time.time()}),
                             encoding="utf-8")
        os.replace(temporary, note)


def clear_note(database_file: str | os.PathLike[str]) -> None:
    """Remove the note (also one a killed program left: only the lock's holder writes one)."""
    with contextlib.suppress(OSError):
        note_path(database_file).unlink()


def note_holder(database_file: str | os.PathLike[str]) -> Holder:
    """What another program on this SQLite file said it is doing."""
    try:
        data = json.loads(note_path(database_file).read_text(encoding="utf-8"))
        return Holder(str(data["task"]), max(0.0, time.time() - float(data["since"])), elsewhere=True)
    except (OSError, ValueError, KeyError, TypeError):
        return Holder(elsewhere=True)


def pg_holder(rows: list[tuple[object, object]]) -> Holder:
    """From (application_name, seconds running) of the session that holds the advisory lock."""
    for name, seconds in rows:
        text = str(name or "")
        task = text[len(PG_APPLICATION_PREFIX):] if text.startswith(PG_APPLICATION_PREFIX) else ""
        return Holder(task, float(str(seconds)) if seconds is not None else None, elsewhere=True)
    return Holder(elsewhere=True)


# ---- the `station` command's listener ---------------------------------------------------------

REPEAT_SECONDS = 15.0


class StderrNotice:
    """One line on stderr once a wait passes a second, again every REPEAT_SECONDS, and a last word
    when the turn came. Ctrl+C while waiting cancels (wait_for_turn turns it into WriteCancelled)."""

    def __init__(self, first_after: float = 1.0) -> None:
        self.first_after = first_after
        self._said = threading.local()  # when this thread last said something, in its wait

    def __call__(self, wait: WriterWait) -> None:
        stream = sys.stderr
        if stream is None:  # a windowed program has none
            return
        last = getattr(self._said, "at", None)
        if wait.done:
            if last is not None:
                print("已轮到本次保存，继续。", file=stream, flush=True)
            self._said.at = None
            return
        if wait.waited < self.first_after:
            return
        if last is None or wait.waited - last >= REPEAT_SECONDS:
            hint = "等它完成后继续，按 Ctrl+C 取消。" if last is None else "仍在等待…"
            print(f"{wait.message}{hint}", file=stream, flush=True)
            self._said.at = wait.waited


# The `station` command (and any thread without a listener of its own) says so on stderr.
set_default_listener(StderrNotice())
