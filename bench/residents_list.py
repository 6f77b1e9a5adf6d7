"""The residents list on 100,000 people: time to the first painted page, memory while scrolling.

    .venv/bin/python bench/residents_list.py [--runs 5] [--residents 100000] [--seed 1]

The demo database (load_demo, ~20 s for 100k) is built once and cached in the temp folder, keyed
by seed and size. Each run is a fresh child process (cold caches of the Python side, warm OS file
cache), which:

  open   times `ResidentsPage(actor)` + show() until the first paint pass of the table has
         finished: the area tree, resident_ids() for everyone, the first block of rows, painting.
         (Importing ui.residents.page is timed apart as `import`.)
  search sets the search text and refreshes as the debounce timer would, until painted.
  rss    reads VmRSS from /proc/self/status after the first page, after jumping to the last row,
         and after sweeping the scroll bar over 200 positions from top to bottom, each painted.

Target (issue 3): open < 300 ms; memory grows with what is shown, not with the table — the model
keeps CACHED_BLOCKS blocks of BLOCK_SIZE rows whatever the table's size.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 300.0
SWEEP_STEPS = 200

CHILD = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[3])
os.environ["QT_QPA_PLATFORM"] = "offscreen"

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

data_dir, url = sys.argv[1:3]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from station_app.core import paths
paths.set_data_dir(data_dir)
app = QApplication(sys.argv[:1])
from station_app.core.actor import command_line_actor
from station_app.core.startup import open_database
from station_app.station.service import home_station
open_database(url)
actor = command_line_actor(home_station().id)
result = {"rss_before": rss_mb()}

started = time.perf_counter()
from ui.residents.page import ResidentsPage
result["import_ms"] = (time.perf_counter() - started) * 1000
result["rss_imported"] = rss_mb()

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, after_first_paint)
        return False

def paint_now():
    page.table.viewport().repaint()
    app.processEvents()

def after_first_paint():
    result["open_ms"] = (time.perf_counter() - opened) * 1000
    model = page.model
    result["rows"] = model.rowCount()
    result["first_cell"] = model.index(0, 0).data()
    result["rss_first_page"] = rss_mb()
    result["heavy"] = [name for name in ("pypinyin", "openpyxl", "reportlab") if name in sys.modules]
    result["cached_first_page"] = model.cached_rows
    began = time.perf_counter()
    page.table.scrollToBottom()
    paint_now()
    result["to_end_ms"] = (time.perf_counter() - began) * 1000
    result["last_cell"] = model.index(model.rowCount() - 1, 0).data()
    result["rss_end"] = rss_mb()
    bar = page.table.verticalScrollBar()
    began = time.perf_counter()
    for step in range(STEPS + 1):
        bar.setValue(bar.maximum() * step // STEPS)
        paint_now()
    result["sweep_ms"] = (time.perf_counter() - began) * 1000
    result["rss_sweep"] = rss_mb()
    result["cached_rows"] = model.cached_rows
    result["fetches"] = model.fetches
    # a search typed into the box: what runs once the debounce timer fires, until painted
    for query in QUERIES:
        began = time.perf_counter()
        page.search.setText(query)
        page.refresh_list()
        paint_now()
        result[f"search_ms:{query}"] = (time.perf_counter() - began) * 1000
        result[f"search_rows:{query}"] = page.model.rowCount()
    # the floor: the two core reads the page is built on, warm
    from station_app.residents.search import resident_ids
    from station_app.residents.views import views_by_ids
    began = time.perf_counter()
    ids = resident_ids(actor.station_id)
    result["resident_ids_ms"] = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    views_by_ids(ids[:200])
    result["block_ms"] = (time.perf_counter() - began) * 1000
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    os._exit(0)

STEPS = int(sys.argv[4])
QUERIES = ("张", "delige", "bydlge", "1233", "5678")
opened = time.perf_counter()
page = ResidentsPage(actor)
probe = FirstPaint()
page.table.viewport().installEventFilter(probe)
page.resize(1100, 700)
page.show()
app.exec()
"""


def database(seed: int, residents: int) -> tuple[Path, str]:
    """The cached demo database for (seed, residents); built on first use."""
    folder = Path(tempfile.gettempdir()) / f"station-bench-residents-s{seed}-n{residents}"
    data_dir, file = folder / "data", folder / "station.sqlite3"
    url = f"sqlite:///{file.as_posix()}"
    if not (folder / "ready").exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        data_dir.mkdir(parents=True)
        sys.path.insert(0, str(ROOT))
        from station_app.core import paths
        from station_app.core.startup import open_database
        from station_app.demo.loader import load_demo

        paths.set_data_dir(data_dir)
        open_database(url)
        print(f"building the demo database ({residents} residents, seed {seed}) in {folder} …", flush=True)
        began = time.perf_counter()
        summary = load_demo(seed=seed, accounts=2, residents=residents)
        print(f"  {summary.residents_created} residents in {time.perf_counter() - began:.1f} s", flush=True)
        (folder / "ready").write_text("ok")
    return data_dir, url


def run_child(data_dir: Path, url: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), url, str(ROOT), str(SWEEP_STEPS)],
                          capture_output=True, text=True, env=env, timeout=300)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise RuntimeError(f"child failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    data_dir, url = database(args.seed, args.residents)
    runs = [run_child(data_dir, url) for _ in range(args.runs)]

    def median(key: str) -> float:
        return statistics.median(float(run[key]) for run in runs)  # type: ignore[arg-type]

    first = runs[0]
    print(f"residents list on {first['rows']:,} rows, {args.runs} fresh processes (median; min-max)")
    opens = sorted(float(run["open_ms"]) for run in runs)  # type: ignore[arg-type]
    print(f"  open to first painted page  {median('open_ms'):7.1f} ms  ({opens[0]:.1f}-{opens[-1]:.1f})"
          f"   target {TARGET_MS:.0f} ms → {median('open_ms') / TARGET_MS:.2f} of target")
    print(f"  import ui.residents.page    {median('import_ms'):7.1f} ms  (once per session, not in open)")
    print(f"  floor: resident_ids()       {median('resident_ids_ms'):7.1f} ms  warm; "
          f"views_by_ids(200) {median('block_ms'):.1f} ms")
    print(f"  jump to the last row        {median('to_end_ms'):7.1f} ms  (last: {first['last_cell']})")
    print(f"  sweep {SWEEP_STEPS} positions top→bottom {median('sweep_ms'):7.1f} ms "
          f"({median('sweep_ms') / SWEEP_STEPS:.1f} ms a position, painted)")
    growth_end = median("rss_end") - median("rss_first_page")
    growth_sweep = median("rss_sweep") - median("rss_first_page")
    print(f"  RSS: before page {median('rss_before'):.1f} MB, after import {median('rss_imported'):.1f} MB, "
          f"first page {median('rss_first_page'):.1f} MB, "
          f"at end {median('rss_end'):.1f} MB (+{growth_end:.1f}), after sweep {median('rss_sweep'):.1f} MB "
          f"(+{growth_sweep:.1f})")
    searches = [key.split(":", 1)[1] for key in first if key.startswith("search_ms:")]
    print("  search box → list painted: " + ", ".join(
        f"{query} {median('search_ms:' + query):.0f} ms ({first['search_rows:' + query]} rows)"
        for query in searches))
    print(f"  rows cached: {first['cached_first_page']} after first page, {first['cached_rows']} after sweep "
          f"({first['fetches']} block reads in all); heavy modules loaded: {first['heavy'] or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
