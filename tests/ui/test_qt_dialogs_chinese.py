"""Issue 13, item 12: Qt's own dialogs speak Chinese (Qt's catalogue plus our supplement) and file
dialogs start in the user's documents folder or the folder used last, never the program's."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QWidget

from ui.common import file_dialogs
from ui.common.language import apply_language

ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}")


def english_left(dialog: QWidget) -> list[str]:
    """Labels, buttons and actions still in English (paths and file patterns are not words)."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [action.text() for action in dialog.findChildren(QAction)]
    return sorted({text for text in texts if ENGLISH_WORDS.search(text.replace("&", ""))
                   and "/" not in text and "*" not in text})


@pytest.fixture
def chinese(qapp):
    apply_language("zh_CN")
    yield
    apply_language("zh_CN")


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder / "Documents"))
    return folder


def test_the_file_dialog_is_chinese_and_starts_in_documents_then_in_the_last_folder(
        qtbot, chinese, home: Path, tmp_path: Path, drive_modal) -> None:
    seen: dict[str, object] = {}
    work = tmp_path / "U盘"
    work.mkdir()
    (work / "工单.xlsx").write_bytes(b"PK")

    def look_and_choose(dialog: QFileDialog) -> None:
        seen["english"] = english_left(dialog)
        seen["start"] = Path(dialog.directory().absolutePath())
        dialog.selectFile(str(work / "工单.xlsx"))
        dialog.accept()

    driver = drive_modal(QFileDialog, look_and_choose)
    chosen = file_dialogs.open_file(None, "选择工单表", "Excel 文件 (*.xlsx)")
    driver.check()
    assert seen["english"] == []  # "Look in", "Files of type" … all Chinese
    assert seen["start"] == home / "Documents" and seen["start"] != Path(os.getcwd())
    assert Path(chosen) == work / "工单.xlsx"

    def look_and_cancel(dialog: QFileDialog) -> None:
        seen["again"] = Path(dialog.directory().absolutePath())
        dialog.reject()

    driver = drive_modal(QFileDialog, look_and_cancel)
    file_dialogs.save_file(None, "保存有误的行", "有误的行.xlsx", "Excel 文件 (*.xlsx)")
    driver.check()
    assert seen["again"] == work  # remembered


def test_the_last_folder_is_each_users_own(chinese, home: Path, tmp_path: Path) -> None:
    file_dialogs.set_user("officer01")
    file_dialogs.remember(tmp_path)
    file_dialogs.set_user("officer02")
    assert file_dialogs.start_folder() == home / "Documents"
    file_dialogs.set_user("officer01")
    assert file_dialogs.start_folder() == tmp_path
    file_dialogs.set_user("")


def test_the_print_dialog_and_message_boxes_are_chinese(qtbot, chinese) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert english_left(dialog) == []
    box = QMessageBox(QMessageBox.Icon.Question, "平安台账", "确定？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {button.text() for button in box.buttons()} == {"是(&Y)", "否(&N)", "取消"}


def test_english_mode_leaves_qt_in_english(qtbot, chinese) -> None:
    apply_language("en")
    box = QMessageBox(QMessageBox.Icon.Question, "Station Ledger", "Sure?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {button.text().replace("&", "") for button in box.buttons()} == {"Yes", "No"}
