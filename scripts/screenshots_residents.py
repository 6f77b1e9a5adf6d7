"""Render the residents screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_residents.py [OUT_DIR]     # default: docs/screenshots

residents.png      the page in the main window: tree, a grid selected with its 一员两长, the list
resident-form.png  the form after saving a mistyped ID number: the inline message, nothing lost
import.png         the import dialog's column mapping step on a register with a title row
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_until(app, condition, timeout: float = 20.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the widget did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def register_file(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["高力板镇查干陶勒盖嘎查居民花名册（2024年12月）"])
    sheet.merge_cells("A1:I1")
    sheet.append(["序号", "姓名", "性别", "民族", "公民身份号码", "联系电话", "所属嘎查", "网格", "家庭人口"])
    rows = [
        ("巴特尔·额尔敦", "男", "蒙古族", "152222196802150031", "13904821234", "查干陶勒盖嘎查第1网格", 4),
        ("乌云其木格", "女", "蒙古族", "152222197003080046", "15847125678", "查干陶勒盖嘎查第1网格", 4),
        ("张桂芝", "女", "汉族", "15222219520911002X", "", "查干陶勒盖嘎查第2网格", 1),
    ]
    for number, (name, gender, nation, id_number, phone, grid, size) in enumerate(rows, start=1):
        sheet.append([number, name, gender, nation, id_number, phone, "查干陶勒盖嘎查", grid, size])
    path = folder / "查干陶勒盖嘎查花名册.xlsx"
    book.save(path)
    return path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    folder = Path(tempfile.mkdtemp(prefix="station-shots-residents-"))
    paths.set_data_dir(folder)
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.residents import areas, search
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.residents.import_dialog import PAGE_MAPPING, ImportDialog
    from ui.residents.resident_form import ResidentDialog

    opened = open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1, residents=3000)
    station = home_station()
    actor = login("admin", DEMO_PASSWORD)

    # a grid with its grid worker and a building head
    grid = next(node for node, _path in _grids(areas.area_tree(station.id))
                if node.name == "查干陶勒盖嘎查第1网格")
    people = search.search_residents(station.id, "", limit=3, area_id=grid.id)
    areas.assign_grid_role(actor, grid.id, "grid_worker", account_id=actor.user_id)
    areas.assign_grid_role(actor, grid.id, "building_head", resident_id=people[0].id, building="1号院")
    areas.assign_grid_role(actor, grid.id, "unit_head", resident_id=people[1].id,
                           building="1号院", unit="东排")

    window = MainWindow(actor, station, opened.location.display, load_settings())
    window.resize(1366, 768)
    window.show()
    page = window.show_page("residents")
    page.tree.select_area(grid.id)
    page.select_row(2)
    app.processEvents()
    window.grab().save(str(out / "residents.png"))

    form = ResidentDialog(actor, page.tree.grids(), default_grid=grid.id, parent=window)
    form.name.setText("阿拉坦仓")
    form.id_number.setText("152222198503120018")
    form.id_number.textEdited.emit(form.id_number.text())
    form.ethnicity.setCurrentIndex(form.ethnicity.findData("蒙古族"))
    form.phone.setText("1390482123")
    form.household.setText("阿拉坦仓")
    form.relation.setCurrentText("户主")
    form.address.setText("高力板镇查干陶勒盖嘎查3组")
    form.tags.item(0).setCheckState(Qt.CheckState.Checked)
    form.show()
    form.submit()
    app.processEvents()
    form.grab().save(str(out / "resident-form.png"))
    form.close()

    dialog = ImportDialog(actor, window)
    dialog.path.setText(str(register_file(folder)))
    dialog.show()
    dialog.next()
    wait_until(app, lambda: dialog.stack.currentIndex() == PAGE_MAPPING)
    app.processEvents()
    dialog.grab().save(str(out / "import.png"))
    dialog.close()
    window.close()
    print(f"residents screenshots written to {out}")
    return 0


def _grids(nodes):  # noqa: ANN001, ANN202
    from ui.residents.area_tree import flatten

    return flatten(nodes)


if __name__ == "__main__":
    sys.exit(main())
