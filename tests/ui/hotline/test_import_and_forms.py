"""The import dialog on a small file (a conflict chosen per row, a bad row saved), the new-order
form refusing a past deadline inline, and the holiday calendar editor."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from station_app.core.clock import local_now, local_today
from station_app.hotline.calendar import list_days
from station_app.hotline.orders import find_order
from tests.ui.conftest import type_text, visible_text
from tests.ui.hotline.conftest import add_order
from ui.hotline.calendar_dialog import CalendarDialog
from ui.hotline.import_dialog import PAGE_PREVIEW, PAGE_SUMMARY, OrderImportDialog
from ui.hotline.new_order_dialog import NewOrderDialog

CLICK = Qt.MouseButton.LeftButton


def wait_page(qtbot, dialog, page: int) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == page, timeout=10_000)


def test_import_dialog_previews_lets_the_user_choose_and_saves_rejects(qtbot, sqlite_admin,
                                                                       tmp_path: Path) -> None:
    when = (local_now() - timedelta(hours=3)).replace(second=0)
    add_order(sqlite_admin, "XA2026000010", received_at=when)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["12345工单明细"])
    sheet.append(["工单编号", "来电时间", "来电人", "联系电话", "工单内容", "办理时限"])
    sheet.append(["XA2026000010", when, "白先生", "13912345678", "反映电梯长期故障。", "5个工作日"])
    sheet.append(["XA2026000011", when, "巴特尔", "15047123456", "路灯不亮。", "3个工作日"])
    sheet.append(["XA2026000012", when, "其木格", "1390482", "狗叫扰民。", "3个工作日"])
    path = tmp_path / "工单.xlsx"
    book.save(path)

    dialog = OrderImportDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    wait_page(qtbot, dialog, PAGE_PREVIEW)
    counts = {key: label.text() for key, label in dialog.count_labels.items()}
    assert counts == {"imported": "1", "updated": "0", "unchanged": "0", "rejected": "1", "conflicts": "1"}
    assert dialog.conflicts.item(0, 0).text() == "XA2026000010"
    assert "反映电梯长期故障" in dialog.conflicts.item(0, 4).text()
    assert "手机应为11位" in dialog.rejects.item(0, 1).text()
    choice = dialog.choices["XA2026000010"]
    assert choice.currentData() == "keep"  # nothing is overwritten unless chosen
    choice.setCurrentIndex(choice.findData("take"))
    qtbot.mouseClick(dialog.next_button, CLICK)
    wait_page(qtbot, dialog, PAGE_SUMMARY)
    assert "新增 1 件" in dialog.summary.text() and "采用文件 1 件" in dialog.summary.text()
    assert dialog.changed
    assert find_order(sqlite_admin, "XA2026000010").row.content == "反映电梯长期故障。"
    rejects = tmp_path / "有误.xlsx"
    assert dialog.write_rejects(rejects) and rejects.exists()
    assert openpyxl.load_workbook(rejects).sheetnames == ["未导入的行", "编号冲突"]


def test_an_unreadable_file_is_told_in_the_dialog(qtbot, sqlite_admin, tmp_path: Path) -> None:
    path = tmp_path / "工单.csv"
    path.write_text("工单编号\n", encoding="utf-8")
    dialog = OrderImportDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    dialog.next()
    qtbot.waitUntil(lambda: "不是 Excel" in dialog.message.text(), timeout=10_000)
    assert dialog.stack.currentIndex() == 0


def test_new_order_form_refuses_a_past_deadline_inline(qtbot, sqlite_admin) -> None:
    dialog = NewOrderDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "截止" in dialog.preview.text()
    type_text(qtbot, dialog.number, "XA2026000020")
    type_text(qtbot, dialog.content, "反映乡道积雪未清理。")
    dialog.mode.setCurrentIndex(dialog.mode.findData("date"))
    yesterday = local_today() - timedelta(days=1)
    dialog.due.setDate(dialog.due.date().addDays(-1))
    assert dialog.preview.text() == ""
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.created is None
    assert yesterday.isoformat() in visible_text(dialog, "error_deadline")
    dialog.mode.setCurrentIndex(dialog.mode.findData("days"))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.created is not None and dialog.created.row.deadline_rule == "5个工作日"


def test_calendar_editor_adds_removes_and_explains(qtbot, sqlite_admin) -> None:
    dialog = CalendarDialog(sqlite_admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.year.setCurrentIndex(dialog.year.findData(2027))
    assert "预估" in dialog.note.text() and dialog.table.rowCount() == 13
    dialog.day.setDate(dialog.day.date().fromString("2027-02-09", "yyyy-MM-dd"))
    type_text(qtbot, dialog.name, "春节")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 14
    assert any(day.name == "春节" and day.origin == "user" for day in list_days(sqlite_admin, 2027))
    dialog.kind.setCurrentIndex(dialog.kind.findData("work"))
    dialog.day.setDate(dialog.day.date().fromString("2027-02-10", "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.add_button, CLICK)
    assert "本来就是工作日" in visible_text(dialog, "error_kind")
    dialog.table.setCurrentCell(0, 0)
    removed = dialog.table.item(0, 0).text()
    qtbot.mouseClick(dialog.remove_button, CLICK)
    assert dialog.table.rowCount() == 13 and dialog.table.item(0, 0).text() == "2027-02-05"
    kept = [day.day.isoformat() for day in list_days(sqlite_admin, 2027)]
    assert removed not in kept and len(kept) == 13  # removed from the calendar itself, not only the table
