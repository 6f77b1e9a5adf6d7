"""The summary as .xlsx: one sheet per section plus the attention list and the trend.

Figures are numbers (money in 元 with two decimals, rates in %), changes are numbers in % (or
percentage points for rates) and "—" where there is no base. Texts are masked. The file is
written to a temporary name in the target folder and renamed over the target, so a reader
never sees half a workbook.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from station_app.core.masking import mask_sensitive_text
from station_app.reports.summary import STATION_COLUMNS, Number, Row, Summary

HEADERS = ("指标", "单位", "本期", "上期", "环比（%）", "去年同期", "同比（%）")


def _number(row: Row, value: Number) -> float | int | str:
    if value is None:
        return "—"
    return round(value / 100, 2) if row.kind == "money" else value


def _change(value: float | None) -> float | str:
    return "—" if value is None else value


def _sheet(book: Workbook, title: str, headers: tuple[str, ...], widths: tuple[int, ...]) -> Worksheet:
    sheet = book.create_sheet(title)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    return sheet


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
    cover.column_dimensions["A"].width, cover.column_dimensions["B"].width = 12, 36
    for section in summary.sections:
        sheet = _sheet(book, section.title, HEADERS, (30, 8, 12, 12, 12, 12, 12))
        for row in section.rows:
            f = row.figure
            unit = "元" if row.kind == "money" else row.unit
            sheet.append([row.label, unit, _number(row, f.value), _number(row, f.previous),
                          _change(f.change_vs_previous), _number(row, f.last_year),
                          _change(f.change_vs_last_year)])
            if row.kind == "money":
                for column in ("C", "D", "F"):
                    sheet[f"{column}{sheet.max_row}"].number_format = "#,##0.00"
    if summary.stations:
        columns = tuple(label for _, _, label, _ in STATION_COLUMNS)
        per_station = _sheet(book, "各单位", ("单位代码", "单位", "报送", *columns),
                             (16, 20, 22, *[12] * len(columns)))
        for line in [*summary.stations, *([summary.total] if summary.total else [])]:
            values = [line.value(key) for _, key, _, _ in STATION_COLUMNS]
            state = "" if line is summary.total else line.report_state
            per_station.append([line.code, line.name, state, *(
                "未报送" if not line.reported else "—" if v is None else round(v / 100, 2) if kind == "money"
                else v for v, (_, _, _, kind) in zip(values, STATION_COLUMNS, strict=True))])
    attention = _sheet(book, "需要关注", ("类别", "编号", "事项", "期限", "逾期"), (12, 36, 60, 12, 8))
    for item in summary.attention:
        attention.append([item.module, item.number, mask_sensitive_text(item.text), item.due,
                          "是" if item.overdue else "否"])
    trend = _sheet(book, "近12周纠纷趋势", ("周", "登记纠纷（件）"), (12, 16))
    for week, count in summary.trend:
        trend.append([week, count])
    _keep_text(book)
    return book


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
