"""Shared UI fixtures: every test here drives real widgets on the offscreen platform.

`drive_modal` answers a dialog that something opens with `exec()`: the dialog blocks the test until
it is closed, so the answer runs from a timer inside the dialog's own event loop.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from station_app.core.actor import Actor  # noqa: E402
from tests.conftest import ADMIN_PASSWORD, make_station  # noqa: E402

__all__ = ["ADMIN_PASSWORD", "ModalDriver", "make_station"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__) + os.sep
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _restore_translation_state(qapp: QApplication) -> Iterator[None]:
    """AppController installs translators and sets the default locale: undo that after each test."""
    locale = QLocale()
    before = set(qapp.findChildren(QTranslator))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


class ModalDriver:
    """Answers the next modal dialog of a given class, then records any failure of the answer.

    If the answer raises, the dialog is closed so `exec()` returns and the test fails instead of
    hanging; `check()` re-raises that error.
    """

    def __init__(self, kind: type[QDialog], answer: Callable[[QDialog], None], timeout_ms: int = 5000):
        self.kind, self.answer = kind, answer
        self.error: BaseException | None = None
        self.answered: QDialog | None = None
        self._remaining = timeout_ms // 10
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        self._remaining -= 1
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, self.kind) or not dialog.isVisible():
            if self._remaining <= 0:
                self._timer.stop()
                self.error = AssertionError(f"no modal {self.kind.__name__} appeared")
            return
        self._timer.stop()
        self.answered = dialog
        try:
            self.answer(dialog)
        except BaseException as exc:  # re-raised by check()
            self.error = exc
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    def check(self) -> QDialog:
        self._timer.stop()
        if self.error is not None:
            raise self.error
        assert self.answered is not None, f"no modal {self.kind.__name__} was answered"
        return self.answered


@pytest.fixture
def drive_modal() -> Iterator[Callable[..., ModalDriver]]:
    drivers: list[ModalDriver] = []

    def start(kind: type[QDialog], answer: Callable[[QDialog], None]) -> ModalDriver:
        driver = ModalDriver(kind, answer)
        drivers.append(driver)
        return driver

    yield start
    for driver in drivers:
        driver._timer.stop()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` the way a user does: ASCII on the keyboard, Chinese through the input method.

    (QTest.keyClicks only knows ASCII keys; a pinyin IME delivers 高力板 as a committed string.)
    """
    from PySide6.QtGui import QInputMethodEvent

    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def visible_text(widget: QWidget, name: str) -> str:
    """The text of the child label `name`, or '' when it is hidden (what the user would see)."""
    from PySide6.QtWidgets import QLabel

    label = widget.findChild(QLabel, name)
    assert label is not None, f"no label named {name}"
    return label.text() if label.isVisible() else ""


@pytest.fixture
def main_window_for(qtbot, opened_sqlite):
    """Build (and show) the main window for an actor, as the app does after logging in."""
    from station_app.settings.service import load_settings
    from station_app.station.service import home_station
    from ui.main_window import MainWindow

    built: list[MainWindow] = []  # qtbot holds widgets weakly; keep them alive for the test

    def build(actor: Actor) -> MainWindow:
        station = home_station()
        assert station is not None
        window = MainWindow(actor, station, opened_sqlite.location.display, load_settings())
        built.append(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    for window in built:
        window.close()  # removes the idle watcher from the application
    built.clear()


def decline_encryption(drive_modal: Callable[..., ModalDriver]) -> ModalDriver:
    """An administrator logging in to a plain database is offered encryption: 以后再说."""
    from PySide6.QtWidgets import QPushButton

    from ui.accounts.encryption_dialogs import EncryptDatabaseDialog

    return drive_modal(EncryptDatabaseDialog, lambda dialog: dialog.findChild(QPushButton, "later").click())


def keep_recovery_code(qtbot, dialog: QDialog) -> str:
    """The recovery code dialog: 继续 stays disabled until the officer confirms the sheet is
    printed; returns the code shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    assert not dialog.go_on.isEnabled()
    code = " ".join(dialog.findChild(QLabel, "recovery_code").text().split())
    dialog.confirmed.setChecked(True)
    qtbot.mouseClick(dialog.go_on, Qt.MouseButton.LeftButton)
    return code
