"""Handing cases over in the window (docs/handover.md): this case file's handover key, handing the
selected cases to a colleague, receiving a handover with its receipt. Each is a thin view over
app/casemanager/handover.py; fingerprints are shown as two lines of four groups to read out by phone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casemanager import handover, households
from app.casemanager.casework import Casework
from app.core.messages import EXPECTED, describe, plural
from app.core.validation import ValidationError
from ui.forms import format_date
from ui.models import PersonListModel
from ui.sync_page import spoken
from ui.widgets import error_label, fill_table, make_table, show_error

KEY_FILTER = "*.fallakte-schluessel"
HANDOVER_FILTER = "*.fallakte-uebergabe"
RECEIPT_FILTER = "*.fallakte-quittung"


def _mono(label: QLabel) -> QLabel:
    font = label.font()
    font.setFamily("monospace")
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def _message(exc: BaseException) -> str:
    return exc.message if isinstance(exc, ValidationError) else describe(exc)


class _Dialog(QDialog):
    def __init__(self, title: str, ok: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class KeyDialog(_Dialog):
    """This case file's handover key: the name colleagues know you by, the fingerprint to read out,
    and where to write the key file."""

    def __init__(self, cw: Casework, parent=None) -> None:
        super().__init__(self.tr("Mein Übergabe-Schlüssel"), self.tr("Schlüsseldatei speichern"), parent)
        self.cw = cw
        self.name = QLineEdit(handover.own_name(cw))
        self.name.setAccessibleName(self.tr("Ihr Name"))
        self.fingerprint = _mono(QLabel(spoken(handover.own_key(cw).fingerprint)))
        self.fingerprint.setAccessibleName(self.tr("Fingerabdruck"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Schlüsseldatei"))
        choose = QPushButton(self.tr("Speichern unter …"))
        choose.clicked.connect(self.choose)
        form = QFormLayout(self)
        explain = QLabel(self.tr("Wer Ihnen Fälle übergeben will, braucht diese Datei. Sie enthält nur öffentliche "
                                 "Schlüssel. Lesen Sie der Kollegin oder dem Kollegen den Fingerabdruck am Telefon "
                                 "vor."))
        explain.setWordWrap(True)
        form.addRow(explain)
        form.addRow(self.tr("Ihr Name:"), self.name)
        form.addRow(self.tr("Fingerabdruck:"), self.fingerprint)
        form.addRow(self.tr("Datei:"), _path_row(self.target, choose))
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.written: Path | None = None

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Übergabe-Schlüssel speichern"),
                                              str(Path.home() / ("uebergabe" + ".fallakte-schluessel")), KEY_FILTER)
        if path:
            self.target.setText(path)

    def accept(self) -> None:
        if not self.target.text().strip():
            show_error(self.error, self.tr("Bitte wählen, wohin die Schlüsseldatei gespeichert wird."))
            return
        try:
            self.written, _ = handover.write_key_file(self.cw, Path(self.target.text().strip()), self.name.text())
        except (ValidationError, *EXPECTED) as exc:
            show_error(self.error, _message(exc))
            return
        super().accept()


class HandoverDialog(_Dialog):
    """Hand the chosen persons to a colleague: their key file, its fingerprint confirmed by phone the
    first time, the consent of each person (or the county's legal basis), and where the file goes."""

    def __init__(self, cw: Casework, person_ids: list[int], parent=None) -> None:
        super().__init__(self.tr("Fälle übergeben"), self.tr("Übergeben"), parent)
        self.cw, self.person_ids = cw, person_ids
        self.recipient: handover.HandoverKey | None = None
        self.written: handover.Written | None = None
        numbers = [cw.person(pid).case_number for pid in person_ids]
        self.persons = QLabel(plural(len(numbers), self.tr("{n} Person:"), self.tr("{n} Personen:")) + " "
                              + ", ".join(numbers))
        self.persons.setWordWrap(True)
        self.consent = error_label()
        extra = [pid for pid in households.with_households(cw, person_ids) if pid not in person_ids]
        self.with_household = QCheckBox(plural(len(extra), self.tr("{n} weiteres Haushaltsmitglied mitübergeben"),
                                               self.tr("{n} weitere Haushaltsmitglieder mitübergeben")))
        self.with_household.setVisible(bool(extra))
        self.with_household.toggled.connect(lambda _: self._check_consent())
        basis = handover.legal_basis(cw)
        self.basis = QLabel(self.tr("Rechtsgrundlage laut Katalog des Kreises: {basis}").format(basis=basis) if basis
                            else self.tr("Grundlage: die Einwilligung jeder Person in die Übergabe."))
        self.basis.setWordWrap(True)
        self.key_path = QLineEdit()
        self.key_path.setReadOnly(True)
        self.key_path.setAccessibleName(self.tr("Schlüsseldatei der Kollegin oder des Kollegen"))
        choose_key = QPushButton(self.tr("Schlüsseldatei wählen …"))
        choose_key.clicked.connect(self.choose_key)
        self.recipient_name = QLabel(self.tr("noch keine gewählt"))
        self.fingerprint = _mono(QLabel())
        self.fingerprint.setAccessibleName(self.tr("Fingerabdruck"))
        self.compared = QCheckBox(self.tr("Fingerabdruck telefonisch abgeglichen: er stimmt überein"))
        self.compared.setVisible(False)
        self.own_name = QLineEdit(handover.own_name(cw))
        self.own_name.setAccessibleName(self.tr("Ihr Name"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Übergabedatei"))
        choose_target = QPushButton(self.tr("Speichern unter …"))
        choose_target.clicked.connect(self.choose_target)
        form = QFormLayout(self)
        form.addRow(self.persons)
        form.addRow(self.with_household)
        form.addRow(self.basis)
        form.addRow(self.consent)
        form.addRow(self.tr("An (Schlüsseldatei):"), _path_row(self.key_path, choose_key))
        form.addRow(self.tr("Kollegin oder Kollege:"), self.recipient_name)
        form.addRow(self.tr("Fingerabdruck:"), self.fingerprint)
        form.addRow("", self.compared)
        form.addRow(self.tr("Ihr Name:"), self.own_name)
        form.addRow(self.tr("Übergabedatei:"), _path_row(self.target, choose_target))
        note = QLabel(self.tr("Die Datei ist nur für diese Kollegin oder diesen Kollegen lesbar. Bis ihre Quittung "
                              "eingelesen ist, bleiben die Fälle hier und sind als »Übergabe läuft« gesperrt; danach "
                              "werden sie hier gelöscht."))
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self._check_consent()

    def _chosen(self) -> list[int]:
        return households.with_households(self.cw, self.person_ids) if self.with_household.isChecked() \
            else self.person_ids

    def _check_consent(self) -> None:
        lacking = handover.lacking_consent(self.cw, self._chosen())
        show_error(self.consent, self.tr(
            "Für die Übergabe fehlt die Einwilligung (Zweck »Übergabe an Kolleg*in«) von {numbers}. Bitte "
            "zuerst im Reiter »Einwilligungen« erfassen.").format(numbers=", ".join(lacking)) if lacking else "")
        self.ok_button.setEnabled(not lacking)

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Schlüsseldatei der Kollegin oder des Kollegen"), "",
                                              KEY_FILTER)
        if path:
            self.load_key(Path(path))

    def load_key(self, path: Path) -> None:
        show_error(self.error, "")
        try:
            key = handover.read_key_file(path)
        except EXPECTED as exc:
            self.recipient = None
            self.recipient_name.setText(self.tr("noch keine gewählt"))
            self.fingerprint.clear()
            self.compared.setVisible(False)
            show_error(self.error, describe(exc))
            return
        self.recipient = key
        self.key_path.setText(str(path))
        self.recipient_name.setText(key.name)
        self.fingerprint.setText(spoken(key.fingerprint))
        known = handover.is_confirmed(self.cw, key)
        self.compared.setChecked(known)
        self.compared.setVisible(not known)
        if not self.target.text():
            self.target.setText(str(path.with_name(f"an-{_file_word(key.name)}{HANDOVER_FILTER[1:]}")))

    def choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Übergabedatei speichern"), self.target.text(),
                                              HANDOVER_FILTER)
        if path:
            self.target.setText(path)

    def accept(self) -> None:
        if self.recipient is None:
            show_error(self.error, self.tr("Bitte die Schlüsseldatei der Kollegin oder des Kollegen wählen."))
            return
        if not self.compared.isChecked():
            show_error(self.error, self.tr("Bitte den Fingerabdruck telefonisch abgleichen und das bestätigen: nur "
                                           "so ist sicher, dass die Datei nur sie oder er lesen kann."))
            return
        if not self.target.text().strip():
            show_error(self.error, self.tr("Bitte wählen, wohin die Übergabedatei gespeichert wird."))
            return
        try:
            self.written = handover.write_handover(self.cw, self._chosen(), self.recipient,
                                                   Path(self.target.text().strip()), self.recipient.fingerprint,
                                                   self.own_name.text())
        except (ValidationError, *EXPECTED) as exc:
            show_error(self.error, _message(exc))
            return
        super().accept()


def _file_word(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name).strip("-")[:40] or "kollegin"


class ReceiveDialog(_Dialog):
    """A handover file: checked, shown (who sent it, on what basis, each person with what comes), taken
    over in one step, and the receipt written for the sender."""

    def __init__(self, cw: Casework, path: Path, parent=None) -> None:
        super().__init__(self.tr("Übergabe empfangen"), self.tr("Übernehmen"), parent)
        self.cw, self.path = cw, Path(path)
        self.data = handover.read_handover_file(self.path)
        self.fingerprint: str | None = None
        self.arrival: handover.Arrival | None = None
        self.received: handover.Received | None = None
        self.sender = QLabel()
        self.sender.setWordWrap(True)
        self.unknown = QWidget()
        unknown = QFormLayout(self.unknown)
        unknown.setContentsMargins(0, 0, 0, 0)
        self.unknown_text = QLabel(self.tr("Von diesem Absender haben Sie noch nichts empfangen. Bitte rufen Sie "
                                           "die Kollegin oder den Kollegen an und vergleichen Sie den Fingerabdruck:"))
        self.unknown_text.setWordWrap(True)
        self.sender_fingerprint = _mono(QLabel())
        self.sender_fingerprint.setAccessibleName(self.tr("Fingerabdruck des Absenders"))
        self.compared = QCheckBox(self.tr("Fingerabdruck telefonisch abgeglichen: er stimmt überein"))
        self.compared.toggled.connect(self._compared)
        unknown.addRow(self.unknown_text)
        unknown.addRow(self.sender_fingerprint)
        unknown.addRow(self.compared)
        self.table = make_table([*PersonListModel.columns()[:3], self.tr("Fälle"), self.tr("Kontakte"), self.tr("Stand")])
        self.table.setAccessibleName(self.tr("Was ankommt"))
        self.receipt = QLineEdit(str(self.path.with_suffix(RECEIPT_FILTER[1:])))
        self.receipt.setAccessibleName(self.tr("Quittung"))
        choose = QPushButton(self.tr("Speichern unter …"))
        choose.clicked.connect(self.choose_receipt)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sender)
        layout.addWidget(self.unknown)
        layout.addWidget(self.table)
        receipt_row = QFormLayout()
        receipt_row.addRow(self.tr("Quittung für den Absender:"), _path_row(self.receipt, choose))
        layout.addLayout(receipt_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.unknown.setVisible(False)
        self.check()

    def check(self) -> None:
        """Open the file as far as it can be opened now; show what arrives, or why not."""
        show_error(self.error, "")
        self.ok_button.setEnabled(False)
        try:
            self.arrival = handover.preview(self.cw, self.data, self.fingerprint)
        except handover.HandoverRefused as exc:
            if exc.problem is handover.Problem.UNKNOWN_SENDER and self.fingerprint is None:
                self.sender.setText(self.tr("Eine Übergabe von einem noch unbekannten Absender."))
                self.sender_fingerprint.setText(spoken(exc.params["fingerprint"]))
                self._unknown = exc.params["fingerprint"]
                self.unknown.setVisible(True)
                return
            show_error(self.error, describe(exc))
            return
        except (ValidationError, *EXPECTED) as exc:
            show_error(self.error, _message(exc))
            return
        a = self.arrival
        self.sender.setText("\n".join([
            self.tr("Von {name}, geschrieben am {date}.").format(name=a.sender, date=format_date(a.created_at[:10])),
            self.tr("Rechtsgrundlage: {basis}").format(basis=a.basis) if a.basis
            else self.tr("Grundlage: die Einwilligung jeder Person in die Übergabe."),
            self.tr("Diese Übergabe ist bereits empfangen; es ändert sich nichts, die Quittung wird noch einmal "
                    "geschrieben.") if a.already_received else
            plural(a.new_persons, self.tr("{n} Person wird übernommen."), self.tr("{n} Personen werden übernommen."))]))
        fill_table(self.table, [[p.case_number, p.family_name, p.given_names, p.cases, p.contacts, self._state(p)]
                                for p in a.persons])
        self.ok_button.setEnabled(True)

    def _state(self, p: handover.Arriving) -> str:
        if p.already_here:
            return self.tr("bereits in dieser Falldatei")
        if p.case_number != p.sent_as:
            return self.tr("neu; Fallnummer bisher {old}").format(old=p.sent_as)
        return self.tr("neu")

    def _compared(self, checked: bool) -> None:
        self.fingerprint = self._unknown if checked else None
        if checked:
            self.check()

    def choose_receipt(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Quittung speichern"), self.receipt.text(), RECEIPT_FILTER)
        if path:
            self.receipt.setText(path)

    def accept(self) -> None:
        if self.arrival is None:
            return
        if not self.receipt.text().strip():
            show_error(self.error, self.tr("Bitte wählen, wohin die Quittung gespeichert wird."))
            return
        try:
            self.received = handover.receive(self.cw, self.data, self.fingerprint)
            handover.write_receipt(self.received.receipt, Path(self.receipt.text().strip()))
        except (ValidationError, *EXPECTED) as exc:
            show_error(self.error, _message(exc))
            return
        super().accept()
