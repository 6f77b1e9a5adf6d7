"""集中返赃 through the real dialog: suggested amounts, a refused amount shown on its row with the
figures (nothing saved), the receipt sheet previewed, an absent victim unticked, marked returned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station_app.restitution import cases
from tests.ui.conftest import type_text, visible_text
from ui.common.pdf_preview import PdfPreviewDialog
from ui.restitution.event_table import COL_AMOUNT, COL_TICK, ERROR_BRUSH


def test_an_event_end_to_end(qtbot, page, case, sqlite_admin, drive_modal) -> None:
    page.refresh_list()
    assert page.open_case(case.id)
    view = page.case_view
    assert "8,300.00" in view.figures.text() and view.buttons["event"].isEnabled()
    dialog = view.new_event()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.item(row, COL_AMOUNT).text() for row in range(3)] == ["2,800.00", "3,000.00", "2,500.00"]
    assert "合计 8,300.00 元" in dialog.totals.text()

    type_text(qtbot, dialog.place, "高力板派出所会议室")
    table.item(1, COL_AMOUNT).setText("5,000")  # more than 李秀英 lost
    assert "合计 10,300.00 元" in dialog.totals.text()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    message = visible_text(dialog, "general_error")
    assert "李秀英被骗 3,000.00 元" in message and "5,000.00 元" in message
    assert "本案已追回 8,300.00 元" in message
    assert table.item(1, COL_AMOUNT).background() == ERROR_BRUSH
    assert table.item(1, COL_AMOUNT).text() == "5,000.00" and dialog.place.text() == "高力板派出所会议室"
    assert cases.get_case(sqlite_admin, case.id).events == [] and not dialog.mark_button.isEnabled()

    table.item(1, COL_AMOUNT).setText("3,000")
    previewed = drive_modal(PdfPreviewDialog, lambda preview: preview.accept())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = previewed.check()
    assert preview.page_count == 1 and preview.pdf.startswith(b"%PDF")
    detail = cases.get_case(sqlite_admin, case.id)
    [event] = detail.events
    assert event.state == "planned" and event.verification_code and event.total == 830_000
    assert "待发还 <b>8,300.00</b>" in view.figures.text()
    assert dialog.mark_button.isEnabled()
    assert not table.item(0, COL_AMOUNT).flags() & Qt.ItemFlag.ItemIsEditable  # fixed once on the sheet

    table.item(2, COL_TICK).setCheckState(Qt.CheckState.Unchecked)  # 张伟 did not come
    assert "已签收 2 人，合计 5,800.00 元" in dialog.totals.text()
    confirmed = drive_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    confirmed.check()
    assert not dialog.isVisible()

    detail = cases.get_case(sqlite_admin, case.id)
    assert detail.events[0].state == "done"
    assert [(r.victim_name, r.amount, r.receipt_signed) for r in detail.returns] == [
        ("王建国", 280_000, True), ("李秀英", 300_000, True)]
    assert (detail.totals.returned, detail.totals.available) == (580_000, 250_000)
    assert view.status.text() == "待返还" and "已返还 <b>5,800.00</b>" in view.figures.text()
    assert view.tabs.tabText(3) == "集中返赃（1）" and view.tabs.events.topLevelItem(0).text(4) == "已发还"
    row = page.model.rows[page.model.row_of(case.id)]
    assert row.totals.returned == 580_000  # the list shows the new figures too
