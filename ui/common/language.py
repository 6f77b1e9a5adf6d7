"""The interface language: our English catalogue, Qt's own Chinese for its dialogs, switched while
the app runs.

Chinese is the source language of our strings, so zh_CN needs no catalogue of ours; Qt's dialogs
(file, print, message boxes) are English at source and need Qt's Chinese: `qtbase_zh_CN.qm` from
the installed Qt (PySide6-Essentials 6.11 ships it; some older wheels ship only the `qt_zh_CN.qm`
meta catalogue, which then fails to load), else the copy in resources/translations/qt, plus
`qt_supplement_zh_CN.qm` for the few labels Qt's own catalogue leaves English ("&Look in:",
"Files of &type:"). Installing a translator sends every widget a LanguageChange event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"
OBJECT_NAME = "station_language"  # marks the translators installed here, to remove them on a switch
LANGUAGES = ("zh_CN", "en")


def locale_of(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def catalogues(language: str) -> list[list[tuple[str, str]]]:
    """For each catalogue to load: the (file base name, folder) to try in order, first found wins."""
    if language == "en":
        return [[("station_en", str(TRANSLATIONS))]]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    bundled = str(TRANSLATIONS / "qt")
    return [
        [("qtbase_zh_CN", qt_folder), ("qtbase_zh_CN", bundled), ("qt_zh_CN", qt_folder)],
        [("qt_supplement_zh_CN", str(TRANSLATIONS))],
    ]


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("station_language") if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else "zh_CN"


def apply_language(language: str) -> list[QTranslator]:
    """Make `language` the interface language now: remove the translators of the previous one,
    install this one's, set the default locale (dates, numbers, Qt's dialogs). Returns what was
    installed (empty for Chinese when Qt's catalogue is missing everywhere)."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    language = language if language in LANGUAGES else "zh_CN"
    for old in app.findChildren(QTranslator, OBJECT_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(locale_of(language))
    installed: list[QTranslator] = []
    for choices in catalogues(language):
        for name, folder in choices:
            translator = QTranslator(app)
            translator.setObjectName(OBJECT_NAME)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
                break
            translator.deleteLater()
    app.setProperty("station_language", language)
    return installed
