"""Reading the residents' spreadsheets people really have: .xlsx, old .xls, .ods (Excel, WPS,
LibreOffice) and .csv.

What comes back is a `SourceTable`: the header row found below any title rows, and every non-blank
row with its row number as Excel shows it. Cell values are passed on as the reader gives them —
an ID number that Excel stored as a number arrives as that float or int, so the ID check can
refuse it instead of anyone guessing its lost digits. Files that cannot be read at all raise
`ImportFileError` with a message naming the file.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from station_app.core.errors import StationError
from station_app.core.textnorm import half_width
from station_app.core.zipguard import inflation_problem

FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "gender": "性别",
    "ethnicity": "民族",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "phone": "联系电话",
    "household": "户主",
    "address": "住址",
    "town": "镇/苏木",
    "village": "村/嘎查",
    "grid": "网格",
    "building": "楼栋",
    "unit": "单元",
    "relation_to_head": "与户主关系",
    "tags": "标签",
    "notes": "备注",
}

# Header texts seen in real registers, compared after _header_key (no spaces, half-width, no "*").
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "居民姓名", "人员姓名", "名字"),
    "gender": ("性别",),
    "ethnicity": ("民族", "族别"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "公民身份证号", "公民身份证号码", "证件号码",
                  "证件号", "身份证"),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日"),
    "phone": ("联系电话", "手机号", "手机号码", "电话", "电话号码", "手机", "联系方式"),
    "household": ("户主", "户号", "户主姓名"),
    "address": ("住址", "家庭住址", "现住址", "居住地址", "地址", "现居住地址"),
    "town": ("镇", "乡镇", "苏木", "所属乡镇", "所属苏木", "乡镇(苏木)", "镇/苏木", "乡镇/苏木", "镇(苏木)",
             "街道", "乡镇街道"),
    "village": ("村", "嘎查", "所属村", "所属嘎查", "社区", "所属社区", "村(嘎查)", "村/嘎查", "嘎查村",
                "嘎查(村)", "村/社区", "村(社区)", "所属村(嘎查)", "村委会", "村/嘎查/社区"),
    "grid": ("网格", "所属网格", "网格名称"),
    "building": ("楼栋", "楼号", "楼栋号"),
    "unit": ("单元", "单元号"),
    "relation_to_head": ("与户主关系",),
    "tags": ("标签", "人员类别", "人员类型", "类别"),
    "notes": ("备注",),
}
_KNOWN_HEADERS = {synonym: name for name, synonyms in _SYNONYMS.items() for synonym in synonyms}

HEADER_SEARCH_ROWS = 15
MAX_ROWS = 1_000_000
MAX_UNCOMPRESSED = 200 * 1024 * 1024
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE: old .xls, or an xlsx with an open password
_ENCRYPTED_STREAM = "EncryptionInfo".encode("utf-16-le")


class ImportFileError(StationError):
    """The file cannot be read at all; the message names the file and says what to do."""


@dataclass
class SourceTable:
    """One sheet as read. `rows` holds (row number as Excel shows it, cell values), blanks skipped."""

    path: Path
    sheet_name: str
    sheet_names: list[str]
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[object]]]
    sha256: str = field(default="", repr=False)


def _header_key(text: object) -> str:
    key = re.sub(r"[\s*＊:：]", "", half_width(str(text or ""))).lower()
    return key.replace("（", "(").replace("）", ")")


def _field_of(header: object) -> str | None:
    key = _header_key(header)
    if key in _KNOWN_HEADERS:
        return _KNOWN_HEADERS[key]
    # "身份证号(必填)", "联系电话(手机)": the words before the remark decide.
    return _KNOWN_HEADERS.get(re.sub(r"\(.*?\)", "", key))


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field for the headers we recognise; the first column wins for each field.

    Unknown columns are left out: the caller lets the user map them.
    """
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = _field_of(header)
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


def read_source(path: str | Path, sheet: str | None = None) -> SourceTable:
    """Read `path`: .xlsx/.xlsm, old .xls and .ods (python-calamine), or .csv in UTF-8 with or
    without BOM, GBK or GB18030. Which it is goes by the content, not the name.

    `sheet` picks a worksheet by name; by default the first sheet with a recognisable header.
    Raises ImportFileError: not a spreadsheet, truncated or damaged, password-protected,
    empty, no header in the first 15 rows, too big (> 200 MB unpacked, > 1,000,000 rows).
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ImportFileError(f"无法打开文件“{path.name}”：{exc.strerror or exc}") from exc
    if not head:
        raise ImportFileError(f"文件“{path.name}”是空的。")
    if head.startswith(_CFB_MAGIC) and _encrypted(path):
        raise ImportFileError(f"“{path.name}”设置了打开密码，无法读取。"
                              "请在 Excel 中取消密码后另存，再导入。")
    with paused_gc():
        if head.startswith((b"PK", _CFB_MAGIC)):
            from station_app.residents.import_calamine import read_spreadsheet

            table = read_spreadsheet(path, sheet, zipped=head.startswith(b"PK"))
        elif path.suffix.lower() in (".csv", ".txt"):
            table = _read_csv(path)
        else:
            raise ImportFileError(f"“{path.name}”不是 Excel（.xlsx、.xls）、ODS 或 CSV 文件，无法导入。")
    table.sha256 = file_sha256(path)
    return table


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big table is built.

    Every collection of the oldest generation walks all live objects, and 100k rows of cells are
    millions of them: with the collector on, keeping the rows costs ~15% over merely reading
    them (measured, bench/residents_import.py). The rows hold no reference cycles to collect.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _ole_error(path: Path) -> ImportFileError:
    """Why an OLE file cannot be read by an importer that takes .xlsx only (the hotline's)."""
    if _encrypted(path):
        return ImportFileError(f"“{path.name}”设置了打开密码，无法读取。"
                               "请在 Excel 中取消密码后另存，再导入。")
    return ImportFileError(f"“{path.name}”是旧版 Excel（.xls）格式。"
                           "请在 Excel/WPS 中“另存为” .xlsx 后再导入。")


def _encrypted(path: Path) -> bool:
    """An OLE file holding an encrypted .xlsx (an open password), not an old .xls."""
    with path.open("rb") as handle:
        sample = handle.read(1 << 20)
    return _ENCRYPTED_STREAM in sample


def check_zip_sizes(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse archives that unpack to more than MAX_UNCOMPRESSED or inflate suspiciously
    (core.zipguard), before anything is inflated."""
    problem = inflation_problem(archive, MAX_UNCOMPRESSED, "请分成几个文件导入。")
    if problem:
        raise ImportFileError(f"“{path.name}”{problem}")


def build_table(path: Path, sheet_name: str, sheet_names: list[str],
                rows: Iterator[tuple[int, list[object]]]) -> SourceTable:
    """Find the header among the first rows, then keep every non-blank row below it.

    Raises ImportFileError when no header is found, nothing follows it, or there are too many rows.
    """
    header_row, headers, early = _find_header(path, rows)
    width = len(headers)
    data: list[tuple[int, list[object]]] = []
    for number, values in _chain(early, rows):
        if _is_blank(values):
            continue
        data.append((number, _fit(values, width)))
        if len(data) > MAX_ROWS:
            raise ImportFileError(f"“{path.name}”超过 {MAX_ROWS:,} 行，请分成几个文件导入。")
    if not data:
        raise ImportFileError(f"“{path.name}”的工作表“{sheet_name}”只有表头，没有数据行。")
    return SourceTable(path, sheet_name, sheet_names, header_row, headers, data)


def header_score(values: list[object]) -> int:
    return sum(1 for value in values if value is not None and _field_of(value))


def _find_header(path: Path, rows: Iterator[tuple[int, list[object]]]
                 ) -> tuple[int, list[str], list[tuple[int, list[object]]]]:
    seen: list[tuple[int, list[object]]] = []
    for number, values in rows:
        seen.append((number, values))
        if number >= HEADER_SEARCH_ROWS:
            break
    if not any(not _is_blank(values) for _, values in seen):
        raise ImportFileError(f"文件“{path.name}”是空的，没有任何内容。")
    scored = [(header_score(values), index) for index, (_, values) in enumerate(seen)]
    # Two recognised headers in one row tell the header from a title like "居民信息登记表";
    # a one-column file still works.
    best = next((index for score, index in scored if score >= 2), None)
    if best is None:
        best = next((index for score, index in scored if score >= 1), None)
    if best is None:
        raise ImportFileError(
            f"在“{path.name}”的前 {HEADER_SEARCH_ROWS} 行没有找到表头（应有“姓名”“身份证号”等列名）。"
        )
    number, values = seen[best]
    headers = ["" if value is None else str(value).strip() for value in values]
    while headers and not headers[-1]:
        headers.pop()  # trailing empty columns (formatted but unused)
    return number, headers, seen[best + 1:]


def _chain(first: list[tuple[int, list[object]]], rest: Iterator[tuple[int, list[object]]]
           ) -> Iterator[tuple[int, list[object]]]:
    yield from first
    yield from rest


def _is_blank(values: list[object]) -> bool:
    for value in values:  # a plain loop: this runs for every row, and usually stops at cell one
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return False
    return True


def _fit(values: list[object], width: int) -> list[object]:
    if len(values) == width:
        return values
    if len(values) > width:
        return values[:width]
    return values + [None] * (width - len(values))


def _read_csv(path: Path) -> SourceTable:
    size = path.stat().st_size
    if size > MAX_UNCOMPRESSED:
        raise ImportFileError(f"“{path.name}”超过 {MAX_UNCOMPRESSED // (1024 * 1024)} MB，文件过大。")
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise ImportFileError(f"“{path.name}”不是文本格式的 CSV 文件（含有二进制内容）。")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            # Excel and WPS on Chinese Windows save "CSV" in the ANSI code page: GBK, a subset of GB18030.
            text = raw.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"“{path.name}”的文字编码无法识别（不是 UTF-8 或 GBK）。请在 Excel 中另存为 .xlsx 后导入。"
            ) from exc
    sample = text[:8192].splitlines()[:HEADER_SEARCH_ROWS]
    delimiter = "\t" if sum(line.count("\t") for line in sample) > sum(line.count(",") for line in sample) \
        else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def rows() -> Iterator[tuple[int, list[object]]]:
        try:
            # Records, not physical lines: a quoted cell may span lines, Excel shows it as one row.
            for number, values in enumerate(reader, start=1):
                yield number, [value if value.strip() else None for value in values]
        except csv.Error as exc:
            raise ImportFileError(f"“{path.name}”第 {reader.line_num} 行格式有误：{exc}") from exc

    return build_table(path, path.stem, [path.stem], rows())
