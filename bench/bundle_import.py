"""A station's undelivered changes to the county: export, import, replay and memory (issue 11).

    python bench/bundle_import.py [--residents 100000] [--changed 1000] [--bomb-residents 45000]

Each phase runs in a fresh process so its peak resident memory (VmHWM) is its own:

1. export: a station whose 100,000 residents were never delivered (cached in the temp folder)
   writes its bundle — every change undelivered, so the whole station. Target < 10 s.
2. import: a fresh county database applies it. Target < 20 s.
3. replay: the same bundle again (the county has it all: nothing is read past the manifest).
4. incremental: `--changed` residents edited at the station, the next bundle, applied.
5. the bundle that unpacks hugely: residents with 16 KB of notes each, a bundle of a few MB that
   unpacks to about 590 MB (what took 2.1 GB to import with the last release). Target: the
   import's peak memory < 300 MB whatever the bundle's size.

Databases are SQLite files; peak memory is the process's VmHWM (Linux).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "县局交换2026"
EXPORT_TARGET_S, IMPORT_TARGET_S, MEMORY_TARGET_MB = 10.0, 20.0, 300.0
NOTES = "草场围栏纠纷调解后回访：双方已按协议履行，邻里关系缓和，网格员每月走访一次。" * 110  # ~16 KB


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _use(path: Path) -> Any:
    from station_app.core import db
    from station_app.core.actor import command_line_actor
    from station_app.core.startup import open_database
    from station_app.station.service import home_station

    db.close()
    open_database(f"sqlite:///{path}")
    return command_line_actor(home_station().id)


def _station(path: Path, residents: int, notes: str) -> None:
    """A station with `residents` residents (bulk-inserted like an import), none delivered."""
    from station_app.core import db
    from station_app.core.startup import open_database
    from station_app.demo.loader import load_demo_residents
    from station_app.residents.models import Resident
    from station_app.station.service import initialise_station

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    open_database(f"sqlite:///{partial}")
    actor = initialise_station("152222-DBS", "代钦塔拉派出所", "科右中旗", "", "admin", "包金山", "Admin1234")
    load_demo_residents(actor, 7, residents)
    if notes:
        with db.transaction():
            Resident.update(notes=notes).execute()
    db.close()
    partial.rename(path)


def phase(name: str, station: Path, county: Path, bundle: Path, changed: int) -> dict[str, Any]:
    """One phase in this process; returns its figures."""
    from station_app.core import paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-bench-"))
    started = time.perf_counter()
    result: dict[str, Any] = {}
    if name == "export":
        from station_app.exchange.bundle_writer import write_bundle

        actor = _use(station)
        with bundle.open("wb") as out:
            written = write_bundle(actor, out, PASSWORD)
        result = {"changes": written.changes, "bytes": bundle.stat().st_size}
    elif name == "edit":
        from station_app.core import db
        from station_app.core.clock import utcnow
        from station_app.exchange.bundle_writer import write_bundle
        from station_app.exchange.journal import record_verified_export
        from station_app.residents.models import Resident

        actor = _use(station)
        with db.transaction():  # the full export was delivered
            from station_app.exchange import journal

            span = journal.plan_range(actor.station_id, full=True)
            record_verified_export(actor.station_id, span, period_key="", created_at=utcnow(),
                                   created_by="bench", folder="", bundle_sha256="0" * 64, changes=0)
            ids = [row.id for row in Resident.select(Resident.id).limit(changed)]
            edited = Resident.update(notes="已核实", version=Resident.version + 1)
            edited.where(Resident.id.in_(ids)).execute()
        started = time.perf_counter()
        with bundle.open("wb") as out:
            written = write_bundle(actor, out, PASSWORD)
        result = {"changes": written.changes, "bytes": bundle.stat().st_size}
    elif name in ("import", "replay"):
        from station_app.exchange.bundle_import import import_bundle_file
        from station_app.station.service import initialise_station

        if not county.exists():
            from station_app.core.startup import open_database

            open_database(f"sqlite:///{county}")
            initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国", "Admin1234")
        actor = _use(county)
        started = time.perf_counter()
        summary = import_bundle_file(actor, bundle, PASSWORD)
        result = {"outcome": summary.outcome, "inserted": summary.inserted, "updated": summary.updated,
                  "unchanged": summary.unchanged}
    result.update(seconds=time.perf_counter() - started, peak_mb=_peak_mb())
    return result


def run_phase(name: str, station: Path, county: Path, bundle: Path, changed: int = 0) -> dict[str, Any]:
    command = [sys.executable, __file__, "--phase", name, "--station", str(station), "--county", str(county),
               "--bundle", str(bundle), "--changed", str(changed)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--changed", type=int, default=1000)
    parser.add_argument("--bomb-residents", type=int, default=45_000)
    parser.add_argument("--phase")
    parser.add_argument("--station", type=Path)
    parser.add_argument("--county", type=Path)
    parser.add_argument("--bundle", type=Path)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.station, args.county, args.bundle, args.changed)))
        return 0
    cache = Path(tempfile.gettempdir())
    work = Path(tempfile.mkdtemp(prefix="station-bench-exchange-"))
    ok = True
    cases = (("residents", args.residents, ""), ("16 KB notes", args.bomb_residents, NOTES))
    for label, residents, notes in cases:
        station = cache / f"bench-exchange-station-{residents}-{len(notes)}.sqlite3"
        if not station.exists():
            print(f"building {station.name} ({residents} residents) …", flush=True)
            _station(station, residents, notes)
        working = work / f"station-{residents}.sqlite3"
        working.write_bytes(station.read_bytes())
        county, bundle = work / f"county-{residents}.sqlite3", work / f"bundle-{residents}.pajt"
        exported = run_phase("export", working, county, bundle)
        plain_mb = residents * (len(notes.encode()) + 600) / 1e6
        print(f"\n{residents} residents ({label}): bundle {exported['bytes'] / 1e6:.1f} MB"
              + (f", unpacks to about {plain_mb:.0f} MB" if notes else ""))
        print(f"{'phase':<14}{'records':>10}{'seconds':>9}{'target':>8}{'peak MB':>9}{'target':>8}")
        imported = run_phase("import", working, county, bundle)
        replayed = run_phase("replay", working, county, bundle)
        rows = [("export", exported["changes"], exported, EXPORT_TARGET_S),
                ("import", imported["inserted"], imported, IMPORT_TARGET_S),
                ("replay", 0, replayed, None)]
        if not notes:
            edited = run_phase("edit", working, county, bundle, args.changed)
            incremental = run_phase("import", working, county, bundle)
            rows += [("edit+export", edited["changes"], edited, None),
                     ("import edits", incremental["updated"], incremental, None)]
        for name, records, figures, target in rows:
            seconds_ok = target is None or notes or figures["seconds"] < target
            memory_ok = figures["peak_mb"] < MEMORY_TARGET_MB
            ok = ok and seconds_ok and memory_ok
            limit = "" if target is None else f"<{target:.0f}"
            print(f"{name:<14}{records:>10}{figures['seconds']:>9.1f}{limit:>8}"
                  f"{figures['peak_mb']:>9.0f}{f'<{MEMORY_TARGET_MB:.0f}':>8}"
                  f"{'' if seconds_ok and memory_ok else '  MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
