""".xlsx reading for the importer: openpyxl in read-only mode, guarded against damaged and hostile files.

Two things openpyxl's read-only mode does not do and real registers need:
- Trust nothing in the sheet's <dimension>: some writers declare "A1" and openpyxl would then read
  one cell, so dimensions are reset and rows read as they come.
- Merged cells: a clerk merges "查干陶勒盖嘎查" over the 30 rows of its people. Read-only mode
  gives the value in the first row only; we read the <mergeCell> list ourselves (a scan of the
  sheet's XML, cheap next to parsing it) and repeat the value over the merged rows, as Excel shows it.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl.utils.cell import column_index_from_string

from station_app.residents.import_source import ImportFileError, SourceTable, build_table, check_zip_sizes

log = logging.getLogger(__name__)

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"')
_CHUNK = 1 << 20
_OVERLAP = 256  # a <mergeCell> tag cut between two chunks is matched in the overlap
MAX_MERGED_CELLS = 5_000_000

Range = tuple[int, int, int, int]  # first row, first column, last row, last column (1-based)


def read_xlsx(path: Path, sheet: str | None) -> SourceTable:
    """The sheet named `sheet`, or the first sheet with a header. Raises ImportFileError."""
    with path.open("rb") as handle:
        workbook = open_workbook(path, handle)
        try:
            return _pick_sheet(path, workbook, sheet)
        finally:
            workbook.close()


def open_workbook(path: Path, handle: BinaryIO) -> Any:
    """The read-only workbook in `handle` — every .xlsx reader comes through here.

    The zip's directory is checked before anything is inflated (check_zip_sizes: no bombs).
    Raises ImportFileError for a damaged, truncated or hostile package.
    """
    try:
        with zipfile.ZipFile(handle) as archive:
            check_zip_sizes(path, archive)
    # NotImplementedError: a zip "version" or compression method zipfile does not know (a flipped bit).
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise ImportFileError(
            f"“{path.name}”不完整或已损坏（可能没有复制完整），无法读取。请重新保存或重新复制该文件。"
        ) from exc
    handle.seek(0)
    return _load(path, handle)


def _load(path: Path, handle: Any) -> Any:
    import openpyxl

    try:
        # A file object, not the name: openpyxl judges by the suffix, we already judged by content.
        return openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # whatever a damaged package makes openpyxl raise (KeyError, ParseError …)
        log.info("cannot open %s as a workbook: %r", path, exc)
        raise ImportFileError(f"“{path.name}”不是有效的 Excel 文件或已损坏，无法读取。") from exc


def _pick_sheet(path: Path, workbook: Any, sheet: str | None) -> SourceTable:
    names = list(workbook.sheetnames)
    if sheet is not None and sheet not in names:
        raise ImportFileError(f"“{path.name}”中没有名为“{sheet}”的工作表（现有：{'、'.join(names)}）。")
    first_error: ImportFileError | None = None
    for name in [sheet] if sheet is not None else names:
        worksheet = workbook[name]
        if not hasattr(worksheet, "reset_dimensions"):
            continue  # a chart sheet
        try:
            return _read_sheet(path, workbook, worksheet, names)
        except ImportFileError as exc:
            if sheet is not None:
                raise
            first_error = first_error or exc
    raise first_error or ImportFileError(f"“{path.name}”中没有可以导入的工作表。")


def _read_sheet(path: Path, workbook: Any, worksheet: Any, names: list[str]) -> SourceTable:
    worksheet.reset_dimensions()
    merged = _merged_ranges(path, workbook, worksheet)
    rows = _rows(path, worksheet)
    if merged:
        rows = fill_merged(rows, merged)
    return build_table(path, worksheet.title, names, rows)


def _rows(path: Path, worksheet: Any) -> Iterator[tuple[int, list[object]]]:
    iterator = worksheet.iter_rows(min_row=1, min_col=1, values_only=True)
    number = 0
    while True:
        try:
            values = next(iterator)
        except StopIteration:
            return
        except Exception as exc:  # damage found mid-file: bad XML, CRC error, truncated member
            log.info("reading %s failed after row %d: %r", path, number, exc)
            raise ImportFileError(
                f"“{path.name}”在第 {number + 1} 行附近已损坏，无法继续读取。请在 Excel 中打开并重新保存。"
            ) from exc
        number += 1
        yield number, list(values)


def _merged_ranges(path: Path, workbook: Any, worksheet: Any) -> list[Range]:
    """Every merged range of the sheet that covers more than one cell, or [] if unreadable."""
    archive: zipfile.ZipFile = workbook._archive
    found: set[Range] = set()
    try:
        with archive.open(worksheet._worksheet_path) as source:
            tail = b""
            while chunk := source.read(_CHUNK):
                buffer = tail + chunk
                if b"mergeCell" not in buffer:  # a plain search skips the sheet data fast
                    tail = buffer[-_OVERLAP:]
                    continue
                for match in _MERGE.finditer(buffer):
                    first_col, first_row, last_col, last_row = match.groups()
                    found.add((int(first_row), column_index_from_string(first_col.decode()),
                               int(last_row), column_index_from_string(last_col.decode())))
                tail = buffer[-_OVERLAP:]
    except (zipfile.BadZipFile, zlib.error, KeyError, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        # Reading the rows will meet the same damage and say so; merges alone are not worth failing on.
        log.info("no merged cells read from %s: %r", path, exc)
        return []
    ranges = sorted(item for item in found if item[0] != item[2] or item[1] != item[3])
    # Each merged cell is filled in Python, row by row: "C2:XFD1048576" in a 150 KB file would
    # cost minutes. Real registers merge a place name over its people, far below this.
    area = sum((last_row - first_row + 1) * (last_col - first_col + 1)
               for first_row, first_col, last_row, last_col in ranges)
    if area > MAX_MERGED_CELLS:
        raise ImportFileError(f"“{path.name}”的工作表“{worksheet.title}”中合并单元格的范围过大，"
                              "请在 Excel 中取消合并单元格后再导入。")
    return ranges


def fill_merged(rows: Iterator[tuple[int, list[object]]], merged: list[Range]
                 ) -> Iterator[tuple[int, list[object]]]:
    """Repeat each merged range's top-left value over the range, row by row (ranges sorted)."""
    pending = list(reversed(merged))  # pop() gives the next range by first row
    active: list[tuple[Range, object]] = []
    for number, values in rows:
        while pending and pending[-1][0] <= number:
            area = pending.pop()
            if area[0] == number:
                first_col = area[1]
                active.append((area, values[first_col - 1] if first_col <= len(values) else None))
        if active:
            for (_, first_col, _, last_col), value in active:
                if len(values) < last_col:
                    values.extend([None] * (last_col - len(values)))
                for column in range(first_col, last_col + 1):
                    values[column - 1] = value
            active = [(area, value) for area, value in active if area[2] > number]
        yield number, values


_fill_merged = fill_merged  # the hotline importer's name for it
