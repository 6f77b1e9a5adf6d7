"""Search-as-you-type latency on 100,000 residents, beside the bare SQLite query it is built on.

    python bench/residents_search.py [--residents 100000] [--samples 60]

For each query kind (Chinese substring, full pinyin, initials, ID suffix, phone suffix) it times
`search_residents()` — what the search box calls — and the raw sqlite3 execution of the same
two statements, SQL prepared beforehand (the floor). Target: p95 < 30 ms for every kind and
within 3× of the floor.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS, TARGET_RATIO = 30.0, 3.0


def demo_database(residents: int, seed: int) -> Path:
    """A cached demo database (building 100k residents takes ~20 s)."""
    path = Path(tempfile.gettempdir()) / f"station-bench-{residents}-{seed}.sqlite3"
    if not path.exists():
        from station_app.core import db
        from station_app.core.startup import open_database
        from station_app.demo.loader import load_demo

        print(f"building {path} with {residents} residents …", flush=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        open_database(f"sqlite:///{partial}")
        load_demo(seed=seed, residents=residents)
        db.close()
        partial.rename(path)
    return path


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from station_app.core import db, paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-bench-"))
    path = demo_database(args.residents, args.seed)
    from station_app.core.startup import open_database
    from station_app.residents import search
    from station_app.residents.models import Resident
    from station_app.residents.views import joined_query
    from station_app.station.service import home_station

    open_database(f"sqlite:///{path}")
    station = home_station()
    assert station is not None
    rng = random.Random(7)
    sample = [row for row in Resident.select(Resident.name, Resident.name_keys, Resident.id_number,
                                             Resident.phone).order_by(Resident.id).limit(5000).tuples()]

    def chinese() -> str:
        name = rng.choice(sample)[0]
        size = rng.choice((1, 2, 2, 3))
        start = rng.randrange(max(1, len(name) - size + 1))
        return name[start:start + size]

    def pinyin_full() -> str:
        key = rng.choice([part for part in rng.choice(sample)[1].split("|") if len(part) > 5] or ["zhang"])
        return key[: rng.randint(4, len(key))]

    def initials() -> str:
        return min(rng.choice(sample)[1].split("|")[1:-1], key=len)

    kinds = {
        "中文子串": chinese,
        "全拼": pinyin_full,
        "首字母": initials,
        "身份证尾号": lambda: (rng.choice([row for row in sample if row[2]])[2])[-rng.randint(4, 6):],
        "电话尾号": lambda: rng.choice([row for row in sample if row[3]])[3][-4:],
    }
    raw = sqlite3.connect(path)
    print(f"{args.residents} residents, {args.samples} queries per kind, SQLite {sqlite3.sqlite_version}")
    print(f"{'kind':<10}{'p50 ms':>9}{'p95 ms':>9}{'floor p95':>11}{'ratio':>8}"
          f"   target p95<{TARGET_MS:.0f} ms, ≤{TARGET_RATIO}×")
    failed = False
    for label, make in kinds.items():
        app_times, floor_times = [], []
        for _ in range(args.samples):
            query = make()
            started = time.perf_counter()
            search.search_residents(station.id, query)
            app_times.append((time.perf_counter() - started) * 1000)
            # The floor: the same two statements (matching ids, then their rows with places)
            # run on a bare sqlite3 connection, SQL built beforehand.
            sql, params = search.matching_ids_query(station.id, query, 50).sql()
            ids = [row[0] for row in raw.execute(sql, params)]
            rows_sql, rows_params = joined_query().where(Resident.id.in_(ids or [""])).sql()
            started = time.perf_counter()
            found = raw.execute(sql, params).fetchall()
            raw.execute(rows_sql, [row[0] for row in found] or [""]).fetchall()
            floor_times.append((time.perf_counter() - started) * 1000)
        app95, floor95 = p95(app_times), p95(floor_times)
        ratio = app95 / floor95 if floor95 else float("inf")
        ok = app95 < TARGET_MS and ratio <= TARGET_RATIO
        failed |= not ok
        print(f"{label:<10}{statistics.median(app_times):>9.1f}{app95:>9.1f}{floor95:>11.1f}{ratio:>8.2f}"
              f"   {'ok' if ok else 'MISSED'}")
    db.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
