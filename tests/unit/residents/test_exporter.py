"""Exporting the residents list to .xlsx: masked by default, unmasked only with the permission and
audited, never a formula, never a half-written file. On SQLite and PostgreSQL."""

import json
import re
from pathlib import Path

import openpyxl
import pytest

from station_app.audit.chain import recent_entries
from station_app.core.actor import Actor
from station_app.core.errors import PermissionDenied
from station_app.residents import areas, exporter, service
from station_app.residents.exporter import ExportCancelled, export_residents
from station_app.residents.importer import guess_mapping, read_source, run_import

UNMASKED_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")
MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
TRICKY = {"notes": '=HYPERLINK("http://x","点我")', "household": "+86 户主", "address": "-1号院",
          "building": "@3", "unit": "#N/A"}


@pytest.fixture
def registry(admin):
    town = areas.create_area(admin, "town", "高力板镇")
    village = areas.create_area(admin, "village", "查干陶勒盖嘎查", town.id)
    grid_one = areas.create_area(admin, "grid", "第1网格", village.id, "GLB-01")
    grid_two = areas.create_area(admin, "grid", "第2网格", village.id, "GLB-02")
    service.create_resident(admin, {"name": "包音德力格尔", "id_number": "152222199001011233",
                                    "phone": "13912345678", "grid_id": grid_one.id,
                                    "tags": "独居老人、低保户",
                                    "notes": "儿子身份证152222199001011250，电话139-1234-0000"})
    service.create_resident(admin, {"name": "其木格", "id_number": "11010519491231002X",
                                    "phone": "0482-8123456", "grid_id": grid_two.id, **TRICKY})
    service.create_resident(admin, {"name": "王福", "id_number": "440524188001010014",
                                    "grid_id": grid_one.id})
    return {"one": grid_one, "two": grid_two}


def role(admin: Actor, name: str) -> Actor:
    return Actor(admin.user_id, f"test-{name}", "测试", name, admin.station_id)


def cells(path: Path) -> list[openpyxl.cell.Cell]:
    sheet = openpyxl.load_workbook(path).active
    return [cell for row in sheet.iter_rows() for cell in row]


def test_export_is_masked_by_default_even_inside_free_text(admin, registry, tmp_path: Path) -> None:
    out = tmp_path / "居民.xlsx"
    assert export_residents(role(admin, "officer"), out) == 3
    found = [str(cell.value) for cell in cells(out) if cell.value is not None]
    assert not [text for text in found if UNMASKED_ID.search(text) or MOBILE.search(text.replace("-", ""))]
    sheet = openpyxl.load_workbook(out).active
    assert [cell.value for cell in sheet[1]] == list(exporter.HEADERS)
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["包音德力格尔"][3:6:2] == ("152222********1233", "139****5678")
    assert rows["包音德力格尔"][8:11] == ("高力板镇", "查干陶勒盖嘎查", "第1网格")
    assert rows["包音德力格尔"][14] == "独居老人、低保户"
    assert "152222********1250" in rows["包音德力格尔"][15]
    entry = recent_entries(1)[0]
    extra = json.loads(entry.changes)["extra"]
    assert entry.action == "resident.export" and (extra["count"], extra["masked"]) == (3, True)


def test_unmasked_export_needs_the_permission_and_is_audited(admin, registry, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / "full.xlsx"
    with pytest.raises(PermissionDenied):
        export_residents(role(admin, "officer"), out, unmasked=True)
    with pytest.raises(PermissionDenied):
        export_residents(role(admin, "readonly"), out)
    assert list(folder.iterdir()) == []
    assert export_residents(role(admin, "chief"), out, unmasked=True, area_id=registry["one"].id) == 2
    values = [cell.value for cell in cells(out)]
    assert "152222199001011233" in values and "13912345678" in values and "其木格" not in values
    entry = recent_entries(1)[0]
    extra = json.loads(entry.changes)["extra"]
    assert (entry.action, entry.username) == ("resident.export", "test-chief")
    assert (extra["masked"], extra["count"], extra["area"], extra["file"]) == (
        False, 2, "第1网格", "full.xlsx")


def test_values_that_look_like_formulas_stay_strings(admin, registry, tmp_path: Path) -> None:
    out = tmp_path / "q.xlsx"
    assert export_residents(admin, out, query="其木格") == 1
    sheet = openpyxl.load_workbook(out).active
    row = {header: cell for header, cell in zip(exporter.HEADERS, sheet[2], strict=True)}
    for header, field in (("备注", "notes"), ("户主", "household"), ("住址", "address"), ("楼栋", "building"),
                          ("单元", "unit")):
        assert (row[header].value, row[header].data_type) == (TRICKY[field], "s"), header
    assert (row["身份证号"].data_type, row["身份证号"].number_format) == ("s", "@")
    # beside a masked ID number only the year of birth: the masked digits are the birth date
    assert re.fullmatch(r"\d{4}年", row["出生日期"].value), row["出生日期"].value
    export_residents(admin, out, query="其木格", unmasked=True)
    assert openpyxl.load_workbook(out).active["E2"].is_date


def test_unmasked_export_imports_back_unchanged(admin, registry, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    export_residents(admin, out, unmasked=True)
    source = read_source(out)
    report = run_import(admin, source, guess_mapping(source.headers))
    assert (report.imported, report.updated, report.unchanged, report.rejected) == (0, 0, 3, [])


def test_cancelled_or_failed_export_leaves_no_file(admin, registry, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / "居民.xlsx"
    out.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        export_residents(admin, out, cancelled=lambda: True)
    assert out.read_bytes() == b"the previous export"
    audit_count = len(recent_entries(1000))

    def broken_close(self) -> None:
        Path(self.filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("xlsxwriter.Workbook.close", broken_close)
    with pytest.raises(OSError):
        export_residents(admin, out)
    assert out.read_bytes() == b"the previous export"
    assert sorted(path.name for path in folder.iterdir()) == ["居民.xlsx"]
    assert len(recent_entries(1000)) == audit_count  # nothing exported, nothing audited
    with pytest.raises(OSError):
        export_residents(admin, folder / "no-such-folder" / "x.xlsx")
