"""Reading .xlsx/.xlsm, old .xls (WPS and older Excel still save it) and .ods with python-calamine.

calamine (Rust) reads a 100,000-row register in ~1.4 s where openpyxl's read-only mode needs
~16 s. What the importer relies on is kept as openpyxl gave it:
- blank cells are None (calamine says ""), whole numbers that a float holds exactly are int
  (a phone typed as a number is then refused by its own check, as before); an 18-digit ID number
  Excel stored as a number stays a float, which the ID check refuses — its last digits are lost;
- merged cells repeat the top-left value over the range (calamine reports the ranges);
- chart sheets are skipped; a damaged file is an ImportFileError naming it.
The zip of an .xlsx/.ods is checked for bombs before calamine inflates anything.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path
from typing import Any

from station_app.residents.import_source import ImportFileError, SourceTable, build_table, check_zip_sizes
from station_app.residents.import_xlsx import MAX_MERGED_CELLS, Range, fill_merged

log = logging.getLogger(__name__)
_EXACT = 2**53  # a float holds every whole number below this exactly


def read_spreadsheet(path: Path, sheet: str | None, zipped: bool) -> SourceTable:
    """The sheet named `sheet`, or the first with a header, of an .xlsx/.xls/.ods file.

    `zipped` (the file starts with PK: .xlsx, .xlsm, .ods) has its archive checked first.
    Raises ImportFileError: damaged, not a workbook, no such sheet, no header, too big.
    """
    if zipped:
        _check_archive(path)
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        log.info("cannot open %s as a workbook: %r", path, exc)
        raise ImportFileError(f"“{path.name}”不是有效的 Excel 文件或已损坏，无法读取。") from exc
    try:
        return _pick_sheet(path, workbook, sheet)
    finally:
        workbook.close()


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_sizes(path, archive)
            names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise ImportFileError(
            f"“{path.name}”不完整或已损坏（可能没有复制完整），无法读取。请重新保存或重新复制该文件。"
        ) from exc
    if not any(name.startswith(("xl/", "content.xml")) for name in names):
        raise ImportFileError(f"“{path.name}”不是有效的 Excel 文件或已损坏，无法读取。")


def _pick_sheet(path: Path, workbook: Any, sheet: str | None) -> SourceTable:
    from python_calamine import SheetTypeEnum

    names = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        raise ImportFileError(f"“{path.name}”中没有名为“{sheet}”的工作表（现有：{'、'.join(names)}）。")
    kinds = {meta.name: meta.typ for meta in workbook.sheets_metadata}
    first_error: ImportFileError | None = None
    for name in [sheet] if sheet is not None else names:
        if kinds.get(name) not in (SheetTypeEnum.WorkSheet, None):
            continue  # a chart or macro sheet
        try:
            return _read_sheet(path, workbook, name, names)
        except ImportFileError as exc:
            if sheet is not None:
                raise
            first_error = first_error or exc
    raise first_error or ImportFileError(f"“{path.name}”中没有可以导入的工作表。")


def _read_sheet(path: Path, workbook: Any, name: str, names: list[str]) -> SourceTable:
    from python_calamine import CalamineError

    try:
        worksheet = workbook.get_sheet_by_name(name)
        grid = worksheet.to_python(skip_empty_area=False)
        merged = worksheet.merged_cell_ranges or []
    except (CalamineError, ValueError, OverflowError) as exc:  # damage found inside a sheet
        log.info("reading sheet %s of %s failed: %r", name, path, exc)
        raise ImportFileError(f"“{path.name}”已损坏，无法读取。请在 Excel 中打开并重新保存。") from exc
    rows = _rows(grid)
    ranges = _ranges(path, name, merged)
    if ranges:
        rows = fill_merged(rows, ranges)
    return build_table(path, name, names, rows)


def _rows(grid: list[list[Any]]) -> Iterator[tuple[int, list[object]]]:
    for number, values in enumerate(grid, start=1):
        yield number, [_value(value) for value in values]


def _value(value: Any) -> object:
    if value == "" and isinstance(value, str):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT:
        return int(value)
    if isinstance(value, timedelta):  # a duration cell: as Excel shows a time of day
        seconds = int(value.total_seconds()) % 86400
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    return value


def _ranges(path: Path, sheet: str, merged: list[Any]) -> list[Range]:
    ranges = sorted({(first[0] + 1, first[1] + 1, last[0] + 1, last[1] + 1) for first, last in merged
                     if first != last})
    area = sum((last_row - first_row + 1) * (last_col - first_col + 1)
               for first_row, first_col, last_row, last_col in ranges)
    if area > MAX_MERGED_CELLS:
        raise ImportFileError(f"“{path.name}”的工作表“{sheet}”中合并单元格的范围过大，"
                              "请在 Excel 中取消合并单元格后再导入。")
    return ranges
