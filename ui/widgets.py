"""Small building blocks shared by the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget, QTableWidgetItem


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fehler")
    label.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px; border-radius: 3px;")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName("Fehlermeldung")
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def passphrase_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def strength_hint(passphrase: str) -> str:
    """A plain hint, not a score: length matters most for a passphrase."""
    from app.core.messages import tr
    from app.core.stores import MIN_PASSPHRASE_LENGTH

    n = len(passphrase)
    if n < MIN_PASSPHRASE_LENGTH:
        return tr("Zu kurz: mindestens {n} Zeichen.").format(n=MIN_PASSPHRASE_LENGTH)
    if n < 16:
        return tr("Ausreichend. Länger ist besser, z. B. vier zufällige Wörter.")
    return tr("Gut.")


def choices(catalogue) -> list[tuple[str, str]]:
    return [(e.code, e.label) for e in catalogue.entries]


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def fill_table(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()
