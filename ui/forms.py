"""One dialog for every small form: fields in, a use case called on save, its ValidationError shown
at the field it names. The dialog stays open until the use case accepts the input."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import i18n, timefmt
from app.core.validation import ValidationError
from ui.widgets import error_label, show_error

INVALID = "border: 2px solid #b3261e;"


@dataclass
class Field:
    name: str
    label: str
    kind: str = "text"          # text | date | choice | multi | int | check | note
    default: object = None
    choices: list[tuple[str, str]] = field(default_factory=list)   # (code, label), for choice and multi
    optional: bool = False      # for choice: offers an empty entry


def format_date(day: date | str | None) -> str:
    """A date as the user writes it: 24.11.2026 in German, 2026-11-24 in English (both are read
    back by the validation, whatever the language)."""
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    return day.isoformat() if i18n.current_language() == "en" else timefmt.german_date(day)   # no QLocale() per call


def format_duration(minutes: int | None) -> str:
    """Minutes as h:mm, the way time sheets write them: 45 → 0:45, 90 → 1:30."""
    hours, rest = divmod(int(minutes or 0), 60)
    return f"{hours}:{rest:02d}"


def format_money(cents: int) -> str:
    """52,50 € (52.50 € in English)."""
    return format_amount(Decimal(cents) / 100) + " €"


def format_amount(amount: Decimal | str | None) -> str:
    """Euros as the user writes them: 38,50 in German, 38.50 in English (both are read back)."""
    try:
        text = f"{Decimal(str(amount or 0).replace(',', '.')):.2f}"
    except InvalidOperation:
        return str(amount)
    return text if i18n.current_language() == "en" else text.replace(".", ",")


def delete_dialog(record: str, description: str, delete: Callable[[str], object],
                  parent: QWidget | None = None) -> FormDialog:
    """Asks before a record is deleted, and why: the reason, a code from a fixed list, goes into the
    audit log. ``record`` names the kind (Kontakt), ``description`` the one record (Kontakt vom …)."""
    from app.casemanager.casework import delete_reasons
    from app.core.messages import tr

    return FormDialog(
        tr("{record} löschen").format(record=record),
        [Field("reason", tr("Grund"), "choice", choices=delete_reasons(), optional=True)],
        lambda v: delete(v["reason"] or ""), parent,
        intro=tr("{what} wird gelöscht. Mit Strg+Z lässt sich das gleich wieder rückgängig machen.").format(
            what=description),
        save_text=tr("Löschen"))


def contact_fields(cat, c) -> list[Field]:
    """A contact's form (``c`` a casework.Contact): in the case, and when an appointment took place."""
    from app.core.messages import tr

    return [Field("date", tr("Datum"), "date", c.date),
            Field("minutes", tr("Dauer (Minuten)"), "int", c.minutes),
            Field("channel", tr("Kontaktart"), "choice", c.channel, [(e.code, e.label) for e in cat.channels.entries]),
            Field("topics", tr("Themen"), "multi", c.topics, [(e.code, e.label) for e in cat.topics.entries]),
            Field("interpreter_language", tr("Dolmetschsprache"), default=c.interpreter_language),
            Field("interpreter_minutes", tr("Dolmetschminuten"), "int", c.interpreter_minutes),
            Field("interpreter_cost", tr("Dolmetschkosten (€)"), "text", format_amount(c.interpreter_cost)),
            Field("notes", tr("Notiz"), "note", c.notes)]


class NoteEdit(QPlainTextEdit):
    """Enter saves the dialog; Shift+Enter starts a new line."""

    def __init__(self, on_enter: Callable[[], None]) -> None:
        super().__init__()
        self.on_enter = on_enter
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.on_enter()
            return
        super().keyPressEvent(event)


class FormDialog(QDialog):
    def __init__(self, title: str, fields: list[Field], save: Callable[[dict], object],
                 parent: QWidget | None = None, *, intro: str = "", save_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.result_value = None
        self.widgets: dict[str, QWidget] = {}
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        form = QFormLayout()
        for f in fields:
            widget = self._widget(f)
            widget.setAccessibleName(f.label.replace("&", ""))
            self.widgets[f.name] = widget
            form.addRow(f.label + ":", widget)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text or self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.widgets:
            first = next(iter(self.widgets.values()))
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _widget(self, f: Field) -> QWidget:
        if f.kind == "date":
            w = QLineEdit(format_date(f.default) if f.default else "")
            w.setPlaceholderText(self.tr("TT.MM.JJJJ"))
            return w
        if f.kind == "choice":
            w = QComboBox()
            if f.optional:
                w.addItem("", None)
            for code, label in f.choices:
                w.addItem(label, code)
            if f.default is not None:
                w.setCurrentIndex(max(0, w.findData(f.default)))
            return w
        if f.kind == "multi":
            w = QListWidget()
            for code, label in f.choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setCheckState(Qt.CheckState.Checked if f.default and code in f.default else Qt.CheckState.Unchecked)
                w.addItem(item)
            w.setMaximumHeight(120)
            w.setCurrentRow(0)   # Space checks the current entry; arrows move
            return w
        if f.kind == "int":
            w = QSpinBox()
            w.setRange(0, 100000)
            w.setValue(int(f.default or 0))
            return w
        if f.kind == "check":
            w = QCheckBox()
            w.setChecked(bool(f.default))
            return w
        if f.kind == "note":
            w = NoteEdit(self.try_save)
            w.setPlainText(str(f.default or ""))
            return w
        w = QLineEdit("" if f.default is None else str(f.default))
        return w

    def values(self) -> dict:
        out = {}
        for name, w in self.widgets.items():
            if isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QListWidget):
                out[name] = [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                             if w.item(i).checkState() == Qt.CheckState.Checked]
            elif isinstance(w, QSpinBox):
                out[name] = w.value()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            else:
                out[name] = w.text()
        return out

    def try_save(self) -> None:
        for w in self.widgets.values():
            w.setStyleSheet("")
        try:
            self.result_value = self.save(self.values())
        except ValidationError as exc:
            show_error(self.error, exc.message)
            widget = self.widgets.get(exc.field)
            if widget is not None:
                widget.setStyleSheet(INVALID)
                widget.setFocus()
            return
        self.accept()
