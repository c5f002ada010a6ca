"""The pages of the main window, each a thin view over app/ use cases."""

from __future__ import annotations

import heapq
from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.casemanager import handover, sync_service
from app.casemanager import today as heute
from app.casemanager.casework import Casework, PersonFilter, record_name
from app.casemanager.system_work import INDIVIDUAL, TARGET_INDIVIDUAL_SHARE, SystemWork
from app.core.messages import EXPECTED, describe, plural
from app.core.validation import ValidationError
from ui.appointments import AppointmentDialogs
from ui.case_view import CaseView, person_fields, person_from
from ui.forms import Field, FormDialog, delete_dialog, format_date
from ui.handover_dialogs import RECEIPT_FILTER, HandoverDialog, KeyDialog, ReceiveDialog
from ui.key_derivation import KeyDerivationRow
from ui.models import PersonListModel
from ui.widgets import RowActions, choices, error_label, fill_table, make_table, places, show_error


def _view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setResizeContentsPrecision(100)   # widths from 100 rows, not all of them
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


class TodayPage(QWidget):
    """The work list: overdue, today, the next 14 days. Enter opens the case on the item's tab;
    the buttons (and the context menu) do the item or put it back (Wiedervorlage)."""

    open_person = Signal(int, str)   # person id, tab key (app/casemanager/today.TAB_OF_KIND)
    open_appointment = Signal(int)   # an information event's appointment: shown in the week view
    changed = Signal()               # an item was done or put back

    def __init__(self, cw: Casework) -> None:
        super().__init__()
        self.cw = cw
        self.items: list[heute.DueItem] = []
        self.hide_names = False
        self.stale = True
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Heute fällig"))
        self.tree.setHeaderLabels([self.tr("Fällig"), self.tr("Person"), self.tr("Was")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.open_button = QPushButton(self.tr("Ö&ffnen"))
        self.done_button = QPushButton(self.tr("&Erledigt"))
        self.put_back_button = QPushButton(self.tr("&Wiedervorlage …"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.put_back_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.itemActivated.connect(lambda *_: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(lambda: self.done_current())
        self.put_back_button.clicked.connect(lambda: self.put_back_current())

    # -- showing -------------------------------------------------------------------------------------
    def invalidate(self) -> None:
        """Something changed: the list is computed again when it is next shown (once, not per change)."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.stale = False
        current = self.current_item()
        self.items = heute.due_items(self.cw)
        self._fill(current)

    def set_hide_names(self, hide: bool) -> None:
        self.hide_names = hide
        self._fill(self.current_item())

    def clear(self) -> None:
        """Forget every item shown (on lock)."""
        self.items, self.stale = [], True
        self.tree.clear()
        self.summary.clear()

    def _fill(self, current: heute.DueItem | None) -> None:
        """Show the items by group; ``current`` stays selected where it is still listed."""
        self.tree.clear()
        today = self.cw.today()
        groups: dict[str, list[tuple[int, heute.DueItem]]] = {}   # by group: (index in items, item)
        for index, item in enumerate(self.items):
            groups.setdefault(item.group(today), []).append((index, item))
        select, persons = None, []
        for group in (heute.OVERDUE, heute.TODAY, heute.SOON):
            if group not in groups:
                continue
            header = QTreeWidgetItem([f"{heute.group_label(group)} ({len(groups[group])})"])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)   # only takes effect once the item is in the tree
            for index, item in groups[group]:
                person = item.case_number if self.hide_names or not item.name else f"{item.name} ({item.case_number})"
                if not item.person_id:   # an information event's appointment: about no one
                    person = self.tr("Veranstaltung")
                persons.append(person)
                row = QTreeWidgetItem(header, [format_date(item.due), person, item.text])
                row.setData(0, Qt.ItemDataRole.UserRole, index)
                if current is not None and (item.kind, item.record_id) == (current.kind, current.record_id):
                    select = row
            header.setExpanded(True)
        # Widths from the font, not by measuring every row (resizeColumnToContents): thousands of items
        # at 20 000 persons took most of the time of showing them.
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(0, metrics.horizontalAdvance(" 00.00.0000 ") + 2 * self.tree.indentation())
        # Of the names, the longest by letters are measured: a wide letter does not make up for many.
        longest = heapq.nlargest(40, persons, key=len)
        self.tree.setColumnWidth(1, min(420, 24 + max(map(metrics.horizontalAdvance, longest), default=80)))
        first = self.tree.topLevelItem(0)
        self.tree.setCurrentItem(select or (first.child(0) if first else None))
        if not self.items:
            self.summary.setText(self.tr(
                "Heute und in den nächsten 14 Tagen ist nichts fällig.\n\n"
                "So fangen Sie an: Unter »Fälle« (Strg+2) legen Sie mit »Neue Person« eine Person an, erfassen "
                "ihre Einwilligung und eröffnen einen Fall. Ziele mit Zieldatum, Verweisungen und Fristen "
                "erscheinen dann hier, sobald sie fällig werden. Hilfe gibt es mit F1."))
        else:
            overdue = len(groups.get(heute.OVERDUE, []))
            total = plural(len(self.items), self.tr("{n} Punkt in den nächsten 14 Tagen"),
                           self.tr("{n} Punkte in den nächsten 14 Tagen"))
            self.summary.setText(self.tr("{total}, davon {overdue} überfällig.").format(total=total, overdue=overdue)
                                 if overdue else total + ".")
        self.tree.setVisible(bool(self.items))
        self._update_buttons()

    def current_item(self) -> heute.DueItem | None:
        row = self.tree.currentItem()
        index = row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None
        return self.items[index] if index is not None and index < len(self.items) else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        label = heute.done_label(item) if item else None
        self.open_button.setEnabled(item is not None)
        self.put_back_button.setEnabled(item is not None)
        self.done_button.setEnabled(label is not None)
        self.done_button.setText(label or self.tr("&Erledigt"))
        self.done_button.setToolTip("" if label or item is None else heute.done_hint(item))

    def _context_menu(self, position) -> None:
        item = self.current_item()
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Öffnen"), self.open_current)
        if heute.done_label(item):
            menu.addAction(heute.done_label(item), self.done_current)
        menu.addAction(self.tr("Wiedervorlage …"), self.put_back_current)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    # -- acting ---------------------------------------------------------------------------------------
    def open_current(self) -> None:
        item = self.current_item()
        if item is not None and not item.person_id:
            self.open_appointment.emit(item.record_id)
        elif item is not None:
            self.open_person.emit(item.person_id, item.tab)

    def done_current(self, referral_status: str | None = None) -> None:
        item = self.current_item()
        if item is None or heute.done_label(item) is None:
            return
        if item.kind == "appointment":   # held: its contact, filled from the booking, in a dialog
            if AppointmentDialogs(self.cw, self).held(item.record_id):
                self.changed.emit()
                self.refresh()
            return
        if item.kind == "referral_answer" and referral_status is None:
            answers = [(code, label) for code, label in choices(self.cw.cat.referral_status) if code != "angefragt"]
            label, ok = QInputDialog.getItem(self, self.tr("Rückmeldung erfassen"), self.tr("Neuer Stand der Verweisung:"),
                                             [text for _, text in answers], 0, False)
            if not ok:
                return
            referral_status = {text: code for code, text in answers}[label]
        try:
            heute.mark_done(self.cw, item, referral_status)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Heute"), exc.message)
            return
        self.changed.emit()
        self.refresh()

    def put_back_current(self, until: str | None = None) -> None:
        item = self.current_item()
        if item is None:
            return
        if until is None:
            dialog = FormDialog(self.tr("Wiedervorlage"), [
                Field("until", self.tr("Wieder vorlegen am"), "date", self.cw.today() + timedelta(days=7))],
                lambda v: heute.put_back(self.cw, item, v["until"]), self)
            if not dialog.exec():
                return
        else:
            heute.put_back(self.cw, item, until)
        self.changed.emit()
        self.refresh()


class CasesPage(QWidget):
    def __init__(self, cw: Casework) -> None:
        super().__init__()
        self.cw = cw
        cat = cw.cat
        self.model = PersonListModel(cw, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Name, Fallnummer, Notiz …"))
        self.search.setAccessibleName(self.tr("Suche"))
        self.search.setMinimumWidth(260)
        self.filters = {}
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        for name, label, options in [
            ("municipality", self.tr("Alle Kommunen"), places(cat)),
            ("intensity", self.tr("Alle Intensitäten"), choices(cat.intensities)),
            ("phase", self.tr("Alle Phasen"), choices(cat.phases)),
            ("status", self.tr("Jeder Status"), choices(cat.residence_status)),
            ("open_state", self.tr("Offen und abgeschlossen"), [("offen", self.tr("nur offene")),
                                                              ("abgeschlossen", self.tr("nur abgeschlossene"))]),
        ]:
            box = QComboBox()
            box.setAccessibleName(label)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
            box.addItem(label, None)
            for code, text in options:
                box.addItem(text, code)
            box.currentIndexChanged.connect(self.apply_filter)
            self.filters[name] = box
            filter_row.addWidget(box, 0)
        self.new_button = QPushButton(self.tr("&Neue Person"))
        filter_row.addWidget(self.new_button)
        self.count = QLabel()
        self.view = _view(self.model)
        self.view.setAccessibleName(self.tr("Fälle"))
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        # Handing over (docs/handover.md): the selected cases, a file received, a receipt, one's own key.
        self.hand_over_button = QPushButton(self.tr("Ü&bergeben …"))
        self.hand_over_button.setToolTip(self.tr("Die ausgewählten Fälle an eine Kollegin oder einen Kollegen "
                                                 "übergeben (verschlüsselt)"))
        receive_button = QPushButton(self.tr("Übergabe &empfangen …"))
        confirm_button = QPushButton(self.tr("&Quittung einlesen …"))
        key_button = QPushButton(self.tr("Mein Übergabe-&Schlüssel …"))
        import_button = QPushButton(self.tr("&Liste importieren …"))
        import_button.setToolTip(self.tr("Eine bestehende Liste (Excel oder CSV) als Personen und Fälle übernehmen"))
        import_button.clicked.connect(lambda: self.import_list())
        self.waiting = QLabel()
        handover_row = QHBoxLayout()
        for button in (self.hand_over_button, receive_button, confirm_button, key_button, import_button):
            handover_row.addWidget(button)
        handover_row.addWidget(self.waiting, 1)
        self.hand_over_button.clicked.connect(lambda: self.hand_over())
        receive_button.clicked.connect(lambda: self.receive_handover())
        confirm_button.clicked.connect(lambda: self.confirm_receipt())
        key_button.clicked.connect(lambda: self.handover_key())
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filter_row)
        list_layout.addWidget(self.view)
        list_layout.addWidget(self.count)
        list_layout.addLayout(handover_row)
        self.case_view = CaseView(cw)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.case_view)
        QVBoxLayout(self).addWidget(self.stack)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.view.activated.connect(lambda index: self.show_person(self.model.person_id(index.row())))
        self.new_button.clicked.connect(self.new_person)
        self.case_view.back.connect(self.show_list)
        self.case_view.changed.connect(self.model.refresh)
        self.model.modelReset.connect(self._show_count)   # after a filter and after a change alike
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_handover())
        self.model.modelReset.connect(self._update_handover)
        # The model read the first page with no filter when made: reading it again here doubled the
        # case list's share of unlocking.
        self.view.resizeColumnsToContents()
        self._show_count()
        self._update_handover()

    def forget(self) -> None:
        """On lock: no row, no search text, and no search still pending for a file about to close."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()
        self.model.clear()
        self.case_view.clear()

    def apply_filter(self) -> None:
        text = self.search.text().strip()
        ids = tuple(r["id"] for r in self.cw.search(text, limit=500)) if text else None
        self.model.set_filter(PersonFilter(ids=ids, **{name: box.currentData() for name, box in self.filters.items()}))

    def _show_count(self) -> None:
        self.count.setText(plural(self.model.total, self.tr("{n} Person"), self.tr("{n} Personen")))

    # -- handing over --------------------------------------------------------------------------------
    def selected_person_ids(self) -> list[int]:
        return [self.model.person_id(row) for row in sorted({i.row() for i in self.view.selectionModel().selectedRows()})]

    def _update_handover(self) -> None:
        self.hand_over_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
        waiting = handover.handovers_waiting(self.cw)
        self.waiting.setText(plural(len(waiting), self.tr("{n} Übergabe wartet auf ihre Quittung."),
                                    self.tr("{n} Übergaben warten auf ihre Quittung.")) if waiting else "")

    def _changed(self) -> None:
        self.model.refresh()
        self.case_view.changed.emit()   # Heute and whatever else follows the cases

    def hand_over(self) -> None:
        ids = self.selected_person_ids()
        if not ids:
            return
        dialog = HandoverDialog(self.cw, ids, self)
        if dialog.exec() == HandoverDialog.DialogCode.Accepted:
            self._changed()
            written = dialog.written
            QMessageBox.information(self, self.tr("Übergeben"), self.tr(
                "Die Übergabedatei für {name} ist geschrieben: {path}.").format(name=written.recipient.name,
                                                                                path=written.path) + " " + plural(
                written.persons, self.tr("{n} Person ist als »Übergabe läuft« gesperrt, bis die Quittung eingelesen "
                                         "ist."),
                self.tr("{n} Personen sind als »Übergabe läuft« gesperrt, bis die Quittung eingelesen ist.")))

    def receive_handover(self, path=None) -> None:
        from pathlib import Path

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Übergabe empfangen"), "", "*.fallakte-uebergabe")
            if not path:
                return
        try:
            dialog = ReceiveDialog(self.cw, Path(path), self)
        except EXPECTED as exc:
            QMessageBox.warning(self, self.tr("Übergabe empfangen"), describe(exc))
            return
        if dialog.exec() == ReceiveDialog.DialogCode.Accepted:
            self._changed()

    def confirm_receipt(self, path=None) -> None:
        from pathlib import Path

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Quittung einlesen"), "", RECEIPT_FILTER)
            if not path:
                return
        try:
            done = handover.confirm(self.cw, handover.read_receipt_file(Path(path)))
        except EXPECTED as exc:
            QMessageBox.warning(self, self.tr("Quittung einlesen"), describe(exc))
            return
        self._changed()
        QMessageBox.information(self, self.tr("Quittung einlesen"), self.tr(
            "Diese Quittung war bereits eingelesen; nichts geändert.") if done.already else self.tr(
            "Übergabe an {name} bestätigt: {deleted} aus dieser Falldatei gelöscht, {closed} als »übergeben« "
            "abgeschlossen.").format(name=done.recipient,
                                      deleted=plural(done.deleted, self.tr("{n} Person"), self.tr("{n} Personen")),
                                      closed=plural(done.closed, self.tr("{n} Fall"), self.tr("{n} Fälle"))))

    def import_list(self, path=None) -> None:
        from pathlib import Path

        from ui.list_import_dialog import ImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Liste importieren"), "",
                                                  self.tr("Listen (*.xlsx *.csv)"))
            if not path:
                return
        dialog = ImportDialog(self.cw, Path(path), self)
        if dialog.exec() == ImportDialog.DialogCode.Accepted:
            self._changed()
            QMessageBox.information(self, self.tr("Liste importieren"), plural(
                dialog.imported, self.tr("{n} Person importiert."), self.tr("{n} Personen importiert.")))

    def handover_key(self) -> None:
        dialog = KeyDialog(self.cw, self)
        if dialog.exec() == KeyDialog.DialogCode.Accepted:
            QMessageBox.information(self, self.tr("Mein Übergabe-Schlüssel"), self.tr(
                "Gespeichert: {path}. Geben Sie die Datei der Kollegin oder dem Kollegen und lesen Sie den "
                "Fingerabdruck am Telefon vor.").format(path=dialog.written))

    def show_person(self, person_id: int) -> None:
        self.case_view.show_person(person_id)
        self.stack.setCurrentWidget(self.case_view)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.view.setFocus()

    def new_person(self) -> None:
        dialog = FormDialog(self.tr("Neue Person"), person_fields(self.cw.cat, home=sync_service.home_municipality(self.cw)),
                            lambda v: self.cw.add_person(person_from(v)), self)
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self.model.refresh()
            self.show_person(dialog.result_value)


def _delete(parent: QWidget, sw: SystemWork, table: str, record: dict) -> bool:
    """Asks, with the reason for the audit log; Ctrl+Z brings the record back."""
    from app.core.messages import tr

    description = tr("{record} vom {date}").format(record=record_name(table), date=format_date(record["date"]))
    return delete_dialog(record_name(table), description, lambda reason: sw.delete(table, record["id"], reason),
                         parent).exec() == FormDialog.DialogCode.Accepted


class TimePage(QWidget):
    """Week view of the time log with the running share of single-case work against 60 %, and the
    week's entries, each open for correction."""

    def __init__(self, cw: Casework) -> None:
        super().__init__()
        self.cw, self.sw = cw, SystemWork(cw)
        today = cw.today()
        self.monday = today - timedelta(days=today.weekday())
        self.week = QLabel()
        previous, following = QPushButton(self.tr("← Vorwoche")), QPushButton(self.tr("Folgewoche →"))
        add = QPushButton(self.tr("Zeit &erfassen"))
        self.table = make_table([self.tr("Tag"), self.tr("Einzelfall (min)"), self.tr("Systemebene (min)")])
        self.entries = make_table([self.tr("Datum"), self.tr("Minuten"), self.tr("Tätigkeit"), self.tr("Notiz")])
        self.entries.setAccessibleName(self.tr("Einträge der Woche"))
        self.entry_rows: list[dict] = []
        RowActions(self.entries, lambda row: [(self.tr("&Bearbeiten …"), lambda: self.edit_entry(row)),
                                              (self.tr("&Löschen …"), lambda: self.delete_entry(row))])
        self.share = QLabel()
        self.share.setAccessibleName(self.tr("Anteil Einzelfall"))
        top = QHBoxLayout()
        for w in (previous, self.week, following, add):
            top.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.share)
        layout.addWidget(QLabel(self.tr("Einträge der Woche (Doppelklick oder Eingabetaste: bearbeiten)")))
        layout.addWidget(self.entries)
        previous.clicked.connect(lambda: self.move(-7))
        following.clicked.connect(lambda: self.move(7))
        add.clicked.connect(self.add_entry)
        # No refresh here: the main window refreshes a page each time it is shown (unlocking is faster).

    def move(self, days: int) -> None:
        self.monday += timedelta(days=days)
        self.refresh()

    def show_week_of(self, day: date) -> None:
        self.monday = day - timedelta(days=day.weekday())
        self.refresh()

    def refresh(self) -> None:
        rows = []
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            split = self.sw.time_split(day, day)
            rows.append([format_date(day), split.individual_minutes, split.system_total])
        fill_table(self.table, rows)
        self.entry_rows = self.sw.time_entries(self.monday, self.monday + timedelta(days=6))
        fill_table(self.entries, [[format_date(e["date"]), e["minutes"], self._kind_label(e["kind"]), e["note"]]
                                  for e in self.entry_rows])
        week = self.sw.time_split(self.monday, self.monday + timedelta(days=6))
        self.week.setText(self.tr("Woche ab {d}").format(d=format_date(self.monday)))
        share = week.individual_share
        self.share.setText(self.tr("Einzelfall {p} % · Systemebene {q} % (Ziel {t} / {u})").format(
            p=round(share * 100) if share is not None else "–", q=round((1 - share) * 100) if share is not None else "–",
            t=round(TARGET_INDIVIDUAL_SHARE * 100), u=round((1 - TARGET_INDIVIDUAL_SHARE) * 100)))

    def _kinds(self) -> list[tuple[str, str]]:
        return [(INDIVIDUAL, self.tr("Einzelfall (ohne Kontakt)"))] + choices(self.cw.cat.system_work)

    def _kind_label(self, kind: str) -> str:
        return dict(self._kinds()).get(kind, kind)

    def _fields(self, e: dict | None = None) -> list[Field]:
        e = e or {"date": self.cw.today(), "minutes": 60, "kind": None, "note": ""}
        return [Field("on", self.tr("Datum"), "date", e["date"]), Field("minutes", self.tr("Minuten"), "int", e["minutes"]),
                Field("kind", self.tr("Tätigkeit"), "choice", e["kind"], self._kinds()),
                Field("note", self.tr("Notiz"), default=e["note"])]

    def add_entry(self) -> None:
        dialog = FormDialog(self.tr("Zeit erfassen"), self._fields(), lambda v: self.sw.log_time(**v), self)
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self.refresh()

    def edit_entry(self, row: int) -> None:
        entry = self.entry_rows[row]
        dialog = FormDialog(self.tr("Zeiteintrag bearbeiten"), self._fields(entry),
                            lambda v: self.sw.update_time(entry["id"], **v), self)
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self.refresh()

    def delete_entry(self, row: int) -> None:
        if _delete(self, self.sw, "time_entry", self.entry_rows[row]):
            self.refresh()


class RecordsPage(QWidget):
    """A list of simple records (events, observations) with an "add" form; a row opens for correction
    on double-click or Enter, right-click or the Menu key also offers to delete it.

    ``records()`` lists them (dicts with an id), ``cells(record)`` is a row, ``fields(record or None)``
    the form, ``save(values, record id or None)`` adds or corrects one."""

    def __init__(self, sw: SystemWork, table: str, headers, records, cells, fields, save, add_label) -> None:
        super().__init__()
        self.sw, self.table_name = sw, table
        self.records, self.cells, self.fields, self.save = records, cells, fields, save
        self.rows: list[dict] = []
        self.table = make_table(headers)
        RowActions(self.table, lambda row: [(self.tr("&Bearbeiten …"), lambda: self.edit(row)),
                                            (self.tr("&Löschen …"), lambda: self.delete(row))])
        add = QPushButton(add_label)
        add.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        # No refresh here: the main window refreshes a page each time it is shown (unlocking is faster).

    def refresh(self) -> None:
        self.rows = self.records()
        fill_table(self.table, [self.cells(r) for r in self.rows])

    def add(self) -> None:
        dialog = FormDialog(self.windowTitle(), self.fields(None), lambda v: self.save(v, None), self)
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self.refresh()

    def edit(self, row: int) -> None:
        record = self.rows[row]
        dialog = FormDialog(self.tr("{record} bearbeiten").format(record=record_name(self.table_name)),
                            self.fields(record), lambda v: self.save(v, record["id"]), self)
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self.refresh()

    def delete(self, row: int) -> None:
        if _delete(self, self.sw, self.table_name, self.rows[row]):
            self.refresh()


def events_page(cw: Casework) -> RecordsPage:
    sw, cat = SystemWork(cw), cw.cat
    from app.core.messages import tr

    def fields(e: dict | None) -> list[Field]:
        e = e or {"date": cw.today(), "municipality": sync_service.home_municipality(cw), "topic": None,
                  "participants": 0, "languages": "",
                  "interpreters": 0}
        return [Field("on", tr("Datum"), "date", e["date"]),
                Field("municipality", tr("Kommune"), "choice", e["municipality"], places(cat)),
                Field("topic", tr("Thema"), "choice", e["topic"], choices(cat.topics)),
                Field("participants", tr("Teilnehmende"), "int", e["participants"]),
                Field("languages", tr("Sprachen"), default=e["languages"]),
                Field("interpreters", tr("Dolmetschende"), "int", e["interpreters"])]

    return RecordsPage(
        sw, "info_event", [tr("Datum"), tr("Kommune"), tr("Thema"), tr("Teilnehmende"), tr("Sprachen"),
                           tr("Dolmetschende")],
        sw.events,
        lambda e: [format_date(e["date"]), cat.municipalities.label(e["municipality"]), cat.topics.label(e["topic"]),
                   e["participants"], e["languages"], e["interpreters"]],
        fields, lambda v, record_id: sw.update_event(record_id, **v) if record_id else sw.add_event(**v),
        tr("Veranstaltung &erfassen"))


def observations_page(cw: Casework) -> RecordsPage:
    sw, cat = SystemWork(cw), cw.cat
    from app.core.messages import tr

    def fields(o: dict | None) -> list[Field]:
        o = o or {"date": cw.today(), "municipality": sync_service.home_municipality(cw), "category": None, "text": ""}
        return [Field("on", tr("Datum"), "date", o["date"]),
                Field("municipality", tr("Kommune"), "choice", o["municipality"], places(cat)),
                Field("category", tr("Kategorie"), "choice", o["category"], choices(cat.observation_categories)),
                Field("text", tr("Beobachtung"), "note", o["text"])]

    return RecordsPage(
        sw, "observation", [tr("Datum"), tr("Kommune"), tr("Kategorie"), tr("Beobachtung")],
        sw.observations,
        lambda o: [format_date(o["date"]), cat.municipalities.label(o["municipality"]),
                   cat.observation_categories.label(o["category"]), o["text"]],
        fields, lambda v, record_id: sw.update_observation(record_id, **v) if record_id else sw.add_observation(**v),
        tr("Beobachtung &erfassen"))


class SettingsPage(QWidget):
    """Per-user settings (language, auto-lock) live in QSettings; case-file settings in the case file."""

    language_changed = Signal(str)
    idle_changed = Signal(int)
    case_settings_changed = Signal()   # the case file's settings changed: what is due may have changed too

    def __init__(self, cw: Casework) -> None:
        super().__init__()
        self.cw = cw
        settings = QSettings()
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.value("language", "de"))))
        self.language.setAccessibleName(self.tr("Sprache"))
        self.idle = QSpinBox()
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(int(settings.value("idle_minutes", 5)))
        self.idle.setAccessibleName(self.tr("Automatisch sperren nach"))
        current = cw.settings()
        self.reminders = QLineEdit(",".join(map(str, current.reminder_months)))
        self.retention = QSpinBox()
        self.retention.setRange(1, 240)
        self.retention.setValue(current.retention_months)
        self.answer_days = QSpinBox()
        self.answer_days.setRange(1, 365)
        self.answer_days.setValue(current.answer_days)
        self.renewal_weeks = QSpinBox()
        self.renewal_weeks.setRange(1, 52)
        self.renewal_weeks.setValue(current.renewal_weeks)
        self.renewal_weeks.setAccessibleName(self.tr("Verlängerung erinnern (Wochen vor Ablauf)"))
        self.notice = QSpinBox()
        self.notice.setRange(0, 240)
        self.notice.setSuffix(self.tr(" min"))
        self.notice.setSpecialValueText(self.tr("aus"))
        self.notice.setValue(int(settings.value("appointment_notice_minutes", 15)))
        self.notice.setAccessibleName(self.tr("Hinweis vor Terminen"))
        self.error = error_label()
        self.saved = QLabel()
        save = QPushButton(self.tr("&Speichern"))
        form = QFormLayout(self)
        form.addRow(self.tr("Sprache:"), self.language)
        form.addRow(self.tr("Automatisch sperren nach:"), self.idle)
        form.addRow(self.tr("§ 104c-Erinnerungen (Monate vor Fristende):"), self.reminders)
        form.addRow(self.tr("Aufbewahrungsfrist (Monate):"), self.retention)
        form.addRow(self.tr("Rückmeldung erwarten nach (Tagen):"), self.answer_days)
        form.addRow(self.tr("Verlängerung erinnern (Wochen vor »gültig bis«):"), self.renewal_weeks)
        form.addRow(self.tr("Hinweis vor Terminen (solange Fallakte offen ist):"), self.notice)
        form.addRow(self.tr("Ablage des KI:"), QLabel(self.tr("wird unter »Synchronisation« eingerichtet")))
        form.addRow(self.error)
        form.addRow(save, self.saved)
        save.clicked.connect(self.save)
        # Takes effect at once (with the passphrase), not with »Speichern«: below the button.
        self.key_derivation = KeyDerivationRow(cw.casefile)
        form.addRow(self.tr("Schlüsselableitung:"), self.key_derivation)

    def save(self) -> None:
        show_error(self.error, "")
        try:
            months = tuple(int(m) for m in self.reminders.text().replace(" ", "").split(",") if m)
        except ValueError:
            show_error(self.error, self.tr("Erinnerungen: bitte Monate als Zahlen, durch Komma getrennt."))
            return
        try:
            self.cw.save_settings(months, self.retention.value(), self.answer_days.value(), self.renewal_weeks.value())
        except ValidationError as exc:
            show_error(self.error, exc.message)
            return
        settings = QSettings()
        settings.setValue("idle_minutes", self.idle.value())
        settings.setValue("appointment_notice_minutes", self.notice.value())
        settings.setValue("language", self.language.currentData())
        self.case_settings_changed.emit()
        self.idle_changed.emit(self.idle.value())
        self.language_changed.emit(self.language.currentData())
        self.saved.setText(self.tr("Gespeichert."))
