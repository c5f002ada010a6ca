"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import i18n
from app.paths import APP_NAME, resources_dir
from app.version import __version__
from ui.main_window import MainWindow


def run_gui(casefile: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "fallakte.png")))
    i18n.install("de")
    window = MainWindow(casefile)
    window.show()
    return app.exec()
