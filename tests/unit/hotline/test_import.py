"""Importing the platform's Excel export: quirks, rejects, re-import updates, conflicts, cancel."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from station_app.core.clock import local_today
from station_app.hotline import importer, steps
from station_app.hotline.calendar import load_calendar
from station_app.hotline.models import HotlineOrder
from station_app.hotline.orders import find_order
from station_app.hotline.workdays import add_working_days
from station_app.residents.import_source import ImportFileError
from tests.unit.hotline.conftest import HEADER, received, write_export

WHEN = received(10)
EXCEL_EPOCH = datetime(1899, 12, 30)


def first_file(folder: Path) -> Path:
    serial = (WHEN - EXCEL_EPOCH).total_seconds() / 86400
    return write_export(folder / "工单导出.xlsx", [
        ["兴安盟12345政务服务便民热线工单导出（2026年11月）"],
        ["导出时间：", "2026-11-29"],
        HEADER,
        [1, "XA202611200001", WHEN, "白先生", "13912345678", "反映物业公司乱收费，要求核实。", "物业管理",
         "5个工作日", "高力板派出所"],
        [2, "ＸＡ２０２６１１２００００２", WHEN.strftime("%Y/%m/%d %H:%M"), "乌云其木格",
         "１５８４７１２５６７８", "烧烤店深夜噪音扰民。", "噪音扰民", f"{WHEN.year + 1}年1月15日", None],
        [None] * 9,
        [3, "XA202611200003", serial, "包先生", "139****1234", "乡道积雪未清理。", "道路交通", 3, None],
        [4, "XA202611200004", WHEN.strftime("%Y年%m月%d日%H时%M分"), "张女士", "12345", "暖气不热。",
         "冬季供暖", "5个工作日", "高力板派出所"],
        [5, None, WHEN, "李先生", "", "拖欠工资。", "劳动保障", "5个工作日", "高力板派出所"],
        [6, 1.2345678901234567e17, WHEN, "孟女士", "", "羊肉注水。", "市场监管", "5个工作日", "高力板派出所"],
        [7, "XA202611200001", WHEN, "白先生", "13912345678", "反映物业公司乱收费，要求核实。", "物业管理",
         "5个工作日", "高力板派出所"],
        [8, "XA202611200008", WHEN, "匿名", "", None, "其他", "5个工作日", "高力板派出所"],
    ], merges=["A1:I1", "I4:I7"])


def test_quirks_of_a_real_export(admin, tmp_path: Path) -> None:
    source = importer.read_orders(first_file(tmp_path))
    assert source.header_row == 3 and source.sheet_name == "工单列表"
    preview = importer.preview_import(admin, source)
    assert (preview.imported, preview.updated, preview.unchanged) == (3, 0, 0)
    assert HotlineOrder.select().count() == 0  # the preview writes nothing
    report = importer.run_import(admin, source)
    assert (report.imported, len(report.rejected), report.conflicts) == (3, 5, [])
    reasons = {row.row_number: row.reason for row in report.rejected}
    assert "“联系电话”列" in reasons[8] and "手机应为11位" in reasons[8]
    assert "“工单编号”列：请填写工单编号" in reasons[9]
    assert "存成了数字" in reasons[10]
    assert "与第4行工单编号重复" in reasons[11]
    assert "“诉求内容”列：请填写诉求内容" in reasons[12]

    first = find_order(admin, "XA202611200001")
    assert first.row.received_at == (WHEN - timedelta(hours=8))  # stored UTC
    assert first.platform_unit == "高力板派出所" and first.row.deadline_rule == "5个工作日"
    assert first.row.overdue  # a historical deadline is accepted and shown overdue
    second = find_order(admin, "XA202611200002")  # full-width digits made ASCII
    assert second.caller_phone == "15847125678" and second.platform_unit == "高力板派出所"  # merged cell
    assert second.row.deadline.year == WHEN.year + 1 and second.row.deadline_rule == ""
    third = find_order(admin, "XA202611200003")
    assert third.caller_phone == "139****1234"  # exported masked: kept as it came
    assert third.row.deadline == add_working_days(WHEN.date(), 3, load_calendar(admin))
    assert abs((third.row.received_at - first.row.received_at).total_seconds()) < 2  # Excel serial
    assert [event.kind for event in third.events] == ["import"]


def test_reimport_updates_never_duplicates_and_reports_conflicts(admin, tmp_path: Path) -> None:
    importer.run_import(admin, importer.read_orders(first_file(tmp_path)))
    order = find_order(admin, "XA202611200001")
    steps.dispatch_order(admin, order.id, order.version, "住建部门（物业监管）")
    again = write_export(tmp_path / "再次导出.xlsx", [
        HEADER,
        [1, "XA202611200001", WHEN, "白先生", "139****5678", "反映物业公司乱收费，要求核实。", "物业管理",
         "10个工作日", "高力板派出所"],
        [2, "XA202611200002", WHEN, "乌云其木格", "15847125678", "烧烤店深夜噪音扰民。", "噪音扰民",
         f"{WHEN.year + 1}-01-15", ""],
        [3, "XA202611200003", WHEN, "包先生", "", "村道积雪结冰，校车无法通行。", "道路交通", 3,
         "高力板派出所"],
        [4, "XA202611200009", WHEN, "刘建国", "", "物业停水。", "物业管理", "5个工作日", "高力板派出所"],
    ])
    source = importer.read_orders(again)
    report = importer.run_import(admin, source)
    assert (report.imported, report.updated, report.unchanged) == (1, 1, 1)
    assert [item.order_number for item in report.conflicts] == ["XA202611200003"]
    conflict = report.conflicts[0]
    assert conflict.fields == ["诉求内容"] and conflict.row_number == 4
    assert conflict.existing["诉求内容"] == "乡道积雪未清理。"
    assert conflict.incoming["诉求内容"] == "村道积雪结冰，校车无法通行。"
    assert report.kept == ["XA202611200003"]
    updated = find_order(admin, "XA202611200001")
    assert updated.row.deadline_rule == "10个工作日" and updated.status == "dispatched"  # local work kept
    assert updated.caller_phone == "13912345678"  # the masked export did not overwrite the number
    assert updated.events[-1].kind == "reimport"
    assert find_order(admin, "XA202611200003").row.content == "乡道积雪未清理。"  # not overwritten
    assert HotlineOrder.select().count() == 4

    rejects = tmp_path / "有误.xlsx"
    importer.write_rejects(rejects, report, source)
    book = openpyxl.load_workbook(rejects)
    assert book.sheetnames == ["未导入的行", "编号冲突"]
    row = [cell.value for cell in book["编号冲突"][2]]
    assert row[:4] == ["4", "XA202611200003", "诉求内容", "保留已有（未覆盖）"]
    assert "乡道积雪未清理" in row[4] and "村道积雪结冰" in row[5]

    chosen = importer.run_import(admin, source, {"XA202611200003": "take"})
    assert chosen.taken == ["XA202611200003"] and chosen.kept == []
    taken = find_order(admin, "XA202611200003")
    assert taken.row.content == "村道积雪结冰，校车无法通行。" and taken.platform_unit == "高力板派出所"
    assert "编号冲突" in taken.events[-1].text
    assert HotlineOrder.select().count() == 4


def test_a_cancelled_import_writes_nothing(sqlite_admin, tmp_path: Path) -> None:
    source = importer.read_orders(first_file(tmp_path))
    with pytest.raises(importer.ImportCancelled):
        importer.run_import(sqlite_admin, source, cancelled=lambda: True)
    assert HotlineOrder.select().count() == 0


def test_files_that_cannot_be_imported_say_why(sqlite_admin, tmp_path: Path) -> None:
    no_content = write_export(tmp_path / "缺列.xlsx", [["工单编号", "受理时间", "办理时限"],
                                                     ["XA1", datetime(2026, 11, 20), "5个工作日"]])
    with pytest.raises(ImportFileError, match="诉求内容"):
        importer.preview_import(sqlite_admin, importer.read_orders(no_content))
    no_header = write_export(tmp_path / "无表头.xlsx", [["说明"], ["随便写的内容"]])
    with pytest.raises(ImportFileError, match="没有找到表头"):
        importer.read_orders(no_header)
    csv = tmp_path / "工单.csv"
    csv.write_text("工单编号,诉求内容\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"不是 Excel（\.xlsx）"):
        importer.read_orders(csv)
    old = tmp_path / "工单.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(ImportFileError, match="旧版"):
        importer.read_orders(old)
    assert local_today()  # the clock is the station's
