"""Unlocking: the passphrase, or, when it is forgotten, the recovery code and a new passphrase.
Key derivation and opening run off the UI thread while a busy bar shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import stores
from app.core.messages import describe
from app.core.stores import CASEFILE, KI_STORE, EncryptedStore, Schema
from ui.jobs import run_job
from ui.widgets import error_label, passphrase_field, show_error, strength_hint


class UnlockDialog(QDialog):
    unlocked = Signal(object)   # EncryptedStore

    def __init__(self, path: Path, parent: QWidget | None = None, kind: Schema = CASEFILE) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.kind = kind
        self.setWindowTitle(self.tr("KI-Speicher entsperren") if kind is KI_STORE else self.tr("Fallakte entsperren"))
        self.casefile: EncryptedStore | None = None

        self.passphrase = passphrase_field(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("Entsperren"))
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(self.tr("Passphrase vergessen?"))
        self.forgot_button.setFlat(True)
        unlock_page = QWidget()
        form = QFormLayout(unlock_page)
        label = self.tr("KI-Speicher: {path}") if kind is KI_STORE else self.tr("Falldatei: {path}")
        form.addRow(QLabel(label.format(path=self.path)))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.unlock_button)
        form.addRow(self.forgot_button)

        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Wiederherstellungscode"))
        self.code.setPlaceholderText("XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX")
        self.new_passphrase = passphrase_field(self.tr("Neue Passphrase"))
        self.repeat = passphrase_field(self.tr("Neue Passphrase wiederholen"))
        self.hint = QLabel()
        self.recover_button = QPushButton(self.tr("Mit Wiederherstellungscode öffnen"))
        self.back_button = QPushButton(self.tr("Zurück"))
        recover_page = QWidget()
        rform = QFormLayout(recover_page)
        rform.addRow(QLabel(self.tr("Der Wiederherstellungscode öffnet die Falldatei; danach gilt eine neue Passphrase.")))
        rform.addRow(self.tr("&Wiederherstellungscode:"), self.code)
        rform.addRow(self.tr("&Neue Passphrase:"), self.new_passphrase)
        rform.addRow(self.tr("Neue Passphrase &wiederholen:"), self.repeat)
        rform.addRow(self.hint)
        rform.addRow(self.recover_button)
        rform.addRow(self.back_button)

        self.pages = QStackedWidget()
        self.pages.addWidget(unlock_page)
        self.pages.addWidget(recover_page)
        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Wird geöffnet"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.forgot_button.clicked.connect(lambda: self._show_page(1))
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.recover_button.clicked.connect(self.try_recover)
        self.new_passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)))

    def _show_page(self, index: int) -> None:
        show_error(self.error, "")
        self.pages.setCurrentIndex(index)
        (self.passphrase if index == 0 else self.code).setFocus()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.pages.setEnabled(not busy)

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        self._start(lambda: stores.unlock(self.path, passphrase, self.kind))

    def try_recover(self) -> None:
        if self.new_passphrase.text() != self.repeat.text():
            show_error(self.error, self.tr("Die beiden neuen Passphrasen stimmen nicht überein."))
            return
        code, new = self.code.text(), self.new_passphrase.text()
        self._start(lambda: stores.recover(self.path, code, new, self.kind))

    def _start(self, work) -> None:
        show_error(self.error, "")
        self._busy(True)
        run_job(work, self._opened, self._failed)

    def _opened(self, casefile: EncryptedStore) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.casefile = casefile
        self.unlocked.emit(casefile)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        show_error(self.error, describe(exc))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
