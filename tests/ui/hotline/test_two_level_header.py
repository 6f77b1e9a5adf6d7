"""Issue 13, item 9: a platform export whose header has two levels (a merged "来电信息" over
来电时间/来电人/联系电话) imports; a header that cannot says what it expected and what it found."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from station_app.core.clock import local_now
from station_app.hotline import importer
from tests.unit.hotline.conftest import write_export
from ui.hotline.import_dialog import PAGE_PREVIEW, OrderImportDialog

WHEN = (local_now() - timedelta(hours=3)).replace(second=0, microsecond=0)


def two_level(folder: Path, lower_received: str = "来电时间") -> Path:
    return write_export(folder / "工单.xlsx", [
        ["兴安盟12345热线工单"],
        ["工单编号", "来电信息", None, None, "诉求内容", "办理时限"],
        [None, lower_received, "来电人", "联系电话", None, None],
        ["XA2026000021", WHEN, "白先生", "13912345678", "路灯不亮。", "3个工作日"],
        ["XA2026000022", WHEN, "其木格", "15047123456", "狗叫扰民。", "5个工作日"],
    ], merges=["A1:F1", "B2:D2", "A2:A3", "E2:E3", "F2:F3"])


def open_dialog(qtbot, actor, path: Path) -> OrderImportDialog:
    dialog = OrderImportDialog(actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    return dialog


def test_a_two_level_header_is_read_as_one(qtbot, sqlite_admin, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, sqlite_admin, two_level(tmp_path))
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PAGE_PREVIEW, timeout=10_000)
    counts = {key: label.text() for key, label in dialog.count_labels.items()}
    assert counts["imported"] == "2" and counts["rejected"] == "0"
    source = importer.read_orders(tmp_path / "工单.xlsx")
    assert source.header_row == 3 and [number for number, _ in source.rows] == [4, 5]
    assert source.headers == ["工单编号", "来电时间", "来电人", "联系电话", "诉求内容", "办理时限"]


def test_a_refused_header_names_what_was_expected_and_what_was_found(qtbot, sqlite_admin,
                                                                      tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, sqlite_admin, two_level(tmp_path, lower_received="时间"))
    qtbot.waitUntil(lambda: "表头中没有这些列" in dialog.message.text(), timeout=10_000)
    message = dialog.message.text()
    assert "受理时间（或：来电时间" in message  # what was expected, with its other names
    assert "表中的列是：工单编号、时间、来电人、联系电话、诉求内容、办理时限" in message  # what was found
