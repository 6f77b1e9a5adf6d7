"""Render the hotline screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_hotline.py [OUT_DIR]     # default: docs/screenshots

hotline.png           the page: orders in every status, overdue ones red, an overdue order open
hotline-import.png    the import dialog's preview: counts, a conflict with its choice, a bad row
hotline-calendar.png  the holiday calendar editor on the provisional year
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


def export_file(folder: Path, existing) -> Path:  # noqa: ANN001 (an OrderRow)
    """A platform export: a title row, an order already registered but with other content, a new
    one, and one with a mistyped phone."""
    import openpyxl

    from station_app.core.clock import local_now, to_local

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工单列表"
    sheet.append(["兴安盟12345政务服务便民热线 工单明细"])
    sheet.merge_cells("A1:H1")
    sheet.append(["工单编号", "来电时间", "诉求人", "联系电话", "诉求内容", "诉求类别", "办理时限",
                  "承办单位"])
    when = to_local(existing.received_at).replace(tzinfo=None)
    sheet.append([existing.order_number, when, existing.caller_name, "13904821234",
                  "反映小区电梯长期故障无人维修，老人上下楼困难。", existing.category, "5个工作日",
                  "高力板派出所"])
    now = local_now().replace(microsecond=0)
    sheet.append(["XA2026112999001", now, "巴特尔", "15047123456", "反映村里路灯不亮，夜间出行不安全。",
                  "市政设施", "3个工作日", "高力板派出所"])
    sheet.append(["XA2026112999002", now, "其木格", "1390482", "反映邻居家的狗夜间吠叫扰民。",
                  "噪音扰民", "5个工作日", "高力板派出所"])
    path = folder / "12345工单导出.xlsx"
    book.save(path)
    return path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    folder = Path(tempfile.mkdtemp(prefix="station-shots-hotline-"))
    paths.set_data_dir(folder)
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.startup import open_database
    from station_app.demo.hotline import load_demo_hotline
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.hotline import orders
    from ui.app import install_translators
    from ui.hotline.calendar_dialog import CalendarDialog
    from ui.hotline.import_dialog import PAGE_PREVIEW, OrderImportDialog
    from ui.hotline.page import HotlinePage

    open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1)
    actor = login("admin", DEMO_PASSWORD)
    load_demo_hotline(actor, seed=1, weeks=4)

    page = HotlinePage(actor)
    page.setWindowTitle("12345工单 — 平安台账")
    page.resize(1366, 768)
    page.show()
    rows = page.model.rows
    late = next(number for number, row in enumerate(rows) if row.overdue and row.satisfaction == "不满意")
    page.select_row(late)
    app.processEvents()
    page.grab().save(str(out / "hotline.png"))

    existing = next(row for row in orders.list_orders(actor) if row.status == "archived")
    dialog = OrderImportDialog(actor, page)
    dialog.path.setText(str(export_file(folder, existing)))
    dialog.show()
    dialog.next()
    wait_until(app, lambda: dialog.stack.currentIndex() == PAGE_PREVIEW)
    app.processEvents()
    dialog.grab().save(str(out / "hotline-import.png"))
    dialog.close()

    editor = CalendarDialog(actor, page)
    editor.year.setCurrentIndex(editor.year.findData(2027))
    editor.show()
    app.processEvents()
    editor.grab().save(str(out / "hotline-calendar.png"))
    editor.close()
    page.close()
    print(f"hotline screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
