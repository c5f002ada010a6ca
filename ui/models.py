"""Table models, testable without widgets: the case list (paged)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.casemanager import handover
from app.casemanager.casework import Casework, PersonFilter
from app.core.messages import tr
from ui.forms import format_date

HIDDEN = "•••"


class PersonListModel(QAbstractTableModel):
    """Persons with their latest case, newest first, fetched a page at a time as the view scrolls."""

    PAGE = 200

    @staticmethod
    def columns() -> tuple[str, ...]:
        return (tr("Fallnummer"), tr("Familienname"), tr("Vornamen"), tr("Wohnort"), tr("Intensität"), tr("Phase"),
                tr("Eröffnet"), tr("Abgeschlossen"))

    def __init__(self, cw: Casework, parent=None) -> None:
        super().__init__(parent)
        self.cw = cw
        self.filter = PersonFilter()
        self.hide_names = False
        self.rows: list[tuple] = []
        self.total = 0
        self.running: set[int] = set()   # persons in a running handover from this case file
        self.refresh()

    def set_filter(self, f: PersonFilter) -> None:
        self.filter = f
        self.refresh()

    def set_hide_names(self, hide: bool) -> None:
        self.hide_names = hide
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 2))

    def refresh(self) -> None:
        self.beginResetModel()
        self.total = self.cw.count_persons(self.filter)
        self.rows = self.cw.page_persons(self.filter, 0, self.PAGE)
        self.running = handover.running_ids(self.cw)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = self.cw.page_persons(self.filter, len(self.rows), self.PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns()[section]
        return None

    def person_id(self, row: int) -> int:
        return self.rows[row][0]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        # Only the column asked for: sizing the columns asks for every cell of the first page.
        row, column, cat = self.rows[index.row()], index.column(), self.cw.cat
        if column == 0:
            return tr("{number} · Übergabe läuft").format(number=row[1]) if row[0] in self.running else row[1]
        if column in (1, 2):
            return HIDDEN if self.hide_names else row[column + 1]
        if column == 3:
            return cat.municipalities.label(row[4])
        if column in (4, 5):
            return (cat.intensities if column == 4 else cat.phases).label(row[column + 1]) if row[column + 1] else ""
        return format_date(row[column + 1])
