"""Words and money of the restitution screens. Core labels (statuses, event and return states)
are listed here for the translation tools; values stored in records stay as the core writes them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station_app.documents.money import format_amount
from ui.common.noop import QT_TRANSLATE_NOOP

CONTEXT = "Restitution"

# The core's display labels (vocab.STATUSES, EVENT_STATES, RETURN_STATES); a test keeps this in step.
VOCAB_LABELS = (
    QT_TRANSLATE_NOOP("Restitution", "待登记被害人"),
    QT_TRANSLATE_NOOP("Restitution", "待追赃"),
    QT_TRANSLATE_NOOP("Restitution", "待返还"),
    QT_TRANSLATE_NOOP("Restitution", "部分返还"),
    QT_TRANSLATE_NOOP("Restitution", "已全部返还"),
    QT_TRANSLATE_NOOP("Restitution", "待发还"),
    QT_TRANSLATE_NOOP("Restitution", "已发还"),
    QT_TRANSLATE_NOOP("Restitution", "已取消"),
    QT_TRANSLATE_NOOP("Restitution", "已返还"),
)

STATUS_COLOURS = {"待登记被害人": "#616161", "待追赃": "#b26a00", "待返还": "#1a5fb4", "部分返还": "#7b1fa2",
                  "已全部返还": "#2e7d32"}


def vt(text: str) -> str:
    """A core label in the UI language (Chinese unless the English translator is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


def money(fen: int) -> str:
    """Figures as a table shows them: 31,100.00 (the column head says 元)."""
    return format_amount(fen)
