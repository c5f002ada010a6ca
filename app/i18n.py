"""Languages: German is the source language of every string; English comes from
resources/translations/fallakte_en.qm. Qt's own strings (dialog buttons, ...) come from Qt's
qtbase_<lang>.qm, shipped with PySide6 and with the packaged app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

LANGUAGES = {"de": QLocale.Language.German, "en": QLocale.Language.English}
_installed: list[QTranslator] = []


def install(language: str = "de") -> list[str]:
    """Install the translators for ``language`` into the running application; returns what loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(LANGUAGES.get(language, QLocale.Language.German))
    QLocale.setDefault(locale)
    loaded = []
    sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language != "de":
        sources.append(("fallakte", str(resources_dir() / "translations")))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded
