"""Reading the files people really have: CSV in GBK and UTF-8, tab-separated text, a LibreOffice
save, merged cells, wrong sheet dimensions, and files that cannot be read at all."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from station_app.residents import import_source
from station_app.residents.importer import (
    ImportFileError,
    read_source,
)
from station_app.residents.models import Resident
from tests.unit.residents.test_importer import FIXTURES, HEADER, IMPORTED, imported, write_csv, write_xlsx


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8", "gb18030"])
def test_csv_in_gbk_and_utf8(sqlite_admin, tmp_path: Path, encoding: str) -> None:
    source, report = imported(write_csv(tmp_path / f"{encoding}.csv", encoding), sqlite_admin)
    assert source.header_row == 3 and source.headers == HEADER
    assert report.imported == 5 and {row.row_number for row in report.rejected} == {6, 10, 11}
    assert "文本" in report.rejected[0].reason  # "1.52222199001011E+17" as text: still refused
    assert {row.name for row in Resident.select()} == IMPORTED


def test_tab_separated_text_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "tabs.csv"
    path.write_text("姓名\t身份证号\n包音德力格尔\t152222199001011233\n", encoding="utf-8")
    assert read_source(path).rows == [(2, ["包音德力格尔", "152222199001011233"])]


def test_file_saved_by_libreoffice(sqlite_admin, tmp_path: Path) -> None:
    fixture = FIXTURES / "residents_libreoffice.xlsx"
    source, report = imported(fixture, sqlite_admin)
    assert source.header_row == 2 and source.headers[3] == "公民身份号码"
    assert (report.imported, [row.row_number for row in report.rejected]) == (3, [7])
    assert "校验位" in report.rejected[0].reason
    assert report.new_areas == ["高力板镇 / 查干陶勒盖嘎查 / 第1网格", "高力板镇 / 高力板嘎查 / 第2网格"]
    people = {row.name: row for row in Resident.select()}
    assert (people["其木格"].id_number, people["其木格"].notes) == ("11010519491231002X", "独居老人")
    assert people["王福"].birth_date == date(1880, 1, 1)
    if shutil.which("soffice"):  # the script still makes the same file
        script = FIXTURES / "make_libreoffice_fixture.sh"
        subprocess.run(["sh", str(script), str(tmp_path)], check=True, capture_output=True, timeout=120)
        fresh = read_source(tmp_path / "residents_libreoffice.xlsx")
        assert (fresh.headers, fresh.rows) == (source.headers, source.rows)


def test_merged_cells_over_data_rows_repeat_their_value(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "所属嘎查", "网格"])
    sheet.append(["甲", "查干陶勒盖嘎查", "第1网格"])
    sheet.append(["乙", None, None])
    sheet.append(["丙", None, "第2网格"])
    sheet.merge_cells("B2:B4")
    sheet.merge_cells("C2:C3")
    workbook.save(tmp_path / "merged.xlsx")
    rows = [values for _, values in read_source(tmp_path / "merged.xlsx").rows]
    assert rows == [["甲", "查干陶勒盖嘎查", "第1网格"], ["乙", "查干陶勒盖嘎查", "第1网格"],
                    ["丙", "查干陶勒盖嘎查", "第2网格"]]


def test_a_wrong_sheet_dimension_does_not_hide_rows(tmp_path: Path) -> None:
    """Some generators declare <dimension ref="A1"/>; openpyxl would then read one cell."""
    good = write_xlsx(tmp_path / "good.xlsx")
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, replaced = re.subn(rb'<dimension ref="A1:O13"\s*/>', b'<dimension ref="A1"/>', data)
                assert replaced == 1
            target.writestr(item, data)
    assert read_source(bad).rows == read_source(good).rows


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_files_that_cannot_be_read_say_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = write_xlsx(tmp_path / "good.xlsx").read_bytes()
    cases: list[tuple[str, bytes, str]] = [
        ("truncated.xlsx", good[: len(good) // 2], "不完整或已损坏"),
        ("random.xlsx", bytes(range(7, 256)) * 20, "不是 Excel（.xlsx、.xls）、ODS 或 CSV 文件"),
        ("randomzip.xlsx", b"PK\x03\x04" + bytes(range(256)) * 20, "不完整或已损坏"),
        ("empty.xlsx", b"", "是空的"),
        ("damaged.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024, "不是有效的 Excel 文件或已损坏"),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
         + "EncryptionInfo".encode("utf-16-le"), "密码"),
        ("binary.csv", b"\x00\x01\x02name", "不是文本格式"),
    ]
    for name, data, expected in cases:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportFileError) as caught:
            read_source(path)
        assert expected in caught.value.message and name in caught.value.message, name

    bomb = _zip(tmp_path / "bomb.xlsx", {"[Content_Types].xml": b"<x/>",
                                         "xl/worksheets/sheet1.xml": b"0" * (12 * 1024 * 1024)})
    with pytest.raises(ImportFileError, match="压缩比异常"):
        read_source(bomb)
    not_workbook = _zip(tmp_path / "other.xlsx", {"hello.txt": b"hi"})
    with pytest.raises(ImportFileError, match="不是有效的 Excel 文件"):
        read_source(not_workbook)
    with pytest.raises(ImportFileError, match="没有名为“别的表”的工作表"):
        read_source(tmp_path / "good.xlsx", sheet="别的表")
    with pytest.raises(ImportFileError, match="无法打开文件"):
        read_source(tmp_path / "missing.xlsx")

    monkeypatch.setattr(import_source, "MAX_UNCOMPRESSED", 4096)
    with pytest.raises(ImportFileError, match="文件过大"):
        read_source(tmp_path / "good.xlsx")
    monkeypatch.setattr(import_source, "MAX_UNCOMPRESSED", 200 * 1024 * 1024)
    monkeypatch.setattr(import_source, "MAX_ROWS", 3)
    with pytest.raises(ImportFileError, match="超过 3 行"):
        read_source(tmp_path / "good.xlsx")


def test_sheets_without_header_or_data_are_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append([1, 2, 3])
    workbook.save(tmp_path / "numbers.xlsx")
    with pytest.raises(ImportFileError, match="没有找到表头"):
        read_source(tmp_path / "numbers.xlsx")
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "身份证号"])
    workbook.save(tmp_path / "header.xlsx")
    with pytest.raises(ImportFileError, match="没有数据行"):
        read_source(tmp_path / "header.xlsx")
    # With several sheets the first one that has a header is taken, unless one is named.
    workbook = openpyxl.Workbook()
    workbook.active.title = "说明"
    workbook.active.append(["本表由网格员填写"])
    data = workbook.create_sheet("居民")
    data.append(["姓名", "身份证号"])
    data.append(["甲", "152222199001011233"])
    workbook.save(tmp_path / "two.xlsx")
    source = read_source(tmp_path / "two.xlsx")
    assert (source.sheet_name, source.sheet_names) == ("居民", ["说明", "居民"])
    with pytest.raises(ImportFileError, match="没有找到表头"):
        read_source(tmp_path / "two.xlsx", sheet="说明")


def test_old_xls_as_wps_saves_it_and_ods(sqlite_admin) -> None:
    """.xls (BIFF, what WPS and older Excel save by default) and .ods: the same header detection,
    merged cells and reject report as .xlsx."""
    source, report = imported(FIXTURES / "residents_wps.xls", sqlite_admin)
    assert (source.sheet_name, source.header_row, source.headers[2]) == ("居民", 2, "公民身份号码")
    assert (report.imported, [row.row_number for row in report.rejected]) == (2, [5])
    assert "文本" in report.rejected[0].reason  # the ID stored as a number lost its last digits
    assert source.rows[1][1][5] == "查干陶勒盖嘎查"  # merged over two rows: repeated
    people = {row.name: row for row in Resident.select()}
    assert people["包音德力格尔"].birth_date == date(1990, 1, 1)
    assert people["图雅"].phone == "13800001111"

    source, report = imported(FIXTURES / "residents_libreoffice.ods", sqlite_admin)
    assert (source.header_row, source.headers) == (2, ["姓名", "身份证号", "村"])
    # 巴特尔·额尔敦 carries 包音德力格尔's ID number: the same person, updated
    assert (report.imported, report.updated, report.rejected) == (1, 1, [])
    assert {"巴特尔·额尔敦", "周\U00020BB7祥"} <= {row.name for row in Resident.select()}


def test_unknown_region_codes_are_imported_with_a_warning(sqlite_admin, tmp_path: Path) -> None:
    from station_app.core.idnumber import make_id_number

    path = tmp_path / "codes.csv"
    odd = make_id_number("999901", date(1990, 1, 1), 123)
    path.write_text(f"姓名,身份证号\n甲,{odd}\n乙,152222199001011233\n", encoding="utf-8")
    source, report = imported(path, sqlite_admin)
    assert report.imported == 2 and not report.rejected
    assert [(row.row_number, "999901" in row.reason) for row in report.warnings] == [(2, True)]
