"""Words of the visits screens: the core's finding kinds for an English UI, and small helpers
shared by the tabs and dialogs. Topics stay as typed: they are printed on Chinese reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from station_app.accounts.service import list_colleagues
from station_app.core.actor import Actor
from ui.common.core_text import core_text
from ui.common.forms import run_service
from ui.common.noop import QT_TRANSLATE_NOOP

CONTEXT = "Visits"

# vocab.FINDING_KINDS labels, listed for the translation tools (a test keeps them in step).
KIND_LABELS = (
    QT_TRANSLATE_NOOP("Visits", "安全隐患"),
    QT_TRANSLATE_NOOP("Visits", "矛盾纠纷"),
    QT_TRANSLATE_NOOP("Visits", "社情民意"),
    QT_TRANSLATE_NOOP("Visits", "困难帮扶"),
    QT_TRANSLATE_NOOP("Visits", "违法犯罪线索"),
    QT_TRANSLATE_NOOP("Visits", "其他"),
)
DISPUTE_COLOUR = "#c62828"
LINKED_COLOUR = "#1a5fb4"


def vt(text: str) -> str:
    """A core label in the UI language (Chinese unless the English translator is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


def officer_combo(actor: Actor, parent: QWidget | None = None) -> QComboBox:
    """The station's active accounts, the acting user selected (type a name's first character to jump)."""
    combo = QComboBox(parent)
    combo.setObjectName("officer")
    for colleague in run_service(combo, lambda: list_colleagues(actor)) or []:
        combo.addItem(core_text(f"{colleague.full_name}（{colleague.role_label}）"), str(colleague.id))
    index = combo.findData(str(actor.user_id)) if actor.user_id else -1
    combo.setCurrentIndex(max(index, 0))
    return combo


def publicity_text(topics: tuple[str, ...], materials: int) -> str:
    if not topics:
        return ""
    text = core_text("、".join(topics))
    materials_text = QCoreApplication.translate("Visits", "，资料 {n} 份").replace("{n}", str(materials))
    return text + (materials_text if materials else "")


def fill(text: str, **values: object) -> str:
    """Put values into a translated text's {name} places (str.format would choke on stray braces)."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text
