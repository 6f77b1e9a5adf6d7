"""中文 is the source language; English comes from resources/translations and is complete."""

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.app import install_translators
from ui.common.language import TRANSLATIONS

TS = TRANSLATIONS / "station_en.ts"


def test_every_ui_string_has_english() -> None:
    untranslated = [
        message.findtext("source")
        for message in ElementTree.parse(TS).iter("message")
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in ("unfinished", "obsolete")
    ]
    assert untranslated == []
    assert TS.with_suffix(".qm").stat().st_size > 1000


def test_source_strings_in_ui_code_are_all_in_the_ts_file() -> None:
    """A new self.tr("…") without English would show Chinese in the English UI."""
    import re

    ts_sources = {message.findtext("source") for message in ElementTree.parse(TS).iter("message")}
    ui = Path(__file__).resolve().parents[2] / "ui"
    literal = re.compile(r'(?:self\.tr|parent\.tr|QT_TRANSLATE_NOOP\("\w+",)\(?\s*"([^"\\]+)"\)')
    found = {match for path in ui.rglob("*.py") for match in literal.findall(path.read_text("utf-8"))}
    assert found and found <= ts_sources, sorted(found - ts_sources)


def test_english_translator_changes_the_navigation(qapp) -> None:
    installed = install_translators(qapp, "en")
    try:
        assert installed, "station_en.qm did not load"
        assert QCoreApplication.translate("MainWindow", "矛盾纠纷") == "Disputes"
        assert QCoreApplication.translate("LoginDialog", "登录") == "Log in"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    install_translators(qapp, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "矛盾纠纷") == "矛盾纠纷"
