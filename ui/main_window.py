"""The main window. A placeholder until the desktop UI issue: it names its case file and has the
About box with the version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app.version import __version__


class MainWindow(QMainWindow):
    def __init__(self, casefile: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Fallakte"))
        self.status = QLabel(self.tr("Falldatei: {path}\n\nDie Arbeitsoberfläche folgt.").format(path=casefile))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName(self.tr("Status"))
        self.setCentralWidget(self.status)
        self.about_action = QAction(self.tr("Über Fallakte"), self)
        self.about_action.triggered.connect(self.show_about)
        self.menuBar().addMenu(self.tr("&Hilfe")).addAction(self.about_action)
        self.resize(720, 480)

    def about_text(self) -> str:
        return self.tr("Fallakte {version}\nVerschlüsselte Fallakte für das Kommunale Integrationsmanagement.").format(
            version=__version__)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Über Fallakte"), self.about_text())
