"""Render the patrol screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_patrols.py [OUT_DIR]     # default: docs/screenshots

patrols.png           the page in the main window: the week's patrols, one with findings selected
patrols-start.png     开始巡逻 filled in from the keyboard: team, who goes, where, snow and -28 ℃
patrols-errors.png    补录巡逻 saved with an end before the start and a negative distance
patrols-long.png      the question about a patrol longer than 24 hours
patrols-finding.png   a dispute found on patrol: category and parties, saved as a mediation case
patrols-figures.png   the week's figures: per team, per person, volunteer hours
patrols-teams.png     巡逻队: a team with its officer and resident volunteers
patrols-attention.png the dashboard panel: a patrol left open for more than 12 hours
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def show_patrols(window, actor):  # noqa: ANN001, ANN201
    """The 巡逻 page in the main window (put in place here if the window does not build it yet)."""
    from ui.patrols.page import PatrolsPage

    page = window.page("patrols")
    if not isinstance(page, PatrolsPage):
        window.stack.removeWidget(page)
        page = PatrolsPage(actor)
        window._pages["patrols"] = page
        window.stack.addWidget(page)
    window.show_page("patrols")
    return page


def grab_modal(app, dialog, path: Path, before=None) -> None:  # noqa: ANN001
    """Grab a dialog that asks with exec(): answer from a timer inside its event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def shoot() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.grab().save(str(path))
            box.done(QMessageBox.StandardButton.Cancel)
        else:
            QTimer.singleShot(20, shoot)

    QTimer.singleShot(50, shoot)
    if before:
        before()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-shots-patrols-"))
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.demo.patrols import load_demo_patrols
    from station_app.patrols.weeks import current_week, shift_week
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.patrols.attention_panel import PatrolAttentionPanel
    from ui.patrols.finding_dialog import PatrolFindingDialog
    from ui.patrols.patrol_dialog import PatrolDialog
    from ui.patrols.teams_dialog import PatrolTeamsDialog

    opened = open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1, residents=3000)
    actor = login("admin", DEMO_PASSWORD)
    load_demo_patrols(actor, seed=1, weeks=4)
    station = home_station()

    window = MainWindow(actor, station, opened.location.display, load_settings())
    window.resize(1366, 768)
    window.show()
    page = show_patrols(window, actor)
    page.week = shift_week(current_week(), -1)
    page.refresh()
    # a patrol whose finding opened a dispute case, else any with findings
    from station_app.patrols.reading import get_patrol

    rows = [(n, row) for n, row in enumerate(page.model.rows) if row.findings and not row.in_progress]
    chosen = next((n for n, row in rows if any(f.case_id for f in get_patrol(actor, row.id).findings)),
                  rows[0][0] if rows else 0)
    page.select_row(chosen)
    app.processEvents()
    window.grab().save(str(out / "patrols.png"))

    page.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(out / "patrols-figures.png"))
    page.tabs.setCurrentIndex(0)

    start = PatrolDialog(actor, "start", parent=window)
    start.team.setCurrentIndex(next(n for n, team in enumerate(start.teams) if team.name == "雪城义警"))
    start.members.toggle_all()
    start.weather.setText("雪、大风")
    start.temperature.set_degrees(-28)
    start.route.setText("义和道卜嘎查村道—草场围栏—饮水井")
    start.vehicles.setText("雪地摩托1辆")
    start.areas.combo.setCurrentIndex(3)
    start.areas.add_current()
    start.show()
    app.processEvents()
    start.grab().save(str(out / "patrols-start.png"))
    start.close()

    log = PatrolDialog(actor, "log", parent=window)
    log.started_at.setDateTime(log.started_at.dateTime().addDays(-1))
    log.ended_at.setDateTime(log.started_at.dateTime().addSecs(-3600))
    log.distance.setText("-12")
    log.show()
    log.submit()
    app.processEvents()
    log.grab().save(str(out / "patrols-errors.png"))
    log.close()

    long = PatrolDialog(actor, "log", parent=window)
    long.started_at.setDateTime(long.started_at.dateTime().addDays(-2))
    long.route.setText("边境线3号—7号界桩")
    long.show()
    grab_modal(app, long, out / "patrols-long.png", long.submit)
    long.close()

    detail = page.current_detail()
    finding = PatrolFindingDialog(actor, detail, window)
    finding.kind.setCurrentIndex(finding.kind.findData("dispute"))
    finding.category.setCurrentText("土地草场")
    finding.place_text.setText("3组草场围栏处")
    finding.description.setPlainText("两户因草场围栏位置发生争执，一方扬言要拆除围栏，巡逻队员当场劝开。")
    finding.handling.setPlainText("现场劝解，双方同意到嘎查委员会调解。")
    finding.picker.search.setText("阿")
    finding.picker.refresh_results()
    finding.picker.finder._pick(finding.picker.results.item(0))
    finding.picker.open_new_row("张三")
    finding.picker.new_phone.setText("13800001111")
    finding.picker.add_new_person()
    finding.show()
    app.processEvents()
    finding.grab().save(str(out / "patrols-finding.png"))
    finding.close()

    teams = PatrolTeamsDialog(actor, window)
    red = next(n for n, team in enumerate(teams.all_teams) if team.name == "红城义警")
    teams.team_list.setCurrentRow(red)
    teams.show()
    app.processEvents()
    teams.grab().save(str(out / "patrols-teams.png"))
    teams.close()

    panel = PatrolAttentionPanel(actor)
    panel.resize(760, 120)
    panel.refresh()
    panel.show()
    app.processEvents()
    panel.grab().save(str(out / "patrols-attention.png"))
    panel.close()
    window.close()
    print(f"patrol screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
