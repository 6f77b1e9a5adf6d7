"""The summary as .xlsx: one sheet per section plus the attention list and the trend.

Figures are numbers (money in 元 with two decimals, rates in %), changes are numbers in % (or
percentage points for rates) and "—" where there is no base. Texts are masked. The file is
written to a temporary name in the target folder and renamed over the target, so a reader
never sees half a workbook.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from station_app.core.masking import mask_sensitive_text
from station_app.reports.summary import STATION_COLUMNS, Number, Row, Summary

HEADERS = ("指标", "单位", "本期", "上期", "环比（%）", "去年同期", "同比（%）")
ATTENTION_WIDTH = 60  # the 事项 column, in spreadsheet width units


def _number(row: Row, value: Number) -> float | int | str:
    if value is None:
        return "—"
    return round(value / 100, 2) if row.kind == "money" else value


def _change(value: float | None) -> float | str:
    return "—" if value is None else value


def _sheet(book: Workbook, title: str, headers: tuple[str, ...], widths: tuple[int, ...],
           summary: Summary, numeric_from: int = 2) -> Worksheet:
    """A sheet that prints: A4, fitted to the page width, its header row repeated on every page,
    the station and period in the page header, page numbers below; headers over numbers are
    right-aligned like the numbers (`numeric_from`: the first column holding numbers)."""
    sheet = book.create_sheet(title)
    sheet.append(list(headers))
    for index, cell in enumerate(sheet[1]):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="right" if index >= numeric_from else "left",
                                   vertical="center", wrap_text=True)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    _page_setup(sheet, summary, landscape=sum(widths) > 110)
    return sheet


def _page_setup(sheet: Worksheet, summary: Summary, landscape: bool = False) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.print_title_rows = "1:1"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddHeader.left.text = summary.station_name
    sheet.oddHeader.center.text = f"{sheet.title}　{summary.period.label}（{summary.period.dates_text}）"
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"


def summary_workbook(summary: Summary) -> Workbook:
    """The workbook in memory."""
    book = Workbook()
    cover = book.active
    cover.title = "概况"
    for line in (("单位", summary.station_name), ("统计期", summary.period.label),
                 ("日期", summary.period.dates_text), ("环比期", summary.previous.label),
                 ("同比期", summary.last_year.label), ("审计链锚点", summary.audit_anchor),
                 *([("说明", summary.coverage_note)] if summary.coverage_note else [])):
        cover.append(list(line))
    cover.column_dimensions["A"].width, cover.column_dimensions["B"].width = 12, 64
    for (label, value) in cover.iter_rows(min_row=1, max_row=cover.max_row):
        label.font = Font(bold=True)
        value.alignment = Alignment(wrap_text=True, vertical="top")  # the anchor stays on the page
    _page_setup(cover, summary)
    cover.print_title_rows = None
    for section in summary.sections:
        sheet = _sheet(book, section.title, HEADERS, (30, 8, 12, 12, 12, 12, 12), summary)
        for row in section.rows:
            f = row.figure
            unit = "元" if row.kind == "money" else row.unit
            year_ago = _number(row, f.last_year) if summary.last_year_known else "—"
            versus = _change(f.change_vs_last_year) if summary.last_year_known else "—"
            sheet.append([row.label, unit, _number(row, f.value), _number(row, f.previous),
                          _change(f.change_vs_previous), year_ago, versus])
            if row.kind == "money":
                for column in ("C", "D", "F"):
                    sheet[f"{column}{sheet.max_row}"].number_format = "#,##0.00"
    if summary.stations:
        columns = tuple(label for _, _, label, _ in STATION_COLUMNS)
        per_station = _sheet(book, "各单位", ("单位代码", "单位", "报送", *columns),
                             (16, 20, 22, *[12] * len(columns)), summary, numeric_from=3)
        for line in [*summary.stations, *([summary.total] if summary.total else [])]:
            values = [line.value(key) for _, key, _, _ in STATION_COLUMNS]
            state = "" if line is summary.total else line.report_state
            per_station.append([line.code, line.name, state, *(
                "未报送" if not line.reported else "—" if v is None else round(v / 100, 2) if kind == "money"
                else v for v, (_, _, _, kind) in zip(values, STATION_COLUMNS, strict=True))])
    attention = _sheet(book, "需要关注", ("类别", "编号", "事项", "期限", "逾期"),
                       (12, 30, ATTENTION_WIDTH, 12, 8), summary, numeric_from=5)
    attention["E1"].alignment = Alignment(horizontal="center", vertical="center")
    for item in summary.attention:
        attention.append([item.module, item.number, mask_sensitive_text(item.text), item.due,
                          "是" if item.overdue else "否"])
        # The whole 事项 on the page: wrapped in its column, not cut off by 期限.
        attention.cell(attention.max_row, 3).alignment = Alignment(wrap_text=True, vertical="top")
        # Spreadsheet programs do not grow a row for wrapped text they did not lay out themselves.
        lines = -(-_display_width(str(attention.cell(attention.max_row, 3).value)) // ATTENTION_WIDTH)
        attention.row_dimensions[attention.max_row].height = 15 * max(lines, 1)
        for column in (1, 2, 4):
            attention.cell(attention.max_row, column).alignment = Alignment(vertical="top")
        attention.cell(attention.max_row, 5).alignment = Alignment(horizontal="center", vertical="top")
    trend = _sheet(book, "近12周纠纷趋势", ("周", "登记纠纷（件）"), (12, 16), summary, numeric_from=1)
    for week, count in summary.trend:
        trend.append([week, count])
    _align_under_headers(book)
    _keep_text(book)
    return book


def _display_width(text: str) -> int:
    """Columns `text` takes in a spreadsheet: a Chinese character two, a Latin one one."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def _align_under_headers(book: Workbook) -> None:
    """A column whose header is right-aligned (numbers) has every cell right-aligned, the "—" and
    未报送 among the numbers included: left-aligned they sat against the number beside them."""
    for sheet in book.worksheets[1:]:  # the cover has no header row
        right = [cell.column for cell in sheet[1]
                 if cell.alignment is not None and cell.alignment.horizontal == "right"]
        for column in right:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = Alignment(horizontal="right")


def _keep_text(book: Workbook) -> None:
    """Every text cell a plain string: openpyxl makes "=…" a formula and "#N/A" an error value,
    and an order number or a place name from an imported file may be either."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"


def write_summary_xlsx(summary: Summary, target: Path) -> Path:
    """Write the workbook to `target` atomically (temp file in the same folder, then os.replace)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        summary_workbook(summary).save(temp_name)
        with open(temp_name, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target
