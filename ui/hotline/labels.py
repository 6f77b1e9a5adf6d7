"""Words of the hotline screens: the steps as buttons, and the core's labels that an English UI
should translate. Stored values (categories, satisfaction, office names) stay as the core writes
them: they are what the platform and the county read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common.noop import QT_TRANSLATE_NOOP

CONTEXT = "Hotline"

# step → button text, in workflow order.
STEP_LABELS: dict[str, str] = {
    "dispatch": QT_TRANSLATE_NOOP("Hotline", "转派…"),
    "start": QT_TRANSLATE_NOOP("Hotline", "开始办理…"),
    "note": QT_TRANSLATE_NOOP("Hotline", "办理记录…"),
    "complete": QT_TRANSLATE_NOOP("Hotline", "办结…"),
    "feedback": QT_TRANSLATE_NOOP("Hotline", "回访…"),
    "archive": QT_TRANSLATE_NOOP("Hotline", "归档…"),
    "open_case": QT_TRANSLATE_NOOP("Hotline", "开立矛盾纠纷…"),
}
STEP_KEYS = {"dispatch": "Ctrl+D", "start": "Ctrl+B", "note": "Ctrl+J", "complete": "Ctrl+E",
             "feedback": "Ctrl+H", "archive": "Ctrl+G", "open_case": "Ctrl+K"}

# The core's display labels (vocab.STATUSES, vocab.EVENT_LABELS, calendar.KINDS), for the tools.
VOCAB_LABELS = (
    QT_TRANSLATE_NOOP("Hotline", "接收"),
    QT_TRANSLATE_NOOP("Hotline", "转派"),
    QT_TRANSLATE_NOOP("Hotline", "办理中"),
    QT_TRANSLATE_NOOP("Hotline", "已办结"),
    QT_TRANSLATE_NOOP("Hotline", "已回访"),
    QT_TRANSLATE_NOOP("Hotline", "归档"),
    QT_TRANSLATE_NOOP("Hotline", "登记"),
    QT_TRANSLATE_NOOP("Hotline", "导入"),
    QT_TRANSLATE_NOOP("Hotline", "平台更新"),
    QT_TRANSLATE_NOOP("Hotline", "开始办理"),
    QT_TRANSLATE_NOOP("Hotline", "办理记录"),
    QT_TRANSLATE_NOOP("Hotline", "办结"),
    QT_TRANSLATE_NOOP("Hotline", "回访"),
    QT_TRANSLATE_NOOP("Hotline", "退回重办"),
    QT_TRANSLATE_NOOP("Hotline", "开立矛盾纠纷"),
    QT_TRANSLATE_NOOP("Hotline", "放假"),
    QT_TRANSLATE_NOOP("Hotline", "上班（调休）"),
    QT_TRANSLATE_NOOP("Hotline", "周一"),
    QT_TRANSLATE_NOOP("Hotline", "周二"),
    QT_TRANSLATE_NOOP("Hotline", "周三"),
    QT_TRANSLATE_NOOP("Hotline", "周四"),
    QT_TRANSLATE_NOOP("Hotline", "周五"),
    QT_TRANSLATE_NOOP("Hotline", "周六"),
    QT_TRANSLATE_NOOP("Hotline", "周日"),
)

OVERDUE_COLOUR = "#b00020"
STATUS_COLOURS = {"received": "#5f6368", "dispatched": "#1a5fb4", "handling": "#b26a00",
                  "completed": "#2e7d32", "visited": "#2e7d32", "archived": "#5f6368"}


def vt(text: str) -> str:
    """A core label in the UI language (Chinese unless the English translator is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


def step_label(step: str) -> str:
    return vt(STEP_LABELS[step])
