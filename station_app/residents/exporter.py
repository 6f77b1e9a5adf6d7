"""Exporting the residents list (all, an area, or a search result) to .xlsx.

ID and phone numbers are masked by default (DOMAIN.md: 152222********1234, 139****5678), and any
ID or mobile number typed into free text (notes, address) is masked too, so a scan of the file
finds none; beside a masked ID number the birth date is its year only (the masked digits are the
birth date). The unmasked export needs `export.unmasked`; every export is audited.

Every text cell is written as a string cell with the text format "@": a value like
'=HYPERLINK(…)', '+86…' or '-1' must never become a formula or a number when the file is opened.
The file is written under a temporary name in the target folder, synced, then renamed. The
residents' export uses xlsxwriter in constant-memory mode; the small reject files keep openpyxl.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import peewee

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.errors import StationError
from station_app.core.masking import mask_id_number, mask_phone, mask_sensitive_text
from station_app.residents.models import Area, Resident
from station_app.residents.search import query_for, resident_ids
from station_app.residents.views import Grid, Town, Village

HEADERS = ("姓名", "性别", "民族", "身份证号", "出生日期", "联系电话", "户主", "住址", "镇", "村/嘎查",
           "网格", "楼栋", "单元", "与户主关系", "标签", "备注")
_TEXT_FORMAT = frozenset({HEADERS.index("身份证号"), HEADERS.index("联系电话")})
_WIDTHS = (12, 6, 8, 22, 12, 16, 12, 30, 12, 16, 20, 8, 8, 10, 16, 30)
PAGE = 1000


class ExportCancelled(StationError):
    def __init__(self) -> None:
        super().__init__("导出已取消，没有生成文件。")


def export_residents(
    actor: Actor,
    path: str | Path,
    query: str = "",
    area_id: uuid.UUID | None = None,
    unmasked: bool = False,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the residents matching `query` (search-box syntax) within `area_id` to `path`.

    Returns the number of residents written. Raises PermissionDenied (residents.export; with
    `unmasked`, export.unmasked too), NotFound (no such area), ExportCancelled (no file left
    behind), OSError (folder missing, disk full, read-only medium; no partial file either).
    """
    permissions.require(actor, "residents.export")
    if unmasked:
        permissions.require(actor, "export.unmasked")
    if actor.station_id is None:
        raise StationError("尚未设置本所信息，无法导出。")
    report = progress or (lambda fraction, message: None)
    target = Path(path)
    ids = resident_ids(actor.station_id, query_for(actor, query), area_id)
    area = Area.get_or_none(Area.id == area_id) if area_id else None

    def record() -> None:
        audit.record(actor, "resident.export", "resident", "", extra={
            "file": target.name,
            "count": len(ids),
            "masked": not unmasked,
            "query": query,
            "area": area.name if area else "",
        })

    def rows() -> Iterator[list[object]]:
        for start in range(0, len(ids), PAGE):
            if cancelled and cancelled():
                raise ExportCancelled()
            yield from _page_rows(ids[start:start + PAGE], unmasked)
            done = min(start + PAGE, len(ids))
            report(0.9 * done / len(ids), f"已写入 {done} 人")

    write_xlsx_atomically(target, "居民名单", HEADERS, _WIDTHS, rows(), _TEXT_FORMAT, before_rename=record)
    report(1.0, "导出完成")
    return len(ids)


def write_xlsx_atomically(path: Path, title: str, headers: Sequence[str], widths: Sequence[int],
                          rows: Iterable[Sequence[object]], text_format: Container[int],
                          before_rename: Callable[[], None] | None = None) -> None:
    """One sheet written by xlsxwriter in constant-memory mode (rows go to disk as they come:
    ~1.6x openpyxl's write-only mode), under a temporary name beside `path`, fsynced, then renamed.

    Bold header row, frozen, with column widths; dates as dates; everything else a string cell
    (never a formula, number or link), with the text format "@" in the `text_format` columns.
    `before_rename` runs in one database transaction with the rename. On any failure (OSError,
    ExportCancelled from `rows` …) no file is left behind and `path` is untouched.
    """
    import xlsxwriter

    temporary = ""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
        os.close(descriptor)
        workbook = xlsxwriter.Workbook(temporary, {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False})
        try:
            sheet = workbook.add_worksheet(title)
            bold = workbook.add_format({"bold": True})
            text = workbook.add_format({"num_format": "@"})
            dated = workbook.add_format({"num_format": "yyyy-mm-dd"})
            for column, width in enumerate(widths):
                sheet.set_column(column, column, width)
            sheet.freeze_panes(1, 0)
            for column, header in enumerate(headers):
                sheet.write_string(0, column, header, bold)
            formats = [text if column in text_format else None for column in range(len(headers))]
            write_string, write_datetime = sheet.write_string, sheet.write_datetime
            for number, values in enumerate(rows, start=1):
                for column, value in enumerate(values):
                    if isinstance(value, date) and not isinstance(value, datetime) and value >= _SERIALS:
                        write_datetime(number, column, value, dated)
                    elif value:
                        write_string(number, column, value if isinstance(value, str) else _as_text(value),
                                     formats[column])
        finally:
            workbook.close()  # also on failure: it removes its own scratch files
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())  # a pulled USB stick must not leave a file that looks complete
        if before_rename is None:
            os.replace(temporary, path)
        else:
            with db.transaction():
                before_rename()
                os.replace(temporary, path)
    except BaseException:
        if temporary:
            with contextlib.suppress(OSError):
                os.remove(temporary)
        raise


# Excel's date serials start in 1900 (and 1900-02-29 never was): earlier births are written as text.
_SERIALS = date(1900, 3, 1)
_DIGIT = re.compile(r"\d")  # no digit, nothing to mask: skips the masking pattern for most cells
_COLUMNS = (Resident.name, Resident.gender, Resident.ethnicity, Resident.id_number, Resident.birth_date,
            Resident.phone, Resident.household, Resident.address, Town.name, Village.name, Grid.name,
            Resident.building, Resident.unit, Resident.relation_to_head, Resident.tags, Resident.notes)
_FREE_TEXT = (0, 6, 7, 11, 12, 14, 15)  # typed by people: may hold an ID or mobile number


def _page_sql(count: int) -> str:
    query = (Resident.select(Resident.id, *_COLUMNS)
             .join(Grid, peewee.JOIN.LEFT_OUTER, on=(Resident.grid == Grid.id))
             .join(Village, peewee.JOIN.LEFT_OUTER, on=(Grid.parent == Village.id))
             .join(Town, peewee.JOIN.LEFT_OUTER, on=(Village.parent == Town.id))
             .where(Resident.id.in_([uuid.UUID(int=index) for index in range(count)])))
    return query.sql()[0]


def _page_rows(ids: Sequence[str], unmasked: bool) -> list[list[object]]:
    """The export's cells for these residents, in this order: one joined query, raw values (ids
    as the database gave them to resident_ids; peewee's per-value conversion would cost more
    than the query)."""
    cursor = db.current().execute_sql(_page_sql(len(ids)), list(ids))
    by_id = {str(row[0]): list(row[1:]) for row in cursor.fetchall()}
    rows = []
    for key in ids:
        values = by_id.get(key)
        if values is None:
            continue
        if isinstance(values[4], str):  # SQLite keeps dates as text
            values[4] = date.fromisoformat(values[4])
        values[14] = "、".join(tag for tag in (values[14] or "").split("|") if tag)
        if unmasked:
            values[3] = values[3] or ""
        else:
            if values[3] and isinstance(values[4], date):  # the masked digits are the birth date
                values[4] = f"{values[4].year}年"
            values[3] = mask_id_number(values[3]) if values[3] else ""
            values[5] = mask_phone(values[5]) if values[5] else ""
            for column in _FREE_TEXT:
                if values[column] and _DIGIT.search(values[column]):
                    values[column] = mask_sensitive_text(values[column])
        rows.append(values)
    return rows


def new_sheet(title: str, headers: Sequence[str], widths: Sequence[int]) -> tuple[Any, Any]:
    """A write-only workbook with one sheet: bold header row, column widths, header frozen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=_as_text(header))
        cell.data_type = "s"
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    return workbook, sheet


def text_row(sheet: Any, values: Sequence[object], text_format: Container[int] | None = None) -> list[Any]:
    """Cells for one row: dates as dates, everything else as string cells (never formulas).

    Columns in `text_format` (default: all) also get Excel's text format "@", so that a number
    typed into them later stays text — it matters for ID and phone columns, and costs time.
    """
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for column, value in enumerate(values):
        if isinstance(value, date) and not isinstance(value, datetime):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = "yyyy-mm-dd"
        else:
            text = _as_text(value)
            cell = WriteOnlyCell(sheet, value=text)
            if text is not None:
                # openpyxl turns "=…" into a formula and "#N/A" into an error on assignment.
                cell.data_type = "s"
                if text_format is None or column in text_format:
                    cell.number_format = "@"
        cells.append(cell)
    return cells


def _as_text(value: object) -> str | None:
    """A cell value as the text Excel would show, without characters XML cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or value == "":
        return None
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).upper()  # 1.52222199001011E+17: what Excel showed the clerk
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def save_atomically(workbook: Any, path: Path, before_rename: Callable[[], None] | None = None) -> None:
    """Save to a temporary file beside `path`, fsync, then rename over `path`.

    `before_rename` runs in a database transaction together with the rename (the audit entry):
    if either fails, neither happens. On any failure the temporary file is removed.
    """
    path = Path(path)
    temporary = ""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
        os.close(descriptor)
        workbook.save(temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())  # a pulled USB stick must not leave a file that looks complete
        if before_rename is None:
            os.replace(temporary, path)
        else:
            with db.transaction():
                before_rename()
                os.replace(temporary, path)
    except BaseException:
        discard(workbook)
        if temporary:
            with contextlib.suppress(OSError):
                os.remove(temporary)
        raise


def discard(workbook: Any) -> None:
    """Close an unsaved write-only workbook and delete its scratch files (openpyxl keeps each
    sheet's rows in a temporary file; left open, it complains when garbage-collected)."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        writer = getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):
            if writer is not None and os.path.exists(writer.out):
                writer.cleanup()
