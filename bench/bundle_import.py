"""Building a station's bundle and importing it at the county bureau, 10,000+ records (issue 6).

    python bench/bundle_import.py [--residents 3000] [--cases 200] [--weeks 36] [--changed 1000] [--runs 3]

A station database from `station demo` (cached in the temp folder) is exported whole as one
bundle (build_bundle from 2000-01-01 to tomorrow) and imported into a fresh county database
(initialise_station as 科右中旗公安局): every record is new. Then the same bundle again (every
record unchanged), then a bundle made after `--changed` residents were edited at the station
(that many updated, the rest unchanged). Each figure with the SQL statements it issued (a
statement run once per record is an N+1 loop). Last, the county's summary of one station and of
both stations in its database: its statement count per station.
Target: importing a bundle of 10,000 records < 10 s (a bigger bundle: in proportion).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reports import QueryLog, counting_queries  # noqa: E402 (after the path is set)

TARGET_S, TARGET_RECORDS = 10.0, 10_000
PASSWORD = "县局交换2026"
EVER = datetime(2000, 1, 1)


def station_database(residents: int, cases: int, weeks: int, seed: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"bench-bundle-station-{residents}-{cases}-{weeks}-{seed}.sqlite3"
    if not path.exists():
        from station_app.core import db
        from station_app.core.startup import open_database
        from station_app.demo.loader import load_demo

        print(f"building {path} …", flush=True)
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        open_database(f"sqlite:///{partial}")
        load_demo(seed=seed, residents=residents, cases=cases, weeks=weeks)
        db.close()
        partial.rename(path)
        print(f"  station demo --residents {residents} --cases {cases} --weeks {weeks}: "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    return path


def county_database(folder: Path) -> Path:
    from station_app.core import db
    from station_app.core.startup import open_database
    from station_app.station.service import initialise_station

    path = folder / "county-template.sqlite3"
    open_database(f"sqlite:///{path}")
    initialise_station("152222-XJ", "科右中旗公安局", "科右中旗", "", "admin", "王建国", "Admin1234")
    db.close()  # checkpoints the WAL: the file alone is the whole database
    return path


def use(path: Path) -> Any:
    """Open `path` and return an administrator of its home station."""
    from station_app.core import db
    from station_app.core.actor import command_line_actor
    from station_app.core.startup import open_database
    from station_app.station.service import home_station

    db.close()
    open_database(f"sqlite:///{path}")
    station = home_station()
    assert station is not None
    return command_line_actor(station.id)


def timed(call: Any) -> tuple[float, QueryLog, Any]:
    with counting_queries() as log:
        started = time.perf_counter()
        result = call()
    return time.perf_counter() - started, log, result


def edit_residents(count: int) -> None:
    """`count` residents get a new phone number at the station (version + 1, saved now)."""
    from station_app.core import db
    from station_app.core.clock import utcnow
    from station_app.residents.models import Resident

    ids = [row for (row,) in Resident.select(Resident.id).order_by(Resident.id).limit(count).tuples()]
    with db.transaction():
        Resident.update(phone="13900000000", phone_reversed="00000000931", version=Resident.version + 1,
                        updated_at=utcnow()).where(Resident.id.in_(ids)).execute()


def report(label: str, seconds: list[float], log: QueryLog, records: int, target: bool = False) -> bool:
    median = statistics.median(seconds)
    limit = TARGET_S * max(records, TARGET_RECORDS) / TARGET_RECORDS
    ok = median < limit
    verdict = f"   <{limit:.1f} s {'target met' if ok else 'target NOT met'}" if target else ""
    print(f"{label:<34}{median:>9.3f}{max(seconds):>8.3f}{log.total:>9}{log.total * 1000 / records:>10.1f}"
          f"{verdict}")
    return ok or not target


def county_summary(actor: Any, imported: str) -> None:
    """Statements of last week's summary at the county: the imported station, then both stations."""
    import uuid

    from station_app.core.clock import local_today
    from station_app.reports.periods import period_containing
    from station_app.reports.summary import weekly_summary

    period = period_containing("week", local_today() - timedelta(days=7))
    for stations in ([uuid.UUID(imported)], [actor.station_id, uuid.UUID(imported)]):
        seconds, log, _ = timed(lambda chosen=stations: weekly_summary(actor, period, stations=chosen))
        print(f"county summary {period.key} of {len(stations)} station(s): {seconds:.3f} s, "
              f"{log.total} queries")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=3000)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--weeks", type=int, default=36)
    parser.add_argument("--changed", type=int, default=1000, help="residents edited before the third import")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    from station_app.core import db, paths
    from station_app.core.clock import utcnow
    from station_app.exchange.bundle import build_archive, build_bundle, read_bundle, seal
    from station_app.exchange.bundle_import import import_bundle

    work = Path(tempfile.mkdtemp(prefix="station-bench-"))
    paths.set_data_dir(work / "data")
    source = station_database(args.residents, args.cases, args.weeks, args.seed)
    template = county_database(work)
    until = utcnow() + timedelta(days=1)

    actor = use(source)
    _, archive_log, plain = timed(lambda: build_archive(actor, EVER, until))
    archive_s, seal_s, build_s = [], [], []
    for _ in range(args.runs):
        archive_s.append(timed(lambda: build_archive(actor, EVER, until))[0])
        seal_s.append(timed(lambda: seal(plain, PASSWORD))[0])
        seconds, build_log, data = timed(lambda: build_bundle(actor, EVER, until, PASSWORD))
        build_s.append(seconds)
    read_s = [timed(lambda: read_bundle(data, PASSWORD))[0] for _ in range(args.runs)]
    bundle = read_bundle(data, PASSWORD)
    tables = {name: len(rows) for name, rows in bundle.tables.items() if rows}
    records = sum(tables.values())
    print(f"station {source.name}: bundle of {records} records in {len(tables)} tables, "
          f"{len(data) / 2**20:.1f} MiB sealed ({len(plain) / 2**20:.1f} MiB zip)")
    print("  " + ", ".join(f"{name} {count}" for name, count in sorted(tables.items(), key=lambda x: -x[1])))
    if records < TARGET_RECORDS:
        print(f"  (fewer than {TARGET_RECORDS} records: raise --residents or --weeks)")

    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"{'figure':<34}{'median s':>9}{'max s':>8}{'queries':>9}{'per 1000':>10}")
    ok = True
    report("build_archive (query + zip)", archive_s, archive_log, records)
    report("seal (scrypt + AES-GCM)", seal_s, QueryLog(), records)
    report("build_bundle (both)", build_s, build_log, records)
    report("read_bundle (decrypt + parse)", read_s, QueryLog(), records)

    first_s, first_log, summaries = [], QueryLog(), []
    for run in range(args.runs):
        county = work / f"county-{run}.sqlite3"
        shutil.copyfile(template, county)
        county_actor = use(county)
        seconds, first_log, summary = timed(
            lambda who=county_actor: import_bundle(who, read_bundle(data, PASSWORD)))
        first_s.append(seconds)
        summaries.append(summary)
    ok &= report("import into a fresh county db", first_s, first_log, records, target=True)
    again_s = []
    for _ in range(args.runs):
        seconds, again_log, again = timed(lambda: import_bundle(county_actor, read_bundle(data, PASSWORD)))
        again_s.append(seconds)
    ok &= report("import again (all unchanged)", again_s, again_log, records, target=True)

    changed_source = work / "station-changed.sqlite3"
    db.close()
    shutil.copyfile(source, changed_source)
    actor = use(changed_source)
    edit_residents(args.changed)
    changed = build_bundle(actor, EVER, until, PASSWORD)
    county_actor = use(county)
    seconds, changed_log, updated = timed(lambda: import_bundle(county_actor, read_bundle(changed, PASSWORD)))
    ok &= report(f"import with {args.changed} residents edited", [seconds], changed_log, records, target=True)

    for label, result in (("first import", summaries[-1]), ("again", again), ("after edits", updated)):
        print(f"{label}: {result.inserted} inserted, {result.updated} updated, {result.unchanged} unchanged, "
              f"{len(result.conflicts)} conflicts")
    county_summary(county_actor, bundle.station["id"])
    for label, log in (("first import", first_log), ("import after edits", changed_log)):
        print(f"most repeated statements, {label}:")
        for shape, times in log.top(3):
            print(f"  {times:>5}× {shape}")
    db.close()
    shutil.rmtree(work, ignore_errors=True)
    print("all targets met" if ok else "some targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
