"""*Synchronisation*: when the last sync succeeded, what waits, the last error in plain German, and
a button. ``SyncController`` tries on start, every 15 minutes and on demand, off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app import sync_service
from app.casework import Casework
from app.validation import ValidationError
from storage.casefile import CaseFile
from sync.keys import KeyFileError
from sync.transport import ShareUnavailable

INTERVAL_MS = 15 * 60 * 1000
CANCELLED = "Abgebrochen: die Sendung wartet und wird beim nächsten Versuch übertragen."


class _Signals(QObject):
    done = Signal(object, str)     # SyncStatus, error text ("" on success)


class _SyncJob(QRunnable):
    """Runs on the thread pool with its own connection to the case file."""

    def __init__(self, casefile: CaseFile, signals: _Signals, cancelled) -> None:
        super().__init__()
        self.casefile, self.signals, self.cancelled = casefile, signals, cancelled

    def run(self) -> None:
        error = ""
        with self.casefile.reopen() as own:
            cw = Casework(own)
            try:
                sync_service.build_bundle(cw)
                if self.cancelled():
                    error = CANCELLED
                else:
                    sync_service.deliver_outbox(cw)
            except (ShareUnavailable, KeyFileError) as exc:
                error = str(exc)
            except ValidationError as exc:
                error = exc.message
            self.signals.done.emit(sync_service.status(cw), error)


class SyncController(QObject):
    started = Signal()
    finished = Signal(object, str)  # SyncStatus, error text

    def __init__(self, casefile: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.casefile = casefile
        self.running = False
        self.cancel_requested = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self._signals = _Signals()
        self._signals.done.connect(self._done)

    def start(self) -> None:
        """On unlock: one attempt now, then every 15 minutes."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.cancel_requested = False
        self.started.emit()
        QThreadPool.globalInstance().start(_SyncJob(self.casefile, self._signals, lambda: self.cancel_requested))

    @Slot()
    def cancel(self) -> None:
        """Stop before anything is written to the share; the bundle stays queued."""
        self.cancel_requested = True

    def _done(self, status, error: str) -> None:
        self.running = False
        self.finished.emit(status, error)


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
        layout.addWidget(self.cancel_button)
        layout.addStretch()

        controller.started.connect(self._started)
        controller.finished.connect(self.show_status)
        self.show_status(sync_service.status(Casework(controller.casefile)), "")

    def _started(self) -> None:
        self.busy.setVisible(True)
        self.button.setEnabled(False)
        self.cancel_button.setVisible(True)

    def show_status(self, status, error: str) -> None:
        self.busy.setVisible(False)
        self.button.setEnabled(True)
        self.cancel_button.setVisible(False)
        if error == CANCELLED:
            error = self.tr("Abgebrochen: die Sendung wartet und wird beim nächsten Versuch übertragen.")
        self.share.setText(status.share or self.tr("nicht eingerichtet"))
        self.fingerprint.setText(status.ki_fingerprint or self.tr("kein KI-Schlüssel eingerichtet"))
        self.last_success.setText(status.last_success or self.tr("noch nie"))
        self.waiting.setText(str(status.waiting))
        self.last_error.setText(error or status.last_error or self.tr("keiner"))
