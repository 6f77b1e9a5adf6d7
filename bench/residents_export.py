"""Export of 100,000 residents to .xlsx against bare writers writing the same cells.

    .venv/bin/python bench/residents_export.py [--residents 100000] [--runs 3]

Uses the cached station of bench/residents_search.py (built there if missing). The cells of the
export (16 columns, masked, as export_residents writes them) are collected once; then, best of
`--runs`, interleaved:
  floor     xlsxwriter in constant-memory mode writing those cells (strings, dates, text format)
  openpyxl  openpyxl write-only writing the same cells (what the export used before)
  export    export_residents(): ids in pinyin order, rows with their places, masking, the file
            written under a temporary name, fsynced, renamed, audited
Target (issue 15): export / floor <= 1.5.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_RATIO = 1.5


def xlsxwriter_floor(path: Path, rows: list[list[object]], headers: list[str]) -> float:
    import xlsxwriter

    started = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                               "strings_to_numbers": False, "strings_to_urls": False})
    sheet = workbook.add_worksheet("居民名单")
    text, dated = workbook.add_format({"num_format": "@"}), workbook.add_format({"num_format": "yyyy-mm-dd"})
    for column, header in enumerate(headers):
        sheet.write_string(0, column, header)
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            if isinstance(value, date):
                sheet.write_datetime(number, column, value, dated)
            elif value:
                sheet.write_string(number, column, value, text if column in (3, 5) else None)
    workbook.close()
    return time.perf_counter() - started


def openpyxl_write(path: Path, rows: list[list[object]], headers: list[str]) -> float:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("居民名单")
    sheet.append(headers)
    for values in rows:
        cells = []
        for column, value in enumerate(values):
            cell = WriteOnlyCell(sheet, value=value or None)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif value:
                cell.data_type = "s"
                if column in (3, 5):
                    cell.number_format = "@"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from bench.residents_search import database_url
    from station_app.core import db, paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-bench-"))
    url = database_url(args.residents, None)
    from station_app.core.actor import command_line_actor
    from station_app.core.startup import open_database
    from station_app.residents.exporter import HEADERS, _page_rows
    from station_app.residents.search import resident_ids
    from station_app.station.service import home_station

    open_database(url)
    station = home_station()
    assert station is not None
    actor = command_line_actor(station.id)
    ids = resident_ids(station.id)
    rows = [[value if isinstance(value, date) else (str(value) if value else "") for value in row]
            for start in range(0, len(ids), 1000) for row in _page_rows(ids[start:start + 1000], False)]
    print(f"{len(rows):,} residents × {len(HEADERS)} columns")
    floors, openpyxl_times, exports = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-export-") as temporary:
        folder = Path(temporary)
        for run in range(args.runs):
            floors.append(xlsxwriter_floor(folder / "floor.xlsx", rows, list(HEADERS)))
            openpyxl_times.append(openpyxl_write(folder / "openpyxl.xlsx", rows, list(HEADERS)))
            from station_app.residents.exporter import export_residents

            started = time.perf_counter()
            export_residents(actor, folder / "export.xlsx")
            exports.append(time.perf_counter() - started)
            print(f"  run {run + 1}: xlsxwriter {floors[-1]:.2f} s, openpyxl write-only "
                  f"{openpyxl_times[-1]:.2f} s, export {exports[-1]:.2f} s", flush=True)
        size = (folder / "export.xlsx").stat().st_size / 1e6
    floor, export = min(floors), min(exports)
    ratio = export / floor
    print(f"xlsxwriter constant-memory (floor): {floor:.2f} s; "
          f"openpyxl write-only: {min(openpyxl_times):.2f} s")
    print(f"export_residents: {export:.2f} s ({len(rows) / export:,.0f} rows/s, {size:.1f} MB)")
    print(f"ratio export / floor = {ratio:.2f} (target <= {TARGET_RATIO}) "
          f"{'OK' if ratio <= TARGET_RATIO else 'ABOVE TARGET'}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
