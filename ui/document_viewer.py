"""Shows an attachment (PDF, photo, scan) from memory: the bytes come from the encrypted case file and
are never written to disk to be shown. PDFs through QtPdf, images through QImage. A copy leaves the
case file only through *Kopie speichern unter …*, with a warning where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from app.casemanager import attachments, printouts
from app.casemanager.casework import Casework
from app.core.messages import describe


class DocumentViewer(QDialog):
    """Esc closes; Ctrl+S saves a copy; Ctrl++ and Ctrl+- zoom."""

    def __init__(self, cw: Casework, attachment_id: int, parent=None) -> None:
        super().__init__(parent)
        self.cw = cw
        self.item = attachments.get(cw, attachment_id)
        self.setWindowTitle(self.tr("{title} – {name}").format(title=self.item.title, name=self.item.file_name))
        self.resize(900, 1000)
        data = attachments.open_content(cw, attachment_id)
        layout = QVBoxLayout(self)
        self.pdf: QPdfDocument | None = None
        self.image: QLabel | None = None
        self.zoom = 1.0
        if self.item.is_pdf:
            # QtPdf reads from this buffer; both live as long as the dialog and go with it.
            self._bytes = QByteArray(data)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf = QPdfDocument(self)
            self.pdf.load(self._buffer)
            self.view = QPdfView(self)
            self.view.setDocument(self.pdf)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setAccessibleName(self.tr("Dokument"))
            layout.addWidget(self.view, 1)
            if self.pdf.status() != QPdfDocument.Status.Ready:
                layout.addWidget(QLabel(self.tr("Das PDF lässt sich nicht anzeigen (beschädigt oder verschlüsselt). "
                                                "Mit »Kopie speichern unter …« lässt es sich in einem anderen "
                                                "Programm öffnen.")))
        else:
            picture = QImage()
            picture.loadFromData(data)
            self.original = QPixmap.fromImage(picture)
            self.image = QLabel()
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image.setAccessibleName(self.tr("Dokument"))
            self.view = QScrollArea()
            self.view.setWidget(self.image)
            self.view.setWidgetResizable(True)
            layout.addWidget(self.view, 1)
            if picture.isNull():
                self.image.setText(self.tr("Das Bild lässt sich nicht anzeigen (Format nicht unterstützt oder "
                                           "beschädigt)."))
            else:
                self._show_image()
        del data
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        self.save_button = QPushButton(self.tr("Kopie &speichern unter …"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_copy)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.scale(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.scale(0.8))
        self.view.setFocus()

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf is not None else 1

    def scale(self, factor: float) -> None:
        if self.pdf is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))
        else:
            self.zoom = max(0.1, min(5.0, self.zoom * factor))
            self._show_image()

    def _show_image(self) -> None:
        width = int(min(self.original.width(), 860) * self.zoom)
        self.image.setPixmap(self.original.scaledToWidth(max(1, width), Qt.TransformationMode.SmoothTransformation))

    def save_copy(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Kopie speichern unter"),
                                                str(Path(folder) / attachments.safe_file_name(self.item.file_name)))
        if not target:
            return
        try:
            written = attachments.save_copy(self.cw, self.item.id, Path(target))
        except Exception as exc:  # a full disk, a folder without rights: said in words
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), describe(exc))
            return
        QMessageBox.information(self, self.tr("Kopie gespeichert"), printouts.outside_note([written]))

    def done(self, result: int) -> None:
        """Closing drops the document and its bytes at once, not when Python collects the dialog."""
        if self.pdf is not None:
            self.view.setDocument(None)
            self.pdf.close()
            self._buffer.close()
            self._bytes.clear()
        elif self.image is not None:
            self.image.clear()
            self.original = QPixmap()
        super().done(result)
