"""Small building blocks shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QMenu, QTableWidget, QTableWidgetItem


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


def places(cat) -> list[tuple[str, str]]:
    """Municipalities alphabetically by name (their catalogue keeps the report's order)."""
    return [(e.code, e.label) for e in cat.municipalities.alphabetical()]


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


Actions = list[tuple[str, Callable[[], None]]]


class RowActions(QObject):
    """What can be done with a row: double-click or Enter runs the first action (open the record for
    correction); right-click, the Menu key or Shift+F10 offers them all in a context menu."""

    def __init__(self, view: QAbstractItemView, actions: Callable[[int], Actions]) -> None:
        super().__init__(view)
        self.view, self.actions = view, actions
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)
        view.activated.connect(lambda index: self.run_first(index.row()))
        view.installEventFilter(self)

    def run_first(self, row: int) -> None:
        choices = self.actions(row)
        if choices:
            choices[0][1]()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_Menu or
                (event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)):
            index = self.view.currentIndex()
            if index.isValid():
                self.show_menu(self.view.visualRect(index).center())
            return True
        return False

    def show_menu(self, pos: QPoint) -> None:
        """``pos`` in the viewport's coordinates, as Qt reports a right-click."""
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        choices = self.actions(index.row())
        if not choices:
            return
        menu = QMenu(self.view)
        for label, _ in choices:
            menu.addAction(label)
        menu.setDefaultAction(menu.actions()[0])
        chosen = menu.exec(self.view.viewport().mapToGlobal(pos))
        if chosen is not None:
            choices[menu.actions().index(chosen)][1]()
        menu.deleteLater()
