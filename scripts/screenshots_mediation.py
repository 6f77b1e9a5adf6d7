"""Render the mediation screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_mediation.py [OUT_DIR]     # default: docs/screenshots

case-page.png        a case in 达成协议: parties, timeline, the step buttons of that state
register-dispute.png the register dialog half filled from the keyboard, a new person being added
agreement-editor.png the agreement editor: amounts in capitals, printing refused inline (no deadline)
pdf-preview.png      the printed agreement in the preview dialog
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AGREEMENT = {
    "kind": "police",
    "facts": "2026年11月20日18时许，巴特尔·额尔敦酒后与邻居阿拉坦仓因院墙边界发生争执，"
             "推倒阿拉坦仓家院墙约5米，双方发生推搡，无人受伤。",
    "responsibility": "巴特尔·额尔敦负主要责任，阿拉坦仓负次要责任。",
    "terms": [{"text": "巴特尔·额尔敦向阿拉坦仓赔偿院墙修复费用", "amount": "8,600"},
              {"text": "院墙按原宅基地界线由双方共同出工重砌，费用各半", "amount": ""},
              {"text": "双方今后和睦相处，不再因此事发生纠纷"}],
    "performance_method": "现金一次性支付",
    "performance_place": "高力板派出所调解室",
}


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-shots-mediation-"))
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.clock import local_now, local_today
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.mediation import cases, steps
    from station_app.mediation.documents import agreement_pdf
    from station_app.residents import areas
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.app import install_translators
    from ui.common.pdf_preview import PdfPreviewDialog
    from ui.main_window import MainWindow
    from ui.mediation.agreement_editor import AgreementEditor
    from ui.mediation.register_dialog import RegisterDialog
    from ui.residents.area_tree import flatten

    opened = open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1, residents=2000)
    station = home_station()
    actor = login("admin", DEMO_PASSWORD)
    grid = next(node for node, _path in flatten(areas.area_tree(station.id))
                if node.kind == "grid" and "查干陶勒盖" in node.name)

    # the case: registered this morning, assessed 高, warned, planned, mediated, agreement drafted
    reported = local_now().replace(hour=8, minute=40) - timedelta(days=1)
    case = cases.open_case(actor, {
        "source": "网格员上报", "category": "邻里纠纷", "reported_at": reported,
        "reporter_kind": "grid_worker",
        "reporter_name": "乌兰", "reporter_phone": "13904827788", "place_area_id": grid.id,
        "place_text": "查干陶勒盖嘎查3组",
        "summary": "巴特尔·额尔敦酒后推倒邻居阿拉坦仓家院墙，双方发生推搡，网格员到场劝阻后报告派出所。",
    }, [{"resident": {"name": "阿拉坦仓", "id_number": "152222198503120013", "ethnicity": "蒙古族",
                      "phone": "13904821234"}, "occupation": "牧民"},
        {"resident": {"name": "巴特尔·额尔敦", "id_number": "152222196802150037", "ethnicity": "蒙古族"},
         "occupation": "牧民"}])
    case = steps.assess_risk(actor, case.id, case.version, ["threats_or_weapons", "alcohol"],
                             "乙方酒后扬言报复")
    case = steps.send_warning(actor, case.id, case.version, "司法所",
                              "查干陶勒盖嘎查两户院墙纠纷，一方酒后扬言报复，请司法所协助化解。")
    case = steps.acknowledge_warning(actor, case.id, case.version, case.warnings[0].id, "司法所 张明")
    case = steps.save_plan(actor, case.id, case.version, "联系嘎查调解委员会，组织双方到场调解；稳控乙方情绪",
                           "崔鑫龙", local_today() + timedelta(days=2))
    started = reported + timedelta(hours=2)  # the day it was reported: never later than now
    case = steps.record_session(actor, case.id, case.version, {
        "started_at": started, "ended_at": started + timedelta(hours=1), "place": "查干陶勒盖嘎查委员会",
        "mediators": "崔鑫龙、铁明", "note_taker": "乌兰", "attendees": "嘎查书记 铁明",
        "statements": [("阿拉坦仓", "院墙是我家的，他喝了酒就推倒了。"),
                       ("巴特尔·额尔敦", "我喝多了，愿意赔。")],
        "facts_verified": AGREEMENT["facts"], "outcome": "双方握手言和，达成协议。"})
    case = steps.draft_agreement(actor, case.id, case.version,
                                 {**AGREEMENT, "performance_deadline": local_today() + timedelta(days=10)})
    agreement_pdf(actor, case.id)

    window = MainWindow(actor, station, opened.location.display, load_settings())
    window.resize(1366, 768)
    window.show()
    page = window.show_page("disputes")
    page.open_case(case.id)
    app.processEvents()
    window.grab().save(str(out / "case-page.png"))

    dialog = RegisterDialog(actor, window)
    dialog.source.setCurrentText("110/电话报警")
    dialog.category.setCurrentText("土地草场")
    dialog.reporter_kind.setCurrentIndex(dialog.reporter_kind.findData("caller"))
    dialog.reporter_name.setText("孟根")
    dialog.reporter_phone.setText("15847125678")
    dialog.place_area.select_area(grid.id)
    dialog.place_text.setText("5组东草场围栏")
    dialog.summary.setPlainText("两户因草场围栏位置争执，一方扬言拆除围栏，来电请求派出所处理。")
    dialog.picker.search.setText("巴特尔·额尔敦")
    dialog.picker.refresh_results()
    dialog.picker.finder._pick(dialog.picker.results.item(0))
    dialog.picker.open_new_row("孟和")
    dialog.picker.new_id.setText("152222197003080049")
    dialog.picker._id_typed()
    dialog.picker.new_phone.setText("13514820011")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "register-dispute.png"))
    dialog.close()

    editor_case = cases.open_case(actor, {"source": "群众来访", "category": "损害赔偿",
                                          "summary": "牛群进入邻居草场，啃食打好的草捆。"},
                                  [{"resident": {"name": "斯琴", "id_number": "152222197506060023"}},
                                   {"resident": {"name": "张桂芝", "id_number": "152222195209110021"}}])
    editor_case = steps.assess_risk(actor, editor_case.id, editor_case.version, ["land_or_money"])
    editor_case = steps.record_session(actor, editor_case.id, editor_case.version,
                                       {"place": "派出所调解室", "mediators": [actor.full_name]})
    page.open_case(editor_case.id)
    editor = AgreementEditor(page.case_view, window)
    editor.facts.setPlainText("2026年11月25日，斯琴家牛群进入张桂芝家草场，啃食草捆约40捆。")
    editor.responsibility.setPlainText("斯琴看管牲畜不严，负全部责任。")
    editor.terms.item(0, 0).setText("斯琴向张桂芝赔偿草捆损失")
    editor.terms.item(0, 1).setText("3,000.50")
    editor.terms.item(1, 0).setText("斯琴向张桂芝赔偿被撞坏的围栏")
    editor.terms.item(1, 1).setText("1.2万")
    editor.terms.item(2, 0).setText("斯琴今后加强牲畜看管，双方和睦相处")
    editor.method.setCurrentText("银行转账")
    editor.show()
    editor.preview()  # no deadline: the refusal appears at the top, the deadline row is marked
    app.processEvents()
    editor.grab().save(str(out / "agreement-editor.png"))
    editor.close()

    built = agreement_pdf(actor, case.id)
    preview = PdfPreviewDialog(built.pdf, "调解协议书", f"{case.agreement.number}.pdf", window)
    preview.resize(900, 1000)
    preview.show()
    app.processEvents()
    preview.grab().save(str(out / "pdf-preview.png"))
    preview.close()
    window.close()
    print(f"mediation screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
