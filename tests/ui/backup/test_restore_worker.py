"""恢复 runs on a worker with a progress dialog: the window keeps painting while the backup is
copied back (issue 16: about a second of frozen window on a large database), and a restore that
fails is told in a message with the window usable again."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from station_app.accounts.models import Account
from station_app.accounts.service import create_account, login
from station_app.backup import service
from station_app.core.errors import DatabaseUnavailable
from station_app.core.startup import open_database
from tests.ui.conftest import ADMIN_PASSWORD, make_station
from ui.backup import panel as panel_module
from ui.backup.restore_dialog import RestoreDialog
from ui.common.tasks import ProgressDialog

CLICK = Qt.MouseButton.LeftButton


def _panel(qtbot, main_window_for):
    window = main_window_for(login("admin", ADMIN_PASSWORD))
    settings = window.show_page("settings")
    settings.setCurrentWidget(settings.backup)
    panel = settings.backup
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    panel.table.selectRow(0)
    return panel


def _station(sqlite_url: str):
    open_database(sqlite_url)
    admin = make_station()
    create_account(admin, "wangwu", "王五", "officer", "Pass12345")
    service.backup_now(admin)
    create_account(admin, "lisi", "李四", "officer", "Pass12345")


def test_the_restore_runs_off_the_window_thread_with_progress(qtbot, sqlite_url: str, main_window_for,
                                                               drive_modal, monkeypatch) -> None:
    _station(sqlite_url)
    panel = _panel(qtbot, main_window_for)
    real = panel_module.restore_backup
    seen: dict[str, object] = {}
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)

    def slow_restore(actor, path):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        seen["started"] = time.monotonic()
        time.sleep(1.0)  # a large database: the window must keep painting meanwhile
        result = real(actor, path)
        seen["ended"] = time.monotonic()
        return result

    monkeypatch.setattr(panel_module, "restore_backup", slow_restore)
    shown: list[str] = []

    def confirm(dialog: RestoreDialog) -> None:
        qtbot.mouseClick(dialog.confirm_button, CLICK)

    def acknowledge(box: QMessageBox) -> None:
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    def look_at_progress() -> None:
        dialogs = [widget for widget in QCoreApplication.instance().topLevelWidgets()
                   if isinstance(widget, ProgressDialog) and widget.isVisible()]
        if dialogs:
            seen["progress"] = dialogs[0].message.text()
            seen["busy"] = dialogs[0].bar.maximum() == 0
        else:
            QTimer.singleShot(50, look_at_progress)

    drive_modal(RestoreDialog, confirm)
    done = drive_modal(QMessageBox, acknowledge)
    QTimer.singleShot(50, look_at_progress)
    qtbot.mouseClick(panel.restore_button, CLICK)
    assert not panel.restore_button.isEnabled()  # back at once: the work is on the worker
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    done.check()
    timer.stop()
    assert seen["thread"] is False
    during = [at for at in ticks if seen["started"] < at < seen["ended"]]
    assert len(during) >= 20, "the window did not keep painting while the backup was copied back"
    assert "正在保留当前数据库" in str(seen.get("progress")) and seen.get("busy") is True
    assert "请重新登录" in shown[0]
    assert {account.username for account in Account.select()} == {"admin", "wangwu"}


def test_a_restore_that_fails_says_so_and_gives_the_window_back(qtbot, sqlite_url: str, main_window_for,
                                                                drive_modal, monkeypatch) -> None:
    _station(sqlite_url)
    panel = _panel(qtbot, main_window_for)

    def failing(actor, path):
        raise DatabaseUnavailable("恢复没有完成，数据库保持原样：磁盘已满。")

    monkeypatch.setattr(panel_module, "restore_backup", failing)
    told: list[str] = []
    drive_modal(RestoreDialog, lambda dialog: qtbot.mouseClick(dialog.confirm_button, CLICK))
    shown = drive_modal(QMessageBox, lambda box: (told.append(box.text()), box.accept()))
    qtbot.mouseClick(panel.restore_button, CLICK)
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    shown.check()
    assert "数据库保持原样" in told[0]
    qtbot.waitUntil(lambda: panel.restore_button.isEnabled())
    assert panel.status.text() == "恢复没有完成。"
    assert {account.username for account in Account.select()} == {"admin", "wangwu", "lisi"}
