"""Render the screenshots of masked numbers, the audited reveal and the wait for another writer
(offscreen, a demo database).

    python scripts/screenshots_faults.py [OUT_DIR]     # default: docs/screenshots

resident-masked.png     a 辅警 opens a resident: ID and phone masked, 重新输入 only
resident-officer.png    a 民警 opens it: masked too, 显示完整 beside each number
resident-reveal.png     a 民警 asks for the full numbers: the reason asked first
resident-revealed.png   … and after 显示: both numbers in full
case-reporter.png       the case header: the reporter's phone masked, 显示完整电话
writer-wait.png         a save while a residents import holds the database: the wait dialog
writer-wait-task.png    a background task that waits: its progress dialog says what for
restore-progress.png    恢复 on a worker: the progress dialog
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pump(app, seconds: float) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:  # noqa: PLR0915 (one scene after another)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from station_app.core import db, paths, writer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="faults-shots-"))
    paths.set_data_dir(folder / "data")
    from station_app.accounts.service import login
    from station_app.core.startup import open_database
    from station_app.demo.loader import DEMO_PASSWORD, load_demo
    from station_app.mediation.cases import open_case
    from station_app.residents.service import create_resident, get_resident
    from ui.common import writer_wait
    from ui.common.reveal import RevealDialog
    from ui.common.tasks import BUSY, ProgressDialog, Task
    from ui.mediation.page import DisputesPage
    from ui.residents.resident_form import ResidentDialog

    open_database(f"sqlite:///{(folder / 'station.sqlite3').as_posix()}")
    load_demo(seed=1, accounts=8)
    officer, auxiliary = login("officer02", DEMO_PASSWORD), login("auxiliary04", DEMO_PASSWORD)
    admin = login("admin", DEMO_PASSWORD)
    person = create_resident(admin, {"name": "乌云其木格", "id_number": "152222197003080049",
                                     "phone": "0482-8123456", "address": "高力板镇查干陶勒盖嘎查3组"})

    def shoot(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        pump(app, 0.2)
        widget.grab().save(str(out / name))
        print(out / name)

    masked = ResidentDialog(auxiliary, [], get_resident(auxiliary, person.id))
    shoot(masked, "resident-masked.png")
    masked.close()

    form = ResidentDialog(officer, [], get_resident(officer, person.id))
    shoot(form, "resident-officer.png")
    ask = RevealDialog(person.name, lambda reason: None, form)
    ask.reason.setCurrentIndex(1)
    shoot(ask, "resident-reveal.png")
    ask.close()
    RevealDialog.exec = lambda dialog: (dialog.reason.setCurrentIndex(1), dialog.submit(),  # type: ignore[method-assign]
                                        int(dialog.result()))[-1]
    form.reveal_button.click()
    shoot(form, "resident-revealed.png")
    form.close()

    case = open_case(admin, {"source": "110/电话报警", "category": "邻里纠纷",
                             "summary": "两户因院墙边界争吵。", "reporter_kind": "resident",
                             "reporter_name": "白先生",
                             "reporter_phone": "13904751299"}, [{"resident_id": person.id}])
    page = DisputesPage(officer)
    page.resize(1100, 420)
    page.show()
    page.open_case(case.id)
    shoot(page, "case-reporter.png")
    page.close()

    inside, release = threading.Event(), threading.Event()

    def long_import() -> None:
        with db.transaction(task="residents.import"):
            inside.set()
            release.wait(30)
        db.close()

    holder = threading.Thread(target=long_import)
    holder.start()
    inside.wait(10)
    writer_wait.install()
    form = ResidentDialog(officer, [])
    form.show()
    form.name.setText("巴特尔")

    def capture_wait() -> None:
        dialogs = [widget for widget in app.topLevelWidgets()
                   if isinstance(widget, writer_wait.WriterWaitDialog) and widget.isVisible()]
        if not dialogs:
            QTimer.singleShot(100, capture_wait)
            return
        time.sleep(2.1)  # a few seconds into the wait
        QTimer.singleShot(300, lambda: (dialogs[0].grab().save(str(out / "writer-wait.png")),
                                        print(out / "writer-wait.png"), release.set()))

    QTimer.singleShot(100, capture_wait)
    form.submit()
    holder.join()
    writer.set_thread_listener(None)
    form.close()

    inside.clear()
    release.clear()
    holder = threading.Thread(target=long_import)
    holder.start()
    inside.wait(10)
    task = Task(None, "保存", lambda _p, _c: create_resident(admin, {"name": "其其格"}), show_after_ms=0)
    task.start()
    deadline = time.monotonic() + 10
    while "另一项" not in task.dialog.message.text() and time.monotonic() < deadline:
        pump(app, 0.1)
    pump(app, 1.5)
    task.dialog.grab().save(str(out / "writer-wait-task.png"))
    print(out / "writer-wait-task.png")
    release.set()
    holder.join()
    while task.running:
        pump(app, 0.1)

    progress = ProgressDialog("正在从备份恢复", False)
    progress.set_progress(BUSY, "正在保留当前数据库并写回所选备份，请勿关闭程序…")
    shoot(progress, "restore-progress.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
