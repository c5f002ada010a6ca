"""Bringing in an office's existing list in the window: which column holds which field (guessed from
the headers, changeable), every row checked with its result, and the import only once every row
passes and the user confirms (app/casemanager/list_import.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.casemanager import list_import
from app.casemanager.casework import Casework
from app.core.messages import EXPECTED, describe, plural
from app.core.validation import ValidationError
from ui.widgets import error_label, fill_table, make_table, show_error


class ImportDialog(QDialog):
    def __init__(self, cw: Casework, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.cw = cw
        self.setWindowTitle(self.tr("Liste importieren"))
        self.setMinimumSize(720, 560)
        self.table_data: list_import.Table | None = None
        self.checked: list_import.Checked | None = None
        self.file = QLabel()
        self.file.setWordWrap(True)
        self.columns: dict[str, QComboBox] = {}
        mapping = QFormLayout()
        for name in list_import.FIELDS:
            box = QComboBox()
            box.setAccessibleName(list_import.field_label(name))
            box.currentIndexChanged.connect(self._changed)
            self.columns[name] = box
            mapping.addRow(list_import.field_label(name) + ":", box)
        self.consent_given = QCheckBox(self.tr("Alle Personen mit Beginn haben zu diesem Tag in die Fallarbeit "
                                               "eingewilligt (die Papierakten belegen es)"))
        self.consent_given.toggled.connect(self._changed)
        check = QPushButton(self.tr("&Prüfen"))
        check.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = make_table([self.tr("Zeile"), self.tr("Name"), self.tr("Ergebnis")])
        self.table.setAccessibleName(self.tr("Vorschau"))
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("&Importieren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file)
        layout.addLayout(mapping)
        layout.addWidget(self.consent_given)
        row = QHBoxLayout()
        row.addWidget(check)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load(Path(path))

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def load(self, path: Path) -> None:
        """Read the file and guess which column holds what; nothing is checked yet."""
        show_error(self.error, "")
        self.table_data, self.checked = None, None
        try:
            self.table_data = list_import.read_table(path)
        except (ValidationError, *EXPECTED) as exc:
            show_error(self.error, exc.message if isinstance(exc, ValidationError) else describe(exc))
            self._changed()
            return
        data = self.table_data
        self.file.setText(self.tr("{path}: {rows}").format(path=path, rows=plural(
            len(data.rows), self.tr("{n} Zeile"), self.tr("{n} Zeilen"))))
        guessed = list_import.guess_mapping(data.headers)
        for name, box in self.columns.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(keine Spalte)"), None)
            for index, header in enumerate(data.headers):
                box.addItem(header or self.tr("Spalte {n}").format(n=index + 1), index)
            box.setCurrentIndex(box.findData(guessed[name]) if guessed[name] is not None else 0)
            box.blockSignals(False)
        self._changed()

    def mapping(self) -> dict[str, int | None]:
        return {name: box.currentData() for name, box in self.columns.items()}

    def _changed(self, *_) -> None:
        """Any change of the mapping asks for a new check before importing."""
        self.checked = None
        self.ok_button.setEnabled(False)
        self.summary.setText(self.tr("Bitte prüfen: jede Zeile wird so geprüft, wie der Import sie schreibt."))

    def check(self) -> None:
        if self.table_data is None:
            return
        show_error(self.error, "")
        try:
            self.checked = list_import.check(self.cw, self.table_data, self.mapping(), self.consent_given.isChecked())
        except ValidationError as exc:
            show_error(self.error, exc.message)
            return
        self._show(self.checked)

    def _show(self, checked: list_import.Checked) -> None:
        fill_table(self.table, [[r.row, r.name, "; ".join(r.errors) or self.tr("in Ordnung")] for r in checked.rows])
        rows = plural(len(checked.rows), self.tr("{n} Zeile geprüft"), self.tr("{n} Zeilen geprüft"))
        self.summary.setText(self.tr("{rows}, {n} mit Fehlern: bitte in der Liste berichtigen und neu "
                                     "laden.").format(rows=rows, n=len(checked.errors)) if checked.errors else
                             self.tr("{rows}, keine Fehler. »Importieren« übernimmt alle Zeilen auf "
                                     "einmal.").format(rows=rows))
        self.ok_button.setEnabled(checked.ok)

    def accept(self) -> None:
        if self.checked is None or not self.checked.ok:
            return
        try:
            done = list_import.import_rows(self.cw, self.table_data, self.mapping(), self.consent_given.isChecked())
        except (ValidationError, *EXPECTED) as exc:
            show_error(self.error, exc.message if isinstance(exc, ValidationError) else describe(exc))
            return
        if not done.ok:   # the case file changed since the check: nothing was written
            self._show(done)
            return
        self.imported = done.imported
        super().accept()
