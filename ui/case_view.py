"""One person's case: person, residence status with the § 104c window, the case and its phases,
goals, contacts, referrals and consent. Every change goes through a FormDialog and a use case; a
row opens for correction on double-click or Enter, and right-click or the Menu key offers the rest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.casemanager import attachments, handover, households, letters, pathways, printouts
from app.casemanager.appointments import end_of
from app.casemanager.casework import (
    Casework,
    ConsentProof,
    Contact,
    FirstContact,
    Person,
    Referral,
    consent_proof_text,
    consent_ways,
    delete_reasons,
    record_name,
)
from app.casemanager.chancen import ChancenWindow
from app.core.messages import describe
from app.core.validation import ValidationError
from ui.appointments import AppointmentDialogs, interpreter_cell, state_cell
from ui.forms import Field, FormDialog, contact_fields, delete_dialog, format_date, format_duration, format_money
from ui.jobs import run_job
from ui.models import PersonListModel
from ui.widgets import RowActions, choices, fill_table, make_table, places


class ChancenTimeline(QWidget):
    """The 18-month window as a bar: granted … today … end, with the reminders as ticks."""

    def __init__(self) -> None:
        super().__init__()
        self.window: ChancenWindow | None = None
        self.today = date.today()
        self.labels = None   # the status catalogue's labels, for the title applied for
        self.setMinimumHeight(56)
        self.setAccessibleName(self.tr("Zeitleiste § 104c"))

    def set_window(self, window: ChancenWindow | None, today: date) -> None:
        self.window, self.today = window, today
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        w = self.window
        if w is None:
            return self.tr("Keine Aufenthaltserlaubnis nach § 104c erfasst. Neue Anträge sind seit dem 01.01.2026 "
                           "nicht mehr möglich.")
        outcome = {"laufend": self.tr("läuft"), "fiktion": self.tr("abgelaufen, Antrag rechtzeitig gestellt: "
                                                                   "gilt bis zur Entscheidung fort (Fiktion)"),
                   "ae_25a": self.tr("übergegangen in § 25a"), "ae_25b": self.tr("übergegangen in § 25b"),
                   "duldung": self.tr("zurück in die Duldung"), "sonstige": self.tr("anderer Status"),
                   "abgelaufen": self.tr("abgelaufen")}[w.outcome]
        text = self.tr("§ 104c vom {start} bis {end}: {outcome}").format(
            start=format_date(w.granted), end=format_date(w.ends), outcome=outcome)
        if w.applied_on and w.pending:
            text += self.tr("; Antrag auf {title} gestellt am {day}").format(
                title=self.title_label(w.applied_for), day=format_date(w.applied_on))
        return text

    def title_label(self, code: str | None) -> str:
        return self.labels(code) if self.labels and code else (code or "")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(0, 0, self.width(), 18), Qt.AlignmentFlag.AlignLeft, self.text())
        w = self.window
        if w is None:
            return
        span = max(1, (w.ends - w.granted).days)
        bar = QRectF(4, 26, self.width() - 8, 14)
        painter.fillRect(bar, palette.color(QPalette.ColorRole.Mid))
        done = min(1.0, max(0.0, (self.today - w.granted).days / span))
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * done, bar.height()),
                         QColor("#1f6f78") if w.running else palette.color(QPalette.ColorRole.Dark))
        painter.setPen(QColor("#b3261e"))
        for reminder in w.reminders:
            x = bar.left() + bar.width() * (reminder - w.granted).days / span
            painter.drawLine(int(x), int(bar.top()) - 3, int(x), int(bar.bottom()) + 3)


TAB_OF = {"residence_status": 1, "case_intensity": 2, "goal": 3, "contact": 4, "first_contact": 4, "referral": 5,
          "consent": 6, "appointment": 7}


class CaseView(QWidget):
    changed = Signal()
    back = Signal()

    def __init__(self, cw: Casework) -> None:
        super().__init__()
        self.cw = cw
        self.appointment_dialogs = AppointmentDialogs(cw, self)
        self.person_id: int | None = None
        self.rows: dict[str, list[dict]] = {}   # table -> the records behind the rows shown
        self._writing = False                    # a printout or letter is being written on a worker
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Person"))
        back = QPushButton(self.tr("← Zur Liste"))
        back.clicked.connect(self.back)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.title, 1)
        # Where the case came from, or that it is being handed over (docs/handover.md).
        self.handover_note = QLabel()
        self.handover_note.setWordWrap(True)
        self.handover_note.setAccessibleName(self.tr("Übergabe"))

        self.tabs = QTabWidget()
        self.person_info = QLabel()
        self.person_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)   # read from the top
        self.person_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard |
                                                 Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statuses = make_table([self.tr("Seit"), self.tr("Status"), self.tr("Beantragt"), self.tr("Antrag"),
                                    self.tr("Entscheidung"), self.tr("Gültig bis")])
        self.timeline = ChancenTimeline()
        self.timeline.labels = cw.cat.residence_status.label
        self.checklist = make_table([self.tr("Bleiberecht"), self.tr("Voraussetzung"), self.tr("Nachgewiesen am"),
                                     self.tr("Nachzuweisen bis"), self.tr("Rechtsgrundlage")])
        self.first_contacts = make_table([self.tr("Datum"), self.tr("Dauer"), self.tr("Art"), self.tr("Themen"),
                                          self.tr("Einwilligung angefragt")])
        self.first_contacts.setMaximumHeight(120)
        self.household_hints = QLabel()   # what the household may mean for the residence status
        self.household_hints.setWordWrap(True)
        self.household_hints.setAccessibleName(self.tr("Hinweise aus dem Haushalt"))
        status_top = QWidget()
        status_top_layout = QVBoxLayout(status_top)
        status_top_layout.setContentsMargins(0, 0, 0, 0)
        status_top_layout.addWidget(self.timeline)
        status_top_layout.addWidget(self.household_hints)
        self.household = make_table([*PersonListModel.columns()[:3], self.tr("Rolle"), self.tr("Alter")])
        self.household.setAccessibleName(self.tr("Haushalt"))
        self.household_info = QLabel()
        self.household_info.setWordWrap(True)
        self.case_info = QLabel()
        self.phases = make_table([self.tr("Seit"), self.tr("Phase")])
        self.intensities = make_table([self.tr("Seit"), self.tr("Intensität")])
        self.goals = make_table([self.tr("Ziel"), self.tr("Lebensbereich"), self.tr("Zieldatum"), self.tr("Stand"),
                                 self.tr("Wer tut was")])
        self.contacts = make_table([self.tr("Datum"), self.tr("Dauer"), self.tr("Art"), self.tr("Themen"),
                                    self.tr("Sprachmittlung"), self.tr("Notiz")])
        self.referrals = make_table([self.tr("Datum"), self.tr("Partner"), self.tr("Stand"), self.tr("Ergebnis"),
                                     self.tr("Nachfassen")])
        self.consents = make_table([self.tr("Zweck"), self.tr("Erteilt"), self.tr("Widerrufen"), self.tr("Nachweis")])
        self.appointments = make_table([self.tr("Datum"), self.tr("Zeit"), self.tr("Ort"), self.tr("Mit"),
                                        self.tr("Sprachmittlung"), self.tr("Stand")])
        self.documents = make_table([self.tr("Bezeichnung"), self.tr("Hinzugefügt"), self.tr("Gehört zu"),
                                     self.tr("Größe"), self.tr("Datei")])
        for table, name in ((self.statuses, self.tr("Aufenthaltsstatus")), (self.phases, self.tr("Phasen")),
                            (self.intensities, self.tr("Intensität")), (self.goals, self.tr("Ziele")),
                            (self.contacts, self.tr("Kontakte")), (self.referrals, self.tr("Verweisungen")),
                            (self.consents, self.tr("Einwilligungen")), (self.checklist, self.tr("Checkliste Bleiberecht")),
                            (self.first_contacts, self.tr("Zugangskontakte (vor der Einwilligung)")),
                            (self.appointments, self.tr("Termine")), (self.documents, self.tr("Dokumente"))):
            table.setAccessibleName(name)
        residence = QWidget()
        stacked = QVBoxLayout(residence)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(self.statuses, 1)
        self.checklist_title = QLabel(self.tr("Checkliste Bleiberecht (§ 25a, § 25b AufenthG): was nachgewiesen ist "
                                              "und bis wann der Rest nachzuweisen ist"))
        stacked.addWidget(self.checklist_title)
        stacked.addWidget(self.checklist, 1)
        contacts = QWidget()
        stacked = QVBoxLayout(contacts)
        stacked.setContentsMargins(0, 0, 0, 0)
        self.first_contacts_title = QLabel(self.tr("Zugangskontakte (vor der Einwilligung):"))
        stacked.addWidget(self.first_contacts_title)
        stacked.addWidget(self.first_contacts)
        stacked.addWidget(self.contacts, 1)
        history = QWidget()
        side_by_side = QHBoxLayout(history)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.addWidget(self.phases)
        side_by_side.addWidget(self.intensities)

        self.buttons: dict[str, QPushButton] = {}   # by the name of what they do, to enable them as the case allows
        self.tabs.addTab(self._section(self.person_info, [(self.tr("Person &bearbeiten"), self.edit_person),
                                                          (self.tr("&Auskunft exportieren (Art. 15 DSGVO)"),
                                                           self.export_subject_access),
                                                          (self.tr("Alle Daten &löschen"), self.delete_person)]),
                         self.tr("Person"))
        self.tabs.addTab(self._section(residence, [(self.tr("&Status erfassen"), self.add_status),
                                                   (self.tr("&Checkliste anlegen …"), self.start_checklist)],
                                       status_top), self.tr("Aufenthalt"))
        self.tabs.addTab(self._section(history, [(self.tr("Fall &eröffnen"), self.open_case),
                                                 (self.tr("&Phase wechseln"), self.change_phase),
                                                 (self.tr("&Intensität ändern"), self.change_intensity),
                                                 (self.tr("Fall &abschließen"), self.close_case)], self.case_info),
                         self.tr("Fall"))
        self.tabs.addTab(self._section(self.goals, [(self.tr("&Ziel hinzufügen"), self.add_goal),
                                                    (self.tr("&Hilfeplan drucken …"), self.print_hilfeplan)]),
                         self.tr("Ziele"))
        self.tabs.addTab(self._section(contacts, [(self.tr("&Kontakt erfassen (Strg+N)"), self.add_contact),
                                                  (self.tr("&Zugangskontakt erfassen (vor der Einwilligung)"),
                                                   self.add_first_contact)]),
                         self.tr("Kontakte"))
        self.tabs.addTab(self._section(self.referrals, [(self.tr("&Verweisung erfassen"), self.add_referral)]),
                         self.tr("Verweisungen"))
        self.tabs.addTab(self._section(self.consents, [(self.tr("Einwilligung &erfassen"), self.add_consent),
                                                       (self.tr("Einwilligung &widerrufen"), self.withdraw_consent),
                                                       (self.tr("&Formular drucken …"), self.print_consent_form),
                                                       (self.tr("Unterschriebenes Formular &anhängen …"),
                                                        self.attach_consent_form)]),
                         self.tr("Einwilligungen"))
        self.tabs.addTab(self._section(self.appointments, [(self.tr("&Termin vereinbaren"), self.add_appointment)]),
                         self.tr("Termine"))
        self.tabs.addTab(self._section(self.documents, [(self.tr("Dokument &hinzufügen …"), self.add_document),
                                                        (self.tr("&Hilfeplan drucken …"), self.print_hilfeplan),
                                                        (self.tr("Fall&blatt drucken …"), self.print_fallblatt),
                                                        (self.tr("Brief &schreiben …"), self.write_letter)]),
                         self.tr("Dokumente"))
        self.tabs.addTab(self._section(self.household, [(self.tr("Haushalt &anlegen"), self.start_household),
                                                        (self.tr("Person &hinzufügen …"), self.join_household),
                                                        (self.tr("Aus dem Haushalt &lösen"), self.leave_household)],
                                       self.household_info), self.tr("Haushalt"))
        # Tabs by name, for opening a case where a Heute item points (app/casemanager/today.TAB_OF_KIND).
        self.tab_keys = ["person", "aufenthalt", "fall", "ziele", "kontakte", "verweisungen", "einwilligungen",
                         "termine", "dokumente", "haushalt"]
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.handover_note, 1)
        self.withdraw_button = QPushButton(self.tr("Übergabe &zurücknehmen …"))
        self.withdraw_button.clicked.connect(self.withdraw_handover)
        handover_row.addWidget(self.withdraw_button)
        layout.addLayout(handover_row)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_contact)

        # Double-click or Enter opens a row for correction; right-click or the Menu key offers the rest.
        edit, delete = self.tr("&Bearbeiten …"), self.tr("&Löschen …")
        for view, table, actions in (
                (self.statuses, "residence_status", lambda r: [(edit, lambda: self.edit_status(r))]),
                (self.intensities, "case_intensity", lambda r: [(edit, lambda: self.edit_intensity(r))]),
                (self.goals, "goal", lambda r: [(edit, lambda: self.edit_goal(r)),
                                                (self.tr("&Erreicht"), lambda: self.set_goal_status(r, "erreicht")),
                                                (self.tr("&Aufgegeben"), lambda: self.set_goal_status(r, "verworfen"))]),
                (self.contacts, "contact", lambda r: [(edit, lambda: self.edit_contact(r))]),
                (self.first_contacts, "first_contact", lambda r: [(edit, lambda: self.edit_first_contact(r))]),
                (self.referrals, "referral", lambda r: [(edit, lambda: self.edit_referral(r)),
                                                        (self.tr("&Antwort erfassen …"), lambda: self.record_answer(r))]),
                (self.consents, "consent", lambda r: [
                    (edit, lambda: self.edit_consent(r)), (self.tr("&Widerrufen …"), lambda: self.withdraw_consent(r)),
                    (self.tr("&Formular drucken …"), lambda: self.print_consent_form(r)),
                    (self.tr("Unterschriebenes Formular &anhängen …"), lambda: self.attach_consent_form(r))])):
            RowActions(view, lambda r, actions=actions, table=table: actions(r) + [
                (delete, lambda: self.delete_record(table, r))])
        RowActions(self.appointments, lambda r: self.appointment_dialogs.actions(
            self._record("appointment", r), self._appointment_changed,
            lambda _person, tab: self.show_tab(tab)))
        RowActions(self.documents, lambda r: [(self.tr("&Anzeigen"), lambda: self.show_document(r)),
                                              (edit, lambda: self.edit_document(r)),
                                              (self.tr("Kopie &speichern unter …"), lambda: self.save_document(r)),
                                              (delete, lambda: self.delete_document(r))])
        RowActions(self.checklist, lambda r: [(self.tr("&Nachweis erfassen …"), lambda: self.edit_check(r)),
                                              (self.tr("Checkliste &entfernen …"), lambda: self.stop_checklist(r))])
        RowActions(self.household, lambda r: [(self.tr("&Rolle ändern …"), lambda: self.change_role(r)),
                                              (self.tr("Fall ö&ffnen"), lambda: self.open_member(r)),
                                              (self.tr("Aus dem Haushalt &lösen"), lambda: self.leave_household(r))])

    def _section(self, body: QWidget, actions, top: QWidget | None = None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if top is not None:
            layout.addWidget(top)
        layout.addWidget(body)
        buttons = QHBoxLayout()
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[slot.__name__] = button
        buttons.addStretch()
        layout.addLayout(buttons)
        return page

    # -- showing -----------------------------------------------------------------------------------
    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        self.refresh()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        self.tabs.currentWidget().focusNextChild()   # into the tab's list, so the keyboard goes on from there

    def show_records(self, table: str) -> None:
        """The tab where records of this kind are listed (after Ctrl+Z took a change back)."""
        if table in TAB_OF:
            self.tabs.setCurrentIndex(TAB_OF[table])

    def clear(self) -> None:
        self.person_id = None
        self.rows = {}
        for label in (self.title, self.person_info, self.case_info, self.handover_note):
            label.clear()
        for table in (self.statuses, self.phases, self.intensities, self.goals, self.contacts, self.referrals,
                      self.consents, self.checklist, self.first_contacts, self.appointments, self.documents,
                      self.household):
            table.setRowCount(0)
        self.household_hints.clear()
        self.household_info.clear()
        self.timeline.set_window(None, date.today())

    def open_case_row(self) -> dict | None:
        return self.cw.open_case_of(self.person_id)

    def latest_case(self) -> dict | None:
        cases = self.cw.cases_of(self.person_id)
        return cases[-1] if cases else None

    def refresh(self) -> None:
        if self.person_id is None:
            return
        cw, cat, pid = self.cw, self.cw.cat, self.person_id
        p = cw.person(pid)
        self.title.setText(f"<b>{p.case_number}</b> – {p.family_name}, {p.given_names}")
        self.handover_note.setText(self._handover_note(pid))
        self.handover_note.setVisible(bool(self.handover_note.text()))
        self.withdraw_button.setVisible(handover.running(cw, pid) is not None)
        born = p.birth_date if p.birth_date and len(p.birth_date) == 4 else format_date(p.birth_date)
        self.person_info.setText("\n".join(f"{label}: {value}" for label, value in [
            (self.tr("Geburtsdatum"), born or "–"), (self.tr("Geschlecht"), cat.genders.label(p.gender)),
            (self.tr("Staatsangehörigkeit"), p.nationality or "–"), (self.tr("Sprachen"), p.languages or "–"),
            (self.tr("Wohnort"), cat.municipalities.label(p.municipality)), (self.tr("Anschrift"), p.address or "–"),
            (self.tr("Telefon"), p.phone or "–"), (self.tr("E-Mail"), p.email or "–"),
            (self.tr("Bereits begleitet durch"), p.accompanied_by or "–"),
            (self.tr("In Deutschland seit"), format_date(p.in_germany_since) or "–"),
            (self.tr("Notiz"), p.note or "–")]))
        rows = self.rows = {"residence_status": cw.status_history(pid), "consent": cw.consents(pid),
                            "pathway_check": pathways.checklist(cw, pid), "first_contact": cw.first_contacts(pid),
                            "appointment": self.appointment_dialogs.appointments.of_person(pid)}
        fill_table(self.appointments, [[format_date(a["day"]), f"{a['start']}–{end_of(a)}", a["place"], a["with_whom"],
                                        interpreter_cell(cw, a), state_cell(a)] for a in rows["appointment"]])
        fill_table(self.statuses, [[format_date(s["since"]), cat.residence_status.label(s["status"]),
                                    cat.residence_status.label(s["applied_for"]) if s["applied_for"] else "",
                                    format_date(s["applied_on"]), format_date(s["decided_on"]),
                                    format_date(s["valid_until"])]
                                   for s in rows["residence_status"]])
        fill_table(self.checklist, [[pathways.pathway_label(c.pathway), c.label, format_date(c.proven_on),
                                     format_date(c.due_on), c.law] for c in rows["pathway_check"]])
        # The conditions are long sentences: the column keeps room for the dates and the legal
        # reference beside it, and the whole sentence is a tooltip away.
        for r in range(self.checklist.rowCount()):
            for c in (1, 4):   # the condition and its legal reference
                self.checklist.item(r, c).setToolTip(self.checklist.item(r, c).text())
        self.checklist.setColumnWidth(1, min(self.checklist.columnWidth(1), 480))
        self.checklist.setVisible(bool(rows["pathway_check"]))
        self.checklist_title.setVisible(bool(rows["pathway_check"]))
        fill_table(self.first_contacts, [[format_date(c["date"]), format_duration(c["minutes"]),
                                          cat.channels.label(c["channel"]),
                                          ", ".join(cat.topics.label(t) for t in c["topics"]),
                                          self.tr("ja") if c["consent_requested"] else self.tr("nein")]
                                         for c in rows["first_contact"]])
        self.first_contacts.setVisible(bool(rows["first_contact"]))
        self.first_contacts_title.setVisible(bool(rows["first_contact"]))
        self.timeline.set_window(cw.chancen_window(pid), cw.today())
        self._show_household(pid)
        case = self.latest_case()
        self._enable_case_actions(case is not None and not case["closed_on"])
        if case:
            state = self.tr("offen") if not case["closed_on"] else self.tr("abgeschlossen am {d}").format(
                d=format_date(case["closed_on"]))
            self.case_info.setText(self.tr("Fall vom {d}, {intensity}, {state}").format(
                d=format_date(case["opened_on"]), intensity=cat.intensities.label(case["intensity"]), state=state))
            rows.update(case_intensity=cw.intensities(case["id"]), goal=cw.goals(case["id"]),
                        contact=list(reversed(cw.contacts(case["id"]))), referral=cw.referrals(case["id"]))
            fill_table(self.phases, [[format_date(ph["since"]), cat.phases.label(ph["phase"])]
                                     for ph in cw.phases(case["id"])])
            fill_table(self.intensities, [[format_date(i["since"]), cat.intensities.label(i["intensity"])]
                                          for i in rows["case_intensity"]])
            fill_table(self.goals, [[g["text"], cat.topics.label(g["life_area"]), format_date(g["target_date"]),
                                     cat.goal_status.label(g["status"]), g["responsible"]] for g in rows["goal"]])
            fill_table(self.contacts, [[format_date(c["date"]), format_duration(c["minutes"]),
                                        cat.channels.label(c["channel"]),
                                        ", ".join(cat.topics.label(t) for t in c["topics"]), self._interpreter(c),
                                        c["notes"]] for c in rows["contact"]])
            fill_table(self.referrals, [[format_date(r["date"]), cat.partners.label(r["partner"]),
                                         cat.referral_status.label(r["status"]),
                                         cat.referral_outcomes.label(r["outcome"]) if r["outcome"] else "",
                                         format_date(r["follow_up_on"])] for r in rows["referral"]])
        else:
            self.case_info.setText(self.tr("Noch kein Fall eröffnet."))
            for table in (self.phases, self.intensities, self.goals, self.contacts, self.referrals):
                table.setRowCount(0)
        rows["attachment"] = attachments.of_person(cw, pid)
        forms = {}
        for a in rows["attachment"]:
            if a.consent_id is not None:
                forms[a.consent_id] = forms.get(a.consent_id, 0) + 1
        fill_table(self.consents, [[self._purpose(c["purpose"], c["partner"]), format_date(c["given_on"]),
                                    format_date(c["withdrawn_on"]), consent_proof_text(c) + ", " + (
                                        self.tr("Formular angehängt") if forms.get(c["id"]) else
                                        self.tr("kein Formular angehängt"))] for c in rows["consent"]])
        links = dict(self._link_choices())
        fill_table(self.documents, [[a.title, format_date(a.added_on),
                                     links.get(self._link_of(a), ""), attachments.megabytes(a.size), a.file_name]
                                    for a in rows["attachment"]])

    # -- household ---------------------------------------------------------------------------------
    def _show_household(self, pid: int) -> None:
        members = self.rows["household"] = households.members(self.cw, pid)
        fill_table(self.household, [[m.case_number, m.family_name, m.given_names, households.role_label(m.role),
                                     "" if m.age is None else (f"~{m.age}" if m.year_only else str(m.age))]
                                    for m in members])
        self.household_info.setText(
            self.tr("Noch kein Haushalt. »Haushalt anlegen« nimmt diese Person auf; weitere Personen kommen mit "
                    "ihrer Fallnummer hinzu.") if not members else
            self.tr("Personen, die zusammen leben, mit ihrer Rolle in der Familie. Doppelklick: Rolle ändern."))
        self.buttons["start_household"].setEnabled(not members)
        self.buttons["join_household"].setEnabled(bool(members))
        self.buttons["leave_household"].setEnabled(bool(members))
        hints = households.hints(self.cw, pid)
        self.household_hints.setText("\n".join(hints))
        self.household_hints.setVisible(bool(hints))

    def start_household(self) -> None:
        self._dialog(self.tr("Haushalt anlegen"), [
            Field("role", self.tr("Rolle dieser Person"), "choice", "elternteil", households.role_choices())],
            lambda v: households.start(self.cw, self.person_id, v["role"]))

    def join_household(self) -> None:
        self._dialog(self.tr("Person zum Haushalt hinzufügen"), [
            Field("case_number", self.tr("Fallnummer der Person")),
            Field("role", self.tr("Rolle"), "choice", "kind", households.role_choices())],
            lambda v: households.join(self.cw, self.person_id, v["case_number"], v["role"]))

    def change_role(self, row: int) -> None:
        member = self.rows["household"][row]
        self._dialog(self.tr("Rolle im Haushalt"), [
            Field("role", self.tr("Rolle"), "choice", member.role, households.role_choices())],
            lambda v: households.set_role(self.cw, member.person_id, v["role"]))

    def open_member(self, row: int) -> None:
        self.show_person(self.rows["household"][row].person_id)

    def leave_household(self, row: int | None = None) -> None:
        """The chosen member (or this person) leaves the household."""
        members = self.rows.get("household", [])
        member = members[row] if isinstance(row, int) and not isinstance(row, bool) and 0 <= row < len(members) \
            else next((m for m in members if m.person_id == self.person_id), None)
        if member is not None:
            self._run(lambda: households.leave(self.cw, member.person_id))

    def withdraw_handover(self) -> None:
        """For a file that will not arrive: the persons come back into work here, after a warning."""
        running = handover.running(self.cw, self.person_id)
        if running is None:
            return
        answer = QMessageBox.question(self, self.tr("Übergabe zurücknehmen"), self.tr(
            "Die Übergabe an {name} vom {date} zurücknehmen? Nur, wenn die Datei dort nicht angekommen ist "
            "(verloren, Kollegin oder Kollege nicht mehr da): sonst liegen die Personen danach in beiden "
            "Falldateien. Alle Personen dieser Übergabe sind dann wieder hier in Arbeit.").format(
            name=running.recipient, date=format_date(running.since)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            handover.withdraw(self.cw, running.handover_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Nicht zurückgenommen"), exc.message)
            return
        self.refresh()
        self.changed.emit()

    def _handover_note(self, person_id: int) -> str:
        running = handover.running(self.cw, person_id)
        if running:
            return self.tr("Übergabe an {name} läuft seit {date}: bis die Quittung eingelesen ist, bleibt der Fall "
                           "unverändert; danach wird er hier gelöscht.").format(name=running.recipient,
                                                                            date=format_date(running.since))
        origin = handover.origin(self.cw, person_id)
        if origin:
            text = self.tr("Übernommen von {name} am {date}.").format(name=origin.sender,
                                                                      date=format_date(origin.received_at[:10]))
            if origin.previous_case_numbers:
                text += " " + self.tr("Frühere Fallnummer: {numbers}.").format(
                    numbers=", ".join(origin.previous_case_numbers))
            return text
        return ""

    def _interpreter(self, contact: dict) -> str:
        """"Arabisch, 45 Min., 52,50 €": who interpreted how long at what cost, as far as recorded."""
        if not contact["interpreter_language"]:
            return ""
        parts = [contact["interpreter_language"]]
        if contact["interpreter_minutes"]:
            parts.append(format_duration(contact["interpreter_minutes"]))
        if contact["interpreter_cost_cents"]:
            parts.append(format_money(contact["interpreter_cost_cents"]))
        return ", ".join(parts)

    def _enable_case_actions(self, open_case: bool) -> None:
        """What needs an open case is disabled without one, and says why; a second case cannot be opened."""
        need_case = self.tr("Dafür zuerst im Reiter »Fall« einen Fall eröffnen.")
        for name in ("change_phase", "change_intensity", "close_case", "add_goal", "add_contact", "add_referral"):
            self.buttons[name].setEnabled(open_case)
            self.buttons[name].setToolTip("" if open_case else need_case)
        self.buttons["open_case"].setEnabled(not open_case)
        self.buttons["open_case"].setToolTip(self.tr("Es ist bereits ein Fall offen.") if open_case else "")

    @property
    def consent_rows(self) -> list[dict]:
        return self.rows.get("consent", [])

    def _purpose(self, purpose: str, partner: str | None) -> str:
        if purpose == "uebergabe":
            return self.tr("Übergabe an Kolleg*in")
        return self.tr("Fallarbeit") if purpose == "fallarbeit" else \
            self.tr("Weitergabe an {p}").format(p=self.cw.cat.partners.label(partner))

    # -- actions -----------------------------------------------------------------------------------
    def _dialog(self, title: str, fields: list[Field], save) -> bool:
        return self._ask(FormDialog(title, fields, save, self))

    def _ask(self, dialog: FormDialog) -> bool:
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        if accepted:
            self.refresh()
            self.changed.emit()
        return accepted

    def _run(self, change) -> None:
        """A change without a form (Erreicht, Aufgegeben): done at once, Ctrl+Z takes it back."""
        try:
            change()
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Nicht geändert"), exc.message)
            return
        self.refresh()
        self.changed.emit()

    def _record(self, table: str, row: int) -> dict:
        return self.rows[table][row]

    def _today(self) -> date:
        return self.cw.today()

    def edit_person(self) -> None:
        p, cat = self.cw.person(self.person_id), self.cw.cat
        self._dialog(self.tr("Person bearbeiten"), person_fields(cat, p),
                     lambda v: self.cw.update_person(self.person_id, person_from(v)))

    def export_subject_access(self) -> None:
        from app.casemanager.privacy import export_subject_access

        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner für die Auskunft"))
        if folder:
            written = export_subject_access(self.cw, self.person_id, Path(folder))
            self.case_info.setText(self.tr("Auskunft geschrieben: {pdf}").format(pdf=written[1]) + (
                " " + self.tr("Die Dokumente der Person liegen daneben im Ordner {folder}.").format(
                    folder=written[2].parent) if len(written) > 2 else ""))

    def delete_person(self) -> None:
        """Deletion for good (retention over, or consent withdrawn); asks first, names what goes."""
        from app.casemanager.privacy import delete_person
        from app.core.messages import describe

        number = self.cw.person(self.person_id).case_number
        answer = QMessageBox.question(self, self.tr("Alle Daten löschen"), self.tr(
            "Alle Daten zu {n} werden endgültig gelöscht: Person, Status, Fälle, Kontakte, Verweisungen, "
            "Einwilligungen, Termine, Dokumente. Das lässt sich nicht rückgängig machen. Löschen?").format(n=number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_person(self.cw, self.person_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Nicht gelöscht"), exc.message)
            return
        except Exception as exc:  # shown in words; nothing was deleted (one transaction)
            QMessageBox.warning(self, self.tr("Nicht gelöscht"), describe(exc))
            return
        self.clear()
        self.changed.emit()
        self.back.emit()

    def delete_record(self, table: str, row: int) -> None:
        """Asks, with the reason for the audit log; Ctrl+Z brings the record back."""
        record = self._record(table, row)
        day = record.get("date") or record.get("since") or record.get("given_on")
        description = self.tr("{record} vom {date}").format(record=record_name(table), date=format_date(day)) \
            if table != "goal" else self.tr("Ziel »{text}«").format(text=record["text"])
        self._ask(delete_dialog(record_name(table), description,
                                lambda reason: self.cw.delete(table, record["id"], reason), self))

    # appointments
    def add_appointment(self) -> None:
        if self.person_id is not None and self.appointment_dialogs.new(self.person_id) is not None:
            self._appointment_changed()

    def _appointment_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # residence status
    def _status_fields(self, s: dict | None = None) -> list[Field]:
        s = s or {"status": None, "since": self._today(), "applied_on": None, "decided_on": None, "valid_until": None,
                  "applied_for": None}
        statuses = self.cw.cat.residence_status
        titles = [(e.code, e.label) for e in statuses.entries if e.extra.get("title")]
        return [Field("status", self.tr("Status"), "choice", s["status"], choices(statuses)),
                Field("since", self.tr("Gültig ab (bei einem Antrag: gestellt am)"), "date", s["since"]),
                Field("applied_for", self.tr("Beantragt (nur bei »Antrag gestellt«)"), "choice", s["applied_for"], titles,
                      optional=True),
                Field("applied_on", self.tr("Antrag gestellt am"), "date", s["applied_on"]),
                Field("decided_on", self.tr("Entschieden am"), "date", s["decided_on"]),
                Field("valid_until", self.tr("Gültig bis (laut Karte oder Bescheinigung)"), "date", s["valid_until"])]

    def _save_status(self, status_id: int | None, note: str = ""):
        def save(v):
            values = {"status": v["status"], "since": v["since"], "applied_on": v["applied_on"] or None,
                      "decided_on": v["decided_on"] or None, "valid_until": v["valid_until"] or None,
                      "applied_for": v["applied_for"] or None}
            if status_id is None:
                return self.cw.record_status(self.person_id, **values)
            return self.cw.update_status(status_id, note=note, **values)
        return save

    def add_status(self) -> None:
        self._dialog(self.tr("Aufenthaltsstatus erfassen"), self._status_fields(), self._save_status(None))

    def edit_status(self, row: int) -> None:
        s = self._record("residence_status", row)
        self._dialog(self.tr("Aufenthaltsstatus bearbeiten"), self._status_fields(s), self._save_status(s["id"], s["note"]))

    def start_checklist(self) -> None:
        """A checklist for § 25a or § 25b: every condition of that Bleiberecht, to tick as it is proven."""
        self._dialog(self.tr("Checkliste Bleiberecht anlegen"), [
            Field("pathway", self.tr("Bleiberecht"), "choice", None,
                  [(code, pathways.pathway_label(code)) for code in pathways.PATHWAYS])],
            lambda v: pathways.start(self.cw, self.person_id, v["pathway"]))

    def stop_checklist(self, row: int) -> None:
        """The Bleiberecht is no longer pursued: its checklist goes, after a question."""
        pathway = self._record("pathway_check", row).pathway
        if QMessageBox.question(self, self.tr("Checkliste entfernen"), self.tr(
                "Die Checkliste für {pathway} mit allen Nachweisen entfernen?").format(
                    pathway=pathways.pathway_label(pathway))) == QMessageBox.StandardButton.Yes:
            self._run(lambda: pathways.stop(self.cw, self.person_id, pathway))

    def edit_check(self, row: int) -> None:
        check = self._record("pathway_check", row)
        self._dialog(self.tr("Nachweis: {condition}").format(condition=check.label), [
            Field("proven_on", self.tr("Nachgewiesen am"), "date", check.proven_on),
            Field("due_on", self.tr("Nachzuweisen bis"), "date", check.due_on)],
            lambda v: pathways.set_check(self.cw, check.id, v["proven_on"] or None, v["due_on"] or None))

    # case
    def open_case(self) -> None:
        """Consent first: without it no case can be opened, so it is asked for before the case's form."""
        if not self.cw.has_consent(self.person_id, "fallarbeit", self._today()):
            if QMessageBox.question(self, self.tr("Fall eröffnen"), self.tr(
                    "Für einen Fall braucht es die Einwilligung der Person in die Fallarbeit. Jetzt erfassen?")) \
                    != QMessageBox.StandardButton.Yes:
                return
            if not self._dialog(self.tr("Einwilligung erfassen"), self._consent_fields(purpose="fallarbeit"),
                                lambda v: self.cw.give_consent(self.person_id, "fallarbeit", v["given_on"],
                                                               proof=self._proof_from(v))):
                return
        self._dialog(self.tr("Fall eröffnen"), [
            Field("opened_on", self.tr("Eröffnet am"), "date", self._today()),
            Field("intensity", self.tr("Intensität"), "choice", choices=choices(self.cw.cat.intensities))],
            lambda v: self.cw.open_case(self.person_id, v["opened_on"], v["intensity"]))

    def _require_case(self, open_only: bool = True) -> dict | None:
        case = self.open_case_row() if open_only else self.latest_case()
        if case is None:
            self.case_info.setText(self.tr("Dafür muss ein Fall offen sein."))
        return case

    def change_phase(self) -> None:
        case = self._require_case()
        if case:
            phases = [c for c in choices(self.cw.cat.phases) if c[0] != "abschluss"]
            self._dialog(self.tr("Phase wechseln"), [
                Field("phase", self.tr("Neue Phase"), "choice", choices=phases),
                Field("since", self.tr("Seit"), "date", self._today())],
                lambda v: self.cw.change_phase(case["id"], v["phase"], v["since"]))

    def _intensity_fields(self, intensity: str, since) -> list[Field]:
        return [Field("intensity", self.tr("Intensität"), "choice", intensity, choices(self.cw.cat.intensities)),
                Field("since", self.tr("Gültig ab"), "date", since)]

    def change_intensity(self) -> None:
        case = self._require_case()
        if case:
            self._dialog(self.tr("Intensität ändern"), self._intensity_fields(case["intensity"], self._today()),
                         lambda v: self.cw.change_intensity(case["id"], v["intensity"], v["since"]))

    def edit_intensity(self, row: int) -> None:
        entry = self._record("case_intensity", row)
        self._dialog(self.tr("Intensität bearbeiten"), self._intensity_fields(entry["intensity"], entry["since"]),
                     lambda v: self.cw.update_intensity(entry["id"], v["intensity"], v["since"]))

    def close_case(self) -> None:
        case = self._require_case()
        if case:
            self._dialog(self.tr("Fall abschließen"), [
                Field("closed_on", self.tr("Abgeschlossen am"), "date", self._today()),
                Field("reason", self.tr("Grund"), "choice", choices=[
                    c for c in choices(self.cw.cat.closure_reasons) if c[0] != handover.CLOSURE])],
                lambda v: self.cw.close_case(case["id"], v["closed_on"], v["reason"]))

    # goals
    def _goal_fields(self, g: dict | None = None) -> list[Field]:
        g = g or {"text": "", "life_area": None, "target_date": None, "status": None, "responsible": ""}
        return [Field("text", self.tr("Ziel"), default=g["text"]),
                Field("life_area", self.tr("Lebensbereich"), "choice", g["life_area"], choices(self.cw.cat.topics)),
                Field("target_date", self.tr("Zieldatum (Überprüfung)"), "date", g["target_date"]),
                Field("status", self.tr("Stand"), "choice", g["status"], choices(self.cw.cat.goal_status)),
                Field("responsible", self.tr("Wer tut was"), default=g["responsible"])]

    def add_goal(self) -> None:
        case = self._require_case()
        if case:
            self._dialog(self.tr("Ziel hinzufügen"), self._goal_fields(),
                         lambda v: self.cw.add_goal(case["id"], v["text"], v["life_area"], v["target_date"] or None,
                                                    v["status"], v["responsible"]))

    def edit_goal(self, row: int) -> None:
        g = self._record("goal", row)
        self._dialog(self.tr("Ziel bearbeiten"), self._goal_fields(g),
                     lambda v: self.cw.update_goal(g["id"], v["text"], v["life_area"], v["target_date"] or None,
                                                   v["status"], v["responsible"]))

    def set_goal_status(self, row: int, status: str) -> None:
        goal_id = self._record("goal", row)["id"]
        self._run(lambda: self.cw.set_goal_status(goal_id, status))

    # contacts
    def _contact_fields(self, c: Contact | None = None) -> list[Field]:
        return contact_fields(self.cw.cat, c or Contact(self._today(), 30, None, []))

    def add_contact(self) -> None:
        """Keyboard only: Ctrl+N opens, the date is today, Tab moves on, Enter saves."""
        if self.person_id is None:
            return
        case = self._require_case(open_only=False)
        if case:
            self._dialog(self.tr("Kontakt erfassen"), self._contact_fields(),
                         lambda v: self.cw.add_contact(case["id"], Contact(**v)))

    def _first_contact_fields(self, c: FirstContact | None = None) -> list[Field]:
        cat = self.cw.cat
        c = c or FirstContact(self._today(), 30, None, [], True)
        return [Field("date", self.tr("Datum"), "date", c.date),
                Field("minutes", self.tr("Dauer (Minuten)"), "int", c.minutes),
                Field("channel", self.tr("Kontaktart"), "choice", c.channel, choices(cat.channels)),
                Field("topics", self.tr("Themen"), "multi", c.topics, choices(cat.topics)),
                Field("consent_requested", self.tr("Einwilligung angefragt"), "check", c.consent_requested)]

    def add_first_contact(self) -> None:
        """The first conversation, before consent: only date, minutes, channel, topics and whether
        consent was asked for. Notes and everything else wait for the consent."""
        if self.person_id is None:
            return
        self._ask(FormDialog(self.tr("Zugangskontakt erfassen"), self._first_contact_fields(),
                             lambda v: self.cw.add_first_contact(self.person_id, FirstContact(**v)), self,
                             intro=self.tr("Vor der Einwilligung werden nur Datum, Dauer, Kontaktart, Themen und die "
                                           "Anfrage der Einwilligung festgehalten, keine Notizen.")))

    def edit_first_contact(self, row: int) -> None:
        c = self._record("first_contact", row)
        current = FirstContact(c["date"], c["minutes"], c["channel"], c["topics"], bool(c["consent_requested"]))
        self._dialog(self.tr("Zugangskontakt bearbeiten"), self._first_contact_fields(current),
                     lambda v: self.cw.update_first_contact(c["id"], FirstContact(**v)))

    def edit_contact(self, row: int) -> None:
        contact_id = self._record("contact", row)["id"]
        self._dialog(self.tr("Kontakt bearbeiten"), self._contact_fields(self.cw.contact(contact_id)),
                     lambda v: self.cw.update_contact(contact_id, Contact(**v)))

    # referrals
    def _referral_fields(self, r: Referral | None = None) -> list[Field]:
        cat = self.cw.cat
        r = r or Referral(None, self._today(), False)
        return [Field("partner", self.tr("Partner"), "choice", r.partner, choices(cat.partners)),
                Field("date", self.tr("Datum"), "date", r.date),
                Field("discloses_data", self.tr("Daten werden weitergegeben"), "check", r.discloses_data),
                Field("status", self.tr("Stand"), "choice", r.status, choices(cat.referral_status)),
                Field("outcome", self.tr("Ergebnis"), "choice", r.outcome, choices(cat.referral_outcomes), optional=True),
                Field("follow_up_on", self.tr("Nachfassen am"), "date", r.follow_up_on),
                Field("note", self.tr("Notiz"), default=r.note)]

    @staticmethod
    def _referral_from(v: dict) -> Referral:
        return Referral(v["partner"], v["date"], v["discloses_data"], v["status"], v["outcome"], v["follow_up_on"] or None,
                        v["note"])

    def add_referral(self) -> None:
        case = self._require_case()
        if case:
            self._dialog(self.tr("Verweisung erfassen"), self._referral_fields(),
                         lambda v: self.cw.add_referral(case["id"], self._referral_from(v)))

    def edit_referral(self, row: int) -> None:
        referral_id = self._record("referral", row)["id"]
        self._dialog(self.tr("Verweisung bearbeiten"), self._referral_fields(self.cw.referral(referral_id)),
                     lambda v: self.cw.update_referral(referral_id, self._referral_from(v)))

    def record_answer(self, row: int) -> None:
        """The partner answered: the new state, the outcome once known, when to follow up."""
        referral_id = self._record("referral", row)["id"]
        r, cat = self.cw.referral(referral_id), self.cw.cat
        answers = [c for c in choices(cat.referral_status) if c[0] != "angefragt"]
        self._dialog(self.tr("Antwort erfassen"), [
            Field("status", self.tr("Stand"), "choice", r.status, answers),
            Field("outcome", self.tr("Ergebnis"), "choice", r.outcome, choices(cat.referral_outcomes), optional=True),
            Field("follow_up_on", self.tr("Nachfassen am"), "date", r.follow_up_on)],
            lambda v: self.cw.record_answer(referral_id, v["status"], v["outcome"], v["follow_up_on"] or None))

    # consent
    def _consent_fields(self, c: dict | None = None, purpose: str | None = None) -> list[Field]:
        purposes = [("fallarbeit", self.tr("Fallarbeit")), ("uebergabe", self._purpose("uebergabe", None))] + [
            (f"weitergabe:{code}", self._purpose("weitergabe", code)) for code, _ in choices(self.cw.cat.partners)]
        purpose = (c["purpose"] + (f":{c['partner']}" if c["partner"] else "")) if c else purpose
        proof = self.cw.consent_proof(c["id"]) if c else ConsentProof()
        informed = {True: "ja", False: "nein", None: None}[proof.informed]
        return [Field("purpose", self.tr("Zweck"), "choice", purpose, purposes),
                Field("given_on", self.tr("Erteilt am"), "date", c["given_on"] if c else self._today()),
                Field("given_how", self.tr("Erteilt"), "choice", proof.given_how, consent_ways(), optional=True),
                Field("language", self.tr("In der Sprache"), default=proof.language),
                Field("interpreted", self.tr("Mit Dolmetschung"), "check", proof.interpreted),
                Field("informed", self.tr("Informationen nach Art. 13 DSGVO ausgehändigt"), "choice", informed,
                      [("ja", self.tr("ja")), ("nein", self.tr("nein"))], optional=True)]

    @staticmethod
    def _proof_from(v: dict) -> ConsentProof:
        return ConsentProof(v["given_how"] or None, v["language"], v["interpreted"],
                            {"ja": True, "nein": False}.get(v["informed"]))

    def add_consent(self) -> None:
        def save(v):
            purpose, _, partner = v["purpose"].partition(":")
            return self.cw.give_consent(self.person_id, purpose, v["given_on"], partner or None, self._proof_from(v))

        self._dialog(self.tr("Einwilligung erfassen"), self._consent_fields(), save)

    def edit_consent(self, row: int) -> None:
        consent = self._record("consent", row)

        def save(v):
            purpose, _, partner = v["purpose"].partition(":")
            self.cw.update_consent(consent["id"], purpose, v["given_on"], partner or None, self._proof_from(v))

        self._dialog(self.tr("Einwilligung bearbeiten"), self._consent_fields(consent), save)

    def withdraw_consent(self, row: int | None = None) -> None:
        row = self.consents.currentRow() if row is None or isinstance(row, bool) else row
        if row < 0:
            self.case_info.setText(self.tr("Bitte zuerst eine Einwilligung auswählen."))
            return
        consent_id = self.consent_rows[row]["id"]
        self._dialog(self.tr("Einwilligung widerrufen"), [
            Field("withdrawn_on", self.tr("Widerrufen am"), "date", self._today())],
            lambda v: self.cw.withdraw_consent(consent_id, v["withdrawn_on"]))


    # documents: attachments inside the case file, and paper written from the record
    def _link_choices(self) -> list[tuple[str, str]]:
        """What an attachment may belong to: a contact of the person's cases, or one of their consents."""
        found = []
        for case in self.cw.cases_of(self.person_id):
            found += [(f"contact:{c['id']}", self.tr("Kontakt vom {day}").format(day=format_date(c["date"])))
                      for c in self.cw.contacts(case["id"])]
        found += [(f"consent:{c['id']}", self.tr("Einwilligung {purpose} vom {day}").format(
            purpose=self._purpose(c["purpose"], c["partner"]), day=format_date(c["given_on"])))
                  for c in self.cw.consents(self.person_id)]
        return found

    @staticmethod
    def _link_of(a: attachments.Attachment) -> str:
        return f"contact:{a.contact_id}" if a.contact_id else f"consent:{a.consent_id}" if a.consent_id else ""

    @staticmethod
    def _link_ids(link: str | None) -> dict:
        kind, _, number = (link or "").partition(":")
        return {"contact_id": int(number) if kind == "contact" else None,
                "consent_id": int(number) if kind == "consent" else None}

    def _document_fields(self, title: str, link: str | None) -> list[Field]:
        return [Field("title", self.tr("Bezeichnung"), default=title),
                Field("link", self.tr("Gehört zu"), "choice", link or None, self._link_choices(), optional=True)]

    def add_document(self, link: str | None = None) -> bool:
        """A scan, PDF or photo into the encrypted case file (at most 20 MB); the original stays where it was."""
        if self.person_id is None:
            return False
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Dokument hinzufügen"), "",
            self.tr("PDF, Fotos und Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)"))
        if not path:
            return False
        try:
            attachments.check_file(Path(path))
        except (ValidationError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Nicht hinzugefügt"), describe(exc))
            return False

        def save(v):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return attachments.add_file(self.cw, self.person_id, Path(path), v["title"], **self._link_ids(v["link"]))
            finally:
                QApplication.restoreOverrideCursor()

        return self._ask(FormDialog(self.tr("Dokument hinzufügen"), self._document_fields(Path(path).stem, link), save,
                                    self, intro=self.tr("»{name}« wird verschlüsselt in der Fallakte gespeichert. Die "
                                                        "Datei am bisherigen Ort bleibt unverändert: bitte dort löschen, "
                                                        "wenn sie nicht mehr gebraucht wird.").format(
                                        name=Path(path).name)))

    def _document(self, row: int) -> attachments.Attachment:
        return self.rows["attachment"][row]

    def show_document(self, row: int | None = None) -> None:
        from ui.document_viewer import DocumentViewer

        item = self._document(self.documents.currentRow() if row is None else row)
        viewer = DocumentViewer(self.cw, item.id, self)
        viewer.exec()
        viewer.deleteLater()

    def edit_document(self, row: int) -> None:
        item = self._document(row)
        self._dialog(self.tr("Dokument bearbeiten"), self._document_fields(item.title, self._link_of(item)),
                     lambda v: attachments.update(self.cw, item.id, v["title"], **self._link_ids(v["link"])))

    def save_document(self, row: int) -> None:
        item = self._document(row)
        target = self._save_as(self.tr("Kopie speichern unter"), attachments.safe_file_name(item.file_name), "")
        if target:
            self._paper(lambda cw: [attachments.save_copy(cw, item.id, target)])

    def delete_document(self, row: int) -> None:
        """Asks why (the reason's code goes into the audit log); unlike a record, it cannot be undone."""
        item = self._document(row)
        self._ask(FormDialog(
            self.tr("Dokument löschen"), [Field("reason", self.tr("Grund"), "choice", choices=delete_reasons(),
                                                optional=True)],
            lambda v: attachments.delete(self.cw, item.id, v["reason"] or ""), self,
            intro=self.tr("»{title}« wird endgültig aus der Fallakte gelöscht. Das lässt sich nicht rückgängig "
                          "machen.").format(title=item.title), save_text=self.tr("Löschen")))

    def _save_as(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        return Path(target) if target else None

    def _paper(self, write) -> None:
        """``write(cw)`` writes a file outside the case file on a worker, with its own connection (a
        Fallblatt at 20 000 persons looks through every deadline); then the user is told that the file
        lies outside the encryption, and where. An error is said in words; nothing was written."""
        if self._writing:
            return
        casefile, catalogues, today = self.cw.casefile, self.cw.cat, self.cw.today

        def work():
            with casefile.reopen() as own:
                return write(Casework(own, catalogues, today))

        self._writing = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        run_job(work, self._paper_written, self._paper_failed)

    def _paper_written(self, result) -> None:
        self._writing = False
        QApplication.restoreOverrideCursor()
        paths, unknown = (result.paths, result.unknown) if isinstance(result, letters.Written) else (result, [])
        text = printouts.outside_note(paths)
        if unknown:
            text += "\n\n" + self.tr("Diese Platzhalter der Vorlage kennt Fallakte nicht, sie stehen unverändert "
                                       "darin: {names}").format(names=", ".join(unknown))
        QMessageBox.information(self, self.tr("Gespeichert außerhalb der Falldatei"), text)

    def _paper_failed(self, exc: Exception) -> None:
        self._writing = False
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(self, self.tr("Nicht geschrieben"), describe(exc))

    def _number(self) -> str:
        return self.cw.person(self.person_id).case_number

    def print_hilfeplan(self) -> None:
        target = self._save_as(self.tr("Hilfeplan speichern unter"), printouts.default_name("hilfeplan", self._number()),
                               self.tr("PDF (*.pdf)"))
        if target:
            person_id = self.person_id
            self._paper(lambda cw: [printouts.write_hilfeplan(cw, person_id, target)])

    def print_fallblatt(self) -> None:
        target = self._save_as(self.tr("Fallblatt speichern unter"), printouts.default_name("fallblatt", self._number()),
                               self.tr("PDF (*.pdf)"))
        if target:
            person_id = self.person_id
            self._paper(lambda cw: [printouts.write_fallblatt(cw, person_id, target)])

    def write_letter(self) -> None:
        """A letter from a template, filled from the record, as DOCX to edit and as PDF."""
        found = letters.templates(self.cw, letters.LETTERS)
        if not found:
            QMessageBox.information(self, self.tr("Brief schreiben"), self.tr("Es gibt keine Briefvorlagen. Vorlagen "
                                    "liegen in {folder}.").format(folder=letters.county_folder(self.cw) / letters.LETTERS))
            return
        options = [(str(i), t.title + (f" ({t.language})" if t.language != "de" else "")) for i, t in enumerate(found)]
        chosen = {}
        if not self._ask(FormDialog(self.tr("Brief schreiben"),
                                    [Field("template", self.tr("Vorlage"), "choice", "0", options)],
                                    lambda v: chosen.update(v), self, save_text=self.tr("Weiter …"),
                                    intro=self.tr("Eigene Vorlagen des Kreises liegen in {folder}.").format(
                                        folder=letters.county_folder(self.cw) / letters.LETTERS))):
            return
        template = found[int(chosen["template"])]
        target = self._save_as(self.tr("Brief speichern unter"),
                               letters.default_name(template.name, self._number(), ".docx"),
                               self.tr("Word-Dokument (*.docx)"))
        if target:
            person_id = self.person_id
            self._paper(lambda cw: letters.write_letter(cw, person_id, template, target))

    def _chosen_consent(self, row) -> dict | None:
        row = self.consents.currentRow() if row is None or isinstance(row, bool) else row
        if row < 0:
            QMessageBox.information(self, self.tr("Einwilligungen"), self.tr("Bitte zuerst eine Einwilligung auswählen."))
            return None
        return self.consent_rows[row]

    def print_consent_form(self, row: int | None = None) -> None:
        """The form for this consent (Einwilligung, or Schweigepflichtentbindung for a disclosure) in a
        language of the county's templates, filled from the record, to print and sign."""
        from PySide6.QtCore import QLocale

        consent = self._chosen_consent(row)
        if consent is None:
            return
        languages = letters.form_languages(self.cw, consent["id"])
        if not languages:
            QMessageBox.warning(self, self.tr("Formular drucken"), self.tr("Für diesen Zweck gibt es keine Vorlage."))
            return
        chosen = {}
        options = [(code, QLocale(code).nativeLanguageName() or code) for code in languages]
        if not self._ask(FormDialog(self.tr("Formular drucken"), [Field("language", self.tr("Sprache"), "choice",
                                                                        languages[0], options)],
                                    lambda v: chosen.update(v), self, save_text=self.tr("Weiter …"))):
            return
        name = letters.form_name(self.cw, consent["id"])
        target = self._save_as(self.tr("Formular speichern unter"),
                               letters.default_name(name, self._number(), ".pdf"), self.tr("PDF (*.pdf)"))
        if target:
            self._paper(lambda cw: letters.write_consent_form(cw, consent["id"], chosen["language"], target))

    def attach_consent_form(self, row: int | None = None) -> None:
        """The signed form, scanned: an attachment that belongs to the consent."""
        consent = self._chosen_consent(row)
        if consent is not None and self.add_document(f"consent:{consent['id']}"):
            self.tabs.setCurrentIndex(self.tab_keys.index("einwilligungen"))


def person_fields(cat, p: Person | None = None, home: str | None = None) -> list[Field]:
    """The person's form; a new person lives in ``home`` (the case manager's own municipality) unless changed."""
    from app.core.messages import tr

    p = p or Person("", "", "")
    return [
        Field("family_name", tr("Familienname"), default=p.family_name),
        Field("given_names", tr("Vornamen"), default=p.given_names),
        Field("municipality", tr("Wohnort"), "choice", p.municipality or home, places(cat)),
        Field("gender", tr("Geschlecht"), "choice", p.gender, choices(cat.genders)),
        Field("birth_date", tr("Geburtsdatum oder -jahr"), default=p.birth_date or ""),
        Field("nationality", tr("Staatsangehörigkeit"), default=p.nationality),
        Field("languages", tr("Sprachen"), default=p.languages),
        Field("phone", tr("Telefon"), default=p.phone),
        Field("email", tr("E-Mail"), default=p.email),
        Field("address", tr("Anschrift"), default=p.address),
        Field("accompanied_by", tr("Bereits begleitet durch"), default=p.accompanied_by),
        Field("in_germany_since", tr("In Deutschland seit"), "date", p.in_germany_since),
        Field("note", tr("Notiz"), "note", p.note),
    ]


def person_from(values: dict) -> Person:
    return Person(**{k: (v or None) if k in ("birth_date", "in_germany_since") else v for k, v in values.items()})
