"""Languages: German is the source language of every string; English comes from
resources/translations/fallakte_en.qm. Qt's own strings (dialog buttons, ...) come from Qt's
qtbase_<lang>.qm, shipped with PySide6 and with the packaged app. Catalogue labels follow
``current_language()`` (see app.core.catalogues)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.paths import resources_dir

LANGUAGES = {"de": QLocale.Language.German, "en": QLocale.Language.English}
_installed: list[QTranslator] = []
_language = "de"
# The command line runs without an application object, where Qt's translate() finds no translator:
# there app.core.messages.tr asks this one directly.
_standalone: QTranslator | None = None


def current_language() -> str:
    """The language last installed by ``install()`` ("de" until then)."""
    return _language


def translate_standalone(text: str) -> str:
    """``text`` in the language installed without an application object (the command line)."""
    return (_standalone.translate("", text) or text) if _standalone is not None else text


def install(language: str = "de") -> list[str]:
    """Install the translators for ``language`` into the running application; returns what loaded.
    A language the app does not know falls back to German, and so does ``current_language()``."""
    global _language, _standalone
    language = language if language in LANGUAGES else "de"
    app = QCoreApplication.instance()
    if app is None:
        _language, _standalone = language, None
        translator = QTranslator()
        if language != "de" and translator.load(QLocale(LANGUAGES[language]), "fallakte", "_",
                                                str(resources_dir() / "translations")):
            _standalone = translator
        return ["fallakte"] if _standalone else []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(LANGUAGES.get(language, QLocale.Language.German))
    QLocale.setDefault(locale)
    _language = language
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
