"""Crash safety: SIGKILL the app's core at random moments, at least 100 times, and lose nothing.

`writer_child.py` opens the database the way the app does (`open_database`), logs in and writes a
station's everyday records through the real services — disputes with their parties, patrols,
residents registered and corrected, register imports (CSV/XLSX) — printing `BEGIN` before and
`COMMITTED` after each call, and `TX BEGIN` / `TX COMMIT` as SQLite's transaction starts and its
COMMIT starts. Each kill hits a fresh writer process (forked by `writer_child.py --serve`, which
imported the app once), mostly 20–400 ms after its first commit, sometimes during its start-up.
All kills share ONE database file that accumulates, so each writer also recovers the WAL its
killed predecessor left. After every kill the test checks:

- `PRAGMA integrity_check` is ok and `PRAGMA foreign_key_check` finds nothing;
- the audit hash chain verifies, and every record has exactly the audit entries its use case wrote;
- every write a writer reported committed is there, whole;
- the write cut off is entirely there or entirely absent (a dispute with its parties and its case
  number, an import with all its rows, its new grid and its audit entry), and stays so at every
  later check; and absent whenever its COMMIT had not started;
- case numbers run 1..n with no gap, matching the number counter.

CRASH_SEED and CRASH_KILLS (default 100) vary the run; `pytest -s` prints where the kills landed.
Most checks open a copy of the files (the WAL stays for the next writer to recover); one in five
opens the original, which on close checkpoints the WAL into the database.
"""
from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from station_app.accounts.service import create_account
from station_app.audit.chain import verify_chain
from station_app.audit.models import AuditEntry
from station_app.core import db
from station_app.core.actor import Actor
from station_app.patrols import teams
from station_app.residents import areas
from station_app.residents import service as residents

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="SIGKILL does not exist on Windows: the kill test needs POSIX"
)

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("writer_child.py")
sys.path.insert(0, str(CHILD.parent))
from crash_checks import CHECKS, State  # noqa: E402  (a sibling module: tests/ is no package)
from writer_child import STANDING_GRID  # noqa: E402

KILLS = int(os.environ.get("CRASH_KILLS", "100"))
SEED = int(os.environ.get("CRASH_SEED", "20260301"))


@dataclass
class Ledger:
    """What the children said they began and committed, and how each cut-off write turned out."""

    begun: dict[str, dict] = field(default_factory=dict)
    committed: set[str] = field(default_factory=set)
    settled: dict[str, bool] = field(default_factory=dict)  # cut-off key -> found present
    kills: Counter = field(default_factory=Counter)  # where each kill landed, and the outcome

    def read(self, run: int, output: bytes) -> tuple[str | None, str]:
        """Take in one child's output: the key of the write the kill cut off (if any) and where
        the kill landed ("start-up", "between writes", "before/inside its transaction", "after its
        COMMIT began" — the COMMIT itself, or the service reading its result back)."""
        lines = output.decode("utf-8").split("\n")[:-1]  # a last line without "\n" was cut mid-write
        open_key, phase = None, "start-up"
        for line in lines:
            word, _, rest = line.partition(" ")
            if word == "BEGIN":
                assert open_key is None, f"run {run}: BEGIN before the previous write committed: {line}"
                record = json.loads(rest)
                self.begun[record["key"]] = record
                open_key, phase = record["key"], "before its transaction"
            elif word == "TX":
                assert open_key is not None, f"run {run}: a transaction outside the writes: {line}"
                phase = {"BEGIN": "inside its transaction", "COMMIT": "after its COMMIT began",
                         "ROLLBACK": "after its ROLLBACK"}[rest]
            elif word == "COMMITTED":
                assert rest == open_key, f"run {run}: COMMITTED {rest} but {open_key} was begun"
                self.committed.add(rest)
                open_key, phase = None, "between writes"
            else:
                raise AssertionError(f"run {run}: unexpected output from the child: {line!r}")
        return open_key, phase

    def count_kill(self, run: int, cut_off: str | None, phase: str) -> None:
        """Tally where the kill landed and what became of the write it cut off (checked by now)."""
        if cut_off is None:
            self.kills[phase] += 1
        elif cut_off not in self.settled:
            self.kills[f"{phase}: login"] += 1
        else:
            present = self.settled[cut_off]
            # Its COMMIT never started: SQLite must have rolled it back.
            assert not present or phase == "after its COMMIT began", f"run {run}: {cut_off} kept ({phase})"
            self.kills[f"{phase}: {'kept' if present else 'rolled back'}"] += 1


def build_station(actor: Actor) -> None:
    """The station the children work in: areas, an officer, two volunteers and their team."""
    town = areas.create_area(actor, "town", "高力板镇")
    village = areas.create_area(actor, "village", "查干陶勒盖嘎查", town.id)
    grid = areas.create_area(actor, "grid", STANDING_GRID, village.id)
    officer = create_account(actor, "wangjg", "王警官", "officer", "Pass12345")
    volunteers = [residents.create_resident(actor, {"name": name, "grid_id": grid.id}).id
                  for name in ("巴特尔·额尔敦", "乌云其木格")]
    teams.create_team(actor, {"name": "红城义警", "kind": "volunteer"},
                      [{"account_id": officer.id, "is_leader": True},
                       {"resident_id": volunteers[0]}, {"resident_id": volunteers[1]}])


class WriterServer:
    """`writer_child.py --serve`: forks a fresh writer process per kill (see its `serve`)."""

    def __init__(self, database: Path, work: Path) -> None:
        python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        self.stderr_path = work / "writer-stderr.txt"
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, str(CHILD), "--serve", str(database), str(work)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, cwd=ROOT,
                env={**os.environ, "PYTHONPATH": python_path},
            )
        self.worker: int | None = None

    def close(self) -> None:
        if self.worker is not None:  # the test failed while a writer was running
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.worker, signal.SIGKILL)
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()

    def _line(self, run: int) -> bytes:
        line = self.process.stdout.readline()
        if not line.endswith(b"\n"):
            raise AssertionError(f"run {run}: the writer server died:\n{self._stderr()}")
        return line

    def _stderr(self) -> str:
        return self.stderr_path.read_text("utf-8", errors="replace")[-3000:]

    def kill_one(self, run: int, rng: random.Random, timings: Counter) -> bytes:
        """Start a writer, SIGKILL it at a random moment, return everything it printed."""
        self.process.stdin.write(f"{rng.randrange(2**31)} {run}\n".encode())
        self.process.stdin.flush()
        output, pid, started = b"", None, time.monotonic()
        early = rng.random() < 0.1  # during start-up: opening (recovering the WAL), logging in
        while pid is None or not (early or b"\nCOMMITTED" in b"\n" + output):
            line = self._line(run)
            if line.startswith(b"EXIT"):
                raise AssertionError(f"run {run}: the writer stopped by itself ({line!r}):\n{self._stderr()}")
            if line.startswith(b"PID "):
                pid = self.worker = int(line.split()[1])
            else:
                output += line
        timings["writer start-up"] += time.monotonic() - started
        time.sleep(rng.uniform(0.0, 0.06) if early else rng.uniform(0.02, 0.4))
        os.kill(pid, signal.SIGKILL)
        while not (line := self._line(run)).startswith(b"EXIT"):
            output += line
        self.worker = None
        assert int(line.split()[1]) == -signal.SIGKILL, f"run {run}: {line!r}:\n{self._stderr()}"
        return output


def test_sigkill_never_loses_a_committed_write_nor_corrupts_the_database(
    sqlite_admin: Actor, sqlite_url: str, tmp_path: Path
) -> None:
    build_station(sqlite_admin)
    db.close()
    database = Path(db.parse_location(sqlite_url).sqlite_path)
    work, check_dir = tmp_path / "work", tmp_path / "check"
    work.mkdir()
    check_dir.mkdir()
    rng, ledger, started, timings = random.Random(SEED), Ledger(), time.monotonic(), Counter()
    server = WriterServer(database, work)
    try:
        for run in range(KILLS):
            cut_off, phase = ledger.read(run, server.kill_one(run, rng, timings))
            checking = time.monotonic()
            # Mostly a copy, leaving the WAL for the next writer to recover; sometimes the file itself.
            target = database if rng.random() < 0.2 else copy_database(database, check_dir)
            db.connect(f"sqlite:///{target.as_posix()}")
            try:
                check_database(ledger, run)
            finally:
                db.close()
            timings["checks"] += time.monotonic() - checking
            ledger.count_kill(run, cut_off, phase)
    finally:
        server.close()
    kinds = Counter(ledger.begun[key]["kind"] for key in ledger.committed)
    print(f"\n{KILLS} kills in {time.monotonic() - started:.1f} s (seed {SEED}); committed writes: "
          f"{dict(kinds)}; kills landed: {dict(sorted(ledger.kills.items()))}; cut-off writes: "
          f"{dict(Counter(ledger.begun[key]['kind'] for key in ledger.settled))}; seconds spent: "
          f"{({name: round(value, 1) for name, value in timings.items()})}")
    inside = ledger.kills["inside its transaction: rolled back"]
    assert inside >= KILLS // 10, f"only {inside} kills landed inside a transaction: the test proved little"
    assert kinds["import"] > 0 and kinds["case"] > 0 and kinds["patrol"] > 0


def copy_database(database: Path, folder: Path) -> Path:
    """The database and its WAL as the killed writer left them (no -shm: the opener rebuilds it)."""
    target = folder / database.name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{database}{suffix}").exists():
            shutil.copyfile(f"{database}{suffix}", f"{target}{suffix}")
    return target


def check_database(ledger: Ledger, run: int) -> None:
    database = db.current()
    integrity = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
    assert integrity == ["ok"], f"run {run}: integrity_check: {integrity[:10]}"
    broken_keys = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    assert broken_keys == [], f"run {run}: foreign_key_check: {broken_keys[:10]}"
    chain = verify_chain()
    assert chain.ok, f"run {run}: audit chain broken: {chain.problem}"
    assert chain.entries_checked == AuditEntry.select().count()
    state = State.load()
    present: dict[str, bool] = {}
    for key, record in ledger.begun.items():
        where = f"run {run}: {key} {record}"
        try:
            found = CHECKS[record["kind"]](state, record)
        except AssertionError as exc:
            raise AssertionError(f"{where}: {exc}") from exc
        if found is None:  # nothing of its own to look at (a login): counted in check_totals
            found = key in ledger.committed
        elif key in ledger.committed:
            assert found, f"{where}: reported committed but missing after the kill"
        elif key in ledger.settled:
            assert found == ledger.settled[key], f"{where}: {ledger.settled[key]} after its kill, now {found}"
        else:
            ledger.settled[key] = found
        present[key] = found
    try:
        state.check_totals(ledger.begun, present)
    except AssertionError as exc:
        raise AssertionError(f"run {run}: {exc}") from exc
