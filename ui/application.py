"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.paths import APP_NAME
from app.version import __version__
from ui.main_window import MainWindow


def run_gui(casefile: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = MainWindow(casefile)
    window.show()
    return app.exec()
