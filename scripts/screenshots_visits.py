"""Render the visits screenshots from real widgets on a demo database (offscreen).

    python scripts/screenshots_visits.py [OUT_DIR]     # default: docs/screenshots

visits.png            the 走访 tab: the week's visits, one with a dispute finding linked to its case
visits-events.png     the 普法宣传 tab: an event with its photo
visits-dialog.png     记录走访 with two households picked and a dispute finding, before saving
visits-open-case.png  开立矛盾纠纷 from that finding: category, summary, the party already there
visits-event.png      记录普法宣传 after saving without a place or topic: the inline messages
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.core import paths

    paths.set_data_dir(Path(tempfile.mkdtemp(prefix="station-shots-visits-")))
    app = QApplication.instance() or QApplication([])
    from station_app.accounts.service import login
    from station_app.core.actor import command_line_actor
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.demo.visits import load_demo_visits
    from station_app.residents import search
    from station_app.station.service import home_station
    from station_app.visits.models import VisitFinding
    from ui.app import install_translators
    from ui.visits.event_dialog import EventDialog
    from ui.visits.open_case_dialog import OpenCaseDialog
    from ui.visits.page import VisitsPage
    from ui.visits.visit_dialog import VisitDialog

    open_database()
    install_translators(app, "zh_CN")
    load_demo(seed=1, accounts=8, residents=3000)
    station = home_station()
    load_demo_visits(command_line_actor(station.id), seed=1, weeks=6)
    actor = login("officer02", DEMO_PASSWORD)

    page = VisitsPage(actor)
    page.resize(1366, 740)
    page.show()
    linked = VisitFinding.select().where(VisitFinding.case.is_null(False)).first()
    page.visits.refresh(select=linked.visit_id)
    app.processEvents()
    page.grab().save(str(out / "visits.png"))

    page.show_events()
    page.events.list.select_row(0)
    app.processEvents()
    page.grab().save(str(out / "visits-events.png"))
    page.tabs.setCurrentWidget(page.visits)

    dialog = VisitDialog(actor, page)
    family = search.search_residents(station.id, "", limit=3)
    for person in family[:2]:
        dialog.picker.add(person, household=f"{family[0].name}户")
    dialog.picker.add(family[2])
    dialog.topic_boxes[0].setChecked(True)
    dialog.materials.setValue(4)
    dialog.note.setPlainText("登记家庭成员变动情况，留下警民联系卡。")
    dialog.findings.add("hazard", "院内私拉电线给电动车充电，已当场提醒整改。",
                        str(family[0].id), family[0].name)
    dialog.findings.add("dispute", "与邻户因院墙和排水沟边界争吵，双方情绪激动。",
                        str(family[2].id), family[2].name)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "visits-dialog.png"))
    dialog.submit()
    app.processEvents()

    created = dialog.created
    finding = next(item for item in created.findings if item.can_open_case)
    opener = OpenCaseDialog(actor, created, finding, page)
    opener.category.setCurrentText("邻里纠纷")
    opener.show()
    app.processEvents()
    opener.grab().save(str(out / "visits-open-case.png"))
    opener.close()

    event = EventDialog(actor, page)
    event.audience.setValue(120)
    event.partners.setText("高力板镇中学")
    event.content.setPlainText("讲解毒品危害和识别新型毒品，发放宣传册。")
    photo = paths.data_dir() / "禁毒宣传现场.jpg"
    photo.write_bytes(b"\xff\xd8\xff")  # only its name is shown before saving
    event.add_photos([str(photo)])
    event.show()
    event.submit()
    app.processEvents()
    event.grab().save(str(out / "visits-event.png"))
    event.close()
    for name in ("visits.png", "visits-events.png", "visits-dialog.png", "visits-open-case.png",
                 "visits-event.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
