"""The main window. A placeholder until the desktop UI issue: it says which case file is meant."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self, casefile: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Fallakte"))
        self.status = QLabel(self.tr("Falldatei: {path}\n\nDie Arbeitsoberfläche folgt.").format(path=casefile))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName(self.tr("Status"))
        self.setCentralWidget(self.status)
        self.resize(720, 480)
