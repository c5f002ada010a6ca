"""First run: choose the role, create the encrypted file with a passphrase given twice, then show
the recovery code once, with print and save-as, until the user confirms they stored it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.core import stores
from app.core.messages import describe
from app.ki import registry
from ui.jobs import run_job
from ui.widgets import error_label, passphrase_field, show_error, strength_hint

CASE_MANAGER, SUPERVISOR = "fallarbeit", "ki"


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Willkommen bei Fallakte"))
        self.setSubTitle(self.tr("Wofür nutzen Sie Fallakte auf diesem Gerät?"))
        self.case_manager = QRadioButton(self.tr("&Case Management: Fälle führen (Modul II)"))
        self.supervisor = QRadioButton(self.tr("&KI-Koordination: Zahlen der Geräte auswerten"))
        self.case_manager.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_manager)
        layout.addWidget(self.supervisor)

    def role(self) -> str:
        return SUPERVISOR if self.supervisor.isChecked() else CASE_MANAGER


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Passphrase festlegen"))
        self.setSubTitle(self.tr("Die Passphrase schützt alle Daten auf diesem Gerät. Ohne sie (oder den "
                                 "Wiederherstellungscode) kann niemand die Daten lesen."))
        self.passphrase = passphrase_field(self.tr("Passphrase"))
        self.repeat = passphrase_field(self.tr("Passphrase wiederholen"))
        self.hint = QLabel()
        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase &wiederholen:"), self.repeat)
        form.addRow(self.hint)
        form.addRow(self.error)
        form.addRow(self.busy)
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)))
        self._created = False

    def validatePage(self) -> bool:
        if self._created:
            return True
        if self.passphrase.text() != self.repeat.text():
            show_error(self.error, self.tr("Die beiden Eingaben stimmen nicht überein."))
            return False
        show_error(self.error, "")
        self.busy.setVisible(True)
        self.setEnabled(False)
        passphrase, role, path = self.passphrase.text(), self.wiz.role_page.role(), self.wiz.path
        if role == SUPERVISOR:
            store = registry.default_store()
            work = lambda: (store, *registry.create_store(store, passphrase, store.parent, "Kommunales Integrationszentrum", 3))  # noqa: E731
        else:
            work = lambda: stores.create_casefile(path, passphrase)  # noqa: E731
        run_job(work, self._done, self._failed)
        return False   # the job moves on when the file exists

    def _done(self, result) -> None:
        self.busy.setVisible(False)
        self.setEnabled(True)
        self._created = True
        if self.wiz.role_page.role() == SUPERVISOR:
            store, code, _key = result
            self.wiz.created_path, self.wiz.casefile = store, None
        else:
            self.wiz.casefile, code = result
            self.wiz.created_path = self.wiz.path
        self.wiz.recovery_page.set_code(code)
        self.passphrase.clear()
        self.repeat.clear()
        self.wiz.next()

    def _failed(self, exc: Exception) -> None:
        self.busy.setVisible(False)
        self.setEnabled(True)
        show_error(self.error, describe(exc))


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Wiederherstellungscode"))
        self.setSubTitle(self.tr("Dieser Code öffnet die Daten, wenn die Passphrase vergessen ist. Er wird nur "
                                 "jetzt angezeigt: bitte ausdrucken oder speichern und getrennt vom Gerät verwahren."))
        self.code = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Wiederherstellungscode"))
        self.print_button = QPushButton(self.tr("&Drucken…"))
        self.save_button = QPushButton(self.tr("&Speichern unter…"))
        self.stored = QCheckBox(self.tr("Ich habe den Code sicher verwahrt."))
        self.saved_to: Path | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.stored)
        self.stored.toggled.connect(self.completeChanged)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_code)

    def set_code(self, code: str) -> None:
        self.code.setText(code)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def _document(self) -> str:
        return self.tr("Fallakte – Wiederherstellungscode\n\n{code}\n\nGetrennt vom Gerät sicher verwahren.").format(
            code=self.code.text())

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Wiederherstellungscode speichern"),
                                              "fallakte-wiederherstellungscode.txt", self.tr("Text (*.txt)"))
        if name:
            stores.save_recovery_code(Path(name), self._document())
            self.saved_to = Path(name)

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setPlainText(self._document())
            document.print_(printer)


class FirstRunWizard(QWizard):
    finished_setup = Signal(str, object)   # role, EncryptedStore (None for the KI)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.casefile = None
        self.created_path: Path | None = None
        self.setWindowTitle(self.tr("Fallakte einrichten"))
        self.role_page = RolePage()
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage()
        for page in (self.role_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.accepted.connect(self._finish)

    def _finish(self) -> None:
        role = self.role_page.role()
        QSettings().setValue("role", role)
        self.finished_setup.emit(role, self.casefile)
