"""Showing failures: a bug opens the exception dialog; a known problem is a plain message."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from station_app.core import paths
from station_app.core.errors import ValidationError
from ui.common.errors import ExceptionDialog, show_error


def raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # we want it with its traceback
        return caught


@pytest.fixture
def opened_dialogs(monkeypatch) -> list[ExceptionDialog]:
    opened: list[ExceptionDialog] = []

    def fake_exec(dialog: ExceptionDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ExceptionDialog, "exec", fake_exec)
    return opened


def test_a_bug_opens_the_exception_dialog_with_traceback_and_log_path(qtbot, opened_dialogs) -> None:
    show_error(None, raised(RuntimeError("boom")))

    assert len(opened_dialogs) == 1
    dialog = opened_dialogs[0]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "程序出错"
    details = dialog.details.toPlainText()
    assert details.startswith("Traceback (most recent call last):")
    assert "RuntimeError: boom" in details
    assert "test_errors.py" in details and "in raised" in details
    assert dialog.details.isReadOnly()
    message = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(paths.log_file()) in message
    assert "意外错误" in message


def test_the_details_can_be_copied(qtbot, opened_dialogs) -> None:
    show_error(None, raised(RuntimeError("boom")))
    dialog = opened_dialogs[0]
    qtbot.addWidget(dialog)
    copy = next(button for button in dialog.findChildren(QPushButton) if button.text() == "复制详细信息")

    copy.click()

    assert "RuntimeError: boom" in QApplication.clipboard().text()


def test_the_bug_is_logged(opened_dialogs, qtbot, caplog) -> None:
    with caplog.at_level("ERROR"):
        show_error(None, raised(RuntimeError("boom")))
    qtbot.addWidget(opened_dialogs[0])
    assert any(record.exc_info and "boom" in str(record.exc_info[1]) for record in caplog.records)


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (ValidationError({"": "请填写姓名。"}), "请填写姓名"),
        (sqlite3.OperationalError("database is locked"), "另一个程序占用"),
    ],
    ids=["validation", "locked-database"],
)
def test_known_problems_are_a_plain_message(monkeypatch, opened_dialogs, exc, words) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)

    show_error(None, exc)

    assert opened_dialogs == []
    assert len(shown) == 1 and words in shown[0][1]
