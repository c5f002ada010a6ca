"""Einstellungen → Schlüsselableitung: how the passphrase is turned into the key (Argon2id), and
strengthening it: calibrated again on this machine, never weaker, the key rewrapped under the same
passphrase, off the UI thread with progress."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import stores
from app.core.messages import describe, plural
from app.core.stores import EncryptedStore, KeyDerivation
from ui.jobs import run_job
from ui.widgets import error_label, passphrase_field, show_error


class KeyDerivationRow(QWidget):
    """The parameters in use, a button to strengthen them, and what the last strengthening did."""

    def __init__(self, casefile: EncryptedStore) -> None:
        super().__init__()
        self.casefile = casefile
        self.dialog: StrengthenDialog | None = None
        self.parameters = QLabel()
        self.parameters.setWordWrap(True)
        self.parameters.setAccessibleName(self.tr("Schlüsselableitung"))
        self.button = QPushButton(self.tr("Schlüsselableitung &verstärken …"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parameters)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.outcome)
        self.outcome.setVisible(False)
        self.button.clicked.connect(self.strengthen)
        self.show_parameters()

    def wording(self, kd: KeyDerivation) -> str:
        return self.tr("Argon2id, {memory} MiB, {lanes} Spuren, {passes}").format(
            memory=kd.memory_mib, lanes=kd.lanes,
            passes=plural(kd.iterations, self.tr("{n} Durchlauf"), self.tr("{n} Durchläufe")))

    def show_parameters(self) -> None:
        kd = stores.key_derivation(self.casefile)
        text = self.wording(kd)
        if kd.below_recommendation:
            text += " – " + self.tr("schwächer als empfohlen (RFC 9106: mindestens 3 Durchläufe); bitte verstärken.")
        self.parameters.setText(text)

    def strengthen(self) -> None:
        self.dialog = StrengthenDialog(self.casefile, self)
        self.dialog.strengthened.connect(self.strengthened)
        self.dialog.open()

    def strengthened(self, before: KeyDerivation, after: KeyDerivation) -> None:
        self.show_parameters()
        if after.iterations > before.iterations:
            text = self.tr("Verstärkt von {before} auf {after} Durchläufe.").format(
                before=before.iterations, after=after.iterations)
        else:
            text = self.tr("Neu verpackt mit {after} Durchläufen: mehr schafft dieser Rechner nicht in etwa einer "
                           "halben Sekunde. Nichts wurde abgeschwächt.").format(after=after.iterations)
        self.outcome.setText(text)
        self.outcome.setVisible(True)


class StrengthenDialog(QDialog):
    """Asks for the passphrase, then calibrates and rewraps in the background."""

    strengthened = Signal(object, object)   # KeyDerivation before, after

    def __init__(self, casefile: EncryptedStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casefile = casefile
        self.running = False
        self.setWindowTitle(self.tr("Schlüsselableitung verstärken"))
        explanation = QLabel(self.tr(
            "Fallakte misst, wie viele Durchläufe dieser Rechner in etwa einer halben Sekunde schafft, und "
            "verpackt den Schlüssel der Falldatei damit neu, nie schwächer als bisher. Die Passphrase bleibt "
            "dieselbe; das dauert wenige Sekunden."))
        explanation.setWordWrap(True)
        self.passphrase = passphrase_field(self.tr("Passphrase"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Fortschritt"))
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("&Verstärken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.progress)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.ok_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)

    def start(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            show_error(self.error, self.tr("Bitte die Passphrase eingeben."))
            return
        show_error(self.error, "")
        self._busy(True)
        casefile = self.casefile
        run_job(lambda report: stores.strengthen_key_derivation(casefile, passphrase, report), self._done,
                self._failed, on_progress=self._progress)

    def _busy(self, busy: bool) -> None:
        self.running = busy
        for widget in (self.passphrase, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, result) -> None:
        if not shiboken6.isValid(self):   # the window was locked meanwhile: the file is written, nothing to show
            return
        self._busy(False)
        self.strengthened.emit(*result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy(False)
        show_error(self.error, describe(exc))
        self.passphrase.clear()
        self.passphrase.setFocus()

    def reject(self) -> None:
        if not self.running:   # the key derivation cannot be interrupted halfway; it takes seconds
            super().reject()
