"""集中返赃 when the money does not cover everyone: shared in proportion by default (or balance by
balance), a bad amount named by its row, typed amounts shown with thousands separators."""

from __future__ import annotations

from tests.unit.restitution.conftest import recover, with_victims
from ui.restitution.event_table import COL_AMOUNT


def _short_case(actor):
    """王建国 2,800, 李秀英 3,000, 张伟 2,500 lost; only 1,000 recovered."""
    return recover(actor, with_victims(actor), "1,000")


def test_the_recovered_sum_is_shared_in_proportion_not_all_to_the_first(qtbot, page, sqlite_admin) -> None:
    case = _short_case(sqlite_admin)
    page.refresh_list()
    assert page.open_case(case.id)
    dialog = page.case_view.new_event()
    qtbot.addWidget(dialog)
    table = dialog.table
    amounts = [table.item(row, COL_AMOUNT).text() for row in range(3)]
    assert amounts == ["337.35", "361.45", "301.20"]  # not 1,000.00 for 王建国 and nothing for the rest
    assert "合计 1,000.00 元" in dialog.totals.text()
    dialog.allocation.setCurrentIndex(dialog.allocation.findData("balance"))
    assert [table.item(row, COL_AMOUNT).text() for row in range(3)] == ["1,000.00", "", ""]


def test_a_bad_amount_is_named_by_its_row_and_typed_amounts_keep_separators(qtbot, page, case) -> None:
    page.refresh_list()
    assert page.open_case(case.id)
    dialog = page.case_view.new_event()
    qtbot.addWidget(dialog)
    table = dialog.table
    table.item(1, COL_AMOUNT).setText("三千")
    assert "金额有误：第 2 行 李秀英" in dialog.totals.text()
    table.item(1, COL_AMOUNT).setText("2500")
    assert table.item(1, COL_AMOUNT).text() == "2,500.00"
    assert "合计 7,800.00 元" in dialog.totals.text()


def test_an_amount_field_shows_thousands_separators(qtbot, page, case, sqlite_admin) -> None:
    from ui.restitution.dialogs import RecoveryDialog

    page.refresh_list()
    assert page.open_case(case.id)
    dialog = RecoveryDialog(page.case_view, page)
    qtbot.addWidget(dialog)
    dialog.amount.setText("12345.5")
    dialog.amount.editingFinished.emit()
    assert dialog.amount.text() == "12,345.50"
    dialog.amount.setText("3,000.50")
    dialog.amount.editingFinished.emit()
    assert dialog.amount.text() == "3,000.50"
