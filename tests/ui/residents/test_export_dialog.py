"""导出Excel: masked by default; the unmasked option only for roles allowed it; scope choices."""

from __future__ import annotations

import re

import openpyxl
from PySide6.QtCore import Qt

from tests.ui.residents.conftest import actor_with_role
from ui.residents.export_dialog import ExportDialog

CLICK = Qt.MouseButton.LeftButton
FULL_ID = re.compile(r"\d{17}[\dX]")


def make(qtbot, actor, area=None, query="", shown=5) -> ExportDialog:
    dialog = ExportDialog(actor, area, query, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_export_is_masked_by_default(qtbot, registry, tmp_path) -> None:
    dialog = make(qtbot, registry.actor, registry.grid_one, "zhang", 1)
    assert dialog.unmasked.isEnabled() and not dialog.unmasked.isChecked()
    assert dialog.unmasked.text() == "导出完整身份证号和电话（将记录审计）"
    assert dialog.scope_search.isChecked()  # a search is on: its result is the likely wish
    dialog.scope_all.setChecked(True)
    target = tmp_path / "名单.xlsx"
    dialog.path.setText(str(target))

    qtbot.mouseClick(dialog.export_button, CLICK)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10_000)

    assert dialog.message.text() == f"已导出 5 人到 {target}"
    sheet = openpyxl.load_workbook(target).active
    cells = [str(cell.value or "") for row in sheet.iter_rows() for cell in row]
    assert "152222********1233" in cells and not any(FULL_ID.search(cell) for cell in cells)


def test_scopes_give_the_area_and_the_search(qtbot, registry) -> None:
    dialog = make(qtbot, registry.actor, registry.grid_one, "zhang", 1)
    assert dialog.arguments() == {"query": "zhang", "area_id": registry.grid_one.id, "unmasked": False}
    dialog.scope_area.setChecked(True)
    assert dialog.arguments() == {"query": "", "area_id": registry.grid_one.id, "unmasked": False}
    dialog.scope_all.setChecked(True)
    dialog.unmasked.setChecked(True)
    assert dialog.arguments() == {"query": "", "area_id": None, "unmasked": True}
    nothing = make(qtbot, registry.actor)
    assert nothing.scope_all.isChecked() and not nothing.scope_area.isEnabled()
    assert not nothing.scope_search.isEnabled()


def test_unmasked_export_needs_the_permission(qtbot, registry) -> None:
    officer = actor_with_role(registry, "officer")
    dialog = make(qtbot, officer)
    assert not dialog.unmasked.isEnabled()
    dialog.unmasked.setChecked(True)  # even if forced, the request stays masked
    assert dialog.arguments()["unmasked"] is False
