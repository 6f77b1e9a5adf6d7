"""Importing residents from the files stations really have — built here with openpyxl/csv, plus one
saved by LibreOffice. Database tests run on SQLite and PostgreSQL."""

import csv
import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from station_app.audit.chain import recent_entries
from station_app.core.actor import Actor
from station_app.core.errors import PermissionDenied, ValidationError
from station_app.core.idnumber import make_id_number
from station_app.residents import areas, import_source, service
from station_app.residents.importer import (
    ImportCancelled,
    guess_mapping,
    preview_import,
    read_source,
    run_import,
    write_rejects,
)
from station_app.residents.models import Area, Resident

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
HEADER = ["序号", "姓名", "性别", "民族", "公民身份号码", "出生日期", "手机号", "所属乡镇", "村(嘎查)",
          "所属网格", "文化程度", "备注"]
SERIAL_ID = make_id_number("152222", date(2023, 2, 22), 5)
ISO_ID = make_id_number("152222", date(2023, 2, 22), 2)
# Row numbers as Excel shows them: two title rows, a blank row, the header on row 4.
ROWS: dict[int, list[object]] = {
    5: [1, "包音德力格尔", "男", "蒙古", "１５２２２２１９９００１０１１２３３", "1990年1月1日",
        "１３９ １２３４ ５６７８", "高力板镇", "查干陶勒盖嘎查", "第１网格", "初中", "独居老人"],
    7: [2, "其木格", "女", "蒙古族", "11010519491231002x", "1949/12/31", "0482-8123456", "高力板镇",
        "查干陶勒盖嘎查", "第1网格", None, None],
    8: [3, "王芳", "女", "汉族", 1.52222199001011e17, "2023-02-22", None, "高力板镇", "查干陶勒盖嘎查",
        "第1网格", None, '=HYPERLINK("x")'],
    9: [4, "王福", "男", "汉族", SERIAL_ID, 44979, None, "高力板镇", "查干陶勒盖嘎查", "第1网格", None, None],
    10: [5, "乌云", "女", "蒙古族", ISO_ID, "2023-02-22", None, "高力板镇", "查干陶勒盖嘎查", "第1网格", None,
         None],
    11: [6, "巴特尔", "男", "蒙古族", None, "1985-05-05", None, "高力板镇", "新发嘎查", "第9网格", None,
         None],
    12: [7, "张三", "男", "汉族", "152222199001011233", None, None, None, None, None, None, None],
    13: [8, "\u3000", "男", None, None, None, None, None, None, None, None, None],
}
IMPORTED = {"包音德力格尔", "其木格", "王福", "乌云", "巴特尔"}


def write_xlsx(path: Path, rows: dict[int, list[object]] = ROWS, header: list[str] = HEADER) -> Path:
    """The quirky register: merged title rows, a blank row, trailing empty columns, text cells
    that look like formulas, an ID column partly turned into numbers by Excel."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "花名册"
    sheet["A1"] = "高力板镇查干陶勒盖嘎查居民信息登记表"
    sheet.merge_cells("A1:L1")
    sheet["A2"] = "填报单位：高力板派出所"
    sheet.merge_cells("A2:F2")
    sheet["H2"] = "填报日期：2026年3月1日"
    for column, text in enumerate([*header, None, None], start=1):
        sheet.cell(4, column, text)
    sheet.cell(4, 15).number_format = "@"  # a formatted but empty trailing column
    for number, values in rows.items():
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(number, column, value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text typed as '=…, not a formula
    workbook.save(path)
    return path


def write_csv(path: Path, encoding: str, rows: dict[int, list[object]] = ROWS) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["高力板镇居民信息登记表"])
    writer.writerow([])
    writer.writerow(HEADER)
    for values in rows.values():
        writer.writerow(["" if value is None else repr(value).upper() if isinstance(value, float) else value
                         for value in values])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def known_grid(admin):
    town = areas.create_area(admin, "town", "高力板镇")
    village = areas.create_area(admin, "village", "查干陶勒盖嘎查", town.id)
    return areas.create_area(admin, "grid", "第1网格", village.id, "GLB-01")


def imported(path: Path, actor: Actor, **kwargs):
    source = read_source(path)
    return source, run_import(actor, source, guess_mapping(source.headers), **kwargs)


def test_reading_finds_the_header_below_titles_and_skips_blank_rows(tmp_path: Path) -> None:
    source = read_source(write_xlsx(tmp_path / "花名册.xlsx"))
    assert (source.sheet_name, source.sheet_names, source.header_row) == ("花名册", ["花名册"], 4)
    assert source.headers == HEADER  # trailing empty columns dropped
    assert [number for number, _ in source.rows] == [5, 7, 8, 9, 10, 11, 12, 13]
    # The ID Excel turned into a number arrives as that number, for the ID check to refuse.
    assert source.rows[2][1][4] == 1.52222199001011e17 and isinstance(source.rows[2][1][4], float)
    assert source.rows[3][1][5] == 44979
    mapping = guess_mapping(source.headers)
    assert mapping == {1: "name", 2: "gender", 3: "ethnicity", 4: "id_number", 5: "birth_date", 6: "phone",
                       7: "town", 8: "village", 9: "grid", 11: "notes"}  # 序号, 文化程度 left to the user


@pytest.mark.parametrize(("header", "field"), [
    ("身份证号码", "id_number"), ("证件号码", "id_number"), ("身份证号\n（必填）", "id_number"),
    ("出生年月", "birth_date"), ("联系电话", "phone"), ("手机号码", "phone"), ("电话", "phone"),
    ("户主姓名", "household"), ("户号", "household"), ("家庭住址", "address"), ("现住址", "address"),
    ("居住地址", "address"), ("苏木", "town"), ("乡镇", "town"), ("镇", "town"), ("嘎查", "village"),
    ("所属嘎查", "village"), ("社区", "village"), ("村/嘎查", "village"), ("网格", "grid"),
    ("楼号", "building"), ("楼栋", "building"), ("单元", "unit"), ("与户主关系", "relation_to_head"),
    ("人员类别", "tags"), ("标签", "tags"), ("备注", "notes"), ("* 姓 名", "name"), ("民族", "ethnicity"),
])
def test_headers_people_really_use_are_recognised(header: str, field: str) -> None:
    assert guess_mapping(["序号", header]) == {1: field}


def test_quirky_file_imports_valid_rows_and_explains_the_rest(admin, known_grid, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "花名册.xlsx")
    source, report = imported(path, admin)
    assert (report.imported, report.updated, report.unchanged) == (5, 0, 0)
    assert (report.sheet_name, report.header_row) == ("花名册", 4)
    assert report.new_areas == ["高力板镇 / 新发嘎查 / 第9网格"]
    reasons = {row.row_number: row.reason for row in report.rejected}
    assert set(reasons) == {8, 12, 13}
    assert "“公民身份号码”列" in reasons[8] and "文本" in reasons[8] and "1.52222E+17" in reasons[8]
    assert reasons[12] == "与第5行身份证号重复"
    assert "“姓名”列" in reasons[13] and "请填写姓名" in reasons[13]
    people = {row.name: row for row in Resident.select()}
    assert set(people) == IMPORTED
    first = people["包音德力格尔"]
    assert (first.id_number, first.phone, first.ethnicity, first.birth_date) == (
        "152222199001011233", "13912345678", "蒙古族", date(1990, 1, 1))
    assert first.grid_id == known_grid.id and first.notes == "独居老人"
    assert people["其木格"].id_number == "11010519491231002X" and people["其木格"].phone == "0482-8123456"
    assert people["王福"].birth_date == date(2023, 2, 22) and people["乌云"].birth_date == date(2023, 2, 22)
    new_grid = Area.get_by_id(people["巴特尔"].grid_id)
    assert (new_grid.name, new_grid.parent.name, new_grid.parent.parent.name) == (
        "第9网格", "新发嘎查", "高力板镇")
    summary = recent_entries(1)[0]
    extra = json.loads(summary.changes)["extra"]
    assert summary.action == "resident.import"
    assert extra["sha256"] == import_source.file_sha256(path) == source.sha256
    assert (extra["imported"], extra["rejected"], extra["file"]) == (5, 3, "花名册.xlsx")


def test_preview_shows_exactly_what_the_import_does_and_writes_nothing(admin, tmp_path: Path) -> None:
    source = read_source(write_xlsx(tmp_path / "r.xlsx"))
    mapping = guess_mapping(source.headers)
    audit_before = len(recent_entries(1000))
    preview = preview_import(admin, source, mapping)
    assert Resident.select().count() == 0 and Area.select().count() == 0
    assert len(recent_entries(1000)) == audit_before
    assert preview == run_import(admin, source, mapping)
    assert preview.new_areas == ["高力板镇 / 新发嘎查 / 第9网格", "高力板镇 / 查干陶勒盖嘎查 / 第1网格"]


def test_same_file_twice_creates_nothing_and_a_changed_phone_updates(admin, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx")
    imported(path, admin)
    audit_count = len(recent_entries(1000))
    _, again = imported(path, admin)
    assert (again.imported, again.updated, again.unchanged, len(again.rejected)) == (0, 0, 5, 3)
    assert again.new_areas == [] and Resident.select().count() == 5
    assert len(recent_entries(1000)) == audit_count + 1  # the summary only

    changed = {number: list(values) for number, values in ROWS.items()}
    changed[5][6] = "13900001111"
    changed[7][10] = None  # an emptied cell (文化程度 is unmapped anyway) …
    changed[7][6] = None  # … and an emptied phone: gaps never erase what is stored
    _, report = imported(write_xlsx(tmp_path / "changed.xlsx", changed), admin)
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 4)
    person = Resident.get(Resident.name == "包音德力格尔")
    assert (person.phone, person.version) == ("13900001111", 2)
    assert Resident.get(Resident.name == "其木格").phone == "0482-8123456"
    update = next(entry for entry in recent_entries(5) if entry.action == "resident.update")
    changes = json.loads(update.changes)
    assert changes["changes"] == {"phone": ["139****5678", "139****1111"]}
    assert changes["extra"]["row"] == 5 and "13912345678" not in update.changes


def test_rows_without_id_match_by_name_birth_date_and_grid(admin, known_grid, tmp_path: Path) -> None:
    rows = {5: [1, "巴特尔", "男", "蒙古族", None, "1985-05-05", "13912345678", "高力板镇", "查干陶勒盖嘎查",
                "第1网格", None, None],
            6: [2, "巴特尔", "男", "蒙古族", None, "1985-05-05", None, "高力板镇", "查干陶勒盖嘎查",
                "第1网格", None, None],
            7: [3, "斯琴", "女", "蒙古族", None, None, None, None, None, None, None, "无出生日期"]}
    _, report = imported(write_xlsx(tmp_path / "a.xlsx", rows), admin)
    assert report.imported == 2
    assert [row.reason for row in report.rejected] == [
        "与第5行重复（姓名、出生日期、网格相同，且都没有身份证号）"]
    _, again = imported(write_xlsx(tmp_path / "b.xlsx", {5: rows[5], 7: rows[7]}), admin)
    assert (again.imported, again.unchanged) == (0, 2)
    # A second 巴特尔 with the same birth date in the same grid makes the match ambiguous.
    service.create_resident(admin, {"name": "巴特尔", "birth_date": "1985-05-05", "grid_id": known_grid.id},
                            confirm=True)
    _, third = imported(write_xlsx(tmp_path / "c.xlsx", {5: rows[5]}), admin)
    assert third.imported == 0 and "无法确定是哪一位" in third.rejected[0].reason


def test_place_names_resolve_under_placeholders_when_columns_are_missing(admin, tmp_path: Path) -> None:
    header = ["姓名", "网格"]
    rows = {5: ["甲", "孤网格"], 6: ["乙", "孤网格"]}
    _, report = imported(write_xlsx(tmp_path / "g.xlsx", rows, header), admin)
    assert report.imported == 2 and report.new_areas == ["未分镇 / 未分村 / 孤网格"]
    header = ["姓名", "村/嘎查"]
    _, report = imported(write_xlsx(tmp_path / "v.xlsx", {5: ["丙", "新村"]}, header), admin)
    assert report.new_areas == ["未分镇 / 新村 / 未分网格"]


def test_cancel_midway_leaves_the_database_as_it_was(admin, tmp_path: Path) -> None:
    from station_app.demo.people import generate_people

    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "身份证号", "网格"])
        for person in generate_people(7, 2500):
            writer.writerow([person.name, person.id_number, f"{person.village}第1网格"])
    source = read_source(path)
    seen: dict[str, object] = {"inserted_before_cancel": 0}
    audit_before = len(recent_entries(1000))

    def progress(fraction: float, message: str) -> None:
        if message.startswith("写入新居民"):  # the first batch is in; cancel before the next
            seen["inserted_before_cancel"] = Resident.select().count()

    with pytest.raises(ImportCancelled, match="未作任何改动"):
        run_import(admin, source, guess_mapping(source.headers), progress,
                   cancelled=lambda: bool(seen["inserted_before_cancel"]))
    assert seen["inserted_before_cancel"] == 1000
    assert Resident.select().count() == 0 and Area.select().count() == 0
    assert len(recent_entries(1000)) == audit_before


def test_rejects_file_keeps_every_value_as_text(admin, tmp_path: Path) -> None:
    source, report = imported(write_xlsx(tmp_path / "r.xlsx"), admin)
    out = tmp_path / "未导入.xlsx"
    write_rejects(out, report, source)
    sheet = openpyxl.load_workbook(out).active
    assert [cell.value for cell in sheet[1]] == ["行号", "原因", *HEADER]
    by_row = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(by_row) == {"8", "12", "13"}
    excel_id, hyperlink = by_row["8"][2 + 4], by_row["8"][2 + 11]
    assert (excel_id.value, excel_id.data_type) == ("1.52222199001011E+17", "s")
    assert (hyperlink.value, hyperlink.data_type) == ('=HYPERLINK("x")', "s")
    assert (by_row["12"][2 + 4].value, by_row["12"][2 + 4].data_type) == ("152222199001011233", "s")
    assert "文本" in by_row["8"][1].value
    # Fixed in Excel (the ID retyped as text, the duplicate row deleted) and imported again.
    workbook = openpyxl.load_workbook(out)
    workbook.active.cell(2, 2 + 5, make_id_number("152222", date(2023, 2, 22), 8))
    workbook.active.delete_rows(3)
    workbook.save(out)
    again = read_source(out)
    result = run_import(admin, again, guess_mapping(again.headers))
    assert (result.imported, result.updated, [row.row_number for row in result.rejected]) == (1, 0, [3])
    assert Resident.get(Resident.name == "王芳").birth_date == date(2023, 2, 22)


def test_text_that_looks_like_a_formula_is_stored_as_text(sqlite_admin, tmp_path: Path) -> None:
    rows = {5: [1, "甲", None, None, None, None, None, None, None, None, None, "=1+1"]}
    imported(write_xlsx(tmp_path / "f.xlsx", rows), sqlite_admin)
    assert Resident.get(Resident.name == "甲").notes == "=1+1"


def test_mapping_is_checked_and_importing_needs_permission(admin, tmp_path: Path) -> None:
    source = read_source(write_xlsx(tmp_path / "r.xlsx"))
    with pytest.raises(ValidationError, match="姓名"):
        preview_import(admin, source, {4: "id_number"})
    with pytest.raises(ValidationError, match="对应了两列"):
        preview_import(admin, source, {1: "name", 4: "id_number", 5: "id_number"})
    auxiliary = Actor(admin.user_id, "fu", "辅警", "auxiliary", admin.station_id)
    with pytest.raises(PermissionDenied):
        preview_import(auxiliary, source, guess_mapping(source.headers))
    with pytest.raises(PermissionDenied):
        run_import(auxiliary, source, guess_mapping(source.headers))
    assert Resident.select().count() == 0
