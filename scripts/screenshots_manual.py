"""Screens the user manual needs that the other screenshot scripts do not render (offscreen).

    python scripts/screenshots_manual.py [OUT_DIR]     # default: docs/screenshots

manual-sign.png       协议签订 on a case whose agreement was printed
manual-follow-up.png  回访 on a case whose agreement was signed
settings-keys.png     设置 → 与县局互认密钥: this database's fingerprint and the enrolment buttons

Step dialogs are opened by clicking the case page's own buttons and read while they are open, so
the pictures show whatever those dialogs are today.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def grab_next_dialog(target: Path) -> None:
    """When the next modal dialog is on screen: save a picture of it, then cancel it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        QApplication.processEvents()
        dialog.grab().save(str(target))
        dialog.reject()

    QTimer.singleShot(20, poll)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-shots-manual-"))
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.clock import local_today
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.mediation import cases, closing, steps
    from station_app.mediation.documents import agreement_pdf
    from station_app.mediation.print_record import record_print
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.app import install_translators
    from ui.main_window import MainWindow

    opened = open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1, residents=60)
    actor = login("admin", DEMO_PASSWORD)
    case = cases.open_case(actor, {
        "source": "群众来访", "category": "邻里纠纷",
        "summary": "两户因院墙边界争吵，要求派出所调解。"},
        [{"resident": {"name": "阿拉坦仓", "id_number": "152222198503120013"}},
         {"resident": {"name": "巴特尔·额尔敦", "id_number": "152222196802150037"}}])
    case = steps.assess_risk(actor, case.id, case.version, ["alcohol"])
    case = steps.record_session(actor, case.id, case.version,
                                {"place": "嘎查委员会", "mediators": ["演示管理员"]})
    case = steps.draft_agreement(actor, case.id, case.version, {
        "kind": "police", "facts": "双方因院墙边界发生争吵。", "responsibility": "乙方负主要责任。",
        "terms": [{"text": "乙方向甲方赔偿院墙修复费用", "amount": "8,600"}],
        "performance_method": "现金一次性支付", "performance_place": "高力板派出所调解室",
        "performance_deadline": local_today()})
    record_print(actor, case.id, agreement_pdf(actor, case.id))  # as 打印 records it

    window = MainWindow(actor, home_station(), opened.location.display, load_settings())
    window.resize(1366, 768)
    window.show()
    page = window.show_page("disputes")
    page.open_case(case.id)
    app.processEvents()
    grab_next_dialog(out / "manual-sign.png")
    page.case_view.step_buttons["sign"].click()

    case = cases.get_case(actor, case.id)
    closing.mark_signed(actor, case.id, case.version, local_today())
    page.open_case(case.id)
    app.processEvents()
    grab_next_dialog(out / "manual-follow-up.png")
    page.case_view.step_buttons["follow_up"].click()

    settings = window.show_page("settings")
    settings.setCurrentWidget(settings.enrolment)
    app.processEvents()
    window.grab().save(str(out / "settings-keys.png"))
    window.close()
    print(f"manual screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
