"""The residents and 12345 importers fed hostile files: random bytes under any name, real .xlsx files
cut short or with flipped bits, zip bombs, entity bombs, 100,000-character cells.

Every file is read and imported the way the UI does it, inside a unit of work that is rolled back
afterwards (each example starts from the same database). The property each time: the import either
fails with a StationError whose message is Chinese (ImportFileError names the file), and then no
table's row count and not the audit chain's head has moved — or it is ACCEPTED, and then what it
wrote must be exactly what was intended: a damaged copy of a good file imports as the good file
does, cells typed into a sheet arrive as typed (trimmed) or their row is listed as rejected, and
nothing is ever invented that the file does not hold.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import struct
import time
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import local_now
from station_app.core.errors import StationError
from station_app.hotline import importer as hotline
from station_app.residents import importer as residents
from station_app.residents.import_source import ImportFileError
from tests.fuzz.conftest import CHINESE, database_state
from tests.fuzz.import_oracle import (
    Intended,
    Outcome,
    nothing_invented,
    records,
    same_as_pristine,
    typed_rows,
    written,
)

FUZZ = hypothesis_settings.get_profile("station-fuzz")
RESIDENT_HEADER = ["姓名", "性别", "民族", "身份证号", "出生日期", "联系电话", "住址", "备注"]
RESIDENT_ROW = ["其木格", "女", "蒙古族", "11010519491231002X", "1949-12-31", "13912345678",
                "高力板镇查干陶勒盖嘎查", "独居老人"]
ORDER_HEADER = ["工单编号", "受理时间", "来电人", "联系电话", "诉求内容", "诉求类别", "办理时限", "承办单位"]
_names = itertools.count()


def order_row(number: str = "XA202611200001") -> list[object]:
    received = (local_now() - timedelta(days=3)).replace(microsecond=0, tzinfo=None)
    return [number, received, "白先生", "13912345678", "反映物业公司乱收费。", "物业管理", "5个工作日",
            "高力板派出所"]


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def import_residents(actor: Actor, path: Path) -> object:
    source = residents.read_source(path)
    return residents.run_import(actor, source, residents.guess_mapping(source.headers))


def import_orders(actor: Actor, path: Path) -> object:
    return hotline.run_import(actor, hotline.read_orders(path))


IMPORTS: dict[str, Callable[[Actor, Path], object]] = {"residents": import_residents,
                                                       "hotline": import_orders}
GOOD_FILES: dict[str, Callable[[Path], Path]] = {
    "residents": lambda folder: write_xlsx(folder / "居民.xlsx", RESIDENT_HEADER, [RESIDENT_ROW] * 3),
    "hotline": lambda folder: write_xlsx(folder / "工单.xlsx", ORDER_HEADER,
                                         [order_row(f"XA20261120000{n}") for n in range(3)]),
}


class _Undo(Exception):
    pass


def attempt(kind: str, actor: Actor, path: Path, intended: Intended | None = None) -> str | None:
    """Import `path` as the UI does. A refusal returns its message: Chinese, naming the file when
    the file itself is the problem, the database as it was. An accepted import returns None, after
    `intended(outcome, report)` has checked what it wrote (by default: nothing the file does not
    hold, see nothing_invented). Either way the database is put back as it was."""
    before = database_state()
    message = None
    try:
        with db.transaction():
            before_records = records(kind)
            try:
                report = IMPORTS[kind](actor, path)
            except StationError as exc:
                assert re.search(CHINESE, exc.message), exc.message
                if isinstance(exc, ImportFileError):
                    assert path.name in exc.message, exc.message
                assert database_state() == before
                message = exc.message
            else:
                rows, changed = written(kind, before_records)
                figures = (report.imported, report.updated, report.unchanged,
                           tuple((row.row_number, row.reason) for row in report.rejected))
                outcome = Outcome(figures, tuple(rows), changed)
                assert len(rows) == report.imported + report.updated and changed == report.updated, outcome
                (intended or nothing_invented(path))(outcome, report)
            raise _Undo
    except _Undo:
        pass
    assert database_state() == before
    return message


def fresh(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"f{next(_names)}{suffix}"
    path.write_bytes(data)
    return path


# --- random bytes, truncation, bit flips -------------------------------------------------------

MAGICS = [b"", b"PK\x03\x04", b"PK\x05\x06" + b"\0" * 18, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
          b"\xef\xbb\xbf", "姓名,身份证号\n".encode()]


@FUZZ
@given(kind=st.sampled_from(sorted(IMPORTS)), magic=st.sampled_from(MAGICS), data=st.binary(max_size=4096),
       suffix=st.sampled_from([".xlsx", ".csv", ".xls", ".xlsm", ".txt", ""]))
def test_random_bytes_under_any_name(sqlite_admin: Actor, tmp_path: Path, kind: str, magic: bytes,
                                     data: bytes, suffix: str) -> None:
    attempt(kind, sqlite_admin, fresh(tmp_path, suffix, magic + data))


@pytest.fixture
def good_files(tmp_path: Path) -> dict[str, bytes]:
    return {kind: make(tmp_path).read_bytes() for kind, make in GOOD_FILES.items()}


@pytest.fixture
def pristine(sqlite_admin: Actor, tmp_path: Path, good_files: dict[str, bytes]) -> dict[str, Outcome]:
    """What each good file imports as, on the database every example starts from."""
    found: dict[str, Outcome] = {}
    for kind, data in good_files.items():
        def keep(outcome: Outcome, _report: object, kind: str = kind) -> None:
            found[kind] = outcome

        assert attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx", data), keep) is None
        assert found[kind].rows, f"the good {kind} file imported nothing"
    return found


@FUZZ
@given(kind=st.sampled_from(sorted(IMPORTS)), fraction=st.floats(min_value=0, max_value=1, exclude_max=True))
def test_a_real_workbook_cut_short_anywhere(sqlite_admin: Actor, tmp_path: Path, good_files: dict[str, bytes],
                                            kind: str, fraction: float) -> None:
    good = good_files[kind]
    message = attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx", good[:int(len(good) * fraction)]))
    assert message is not None and ("不完整或已损坏" in message or "是空的" in message), message


@hypothesis_settings(FUZZ, max_examples=120)
@given(kind=st.sampled_from(sorted(IMPORTS)),
       flips=st.lists(st.tuples(st.floats(min_value=0, max_value=1, exclude_max=True),
                                st.integers(min_value=0, max_value=7)), min_size=1, max_size=4))
def test_a_real_workbook_with_flipped_bits(sqlite_admin: Actor, tmp_path: Path, good_files: dict[str, bytes],
                                           pristine: dict[str, Outcome], kind: str,
                                           flips: list[tuple[float, int]]) -> None:
    damaged = bytearray(good_files[kind])
    for where, bit in flips:
        damaged[int(len(damaged) * where)] ^= 1 << bit
    attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx", bytes(damaged)), same_as_pristine(pristine[kind]))


# --- zip bombs, lying sizes, entity bombs ------------------------------------------------------

MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def with_member(good: bytes, name: str, data: bytes | Callable[[zipfile.ZipFile], None]) -> bytes:
    """`good` with member `name` replaced (by bytes, or written by a callable)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info.filename, source.read(info.filename))
        if callable(data):
            data(target)
        else:
            target.writestr(name, data)
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A good residents workbook whose sheet XML inflates to 300 MB (from under 1 MB)."""
    folder = tmp_path_factory.mktemp("bomb")
    chunk = b"<row><c><v>0</v></c></row>" * 40_000

    def explode(archive: zipfile.ZipFile) -> None:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            member.write(b"<worksheet " + MAIN + b"><sheetData>")
            for _ in range(300 * 1024 * 1024 // len(chunk)):
                member.write(chunk)
            member.write(b"</sheetData></worksheet>")

    return with_member(GOOD_FILES["residents"](folder).read_bytes(), "xl/worksheets/sheet1.xml", explode)


def test_a_zip_bomb_is_refused_before_it_is_inflated(sqlite_admin: Actor, tmp_path: Path,
                                                     bomb: bytes) -> None:
    assert len(bomb) < 2 * 1024 * 1024
    for kind in IMPORTS:
        started = time.perf_counter()
        message = attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx", bomb))
        # Inflating 300 MB and parsing it would take many seconds; reading the sizes takes milliseconds.
        assert time.perf_counter() - started < 1.0
        assert message is not None and "压缩比异常" in message and "疑似恶意构造" in message, message


def test_merged_cells_over_the_whole_sheet_are_refused_quickly(sqlite_admin: Actor, tmp_path: Path) -> None:
    """A 100 KB file merging C2:XFD1048576 would cost minutes of filling cells in, row by row."""
    for kind, header, row in [("residents", RESIDENT_HEADER, RESIDENT_ROW),
                              ("hotline", ORDER_HEADER, order_row())]:
        good = write_xlsx(tmp_path / "good.xlsx", header, [row] * 500).read_bytes()
        with zipfile.ZipFile(io.BytesIO(good)) as archive:
            sheet = archive.read("xl/worksheets/sheet1.xml")
        merged = sheet.replace(b"</sheetData>", b'</sheetData><mergeCells count="1">'
                                                b'<mergeCell ref="C2:XFD1048576"/></mergeCells>')
        started = time.perf_counter()
        message = attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx",
                                                    with_member(good, "xl/worksheets/sheet1.xml", merged)))
        assert time.perf_counter() - started < 5.0
        assert message is not None and "合并单元格的范围过大" in message, message


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with the central directory claiming `size` uncompressed bytes for `name`."""
    entry = data.rindex(b"PK\x01\x02", 0, data.rindex(name.encode()) + 1)
    assert data[entry + 46:entry + 46 + len(name)] == name.encode()
    return data[:entry + 24] + struct.pack("<I", size) + data[entry + 28:]


def test_a_zip_lying_about_its_sizes_is_refused(sqlite_admin: Actor, tmp_path: Path,
                                                good_files: dict[str, bytes]) -> None:
    """Claiming less than it holds trips the CRC check; claiming 4 GB trips the size guard unread."""
    for kind, good in good_files.items():
        for declared, expected in [(10, "损坏"), (0xFFFFFFFE, "压缩比异常")]:
            lying = _declare_size(good, "xl/worksheets/sheet1.xml", declared)
            message = attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx", lying))
            assert message is not None and expected in message, (kind, declared, message)


def _patch_headers(data: bytes, name: str, offsets: dict[str, int], value: int) -> bytes:
    """Set a 2-byte field of `name`'s local and central headers ("local"/"central" → offset)."""
    patched = bytearray(data)
    for signature, where in ((b"PK\x03\x04", "local"), (b"PK\x01\x02", "central")):
        name_at = 30 if where == "local" else 46
        start = -1
        while (start := data.find(signature, start + 1)) >= 0:
            if data[start + name_at:start + name_at + len(name)] == name.encode() and where in offsets:
                patched[start + offsets[where]:start + offsets[where] + 2] = struct.pack("<H", value)
    return bytes(patched)


HEADER_DAMAGE = {
    # A "version needed to extract" zipfile does not know: NotImplementedError on opening the zip.
    "version": ({"central": 6}, 148),
    # An unknown compression method (99 is AES): NotImplementedError on opening the member.
    "method": ({"local": 8, "central": 10}, 99),
    # The "encrypted" flag: RuntimeError on opening the member.
    "encrypted": ({"local": 6, "central": 8}, 1),
}


@pytest.mark.parametrize("damage", sorted(HEADER_DAMAGE))
def test_zip_headers_zipfile_cannot_follow(sqlite_admin: Actor, tmp_path: Path, good_files: dict[str, bytes],
                                           damage: str) -> None:
    """Flipped bits found these: zipfile raises NotImplementedError/RuntimeError, not BadZipFile."""
    offsets, value = HEADER_DAMAGE[damage]
    for kind, good in good_files.items():
        damaged = _patch_headers(good, "xl/worksheets/sheet1.xml", offsets, value)
        message = attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx", damaged))
        assert message is not None and "损坏" in message, (kind, message)


LAUGHS = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lololololololololol">' + b"".join(
    b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10) for n in range(1, 10)) + b"]>"


def _inline(values: list[object]) -> bytes:
    return b"<row>" + b"".join(b'<c t="inlineStr"><is><t>%s</t></is></c>' % str(value).encode()
                               for value in values) + b"</row>"


def entity_bombs(kind: str) -> dict[str, bytes]:
    """A billion laughs (1e9 "lol"s from 1 KB) in the sheet XML or the workbook XML."""
    header = RESIDENT_HEADER if kind == "residents" else ORDER_HEADER
    row = [*(RESIDENT_ROW if kind == "residents" else order_row())[:-1], "&lol9;"]
    return {
        "xl/worksheets/sheet1.xml": LAUGHS + b"<worksheet " + MAIN + b"><sheetData>" + _inline(header)
        + _inline(row) + b"</sheetData></worksheet>",
        "xl/workbook.xml": LAUGHS + b"<workbook " + MAIN + b' xmlns:r="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships"><sheets><sheet name="&lol9;" sheetId="1" r:id="rId1"/>'
        b"</sheets></workbook>",
    }


def test_an_entity_bomb_is_refused_quickly(sqlite_admin: Actor, tmp_path: Path,
                                           good_files: dict[str, bytes]) -> None:
    """expat's amplification limit stops the expansion; the clerk is told the file is damaged."""
    for kind, good in good_files.items():
        for member, xml in entity_bombs(kind).items():
            started = time.perf_counter()
            message = attempt(kind, sqlite_admin, fresh(tmp_path, ".xlsx", with_member(good, member, xml)))
            assert time.perf_counter() - started < 5.0
            assert message is not None and "损坏" in message, (kind, member, message)


# --- huge and arbitrary cells ------------------------------------------------------------------

HUGE = 100_000


def _huge_rows(good: list[object]) -> list[list[object]]:
    """One row per column with a 100,000-character cell there, then the good row."""
    rows = []
    for column in range(len(good)):
        row = list(good)
        row[column] = "长" * HUGE
        rows.append(row)
    return [*rows, good]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])  # openpyxl cuts a cell at 32,767; CSV keeps 100,000
def test_100k_character_resident_cells_are_rejected_rows(sqlite_admin: Actor, tmp_path: Path,
                                                         suffix: str) -> None:
    rows = _huge_rows(RESIDENT_ROW)
    if suffix == ".csv":
        path = fresh(tmp_path, suffix, _csv(RESIDENT_HEADER, rows))
    else:
        path = write_xlsx(tmp_path / "居民.xlsx", RESIDENT_HEADER, rows)
    source = residents.read_source(path)
    report = residents.run_import(sqlite_admin, source, residents.guess_mapping(source.headers))
    assert report.imported == 1
    assert [r.row_number for r in report.rejected] == list(range(2, len(rows) + 1))
    assert max(len(r.reason) for r in report.rejected) < 300, "a reason repeats the cell"
    _rejects_file_holds_what_excel_can(tmp_path, residents.write_rejects, report, source)


def test_100k_character_order_cells_are_rejected_rows(sqlite_admin: Actor, tmp_path: Path) -> None:
    rows = _huge_rows(order_row("XA0001"))
    for number, row in enumerate(rows):
        if row[0] != "长" * HUGE:
            row[0] = f"XA{number:04d}"
    path = write_xlsx(tmp_path / "工单.xlsx", ORDER_HEADER, rows)
    source = hotline.read_orders(path)
    report = hotline.run_import(sqlite_admin, source)
    # A 100,000-character 承办单位 is refused too; 诉求类别 and 来电人 over their limits as well.
    assert report.imported == 1
    assert [r.row_number for r in report.rejected] == list(range(2, len(rows) + 1))
    assert max(len(r.reason) for r in report.rejected) < 300, "a reason repeats the cell"
    _rejects_file_holds_what_excel_can(tmp_path, hotline.write_rejects, report, source)


def _rejects_file_holds_what_excel_can(folder: Path, write: Callable[..., None], report: object,
                                       source: object) -> None:
    """Excel refuses a cell over 32,767 characters ("found a problem with some content")."""
    target = folder / "未导入.xlsx"
    write(target, report, source)
    sheet = openpyxl.load_workbook(target).active
    values = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert any(value.startswith("长" * 1000) for value in values)
    assert max(len(value) for value in values) <= 32_767


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


cell_text = st.one_of(st.text(max_size=40), st.sampled_from(
    ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(1)", "\t=1", "#N/A", "１５２２２２",
     "1.52222E+17", "2026-02-30", "\u202e", "\x00", "\ud7ff", "0" * 18, "NaN"]))


# The record fields of import_oracle.records → the sheet columns whose text is kept as typed.
RESIDENT_TEXT = {0: 0, 6: 6, 7: 7}  # 姓名, 住址, 备注
ORDER_TEXT = {0: 0, 2: 2, 4: 4, 5: 5, 6: 7}  # 工单编号, 来电人, 诉求内容, 诉求类别, 承办单位


def _or_valid(*valid: str) -> st.SearchStrategy[str]:
    """A cell that is mostly one of `valid` (so that rows get accepted and what they wrote is
    checked) and otherwise anything."""
    return st.integers(min_value=0, max_value=5).flatmap(
        lambda n: cell_text if n == 0 else st.sampled_from(valid))


resident_row = st.tuples(
    cell_text, _or_valid("", "男", "女"), _or_valid("", "汉族", "蒙古族", "蒙古"),
    _or_valid("", "11010519491231002X", "11010519491231002x", "440524188001010014"),
    _or_valid("", "1949-12-31", "1880年1月1日"), _or_valid("", "13912345678", "0482-8123456"),
    cell_text, cell_text).map(list)
order_row_cells = st.tuples(
    cell_text, _or_valid("2026-11-20 09:30", "2026/11/20"), cell_text,
    _or_valid("", "13912345678", "139****5678"), cell_text, cell_text, _or_valid("5个工作日", "2026-12-31"),
    cell_text).map(list)


@FUZZ
@given(rows=st.lists(resident_row, min_size=1, max_size=4))
@example(rows=[["王芳", "女", "汉族", "", "", "", "", "=HYPERLINK(\"http://x\",\"y\")"]])
def test_any_resident_cells_import_row_by_row(sqlite_admin: Actor, tmp_path: Path,
                                              rows: list[list[str]]) -> None:
    path = fresh(tmp_path, ".csv", _csv(RESIDENT_HEADER, rows))
    attempt("residents", sqlite_admin, path, typed_rows(rows, RESIDENT_TEXT))


def test_an_accepted_row_that_is_not_what_was_typed_fails_the_check() -> None:
    """The check above can fail: a record whose 备注 lost its formula is caught."""
    rows = [["王芳", "女", "汉族", "", "", "", "", "=HYPERLINK(\"http://x\",\"y\")"]]
    record = ("王芳", "女", "汉族", None, None, "", "", "y", "")
    with pytest.raises(AssertionError, match="not what any accepted row says"):
        typed_rows(rows, RESIDENT_TEXT)(Outcome((1, 0, 0, ()), (record,), 0), None)
    with pytest.raises(AssertionError):  # a row neither imported nor rejected
        typed_rows(rows * 2, RESIDENT_TEXT)(Outcome((1, 0, 0, ()), (record[:7] + (rows[0][7], ""),), 0), None)


@FUZZ
@given(rows=st.lists(order_row_cells, min_size=1, max_size=4))
def test_any_order_cells_import_row_by_row(sqlite_admin: Actor, tmp_path: Path,
                                           rows: list[list[str]]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(ORDER_HEADER)
    for values in rows:
        sheet.append([None] * len(values))
        for column, value in enumerate(values, start=1):
            text = ILLEGAL_CHARACTERS_RE.sub("", value)
            if text:
                cell = sheet.cell(sheet.max_row, column, text)
                cell.data_type = "s"  # what a clerk typed, never a formula
    path = tmp_path / f"f{next(_names)}.xlsx"
    workbook.save(path)
    written = [[ILLEGAL_CHARACTERS_RE.sub("", value) for value in values] for values in rows]
    attempt("hotline", sqlite_admin, path, typed_rows(written, ORDER_TEXT, numbers=frozenset({0})))
