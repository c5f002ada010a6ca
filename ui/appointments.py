"""Appointments in the window: the week view (*Termine*), and the dialogs of one appointment, which
the week view, the case's tab *Termine* and *Heute* share. Rules and wording of errors live in
app/casemanager/appointments.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.casemanager import appointments as termine
from app.casemanager.appointments import Appointment, Appointments
from app.casemanager.casework import Casework, Contact, record_name
from app.core.messages import describe, plural, tr
from app.core.validation import ValidationError
from ui.forms import Field, FormDialog, contact_fields, delete_dialog, format_amount, format_date, format_money
from ui.widgets import RowActions, choices, error_label, places, show_error

Actions = list[tuple[str, Callable[[], None]]]
NOT_BOOKED = QBrush(QColor("#b3261e"))
ID_ROLE = Qt.ItemDataRole.UserRole
DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class AppointmentDialogs:
    """Every dialog about one appointment; each returns True when it changed something."""

    def __init__(self, cw: Casework, parent: QWidget) -> None:
        self.cw, self.parent = cw, parent
        self.appointments = Appointments(cw)

    # -- the form ------------------------------------------------------------------------------------
    def fields(self, a: Appointment, event: bool, ask_person: bool = False) -> list[Field]:
        cat = self.cw.cat
        out = [Field("person", tr("Person (Fallnummer oder Name)"))] if ask_person else []
        out += [Field("day", tr("Datum"), "date", a.day),
                Field("start", tr("Uhrzeit (HH:MM)"), default=a.start),
                Field("minutes", tr("Dauer (Minuten)"), "int", a.minutes),
                Field("place", tr("Ort"), default=a.place)]
        if event:
            out += [Field("municipality", tr("Kommune"), "choice", a.municipality, places(cat)),
                    Field("topic", tr("Thema"), "choice", a.topic, choices(cat.topics))]
        else:
            out += [Field("channel", tr("Kontaktart"), "choice", a.channel, choices(cat.channels)),
                    Field("topic", tr("Thema"), "choice", a.topic, choices(cat.topics), optional=True)]
        out += [Field("with_whom", tr("Mit wem (auch Partner, Behörde)"), default=a.with_whom),
                Field("interpreter_language", tr("Sprachmittlung in"), "choice", a.interpreter_language or None,
                      choices(cat.languages), optional=True),
                Field("interpreter_provider", tr("Dolmetschdienst"), default=a.interpreter_provider),
                Field("interpreter_booked", tr("Sprachmittlung gebucht"), "check", a.interpreter_booked),
                Field("interpreter_minutes", tr("Erwartete Dolmetschminuten"), "int", a.interpreter_minutes),
                Field("interpreter_cost", tr("Erwartete Dolmetschkosten (€)"), default=format_amount(a.interpreter_cost)),
                Field("note", tr("Notiz"), "note", a.note)]
        return out

    @staticmethod
    def _from(values: dict, event: bool) -> Appointment:
        v = dict(values)
        v.pop("person", None)
        v["interpreter_language"] = v.get("interpreter_language") or ""
        if event:
            v["channel"] = "persoenlich"
        return Appointment(**v)

    def _run(self, dialog: FormDialog) -> bool:
        return dialog.exec() == FormDialog.DialogCode.Accepted

    def new(self, person_id: int | None = None, day: date | None = None, *, event: bool = False) -> int | None:
        """A new appointment: with ``person_id``, or asking for the person, or (``event``) for an
        information event. Returns its id, or None when cancelled."""
        blank = Appointment(day or self.cw.today(), "", 60)
        ask = person_id is None and not event

        def save(v: dict) -> int:
            who = self.appointments.person_for(v["person"]) if ask else person_id
            return self.appointments.add(self._from(v, event), who)

        title = tr("Veranstaltung planen") if event else tr("Termin vereinbaren")
        dialog = FormDialog(title, self.fields(blank, event, ask), save, self.parent,
                            intro=tr("Mit Sprachmittlung: Sprache wählen; gebucht ankreuzen, sobald die Buchung steht.")
                            if not event else "")
        return dialog.result_value if self._run(dialog) else None

    def edit(self, appointment_id: int) -> bool:
        row = self.appointments.row(appointment_id)
        event = row["person_id"] is None
        current = self.appointments.appointment(row)
        return self._run(FormDialog(tr("Termin bearbeiten"), self.fields(current, event),
                                    lambda v: self.appointments.update(appointment_id, self._from(v, event)),
                                    self.parent))

    # -- outcomes --------------------------------------------------------------------------------------
    def held(self, appointment_id: int) -> bool:
        """Termin hat stattgefunden: the contact (or event) it becomes, filled from the booking and
        open to correction before it is saved."""
        row = self.appointments.row(appointment_id)
        if row["person_id"] is None:
            e = self.appointments.held_event(appointment_id)
            cat = self.cw.cat
            return self._run(FormDialog(tr("Veranstaltung hat stattgefunden"), [
                Field("on", tr("Datum"), "date", e["on"]),
                Field("municipality", tr("Kommune"), "choice", e["municipality"], places(cat)),
                Field("topic", tr("Thema"), "choice", e["topic"], choices(cat.topics)),
                Field("participants", tr("Teilnehmende"), "int", e["participants"]),
                Field("languages", tr("Sprachen"), default=e["languages"]),
                Field("interpreters", tr("Dolmetschende"), "int", e["interpreters"])],
                lambda v: self.appointments.mark_held_event(appointment_id, **v), self.parent,
                intro=tr("Die Veranstaltung wird unter »Veranstaltungen« erfasst.")))
        contact = self.appointments.held_contact(appointment_id)
        return self._run(FormDialog(
            tr("Termin hat stattgefunden"), contact_fields(self.cw.cat, contact),
            lambda v: self.appointments.mark_held(appointment_id, Contact(**v)), self.parent,
            intro=tr("Der Termin wird als Kontakt im Fall erfasst. Dauer und Sprachmittlung kommen aus der Buchung "
                     "und lassen sich vor dem Speichern anpassen."), save_text=tr("Als Kontakt speichern")))

    def failed(self, appointment_id: int) -> bool:
        return self._run(FormDialog(tr("Termin ausgefallen"), [
            Field("reason", tr("Grund"), "choice", choices=termine.reasons(termine.FAILED), optional=True)],
            lambda v: self.appointments.mark_failed(appointment_id, v["reason"] or ""), self.parent,
            save_text=tr("Als ausgefallen speichern")))

    def cancel(self, appointment_id: int) -> bool:
        return self._run(FormDialog(tr("Termin absagen"), [
            Field("reason", tr("Grund (freiwillig)"), "choice", choices=termine.reasons(termine.CANCELLED),
                  optional=True)],
            lambda v: self.appointments.cancel(appointment_id, v["reason"]), self.parent,
            save_text=tr("Absagen")))

    def booked(self, appointment_id: int) -> bool:
        try:
            self.appointments.mark_booked(appointment_id)
        except ValidationError as exc:
            QMessageBox.warning(self.parent, tr("Nicht geändert"), exc.message)
            return False
        return True

    def delete(self, appointment_id: int) -> bool:
        row = self.appointments.row(appointment_id)
        description = tr("Termin vom {date} um {start} Uhr").format(date=format_date(row["day"]), start=row["start"])
        return delete_dialog(record_name("appointment"), description,
                             lambda reason: self.appointments.delete(appointment_id, reason),
                             self.parent).exec() == FormDialog.DialogCode.Accepted

    def actions(self, row: dict, after: Callable[[], None],
                open_person: Callable[[int, str], None] | None = None) -> Actions:
        """What can be done with an appointment, the first on Enter or double-click; ``after`` runs
        once something changed."""
        def then(dialog: Callable[[int], bool]) -> Callable[[], None]:
            return lambda: dialog(row["id"]) and after()

        out: Actions = []
        if row["state"] == termine.PLANNED:
            out += [(tr("&Bearbeiten …"), then(self.edit)), (tr("&Stattgefunden …"), then(self.held)),
                    (tr("&Ausgefallen …"), then(self.failed)), (tr("Ab&sagen …"), then(self.cancel))]
            if row["interpreter_language"] and not row["interpreter_booked"]:
                out.append((tr("Sprachmittlung &gebucht"), then(self.booked)))
        if open_person is not None and row["person_id"]:
            tab = "kontakte" if row["state"] == termine.HELD else "termine"
            out.append((tr("&Fall öffnen"), lambda: open_person(row["person_id"], tab)))
        out.append((tr("&Löschen …"), then(self.delete)))
        return out


def interpreter_cell(cw: Casework, row: dict) -> str:
    """"Arabisch, gebucht" / "Arabisch, noch nicht gebucht"; with the expected cost where known."""
    if not row["interpreter_language"]:
        return ""
    parts = [cw.cat.languages.label(row["interpreter_language"]),
             tr("gebucht") if row["interpreter_booked"] else tr("noch nicht gebucht")]
    if row["interpreter_cost_cents"]:
        parts.append(format_money(row["interpreter_cost_cents"]))
    return ", ".join(parts)


def state_cell(row: dict) -> str:
    text = termine.state_label(row["state"])
    if row["reason"]:
        label = dict(termine.reasons(row["state"])).get(row["reason"], row["reason"])
        text += f" ({label})"
    return text


def interpreting_text(q: termine.QuarterInterpreting) -> str:
    return tr("Sprachmittlung im {quarter}: {held} aus erfassten Kontakten · gebucht, noch nicht stattgefunden: "
              "{booked} ({booked_cost}) · vorgesehen, noch nicht gebucht: {unbooked} ({unbooked_cost}). Nur auf "
              "diesem Gerät: an das KI gehen allein Kosten aus Kontakten, je abgeschlossenem Quartal.").format(
        quarter=q.label, held=format_money(q.held_cents),
        booked=plural(q.booked, tr("{n} Termin"), tr("{n} Termine")), booked_cost=format_money(q.booked_cents),
        unbooked=plural(q.unbooked, tr("{n} Termin"), tr("{n} Termine")), unbooked_cost=format_money(q.unbooked_cents))


class WeekPage(QWidget):
    """The week, Monday to Sunday, day by day: previous and next week, back to this one; Enter or a
    double-click opens an appointment, the Menu key offers the rest; Enter on a day's heading
    arranges an appointment on that day. The week goes out as an .ics file."""

    changed = Signal()
    open_person = Signal(int, str)   # person id, tab key

    def __init__(self, cw: Casework) -> None:
        super().__init__()
        self.cw = cw
        self.appointments = Appointments(cw)
        self.dialogs = AppointmentDialogs(cw, self)
        self.monday = termine.monday_of(cw.today())
        self.rows: dict[int, dict] = {}
        self.hide_names = False
        self.week = QLabel()
        self.week.setAccessibleName(self.tr("Woche"))
        font = self.week.font()
        font.setBold(True)
        self.week.setFont(font)
        previous = QPushButton(self.tr("← &Vorwoche"))
        self.this_week = this_week = QPushButton(self.tr("&Diese Woche"))
        following = QPushButton(self.tr("Folge&woche →"))
        self.export_button = QPushButton(self.tr("&Kalenderdatei (.ics) …"))
        top = QHBoxLayout()
        for w in (previous, this_week, following):
            top.addWidget(w)
        top.addWidget(self.week, 1)
        top.addWidget(self.export_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Termine der Woche"))
        self.tree.setHeaderLabels([self.tr("Zeit"), self.tr("Person"), self.tr("Ort"), self.tr("Mit"),
                                   self.tr("Sprachmittlung"), self.tr("Stand")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        RowActions(self.tree, lambda _row: self.current_actions())
        self.new_button = QPushButton(self.tr("&Neuer Termin …"))
        self.event_button = QPushButton(self.tr("Veranstaltung &planen …"))
        self.held_button = QPushButton(self.tr("&Stattgefunden …"))
        self.failed_button = QPushButton(self.tr("&Ausgefallen …"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.event_button, self.held_button, self.failed_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.interpreting = QLabel()
        self.interpreting.setWordWrap(True)
        self.interpreting.setAccessibleName(self.tr("Sprachmittlung im Quartal"))
        self.notice = error_label()
        self.notice.setObjectName("hinweis")
        self.notice.setStyleSheet("background: #fff4ce; color: #3b2f00; padding: 4px; border-radius: 3px;")
        self.notice.setAccessibleName(self.tr("Hinweis"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.interpreting)
        layout.addWidget(self.notice)

        previous.clicked.connect(lambda: self.move(-7))
        following.clicked.connect(lambda: self.move(7))
        this_week.clicked.connect(lambda: self.show_week_of(self.cw.today()))
        self.export_button.clicked.connect(lambda: self.export_ics())
        self.new_button.clicked.connect(lambda: self.new())
        self.event_button.clicked.connect(lambda: self.new(event=True))
        self.held_button.clicked.connect(lambda: self._on_current(self.dialogs.held))
        self.failed_button.clicked.connect(lambda: self._on_current(self.dialogs.failed))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        for keys, step in (("Ctrl+PgUp", -7), ("Ctrl+PgDown", 7)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.move(step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.new())

    # -- showing -------------------------------------------------------------------------------------
    def move(self, days: int) -> None:
        self.monday += timedelta(days=days)
        self.refresh()

    def show_week_of(self, day: date) -> None:
        self.monday = termine.monday_of(day)
        self.refresh()

    def set_hide_names(self, hide: bool) -> None:
        self.hide_names = hide
        self.refresh()

    def clear(self) -> None:
        """On lock: nothing of the week stays on screen."""
        self.rows = {}
        self.tree.clear()
        for label in (self.summary, self.interpreting, self.week):
            label.clear()
        show_error(self.notice, "")

    def refresh(self) -> None:
        current = self.current_id()
        rows = self.appointments.week(self.monday)
        self.rows = {r["id"]: r for r in rows}
        today = self.cw.today()
        self.week.setText(termine.week_label(self.monday))
        self.tree.clear()
        select = None
        muted = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            of_day = [r for r in rows if r["day"] == day.isoformat()]
            heading = f"{termine.weekday_name(day)}, {format_date(day)}"
            if day == today:
                heading += " · " + self.tr("heute")
            if not of_day:
                heading += " · " + self.tr("keine Termine")
            header = QTreeWidgetItem([heading])
            header.setData(0, DAY_ROLE, day.isoformat())
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for r in of_day:
                item = QTreeWidgetItem(header, [f"{r['start']}–{termine.end_of(r)}", self._who(r), self._place(r),
                                                r["with_whom"], interpreter_cell(self.cw, r), state_cell(r)])
                item.setData(0, ID_ROLE, r["id"])
                if r["interpreter_language"] and not r["interpreter_booked"] and r["state"] == termine.PLANNED:
                    item.setForeground(4, NOT_BOOKED)
                if r["state"] in (termine.FAILED, termine.CANCELLED):
                    for c in range(6):
                        item.setForeground(c, muted)
                if r["id"] == current:
                    select = item
            header.setExpanded(True)
        # The days' headings span the row; the columns fit the week's few rows (at most a few dozen).
        self.tree.setColumnWidth(0, self.tree.fontMetrics().horizontalAdvance(" 00:00–00:00 ")
                                 + 2 * self.tree.indentation())
        for column in range(1, 5):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(max(self.tree.columnWidth(column), 90), 380))
        self.tree.setCurrentItem(select or self._first_of(today))
        planned = [r for r in rows if r["state"] == termine.PLANNED]
        unbooked = sum(1 for r in planned if r["interpreter_language"] and not r["interpreter_booked"])
        summary = plural(len(planned), self.tr("{n} geplanter Termin in dieser Woche"),
                         self.tr("{n} geplante Termine in dieser Woche"))
        if unbooked:
            summary += ", " + plural(unbooked, self.tr("{n} Sprachmittlung noch nicht gebucht"),
                                     self.tr("{n} Sprachmittlungen noch nicht gebucht"))
        self.summary.setText(summary + ".")
        self.interpreting.setText(interpreting_text(self.appointments.interpreting(self.monday + timedelta(days=3))))
        self._update_buttons()

    def _first_of(self, today: date) -> QTreeWidgetItem | None:
        """Today's first appointment, else today's heading, else the week's first heading."""
        for g in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(g)
            if header.data(0, DAY_ROLE) == today.isoformat():
                return header.child(0) or header
        return self.tree.topLevelItem(0)

    def _who(self, row: dict) -> str:
        if row["person_id"] is None:
            return self.tr("Informationsveranstaltung: {topic} ({place})").format(
                topic=self.cw.cat.topics.label(row["topic"]), place=self.cw.cat.municipalities.label(row["municipality"]))
        return row["case_number"] if self.hide_names else f"{row['name']} ({row['case_number']})"

    def _place(self, row: dict) -> str:
        channel = self.cw.cat.channels.label(row["channel"]) if row["channel"] != "persoenlich" else ""
        return ", ".join(filter(None, (row["place"], channel)))

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_day(self) -> date | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        day = item.data(0, DAY_ROLE) or (item.parent().data(0, DAY_ROLE) if item.parent() else None)
        return date.fromisoformat(day) if day else None

    def select(self, appointment_id: int) -> None:
        """Show the week of an appointment with it selected (from *Heute*, after Ctrl+Z)."""
        row = self.appointments.row(appointment_id)
        self.show_week_of(date.fromisoformat(row["day"]))
        for g in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(g)
            for c in range(header.childCount()):
                if header.child(c).data(0, ID_ROLE) == appointment_id:
                    self.tree.setCurrentItem(header.child(c))
        self.tree.setFocus()

    def _update_buttons(self) -> None:
        row = self.rows.get(self.current_id())
        planned = row is not None and row["state"] == termine.PLANNED
        self.held_button.setEnabled(planned)
        self.failed_button.setEnabled(planned)

    # -- acting ---------------------------------------------------------------------------------------
    def current_actions(self) -> Actions:
        appointment_id = self.current_id()
        if appointment_id is None:
            day = self.current_day()
            return [(self.tr("Termin an diesem Tag &vereinbaren …"), lambda: self.new(day))] if day else []
        return self.dialogs.actions(self.rows[appointment_id], self._changed,
                                    lambda person, tab: self.open_person.emit(person, tab))

    def _on_current(self, dialog: Callable[[int], bool]) -> None:
        appointment_id = self.current_id()
        if appointment_id is not None and dialog(appointment_id):
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def new(self, day: date | None = None, *, event: bool = False) -> None:
        """A new appointment, on ``day`` or the day selected (today if it is in the week shown)."""
        today = self.cw.today()
        day = day or self.current_day() or (today if self.monday <= today <= self.monday + timedelta(days=6)
                                             else self.monday)
        created = self.dialogs.new(day=day, event=event)
        if created is not None:
            self.select(created)
            self.changed.emit()

    def export_ics(self, with_names: bool | None = None, path: Path | None = None) -> Path | None:
        """The week as an .ics file for Outlook or Thunderbird. Asks whether names go with it (case
        numbers only unless chosen) and where to; says that the file lies outside the case file."""
        show_error(self.notice, "")
        key = termine.week_key(self.monday)
        if with_names is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Kalenderdatei (.ics)"), self.tr(
                "Die Termine der {week} werden als Kalenderdatei für Outlook oder Thunderbird gespeichert. Diese Datei "
                "liegt außerhalb der verschlüsselten Falldatei und ist nicht geschützt.\n\nNur Fallnummern "
                "(empfohlen) oder auch Namen, Hausbesuchsadressen und wer sonst teilnimmt?").format(
                    week=termine.week_label(self.monday)), parent=self)
            numbers = box.addButton(self.tr("Nur Fallnummern"), QMessageBox.ButtonRole.AcceptRole)
            names = box.addButton(self.tr("Mit Namen"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(numbers)
            box.exec()
            if box.clickedButton() not in (numbers, names):
                return None
            with_names = box.clickedButton() is names
        if path is None:
            settings = QSettings()
            folder = settings.value("ics/folder", "") or QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Kalenderdatei speichern"),
                                                    str(Path(folder) / f"termine-{key}.ics"),
                                                    self.tr("Kalender (*.ics)"))
            if not chosen:
                return None
            path = Path(chosen)
            settings.setValue("ics/folder", str(path.parent))
        try:
            written = self.appointments.export_week(self.monday, path, with_names)
        except (OSError, ValidationError) as exc:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), describe(exc))
            return None
        what = self.tr("mit Namen") if with_names else self.tr("nur mit Fallnummern")
        show_error(self.notice, self.tr(
            "Kalenderdatei gespeichert ({what}): {path}. Sie liegt außerhalb der verschlüsselten Falldatei: bitte nach "
            "dem Import in Outlook oder Thunderbird löschen.").format(what=what, path=written))
        return written
