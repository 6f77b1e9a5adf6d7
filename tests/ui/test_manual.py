"""Issue 13, item 17: the user manual — built from the screens, shipped, opened from 帮助 → 使用手册
and by F1 at the section of the page the user is on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from station_app.documents.manual import MANUAL_NAME, PAGES_NAME, build_manual
from station_app.documents.manual_sections import SECTIONS
from ui.help import manual
from ui.main_window import NAVIGATION

SHIPPED = manual.MANUAL_DIR


@pytest.fixture
def small_manual(tmp_path: Path, monkeypatch) -> dict[str, int]:
    """A manual built from plain pictures in place of the screens (the layout is the same)."""
    shots = tmp_path / "shots"
    shots.mkdir()
    for section in SECTIONS:
        for name, _caption in section.screens:
            image = QImage(800, 450, QImage.Format.Format_RGB888)
            image.fill(QColor("#d0d8e0"))
            image.save(str(shots / name))
    pages = build_manual(shots, tmp_path / "manual" / MANUAL_NAME)
    monkeypatch.setattr(manual, "MANUAL_DIR", tmp_path / "manual")
    return pages


def test_f1_on_each_page_opens_the_manual_at_that_pages_section(qtbot, main_window_for, sqlite_admin,
                                                                small_manual) -> None:
    window = main_window_for(sqlite_admin)
    seen = {}
    for key, _label, _about in NAVIGATION:
        page = window.show_page(key)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_F1)
        dialog = window.findChild(manual.ManualDialog)
        assert dialog is not None and dialog.isVisible(), key
        seen[key] = dialog.current_page
        assert dialog.current_page == small_manual[manual.PAGE_SECTIONS[key]], key
        shown = dialog.page_labels[dialog.current_page - 1]
        assert dialog.pages_area.verticalScrollBar().value() == shown.y()
        dialog.close()
        qtbot.waitUntil(lambda: window.findChild(manual.ManualDialog) is None)
    assert len(set(seen.values())) == len(seen)  # every page its own section


def test_the_help_menu_opens_the_manual(qtbot, main_window_for, sqlite_admin, small_manual) -> None:
    window = main_window_for(sqlite_admin)
    action = next(action for action in window.findChildren(type(window.menuBar().actions()[0]))
                  if action.objectName() == "open_manual")
    assert action.text() == "使用手册" and action.shortcut().toString() == "F1"
    action.trigger()
    dialog = window.findChild(manual.ManualDialog)
    assert dialog is not None and dialog.sections.count() == len(SECTIONS)
    dialog.sections.setCurrentRow(len(SECTIONS) - 1)  # the contents move the pages
    assert dialog.current_page == small_manual[SECTIONS[-1].key]
    dialog.close()


def test_every_task_has_its_section() -> None:
    titles = [section.title for section in SECTIONS]
    for wanted in ("登记纠纷", "起草并打印调解协议", "协议签订", "回访与结案", "巡逻", "12345工单", "返赃",
                   "周报导出", "县局汇总", "与县局互认密钥（设置）"):
        assert wanted in titles
    assert set(manual.PAGE_SECTIONS.values()) <= {section.key for section in SECTIONS}


def test_the_shipped_manual_is_built_from_todays_screens() -> None:
    """bootstrap.py test builds it before the tests (scripts/build_manual.py): CI always has it."""
    pdf = SHIPPED / MANUAL_NAME
    if not pdf.is_file():
        if os.environ.get("CI"):
            pytest.fail("the manual was not built: bootstrap.py test runs scripts/build_manual.py first")
        pytest.skip("no manual built here: python scripts/build_manual.py")
    import pypdfium2 as pdfium

    pages = json.loads((SHIPPED / PAGES_NAME).read_text("utf-8"))
    assert set(pages) == {section.key for section in SECTIONS}
    document = pdfium.PdfDocument(pdf.read_bytes())
    try:
        assert len(document) >= max(pages.values())
        for section in SECTIONS:
            text = document[pages[section.key] - 1].get_textpage().get_text_range()
            assert section.title in text, section.key
    finally:
        document.close()
    assert pdf.stat().st_size < 8_000_000
