"""ui.common.tasks: work runs off the GUI thread; results, errors and cancel come back to it."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from station_app.core.errors import StationError
from ui.common.tasks import ProgressDialog, run_task


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_result_arrives_on_the_gui_thread(qtbot, parent) -> None:
    seen = {}

    def work(progress, cancelled):
        seen["worker"] = threading.current_thread()
        progress(0.5, "一半")
        return 42

    def done(result):
        seen["result"], seen["done_on"] = result, threading.current_thread()

    task = run_task(parent, "测试", work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["result"] == 42 and task.result == 42 and not task.running
    assert seen["done_on"] is threading.main_thread() and seen["worker"] is not threading.main_thread()


def test_an_exception_is_delivered_not_lost(qtbot, parent) -> None:
    failures = []

    def work(progress, cancelled):
        raise StationError("磁盘已满")

    run_task(parent, "测试", work, on_done=lambda result: None, on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures[0].message == "磁盘已满"


def test_cancel_from_the_progress_dialog_reaches_the_work(qtbot, parent) -> None:
    outcome = []

    def work(progress, cancelled):
        for step in range(500):
            if cancelled():
                raise StationError("已取消")
            progress(step / 500, f"第 {step} 步")
            time.sleep(0.01)
        return "finished"

    task = run_task(parent, "测试", work, on_done=outcome.append, on_failed=outcome.append)
    qtbot.waitUntil(lambda: task.dialog.isVisible(), timeout=3000)  # shown once the work takes a while
    assert isinstance(task.dialog, ProgressDialog)
    qtbot.waitUntil(lambda: task.dialog.bar.value() > 0, timeout=3000)
    task.dialog.cancel_button.click()
    assert task.dialog.message.text() == "正在取消，请稍候…"
    qtbot.waitUntil(lambda: bool(outcome), timeout=3000)
    assert isinstance(outcome[0], StationError) and task.cancel_requested


def test_the_core_s_progress_messages_follow_the_language(qtbot, parent) -> None:
    """English mode: the export and import dialogs said "正在生成 PDF…", "已写入 120 人": the
    progress messages came from the core and went on screen as they were."""
    from ui.common.language import apply_language

    dialog = ProgressDialog("Export", True, parent)
    qtbot.addWidget(dialog)
    apply_language("en")
    try:
        for message, english in (("正在生成 PDF…", "Building the PDF…"),
                                 ("已写入 120 人", "120 people written"),
                                 ("写入新居民 3/40", "Writing new residents 3/40"),
                                 ("正在写入 152222-GLB_2026-W48.pdf", "Writing 152222-GLB_2026-W48.pdf")):
            dialog.set_progress(0.5, message)
            assert dialog.message.text() == english
    finally:
        apply_language("zh_CN")
    dialog.set_progress(0.6, "正在生成 Excel…")
    assert dialog.message.text() == "正在生成 Excel…"
