"""`station residents import|export|search`: outputs, exit codes, files written."""

import json
import re
from pathlib import Path

import openpyxl
import pytest

from station_app.cli.main import main
from tests.cli_login import logged_in

ROWS = [
    ["高力板镇居民花名册"],
    [],
    ["姓名", "公民身份号码", "手机号", "所属乡镇", "所属嘎查", "网格", "文化程度"],
    ["包音德力格尔", "152222199001011233", "13912345678", "高力板镇", "查干陶勒盖嘎查", "第1网格", "初中"],
    ["其木格", "11010519491231002x", "", "高力板镇", "查干陶勒盖嘎查", "第2网格", ""],
    ["王芳", 1.52222199001011e17, "", "高力板镇", "查干陶勒盖嘎查", "第1网格", ""],
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(logged_in(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station(capsys, database_url: str, tmp_path: Path) -> str:
    password = tmp_path / "pw.txt"
    password.write_text("Admin1234\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", database_url, "init", "--station-code", "152222-GLB",
                       "--station-name", "高力板派出所", "--county", "科右中旗", "--admin", "admin",
                       "--password-file", str(password))
    assert code == 0, err
    return database_url


@pytest.fixture
def register_file(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    for row in ROWS:
        workbook.active.append(row)
    path = tmp_path / "花名册.xlsx"
    workbook.save(path)
    return path


def test_import_reports_counts_and_saves_rejects(capsys, station: str, register_file: Path,
                                                 tmp_path: Path) -> None:
    rejects = tmp_path / "未导入.xlsx"
    code, out, err = run(capsys, "--db", station, "residents", "import", str(register_file),
                         "--rejects", str(rejects))
    assert code == 0, err
    assert "新增 2 人，更新 0 人，无变化 0 人，未导入 1 行" in out
    assert "高力板镇 / 查干陶勒盖嘎查 / 第1网格" in out and "第 6 行" in out and "文本" in out
    assert rejects.exists() and openpyxl.load_workbook(rejects).active["A2"].value == "6"

    code, out, _ = run(capsys, "--db", station, "residents", "import", str(register_file), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["imported"], data["unchanged"], data["rejected"], data["header_row"]) == (0, 2, 1, 3)
    assert data["rejected_rows"][0]["row"] == 6 and data["new_areas"] == []


def test_unreadable_file_exits_1(capsys, station: str, tmp_path: Path) -> None:
    broken = tmp_path / "坏文件.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run(capsys, "--db", station, "residents", "import", str(broken))
    assert code == 1 and "坏文件.xlsx" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", station, "residents", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "无法打开文件" in err


def test_export_masked_by_grid_and_unmasked(capsys, station: str, register_file: Path,
                                            tmp_path: Path) -> None:
    assert run(capsys, "--db", station, "residents", "import", str(register_file))[0] == 0
    out_file = tmp_path / "out.xlsx"
    code, out, err = run(capsys, "--db", station, "residents", "export", str(out_file))
    assert code == 0, err
    assert "已导出 2 人" in out and "已遮蔽" in out
    values = [str(cell) for row in openpyxl.load_workbook(out_file).active.iter_rows(values_only=True)
              for cell in row if cell]
    assert not [value for value in values if re.search(r"\d{17}[\dX]|1[3-9]\d{9}", value)]

    code, out, _ = run(capsys, "--db", station, "residents", "export", str(out_file), "--grid", "第2网格",
                       "--unmasked", "--json")
    assert code == 0 and json.loads(out) == {"file": str(out_file), "count": 1, "masked": False}
    rows = list(openpyxl.load_workbook(out_file).active.iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[3]) for row in rows] == [("其木格", "11010519491231002X")]
    code, _, err = run(capsys, "--db", station, "residents", "export", str(out_file), "--grid", "第9网格")
    assert code == 1 and "第9网格" in err


def test_search_prints_masked_rows(capsys, station: str, register_file: Path) -> None:
    run(capsys, "--db", station, "residents", "import", str(register_file))
    code, out, _ = run(capsys, "--db", station, "residents", "search", "bydlge", "--json")
    assert code == 0
    [row] = json.loads(out)
    assert (row["name"], row["id_masked"], row["grid"]) == ("包音德力格尔", "152222********1233", "第1网格")
    assert row["place"] == "高力板镇 / 查干陶勒盖嘎查 / 第1网格" and "152222199001011233" not in out
    code, out, _ = run(capsys, "--db", station, "residents", "search", "002X", "--limit", "5")
    assert code == 0 and "其木格" in out and "110105********002X" in out
    code, out, _ = run(capsys, "--db", station, "residents", "search", "没有这个人")
    assert code == 0 and "没有找到" in out
    assert run(capsys, "--db", station, "residents", "search", "x", "--limit", "0")[0] == 2


def test_search_as_a_grid_worker_gives_no_birth_date_beside_the_masked_number(capsys, station: str,
                                                                              register_file: Path,
                                                                              tmp_path: Path) -> None:
    """Attack B: the search of a role without personal.view_full printed "152222********1233" and
    "birth_date": "1990-01-01": the hidden digits are the birth date, so the number in full."""
    from tests.cli_login import password_file

    run(capsys, "--db", station, "residents", "import", str(register_file))
    password = password_file("Grid2026x", "wanggl")
    assert run(capsys, "--db", station, "users", "add", "wanggl", "--role", "grid_worker",
               "--password-file", str(password))[0] == 0
    code, out, err = run(capsys, "--user", "wanggl", "--password-file", str(password), "--db", station,
                         "residents", "search", "bydlge", "--json")
    assert code == 0, err
    [row] = json.loads(out)
    assert row["id_masked"] == "152222********1233" and row["birth_year"] == 1990
    assert row["birth_date"] is None and "1990-01-01" not in out
    # a number it types is searched by the 4 digits it is shown: a guess at the hidden ones tells nothing
    for guess in ("152222199001011233", "152222199001021233", "99011233"):
        code, out, _ = run(capsys, "--user", "wanggl", "--password-file", str(password), "--db", station,
                           "residents", "search", guess, "--json")
        assert code == 0 and [row["name"] for row in json.loads(out)] == ["包音德力格尔"], guess
