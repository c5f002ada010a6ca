"""The week of appointments through the real widgets: arranged from the window, seen in the week and
in *Heute*, held in one step so that the contact exists with the interpreter cost of the booking,
the week by keyboard, the .ics file without names unless chosen, and the case's tab *Termine*."""

import os
import stat

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.casemanager.appointments import Appointment, Appointments
from tests.conftest import person_with_case
from tests.test_desktop_flow import check_dialogs, fill, on_next_dialog
from tests.test_heute_page import _rows, _select, make_window
from tests.test_main_window import visible_text


def _week(window) -> list[str]:
    """The week as it reads: each day's heading and its appointments."""
    tree = window.week.tree
    out = []
    for g in range(tree.topLevelItemCount()):
        day = tree.topLevelItem(g)
        out.append(day.text(0))
        out.extend(" | ".join(day.child(r).text(c) for c in range(6)) for r in range(day.childCount()))
    return out


def _select_in_week(window, words: str):
    tree = window.week.tree
    for g in range(tree.topLevelItemCount()):
        day = tree.topLevelItem(g)
        for r in range(day.childCount()):
            if words in " ".join(day.child(r).text(c) for c in range(6)):
                tree.setCurrentItem(day.child(r))
                return day.child(r)
    raise AssertionError(f"no appointment {words!r} in {_week(window)}")


def test_an_appointment_arranged_in_the_week_shows_in_heute_and_once_held_is_a_contact_with_its_cost(qtbot, cw):
    person, case_id = person_with_case(cw, family="Nowak", given="Ewa")
    window = make_window(qtbot, cw)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)   # Ctrl+3: Termine
    assert window.stack.currentWidget() is window.week
    assert window.week.week.text() == "KW 48 · 23.11. – 29.11.2026"
    assert _week(window)[1] == "Dienstag, 24.11.2026 · heute · keine Termine"

    def arrange(dialog):
        assert dialog.widgets["day"].text() == "24.11.2026"      # today, the day selected
        fill(dialog, person="Nowak", start="25:00", minutes=60, place="Rathaus Coesfeld, Raum 12",
             with_whom="Ausländerbehörde", topic="aufenthalt", interpreter_language="arabisch",
             interpreter_provider="Dolmetschpool Kreis", interpreter_minutes=60, interpreter_cost="45,50")
        dialog.try_save()
        assert "»25:00« gibt es nicht" in dialog.error.text()  # refused in words, at the field
        fill(dialog, start="8:30")
        dialog.try_save()

    on_next_dialog(qtbot, arrange)
    qtbot.mouseClick(window.week.new_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert "08:30–09:30 | Nowak, Ewa (F-2026-00001) | Rathaus Coesfeld, Raum 12 | Ausländerbehörde | Arabisch, " \
           "noch nicht gebucht, 45,50 € | geplant" in _week(window)
    assert window.week.summary.text() == "1 geplanter Termin in dieser Woche, 1 Sprachmittlung noch nicht gebucht."
    assert "gebucht, noch nicht stattgefunden: 0 Termine (0,00 €) · vorgesehen, noch nicht gebucht: 1 Termin " \
           "(45,50 €)" in window.week.interpreting.text()

    window.navigation.setCurrentRow(0)   # Heute: the appointment, and the interpreter still to book
    rows = _rows(window)
    assert "17.11.2026 | Nowak, Ewa (F-2026-00001) | Sprachmittlung Arabisch für den Termin am 24.11.2026 um " \
           "08:30 Uhr noch nicht gebucht" in rows
    assert "24.11.2026 | Nowak, Ewa (F-2026-00001) | Termin 08:30–09:30 Uhr, Rathaus Coesfeld, Raum 12, mit " \
           "Ausländerbehörde, Sprachmittlung Arabisch" in rows
    _select(window, "noch nicht gebucht")
    assert window.today.done_button.text() == "Sprachmittlung gebucht"
    qtbot.mouseClick(window.today.done_button, Qt.MouseButton.LeftButton)
    assert not any("noch nicht gebucht" in r for r in _rows(window))

    window.navigation.setCurrentRow(2)
    _select_in_week(window, "Nowak")
    seen = {}

    def held(dialog):
        seen.update(dialog.values())
        fill(dialog, minutes=75, interpreter_minutes=75)
        dialog.widgets["notes"].setPlainText("Fiktionsbescheinigung besprochen")
        dialog.try_save()

    on_next_dialog(qtbot, held)
    qtbot.mouseClick(window.week.held_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert (seen["date"], seen["minutes"], seen["channel"], seen["topics"]) == ("24.11.2026", 60, "persoenlich",
                                                                                ["aufenthalt"])
    assert (seen["interpreter_language"], seen["interpreter_minutes"], seen["interpreter_cost"]) == ("Arabisch", 60,
                                                                                                     "45,50")
    assert [(c["date"], c["minutes"], c["interpreter_language"], c["interpreter_minutes"], c["interpreter_cost_cents"],
             c["notes"]) for c in cw.contacts(case_id)] == \
        [("2026-11-24", 75, "Arabisch", 75, 4550, "Fiktionsbescheinigung besprochen")]
    assert _week(window)[2].endswith("| Arabisch, gebucht, 45,50 € | stattgefunden")
    assert not window.week.held_button.isEnabled()
    window.navigation.setCurrentRow(0)
    assert not any("Termin" in r for r in _rows(window))   # done: nothing left to do about it
    window.open_person(person, "kontakte")
    assert window.cases.case_view.contacts.item(0, 4).text() == "Arabisch, 1:15, 45,50 €"
    window.teardown()


def test_the_week_is_reachable_by_keyboard_and_enter_opens_an_appointment_or_arranges_one_on_a_day(qtbot, cw):
    person, _ = person_with_case(cw, family="Nowak", given="Ewa")
    appointments = Appointments(cw)
    appointments.add(Appointment("2026-11-26", "10:00", 45, place="Büro"), person)
    appointments.add(Appointment("2026-12-02", "14:00", 30, place="Jobcenter"), person)
    window = make_window(qtbot, cw)
    window.go_to_page(2)
    page = window.week
    tree = page.tree
    tree.setFocus()
    _select_in_week(window, "Büro")

    def later(dialog):
        assert dialog.windowTitle() == "Termin bearbeiten" and dialog.widgets["start"].text() == "10:00"
        fill(dialog, start="11:15")
        dialog.try_save()

    on_next_dialog(qtbot, later)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    check_dialogs()
    assert any(r.startswith("11:15–12:00 | Nowak, Ewa") for r in _week(window))

    window.activateWindow()   # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)   # the next week
    assert page.week.text() == "KW 49 · 30.11. – 06.12.2026"
    assert any(r.startswith("14:00–14:30 | Nowak, Ewa") for r in _week(window))
    page.this_week.setFocus()                                                          # Tab to »Diese Woche«
    qtbot.keyClick(page.this_week, Qt.Key.Key_Space)
    assert page.week.text().startswith("KW 48")

    tree.setCurrentItem(tree.topLevelItem(4))   # Freitag's heading: Enter arranges an appointment that day

    def on_friday(dialog):
        assert dialog.windowTitle() == "Termin vereinbaren" and dialog.widgets["day"].text() == "27.11.2026"
        fill(dialog, person="F-2026-00001", start="09:00", minutes=30)
        dialog.try_save()

    on_next_dialog(qtbot, on_friday)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    check_dialogs()
    assert _week(window)[5:7] == ["Freitag, 27.11.2026", "09:00–09:30 | Nowak, Ewa (F-2026-00001) |  |  |  | geplant"]
    assert tree.currentItem().text(0) == "09:00–09:30"       # the new one is selected

    window.privacy_action.setChecked(True)                     # Sichtschutz: case numbers only
    assert "Nowak" not in visible_text() and "F-2026-00001" in visible_text()
    window.teardown()


def test_an_appointment_not_held_is_marked_ausgefallen_and_ctrl_z_plans_it_again(qtbot, cw):
    person, _ = person_with_case(cw, family="Nowak", given="Ewa")
    Appointments(cw).add(Appointment("2026-11-23", "10:00", 45, place="Büro"), person)
    window = make_window(qtbot, cw)
    window.go_to_page(2)
    _select_in_week(window, "Büro")

    def failed(dialog):
        dialog.try_save()
        assert "Bitte einen Grund wählen" in dialog.error.text()
        fill(dialog, reason="nicht_erschienen")
        dialog.try_save()

    on_next_dialog(qtbot, failed)
    qtbot.mouseClick(window.week.failed_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert _week(window)[1].endswith("| ausgefallen (Person nicht erschienen)")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.week and _week(window)[1].endswith("| geplant")
    assert window.statusBar().currentMessage() == "Rückgängig gemacht: Termin geändert"
    window.teardown()


def test_the_week_goes_out_as_ics_with_case_numbers_only_unless_names_are_chosen(qtbot, cw, tmp_path, monkeypatch):
    person, _ = person_with_case(cw, family="Nowak", given="Ewa")
    Appointments(cw).add(Appointment("2026-11-26", "10:00", 45, place="Büro", with_whom="Herr Schulz"), person)
    window = make_window(qtbot, cw)
    window.go_to_page(2)
    target = tmp_path / "woche.ics"
    monkeypatch.setattr("ui.appointments.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = {}

    def numbers_only(box):
        asked["text"] = box.text()
        assert box.defaultButton().text() == "Nur Fallnummern"
        box.defaultButton().click()

    on_next_dialog(qtbot, numbers_only)
    qtbot.mouseClick(window.week.export_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert "außerhalb der verschlüsselten Falldatei" in asked["text"]
    data = target.read_bytes()
    assert b"Nowak" not in data and b"Ewa" not in data and b"Schulz" not in data
    assert [str(e["summary"]) for e in Calendar.from_ical(data).walk("VEVENT")] == ["Termin F-2026-00001"]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert f"Kalenderdatei gespeichert (nur mit Fallnummern): {target}" in window.week.notice.text()
    assert "außerhalb der verschlüsselten Falldatei" in window.week.notice.text()

    def with_names(box):
        next(b for b in box.buttons() if b.text() == "Mit Namen").click()

    on_next_dialog(qtbot, with_names)
    qtbot.mouseClick(window.week.export_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert [str(e["summary"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")] == \
        ["Termin Nowak, Ewa (F-2026-00001)"]

    def cancelled(box):
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()

    target.unlink()
    on_next_dialog(qtbot, cancelled)
    qtbot.mouseClick(window.week.export_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert not target.exists()
    window.teardown()


def test_an_appointment_is_arranged_in_the_case_and_held_from_heute(qtbot, cw):
    person, case_id = person_with_case(cw, family="Nowak", given="Ewa")
    window = make_window(qtbot, cw)
    window.open_person(person, "termine")
    view = window.cases.case_view
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Termine"

    def arrange(dialog):
        assert "person" not in dialog.widgets   # the case's person
        fill(dialog, start="07:45", minutes=30, channel="telefonisch", topic="arbeit")
        dialog.try_save()

    on_next_dialog(qtbot, arrange)
    qtbot.mouseClick(view.buttons["add_appointment"], Qt.MouseButton.LeftButton)
    check_dialogs()
    assert [view.appointments.item(0, c).text() for c in range(6)] == ["24.11.2026", "07:45–08:15", "", "", "",
                                                                       "geplant"]
    window.navigation.setCurrentRow(0)
    _select(window, "Termin 07:45")
    assert window.today.done_button.text() == "Stattgefunden …"
    on_next_dialog(qtbot, lambda dialog: dialog.try_save())
    qtbot.mouseClick(window.today.done_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert [(c["date"], c["minutes"], c["channel"]) for c in cw.contacts(case_id)] == [("2026-11-24", 30, "telefonisch")]
    window.open_person(person, "termine")
    assert view.appointments.item(0, 5).text() == "stattgefunden"
    window.teardown()


def test_a_notice_in_the_status_bar_before_an_appointment_begins(qtbot, cw):
    from datetime import datetime

    person, _ = person_with_case(cw, family="Nowak", given="Ewa")
    soon = Appointments(cw).add(Appointment("2026-11-24", "10:00", 30, place="Büro"), person)
    window = make_window(qtbot, cw)
    assert window.check_appointments(datetime(2026, 11, 24, 9, 50)) == [soon]
    assert window.statusBar().currentMessage() == "Gleich: Termin um 10:00 Uhr, Nowak, Ewa (F-2026-00001), Büro"
    assert window.check_appointments(datetime(2026, 11, 24, 9, 55)) == []   # once
    window.teardown()
