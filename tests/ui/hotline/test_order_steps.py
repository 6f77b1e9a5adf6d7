"""The hotline page: an order dispatched, handled, completed, called back 不满意 and returned to
办理中 — through the real dialogs; refused steps say why; overdue orders are red."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from station_app.hotline import orders
from station_app.hotline.models import HotlineOrder
from tests.ui.conftest import type_text, visible_text
from tests.ui.hotline.conftest import add_order
from ui.hotline.dialogs import DispatchDialog, FeedbackDialog, TextStepDialog
from ui.hotline.order_list import COL_DEADLINE

CLICK = Qt.MouseButton.LeftButton


def enabled(page) -> set[str]:
    return {step for step, button in page.view.step_buttons.items() if button.isEnabled()}


def test_dispatch_handle_and_return_on_unsatisfied(qtbot, sqlite_admin, hotline_page, drive_modal) -> None:
    order = add_order(sqlite_admin, "XA2026000001")
    page = hotline_page()
    page.select_row(page.model.row_of(order.id))
    assert page.view.number.text() == "XA2026000001"
    assert enabled(page) == {"dispatch", "open_case"}
    assert "请先把工单转派" in page.view.step_buttons["start"].toolTip()
    assert "回访后才能归档" in page.view.step_buttons["archive"].toolTip()

    def dispatch(dialog: DispatchDialog) -> None:
        dialog.office.setCurrentText("社区警务室")  # (typing would open the completer's popup)
        type_text(qtbot, dialog.note, "请核实收费依据")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter saves

    driver = drive_modal(DispatchDialog, dispatch)
    qtbot.mouseClick(page.view.step_buttons["dispatch"], CLICK)
    driver.check()
    assert page.view.status.text() == "转派" and "社区警务室" in page.view.fields["office"].text()
    assert page.model.rows[page.model.row_of(order.id)].status == "dispatched"  # the list follows

    for step, text in (("start", ""), ("complete", "已协调物业公司退还工本费。")):
        def answer(dialog: TextStepDialog, words: str = text) -> None:
            if words:
                type_text(qtbot, dialog.text, words)
            qtbot.mouseClick(dialog.save_button, CLICK)

        driver = drive_modal(TextStepDialog, answer)
        qtbot.mouseClick(page.view.step_buttons[step], CLICK)
        driver.check()
    assert page.view.status.text() == "已办结" and enabled(page) == {"feedback"}

    def unsatisfied(dialog: FeedbackDialog) -> None:
        assert any("13912345678" in label.text() for label in dialog.findChildren(type(dialog.warning)))
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("不满意"))
        assert dialog.warning.isVisible()
        qtbot.mouseClick(dialog.save_button, CLICK)
        assert dialog.isVisible()  # refused: the reason is required, shown under the field
        assert "写明原因" in visible_text(dialog, "error_note")
        type_text(qtbot, dialog.note, "钱还没退")
        qtbot.mouseClick(dialog.save_button, CLICK)

    driver = drive_modal(FeedbackDialog, unsatisfied)
    qtbot.mouseClick(page.view.step_buttons["feedback"], CLICK)
    driver.check()
    detail = orders.get_order(sqlite_admin, order.id)
    assert detail.status == "handling" and detail.returned_count == 1
    assert page.view.status.text() == "办理中" and "退回重办 1 次" in page.view.fields["satisfaction"].text()
    assert enabled(page) == {"note", "complete", "open_case"}
    assert page.view.events.topLevelItem(page.view.events.topLevelItemCount() - 1).text(2) == "回访"


def test_overdue_orders_are_red_and_can_be_filtered(qtbot, sqlite_admin, hotline_page) -> None:
    add_order(sqlite_admin, "XA2026000002")
    late = add_order(sqlite_admin, "XA2026000003")
    HotlineOrder.update(deadline=date(2026, 1, 5)).where(HotlineOrder.id == late.id).execute()
    page = hotline_page()
    row = page.model.row_of(late.id)
    colour = page.model.data(page.model.index(row, COL_DEADLINE), Qt.ItemDataRole.ForegroundRole).color()
    assert colour == QColor("#b00020") and "逾期" in page.model.text(page.model.rows[row], COL_DEADLINE)
    assert "逾期 1 件" in page.count_label.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData("__overdue__"))
    assert [item.order_number for item in page.model.rows] == ["XA2026000003"]
    type_text(qtbot, page.search, "0000")
    page.refresh_list()
    assert page.model.rowCount() == 1
    assert page.open_order(late.id) and page.view.due.text() == "已逾期"
