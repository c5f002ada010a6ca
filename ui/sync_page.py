"""*Synchronisation*: when the last sync succeeded, what waits, the last error in plain German, and
a button. ``SyncController`` tries on start, every 15 minutes and on demand, off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casemanager import sync_service, transparency
from app.casemanager.casework import Casework
from app.core.messages import EXPECTED, describe
from app.core.stores import EncryptedStore
from ui.jobs import run_job

INTERVAL_MS = 15 * 60 * 1000


def _sync(casefile: EncryptedStore, cancelled) -> tuple[object, str]:
    """On the thread pool, with its own connection; returns the status and the error in words."""
    with casefile.reopen() as own:
        cw = Casework(own)
        try:
            sync_service.sync_now(cw, cancelled=cancelled)
            error = ""
        except EXPECTED as exc:   # shown on the page; anything else is a fault, reported by _failed
            error = describe(exc)
        return sync_service.status(cw), error


def _preview(casefile: EncryptedStore) -> transparency.Preview:
    with casefile.reopen() as own:
        return transparency.preview(Casework(own))


class PreviewDialog(QDialog):
    """Every figure of the next bundle, in words, before anything leaves the laptop."""

    def __init__(self, preview: transparency.Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Was wird übertragen?"))
        intro = QLabel(self.tr(
            "So sieht das KI die nächste Sendung von »{name}« ({munis}): nur diese Zahlen, keine Namen, keine "
            "Daten einzelner Personen. Jede Anzahl ist leicht verändert (höchstens ±2), 1 und 2 kommen nicht vor. "
            "Ein gesendeter Monat wird nicht mehr verändert. Neu mit der nächsten Sendung: {new}.").format(
            name=preview.device_name or self.tr("dieses Gerät"), munis=", ".join(preview.municipalities) or "–",
            new=", ".join(preview.new_periods) or self.tr("nichts")))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(preview.lines) or self.tr("Noch kein abgeschlossener Monat."))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Inhalt der nächsten Sendung"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 600)


class SyncController(QObject):
    started = Signal()
    finished = Signal(object, str)  # SyncStatus (or None), error text

    def __init__(self, casefile: EncryptedStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.casefile = casefile
        self.running = False
        self.stopped = False
        self.cancel_requested = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """On unlock: one attempt now, then every 15 minutes."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        """On lock: no new attempts, and a result still under way is dropped (the job has its own
        connection, so it finishes cleanly; its bundle stays queued or delivered)."""
        self.timer.stop()
        self.stopped = True

    @Slot()
    def sync_now(self) -> None:
        if self.running or self.stopped:
            return
        self.running = True
        self.cancel_requested = False
        self.started.emit()
        run_job(lambda: _sync(self.casefile, lambda: self.cancel_requested), self._done, self._failed)

    @Slot()
    def cancel(self) -> None:
        """Stop before anything is written to the share; the bundle stays queued."""
        self.cancel_requested = True

    def _done(self, result) -> None:
        self.running = False
        if not self.stopped:
            self.finished.emit(*result)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        if not self.stopped:
            self.finished.emit(None, describe(exc))


class SyncPage(QWidget):
    def __init__(self, controller: SyncController) -> None:
        super().__init__()
        self.controller = controller
        self.share = QLabel()
        self.fingerprint = QLabel()
        self.last_success = QLabel()
        self.waiting = QLabel()
        self.last_error = QLabel()
        self.last_error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)   # indeterminate
        self.busy.setVisible(False)
        self.button = QPushButton(self.tr("Jetzt synchronisieren"))
        self.button.setAccessibleName(self.tr("Jetzt synchronisieren"))
        self.button.clicked.connect(controller.sync_now)
        self.preview_button = QPushButton(self.tr("Was wird übertragen? …"))
        self.preview_button.clicked.connect(self.show_preview)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(controller.cancel)

        form = QFormLayout()
        form.addRow(self.tr("Ablage des KI:"), self.share)
        form.addRow(self.tr("Fingerabdruck des KI-Schlüssels:"), self.fingerprint)
        form.addRow(self.tr("Letzte erfolgreiche Synchronisation:"), self.last_success)
        form.addRow(self.tr("Wartende Sendungen:"), self.waiting)
        form.addRow(self.tr("Letzter Fehler:"), self.last_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.button)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.cancel_button)
        layout.addStretch()

        controller.started.connect(self._started)
        controller.finished.connect(self.show_status)
        self.show_status(sync_service.status(Casework(controller.casefile)), "")

    def show_preview(self) -> None:
        self.preview_button.setEnabled(False)
        run_job(lambda: _preview(self.controller.casefile), self._preview_ready, self._preview_failed)

    def _preview_ready(self, preview) -> None:
        self.preview_button.setEnabled(True)
        self.dialog = PreviewDialog(preview, self)
        self.dialog.open()

    def _preview_failed(self, exc: Exception) -> None:
        self.preview_button.setEnabled(True)
        self.last_error.setText(describe(exc))

    def _started(self) -> None:
        self.busy.setVisible(True)
        self.button.setEnabled(False)
        self.cancel_button.setVisible(True)

    def show_status(self, status, error: str) -> None:
        """``status`` is None when the attempt failed before it could read one; then only the error shows."""
        self.busy.setVisible(False)
        self.button.setEnabled(True)
        self.cancel_button.setVisible(False)
        if status is None:
            self.last_error.setText(error)
            return
        self.share.setText(status.share or self.tr("nicht eingerichtet"))
        self.fingerprint.setText(status.ki_fingerprint or self.tr("kein KI-Schlüssel eingerichtet"))
        self.last_success.setText(status.last_success or self.tr("noch nie"))
        self.waiting.setText(str(status.waiting))
        self.last_error.setText(error or status.last_error or self.tr("keiner"))
