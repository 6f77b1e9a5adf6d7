"""A save in the window while an import holds the database: a wait dialog says what for and how
long, the window keeps painting, 取消 gives up without writing; when the import ends the save goes
through by itself (issue 16: it used to freeze for 10 s and say "内部错误：OperationalError: database
is locked"). A background task that has to wait says so in its own progress dialog."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from station_app.core import db, writer
from station_app.core.actor import Actor
from station_app.residents.models import Resident
from tests.ui.conftest import type_text
from ui.common import writer_wait
from ui.common.writer_wait import WriterWaitDialog

WAITING = re.compile(r"^另一项居民导入正在进行（已 \d+ 秒）…$")


class ImportHoldingTheLock:
    def __init__(self) -> None:
        self.inside, self.release = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        try:
            with db.transaction(task="residents.import"):
                self.inside.set()
                self.release.wait(60)
        finally:
            db.close()

    def __enter__(self) -> ImportHoldingTheLock:
        self.thread.start()
        assert self.inside.wait(30)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self.thread.join(30)


@pytest.fixture
def window_wait() -> Iterator[None]:
    writer_wait.install()
    yield
    writer.set_thread_listener(None)


def _dialog() -> WriterWaitDialog | None:
    found = [widget for widget in QApplication.topLevelWidgets()
             if isinstance(widget, WriterWaitDialog) and widget.isVisible()]
    return found[0] if found else None


def _open_form(qtbot, actor: Actor):
    from ui.residents.resident_form import ResidentDialog

    form = ResidentDialog(actor, [])
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name, "乌云其木格")
    return form


def test_a_save_waits_in_a_dialog_and_goes_through_when_the_import_ends(
        qtbot, sqlite_admin: Actor, window_wait: None) -> None:
    form = _open_form(qtbot, sqlite_admin)
    seen: list[str] = []
    holder = ImportHoldingTheLock().__enter__()

    def look_then_release() -> None:
        dialog = _dialog()
        if dialog is None:  # not yet: look again
            QTimer.singleShot(100, look_then_release)
            return
        seen.append(dialog.message.text())
        assert dialog.isModal()
        holder.__exit__()

    QTimer.singleShot(100, look_then_release)
    form.submit()  # waits inside, the dialog's events processed, until the import ends
    holder.__exit__()
    assert seen and WAITING.match(seen[0]), seen
    assert form.saved is not None and form.saved.name == "乌云其木格"
    assert _dialog() is None  # closed when the turn came


def test_cancelling_the_wait_saves_nothing_and_keeps_what_was_typed(
        qtbot, sqlite_admin: Actor, window_wait: None) -> None:
    form = _open_form(qtbot, sqlite_admin)

    def press_cancel() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(100, press_cancel)
            return
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    with ImportHoldingTheLock():
        QTimer.singleShot(100, press_cancel)
        form.submit()
        assert form.saved is None and form.isVisible()
        assert "已取消" in form.general.text() and "仍保留" in form.general.text()
        assert form.name.text() == "乌云其木格"
    assert not Resident.select().where(Resident.name == "乌云其木格").exists()
    assert _dialog() is None
    form.submit()  # free again: the same form saves
    assert form.saved is not None


def test_a_background_task_that_waits_says_so_in_its_progress_dialog(qtbot, sqlite_admin: Actor) -> None:
    from station_app.residents.service import create_resident
    from ui.common.tasks import Task

    messages: list[str] = []
    with ImportHoldingTheLock():
        def work(_progress, _cancelled) -> object:
            return create_resident(sqlite_admin, {"name": "其其格"})

        task = Task(None, "保存", work, show_after_ms=0)
        task._signals.sig_progress.connect(lambda _fraction, message: messages.append(message))
        task.start()
        qtbot.waitUntil(lambda: any(WAITING.match(message) for message in messages), timeout=10_000)
        assert task.running and task.dialog.message.text().startswith("另一项居民导入正在进行")
        task.cancel()
        qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert type(task.error).__name__ == "WriteCancelled" and "没有保存" in task.error.message
    assert not Resident.select().where(Resident.name == "其其格").exists()
