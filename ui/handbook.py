"""The handbook behind F1: a short text for social workers (resources/handbuch/), in the UI's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.i18n import current_language
from app.core.paths import resources_dir


def handbook_text(language: str) -> str:
    folder = resources_dir() / "handbuch"
    path = folder / f"handbuch_{language}.md"
    return (path if path.exists() else folder / "handbuch_de.md").read_text(encoding="utf-8")


class HandbookDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handbuch"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(handbook_text(current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
