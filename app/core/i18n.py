"""Languages: German is the source language of every string; English comes from
resources/translations/fallakte_en.qm. Qt's own strings (dialog buttons, ...) come from Qt's
qtbase_<lang>.qm, shipped with PySide6 and with the packaged app. Catalogue labels follow
``current_language()`` (see app.core.catalogues)."""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

from app.core.paths import APP_NAME, resources_dir

# Qt is imported where a translator is loaded, not here: the command line in German (the source
# language) needs no Qt at all, and importing QtCore alone takes four times a bare Python start.
LANGUAGES = ("de", "en")
_installed: list = []
_language = "de"
# The command line runs without an application object, where Qt's translate() finds no translator:
# there app.core.messages.tr asks this one (a QTranslator) directly.
_standalone = None


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
    core = sys.modules.get("PySide6.QtCore")   # no Qt loaded: no application object either
    if core is None or core.QCoreApplication.instance() is None:
        _language, _standalone = language, None
        if language == "de":
            return []
        from PySide6.QtCore import QLocale, QTranslator

        translator = QTranslator()
        if translator.load(QLocale(_locale(language)), "fallakte", "_", str(resources_dir() / "translations")):
            _standalone = translator
        return ["fallakte"] if _standalone else []
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(_locale(language))
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


def _locale(language: str):
    from PySide6.QtCore import QLocale

    return QLocale.Language.English if language == "en" else QLocale.Language.German


def saved_language() -> str:
    """The language chosen under Einstellungen (``QSettings(APP_NAME, APP_NAME)``, key ``language``;
    "de" unless changed), read without Qt where Qt's storage is plain to read: on Linux its INI file,
    on Windows its registry key. Where Qt is loaded anyway (a window, the tests), and on macOS,
    through QSettings itself, which also sees a change not yet written to disk."""
    if "PySide6.QtCore" in sys.modules or sys.platform == "darwin":
        from PySide6.QtCore import QSettings

        value = str(QSettings(APP_NAME, APP_NAME).value("language", "de"))
    elif sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, rf"Software\{APP_NAME}\{APP_NAME}") as key:
                value = winreg.QueryValueEx(key, "language")[0]
        except OSError:   # never set
            return "de"
    else:
        # QStandardPaths' ConfigLocation: $XDG_CONFIG_HOME if it is an absolute path, else ~/.config.
        config = os.environ.get("XDG_CONFIG_HOME", "")
        folder = Path(config) if os.path.isabs(config) else Path.home() / ".config"
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(folder / APP_NAME / f"{APP_NAME}.conf", encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError):
            return "de"
        value = parser.get("General", "language", fallback="de")
    return value if value in LANGUAGES else "de"
