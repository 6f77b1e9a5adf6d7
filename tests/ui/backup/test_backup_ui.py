"""备份与恢复 end to end: restore from 设置 and land at the login on the restored data; the offer
to restore at start when the database is damaged; 立即备份; who sees what; start and exit backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox

from station_app.accounts.models import Account
from station_app.accounts.service import create_account, login
from station_app.audit.chain import recent_entries
from station_app.backup import service
from station_app.backup.files import list_backups
from station_app.core import db
from station_app.core.startup import open_database
from station_app.settings.service import load_settings
from tests.ui.conftest import ADMIN_PASSWORD, decline_encryption, make_station, type_text
from tests.unit.backup.conftest import close_and_checkpoint, corrupt_middle
from ui.accounts.login_dialog import LoginDialog
from ui.app import AppController
from ui.backup.damaged_dialog import DamagedDatabaseDialog
from ui.backup.restore_dialog import RestoreDialog

CLICK = Qt.MouseButton.LeftButton


def usernames() -> set[str]:
    return {account.username for account in Account.select()}


def log_in(qtbot, username: str, password: str):
    def answer(dialog: LoginDialog) -> None:
        type_text(qtbot, dialog.username, username)
        type_text(qtbot, dialog.password, password)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)

    return answer


def press_ok(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()


@pytest.fixture
def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


@pytest.fixture
def controllers(qtbot):
    made: list[AppController] = []

    def make(url: str) -> AppController:
        controller = AppController(url)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        if controller.backups is not None:
            controller.backups.wait()


@pytest.fixture
def station_with_backup(sqlite_url: str):
    """wangwu is in the backup; lisi was added after it."""
    open_database(sqlite_url)
    admin = make_station()
    create_account(admin, "wangwu", "王五", "officer", "Pass12345")
    backup = service.backup_now(admin).info
    create_account(admin, "lisi", "李四", "officer", "Pass12345")
    return backup


def test_restore_from_the_settings_lands_at_the_login_on_the_restored_data(
    qtbot, sqlite_url: str, station_with_backup, controllers, drive_modal
) -> None:
    db.close()
    controller = controllers(sqlite_url)
    first_login = drive_modal(LoginDialog, log_in(qtbot, "admin", ADMIN_PASSWORD))
    later = decline_encryption(drive_modal)
    assert controller.start() is True
    first_login.check()
    later.check()
    window = controller.window
    settings = window.show_page("settings")
    settings.setCurrentWidget(settings.backup)
    panel = settings.backup
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.table.item(0, 1).text() == "手动" and "账户 2" in panel.table.item(0, 3).text()
    assert "最近一次备份" in panel.last_label.text()

    def confirm(dialog: RestoreDialog) -> None:
        assert dialog.count_labels["accounts"].text() == "2（3）", "backup (current)"
        assert str(station_with_backup.path) == dialog.file_label.text()
        qtbot.mouseClick(dialog.confirm_button, CLICK)

    told: list[str] = []

    def acknowledge(box: QMessageBox) -> None:
        told.append(box.text())
        press_ok(box)

    restore = drive_modal(RestoreDialog, confirm)
    done = drive_modal(QMessageBox, acknowledge)
    again = drive_modal(LoginDialog, log_in(qtbot, "wangwu", "Pass12345"))
    qtbot.mouseClick(panel.restore_button, CLICK)
    restore.check()
    qtbot.waitUntil(lambda: done.answered is not None or done.error is not None, timeout=20_000)  # a worker
    done.check()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not window)
    again.check()

    assert controller.window.actor.username == "wangwu"
    assert usernames() == {"admin", "wangwu"}
    assert "请重新登录" in told[0]
    kept = [info for info in list_backups(station_with_backup.path.parent) if info.kind == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in told[0]
    assert any(entry.action == "backup.restore" for entry in recent_entries(limit=5))


def test_cancelling_the_restore_changes_nothing(qtbot, station_with_backup, main_window_for,
                                                drive_modal) -> None:
    admin = login("admin", ADMIN_PASSWORD)
    window = main_window_for(admin)
    settings = window.show_page("settings")
    settings.setCurrentWidget(settings.backup)
    panel = settings.backup
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    cancel = drive_modal(RestoreDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(panel.restore_button, CLICK)
    cancel.check()
    assert usernames() == {"admin", "wangwu", "lisi"}
    assert [info.kind for info in list_backups(station_with_backup.path.parent)] == ["manual"]


def test_a_damaged_database_at_start_is_restored_from_the_newest_good_backup(
    qtbot, sqlite_url: str, station_with_backup, controllers, drive_modal
) -> None:
    path = close_and_checkpoint()
    corrupt_middle(path)
    damaged = path.read_bytes()
    controller = controllers(sqlite_url)
    taken = f"{station_with_backup.taken_at:%Y-%m-%d %H:%M}"

    def accept_offer(dialog: DamagedDatabaseDialog) -> None:
        assert dialog.restore_button.text() == f"从最新的完好备份恢复（{taken}）"
        assert str(path) in dialog.findChild(QLabel, "damage_details").text()
        qtbot.mouseClick(dialog.restore_button, CLICK)

    offer = drive_modal(DamagedDatabaseDialog, accept_offer)
    told = drive_modal(QMessageBox, press_ok)
    logged_in = drive_modal(LoginDialog, log_in(qtbot, "wangwu", "Pass12345"))
    assert controller.start() is True
    offer.check()
    told.check()
    logged_in.check()

    assert controller.window.actor.username == "wangwu"
    assert usernames() == {"admin", "wangwu"}
    [aside] = [item for item in path.parent.iterdir() if item.name.startswith("station.sqlite3.damaged-")
               and item.name[-1].isdigit()]
    assert aside.read_bytes() == damaged, "the damaged file is kept as it was"


def test_declining_the_offer_leaves_the_damaged_file_alone(
    qtbot, sqlite_url: str, station_with_backup, controllers, drive_modal
) -> None:
    path = close_and_checkpoint()
    corrupt_middle(path)
    damaged = path.read_bytes()
    controller = controllers(sqlite_url)
    offer = drive_modal(DamagedDatabaseDialog, lambda dialog: qtbot.mouseClick(dialog.quit_button, CLICK))
    assert controller.start() is False
    offer.check()
    assert path.read_bytes() == damaged
    assert not [item for item in path.parent.iterdir() if ".damaged-" in item.name]


def test_backup_now_adds_a_checked_backup_to_the_list(qtbot, sqlite_admin, backup_dir: Path) -> None:
    from ui.backup.panel import BackupPanel

    panel = BackupPanel(sqlite_admin)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.table.rowCount() == 0 and "还没有任何备份" in panel.last_label.text()
    qtbot.mouseClick(panel.backup_button, CLICK)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and panel.backup_button.isEnabled())
    [info] = list_backups(backup_dir)
    assert str(info.path) in panel.status.text() and "已备份并检查" in panel.status.text()
    assert recent_entries(limit=1)[0].action == "backup.create"


def test_who_sees_the_backup_tab_and_the_rotation_settings(qtbot, sqlite_admin, main_window_for) -> None:
    create_account(sqlite_admin, "suozhang", "所长", "chief", "Chief12345")
    create_account(sqlite_admin, "minjing", "民警", "officer", "Police12345")
    chief = main_window_for(login("suozhang", "Chief12345")).show_page("settings")
    assert chief.backup.backup_button.isEnabled() and not chief.backup.restore_button.isEnabled()
    officer = main_window_for(login("minjing", "Police12345")).show_page("settings")
    assert not hasattr(officer, "backup")
    assert not officer.general.keep_spins["keep_daily"].isEnabled()

    general = chief.general
    general.keep_spins["keep_daily"].setValue(3)
    general.keep_spins["keep_monthly"].setValue(24)
    qtbot.mouseClick(general.save_button, CLICK)
    settings = load_settings()
    assert (settings.keep_daily, settings.keep_weekly, settings.keep_monthly) == (3, 4, 24)


def test_a_backup_after_the_window_appears_and_one_at_exit(qtbot, sqlite_url: str, controllers,
                                                          drive_modal, backup_dir: Path) -> None:
    open_database(sqlite_url)
    make_station()
    db.close()
    controller = controllers(sqlite_url)
    logged_in = drive_modal(LoginDialog, log_in(qtbot, "admin", ADMIN_PASSWORD))
    later = decline_encryption(drive_modal)
    assert controller.start() is True
    logged_in.check()
    later.check()
    with qtbot.waitSignal(controller.backups.sig_finished, timeout=10_000) as finished:
        pass
    created, error = finished.args
    assert error is None and created.info.kind == "auto"
    assert "已自动备份" in controller.window.statusBar().currentMessage()

    controller.window.close()
    controller.finish()
    # the newest automatic backup of the day is the one kept
    assert [info.kind for info in list_backups(backup_dir)] == ["exit"]
    assert not created.info.path.exists()
