"""导入Excel end to end on a small generated .xlsx: mapping, preview, import, rejects, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from station_app.core.idnumber import make_id_number
from station_app.residents import importer, search, service
from tests.ui.conftest import visible_text
from ui.residents.import_dialog import PAGE_MAPPING, PAGE_PREVIEW, PAGE_SUMMARY, ImportDialog

CLICK = Qt.MouseButton.LeftButton
HEADERS = ["序号", "姓名", "性别", "公民身份号码", "联系电话", "村/嘎查", "网格", "户籍人"]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "居民"
    sheet.append(["高力板镇居民花名册（2024年）"])  # a title row above the header
    sheet.append(HEADERS)
    rows = [
        [1, "乌云其木格", "女", "152222198503120021", "13911112222", "查干陶勒盖嘎查", "第1网格", "巴图"],
        [2, "阿拉坦仓", "男", "152222198503120013", "", "查干陶勒盖嘎查", "第3网格", "巴图"],
        [3, "包音德力格尔", "男", "152222199001011233", "13900009999", "查干陶勒盖嘎查", "第1网格", ""],
        [4, "坏号码", "男", "152222198503120018", "", "查干陶勒盖嘎查", "第1网格", ""],
    ]
    for row in rows:
        sheet.append([str(value) if index == 3 else value for index, value in enumerate(row)])
    book.create_sheet("说明").append(["填表说明"])
    path = tmp_path / "居民花名册.xlsx"
    book.save(path)
    return path


@pytest.fixture
def dialog(qtbot, registry) -> ImportDialog:
    widget = ImportDialog(registry.actor)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def to_page(qtbot, dialog: ImportDialog, page: int) -> None:
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == page, timeout=10_000)


def test_import_from_mapping_to_summary(qtbot, dialog: ImportDialog, workbook: Path, registry,
                                        tmp_path) -> None:
    dialog.path.setText(str(workbook))
    to_page(qtbot, dialog, PAGE_MAPPING)

    assert [dialog.sheet.itemText(index) for index in range(dialog.sheet.count())] == ["居民", "说明"]
    assert dialog.source_info.text() == "表头在第 2 行，共 4 行数据"
    chosen = [combo.currentText() for combo in dialog.field_combos]
    assert chosen == ["不导入", "姓名*", "性别", "身份证号", "联系电话", "村/嘎查", "网格", "不导入"]
    dialog.set_field(7, "household")  # 户籍人 is not a header the importer knows

    to_page(qtbot, dialog, PAGE_PREVIEW)
    counts = {key: label.text() for key, label in dialog.count_labels.items()}
    assert counts == {"imported": "2", "updated": "1", "unchanged": "0", "rejected": "1"}
    new_areas = [dialog.new_areas.item(row).text() for row in range(dialog.new_areas.count())]
    assert any(area.endswith("第3网格") for area in new_areas)
    assert dialog.rejects.item(0, 0).text() == "6"
    assert "校验位错误" in dialog.rejects.item(0, 1).text()
    assert search.search_residents(registry.actor.station_id, "乌云其木格") == []  # nothing written yet

    to_page(qtbot, dialog, PAGE_SUMMARY)
    summary = visible_text(dialog, "import_summary")
    assert "新增 2 人，更新 1 人，不变 0 人，有误 1 行。" in summary and "第3网格" in summary
    assert dialog.changed
    imported = search.search_residents(registry.actor.station_id, "乌云其木格")
    assert [(view.household, view.grid_name) for view in imported] == [("巴图", "第1网格")]
    assert service.get_resident(registry.actor, registry.ids["包音德力格尔"]).phone == "13900009999"

    assert dialog.save_rejects_button.isVisible()
    rejects = tmp_path / "有误的行.xlsx"
    assert dialog.write_rejects(rejects)
    sheet = openpyxl.load_workbook(rejects).active
    assert [cell.value for cell in sheet[1]][:2] == ["行号", "原因"]
    assert sheet.cell(2, 1).value == "6" and "校验位" in sheet.cell(2, 2).value


def test_a_mapping_without_the_name_is_refused_before_preview(qtbot, dialog: ImportDialog, workbook) -> None:
    dialog.path.setText(str(workbook))
    to_page(qtbot, dialog, PAGE_MAPPING)
    dialog.set_field(1, None)
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: "姓名" in dialog.message.text(), timeout=5000)
    assert dialog.stack.currentIndex() == PAGE_MAPPING


def test_a_file_that_is_not_a_spreadsheet_is_explained(qtbot, dialog: ImportDialog, tmp_path) -> None:
    bogus = tmp_path / "照片.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 not a spreadsheet")
    dialog.path.setText(str(bogus))
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: "照片.jpg" in dialog.message.text(), timeout=5000)
    assert dialog.stack.currentIndex() == 0


def test_cancelling_the_import_leaves_the_database_unchanged(qtbot, dialog: ImportDialog, workbook, registry,
                                                             monkeypatch) -> None:
    real = importer.run_import

    def waits_for_cancel(actor, source, mapping, progress, cancelled):
        # Hold the import until the user has pressed 取消, then let the core see it.
        import time

        for _ in range(500):
            if cancelled():
                break
            time.sleep(0.01)
        return real(actor, source, mapping, progress, cancelled)

    monkeypatch.setattr(importer, "run_import", waits_for_cancel)
    before = search.resident_ids(registry.actor.station_id)
    dialog.path.setText(str(workbook))
    to_page(qtbot, dialog, PAGE_MAPPING)
    to_page(qtbot, dialog, PAGE_PREVIEW)
    qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.waitUntil(lambda: dialog.task.dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(dialog.task.dialog.cancel_button, CLICK)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_SUMMARY, timeout=10_000)

    assert visible_text(dialog, "import_summary") == "已取消，数据库未改变。"
    assert not dialog.save_rejects_button.isVisible() and not dialog.changed
    assert search.resident_ids(registry.actor.station_id) == before


def test_a_number_with_an_unknown_region_code_is_imported_and_listed_to_check(qtbot, dialog: ImportDialog,
                                                                             tmp_path: Path) -> None:
    """GB/T 2260: a region code no revision had is imported all the same, and the preview and the
    summary say which row to check (the command line says it too)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "公民身份号码"])
    sheet.append(["张三", make_id_number("999901", date(1990, 1, 1), 123)])
    sheet.append(["李四", make_id_number("152222", date(1979, 6, 1), 451)])
    path = tmp_path / "地区码.xlsx"
    book.save(path)
    dialog.path.setText(str(path))
    to_page(qtbot, dialog, PAGE_MAPPING)
    to_page(qtbot, dialog, PAGE_PREVIEW)

    assert dialog.count_labels["imported"].text() == "2" and dialog.count_labels["rejected"].text() == "0"
    assert "另有 1 行会导入，但请核对" in dialog.rejects_label.text()
    assert dialog.rejects.isVisible() and dialog.rejects.rowCount() == 1
    assert dialog.rejects.item(0, 0).text() == "2"
    reason = dialog.rejects.item(0, 1).text()
    assert reason.startswith("会导入：") and "999901" in reason

    to_page(qtbot, dialog, PAGE_SUMMARY)
    summary = visible_text(dialog, "import_summary")
    assert "新增 2 人" in summary and "已导入但请核对 1 行" in summary and "第 2 行" in summary
