"""Reading the platform's Excel export of work orders (.xlsx).

The reading itself is the residents importer's (station_app.residents.import_source/import_xlsx):
damaged, password-protected, old .xls and oversized files refused with a message naming the file,
<dimension> not trusted, merged cells repeated over their rows, blank rows skipped, every value
passed on as the reader gives it. Only the header is ours: the residents reader recognises a
residents header (姓名, 身份证号 …), so the header row is found here among the hotline's column
names (工单编号, 受理时间/来电时间, 来电人/诉求人, 诉求内容 …), below any title rows. A header of two
rows (a merged "来电信息" over 来电时间/来电人/联系电话) is read as one: a lower cell that names a
column is that column's header, otherwise the upper cell is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from station_app.core.textnorm import half_width
from station_app.residents import import_source as generic
from station_app.residents import import_xlsx as generic_xlsx
from station_app.residents.import_source import ImportFileError, SourceTable

FIELD_LABELS: dict[str, str] = {
    "order_number": "工单编号",
    "received_at": "受理时间",
    "caller_name": "来电人",
    "caller_phone": "联系电话",
    "content": "诉求内容",
    "category": "诉求类别",
    "deadline": "办理时限",
    "platform_unit": "承办单位",
}
REQUIRED = ("order_number", "received_at", "content", "deadline")

# Header texts seen in 12345 platform exports, compared without spaces, "*", ":" or remarks "(…)".
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "order_number": ("工单编号", "工单号", "工单编码", "工单流水号", "受理编号", "诉求编号", "编号", "单号"),
    "received_at": ("受理时间", "来电时间", "受理日期", "来电日期", "登记时间", "接收时间", "派单时间",
                    "下派时间", "创建时间"),
    "caller_name": ("来电人", "诉求人", "来电人姓名", "诉求人姓名", "反映人", "联系人", "市民姓名", "姓名"),
    "caller_phone": ("联系电话", "来电号码", "来电电话", "诉求人电话", "回访电话", "联系号码", "联系方式",
                     "手机号码", "电话"),
    "content": ("诉求内容", "工单内容", "来电内容", "反映内容", "诉求描述", "问题描述", "事项内容", "内容"),
    "category": ("诉求类别", "诉求类型", "工单类别", "工单类型", "问题分类", "事项分类", "分类", "类别"),
    "deadline": ("办理时限", "截止时间", "截止日期", "办理期限", "办结时限", "办结期限", "要求办结时间",
                 "办理截止时间", "时限"),
    "platform_unit": ("承办单位", "承办部门", "责任单位", "办理单位", "主办单位"),
}
_KNOWN = {synonym: name for name, synonyms in _SYNONYMS.items() for synonym in synonyms}


def field_of(header: object) -> str | None:
    key = re.sub(r"[\s*＊:：]", "", half_width(str(header or ""))).replace("（", "(").replace("）", ")")
    return _KNOWN.get(key) or _KNOWN.get(re.sub(r"\(.*?\)", "", key))


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field for the headers we recognise; the first column wins for each field."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = field_of(header)
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


def missing_columns(mapping: dict[int, str]) -> list[str]:
    return [FIELD_LABELS[name] for name in REQUIRED if name not in mapping.values()]


def missing_columns_message(file_name: str, header_row: int, headers: list[str],
                            mapping: dict[int, str]) -> str:
    """Why a header cannot be imported: each missing column with the names it is also known by,
    and the columns the file does have."""
    label_to_field = {label: name for name, label in FIELD_LABELS.items()}
    wanted = []
    for label in missing_columns(mapping):
        others = [synonym for synonym in _SYNONYMS[label_to_field[label]] if synonym != label][:4]
        wanted.append(f"{label}（或：{'、'.join(others)}）" if others else label)
    found = "、".join(dict.fromkeys(header for header in headers if header)) or "（空）"
    return (f"“{file_name}”第 {header_row} 行的表头中没有这些列：{'；'.join(wanted)}。"
            f"表中的列是：{found}。请确认是12345平台导出的工单表，或把列名改成上面的名称之一。")


def read_orders(path: str | Path, sheet: str | None = None) -> SourceTable:
    """Read the export at `path` (the named sheet, or the first with a hotline header).

    Raises ImportFileError: unreadable, not .xlsx, no header with 工单编号 etc. in the first 15 rows.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ImportFileError(f"无法打开文件“{path.name}”：{exc.strerror or exc}") from exc
    if not head:
        raise ImportFileError(f"文件“{path.name}”是空的。")
    if head.startswith(generic._CFB_MAGIC):
        raise generic._ole_error(path)
    if not head.startswith(b"PK"):
        raise ImportFileError(f"“{path.name}”不是 Excel（.xlsx）文件。请从12345平台导出为 .xlsx 后再导入。")
    with generic.paused_gc(), path.open("rb") as handle:
        workbook = generic_xlsx.open_workbook(path, handle)
        try:
            table = _pick_sheet(path, workbook, sheet)
        finally:
            workbook.close()
    table.sha256 = generic.file_sha256(path)
    return table


def _pick_sheet(path: Path, workbook: Any, sheet: str | None) -> SourceTable:
    names = list(workbook.sheetnames)
    if sheet is not None and sheet not in names:
        raise ImportFileError(f"“{path.name}”中没有名为“{sheet}”的工作表（现有：{'、'.join(names)}）。")
    first_error: ImportFileError | None = None
    for name in [sheet] if sheet is not None else names:
        worksheet = workbook[name]
        if not hasattr(worksheet, "reset_dimensions"):
            continue  # a chart sheet
        worksheet.reset_dimensions()
        merged = generic_xlsx._merged_ranges(path, workbook, worksheet)
        blank: set[int] = set()
        rows = _note_blank(generic_xlsx._rows(path, worksheet), blank)
        if merged:
            rows = generic_xlsx._fill_merged(rows, merged)
        try:
            return _build(path, worksheet.title, names, rows, blank)
        except ImportFileError as exc:
            if sheet is not None:
                raise
            first_error = first_error or exc
    raise first_error or ImportFileError(f"“{path.name}”中没有可以导入的工作表。")


def _texts(values: list[object]) -> list[str]:
    return ["" if value is None else str(value).strip() for value in values]


def _is_lower_header(upper: list[str], lower: list[str]) -> bool:
    """The row under a header is its second level when at least two of its cells name columns
    the upper row does not (a merged "来电信息" over 来电时间, 来电人, 联系电话)."""
    return sum(1 for index, text in enumerate(lower)
               if field_of(text) and (index >= len(upper) or field_of(upper[index]) != field_of(text))) >= 2


def _combined(upper: list[str], lower: list[str]) -> list[str]:
    """Each column's header from a two-row header: the lower cell where it names a column, else the
    upper one (a column whose upper cell is merged down, or a group name over an unknown cell)."""
    width = max(len(upper), len(lower))
    upper, lower = upper + [""] * (width - len(upper)), lower + [""] * (width - len(lower))
    return [low if field_of(low) or (low and not field_of(high)) else high
            for high, low in zip(upper, lower, strict=True)]


def _note_blank(rows: Iterator[tuple[int, list[object]]], blank: set[int]
                ) -> Iterator[tuple[int, list[object]]]:
    """Remember the rows blank as typed: a merged 承办单位 reaching over an empty row does not
    make it an order."""
    for number, values in rows:
        if generic._is_blank(values):
            blank.add(number)
        yield number, values


def _build(path: Path, sheet_name: str, names: list[str], rows: Iterator[tuple[int, list[object]]],
           blank: set[int]) -> SourceTable:
    """The header is the first of the top rows naming two hotline columns; every non-blank row
    below it is kept, fitted to the header's width."""
    header_row, headers = 0, []
    pushed_back: list[tuple[int, list[object]]] = []
    for number, values in rows:
        if sum(1 for value in values if value is not None and field_of(value)) >= 2:
            header_row, headers = number, _texts(values)
            lower = next(rows, None)
            if lower is not None and lower[0] not in blank and _is_lower_header(headers, _texts(lower[1])):
                header_row, headers = lower[0], _combined(headers, _texts(lower[1]))
            elif lower is not None:
                pushed_back.append(lower)
            break
        if number >= generic.HEADER_SEARCH_ROWS:
            break
    if not header_row:
        raise ImportFileError(f"在“{path.name}”的前 {generic.HEADER_SEARCH_ROWS} 行没有找到表头"
                              "（应有“工单编号”“受理时间”“诉求内容”等列名）。")
    rows = chain(pushed_back, rows)
    while headers and not headers[-1]:
        headers.pop()
    data = []
    for number, values in rows:
        if number in blank or generic._is_blank(values):
            continue
        data.append((number, generic._fit(values, len(headers))))
        if len(data) > generic.MAX_ROWS:
            raise ImportFileError(f"“{path.name}”超过 {generic.MAX_ROWS:,} 行，请分成几个文件导入。")
    if not data:
        raise ImportFileError(f"“{path.name}”的工作表“{sheet_name}”只有表头，没有数据行。")
    return SourceTable(path, sheet_name, names, header_row, headers, data)
