"""Appointments as a case manager keeps them: recorded with their interpreter, refused when a date or
time cannot be, shown in *Heute*, turned into a contact once held (whose interpreter cost reaches the
statistics), marked ausgefallen or abgesagt, and exported for Outlook or Thunderbird without names
unless names are chosen."""

import os
import stat
from datetime import date, datetime

import pytest
from icalendar import Calendar

from app.casemanager import release
from app.casemanager import today as heute
from app.casemanager.appointments import (
    CANCELLED,
    FAILED,
    HELD,
    PLANNED,
    Appointment,
    Appointments,
    parse_week,
    week_label,
)
from app.casemanager.casework import Contact
from app.core.validation import ValidationError
from sync.payload import ALL
from tests.conftest import TODAY, new_person, person_with_case

MONDAY = date(2026, 11, 23)   # the week of TODAY (24.11.2026), KW 48


def _count(cw) -> int:
    return cw.conn.execute("SELECT count(*) FROM appointment").fetchone()[0]


def _with_interpreter(day="2026-11-26", start="10:00", **extra) -> Appointment:
    values = dict(day=day, start=start, minutes=60, place="Rathaus Coesfeld, Raum 12", with_whom="Ausländerbehörde",
                  topic="aufenthalt", interpreter_language="arabisch", interpreter_provider="Dolmetschpool Kreis",
                  interpreter_minutes=60, interpreter_cost="45,50")
    values.update(extra)
    return Appointment(**values)


@pytest.mark.parametrize("change, field, words", [
    ({"day": "31.02.2026"}, "day", "»31.02.2026« ist kein gültiges Datum"),
    ({"day": ""}, "day", "Datum des Termins fehlt"),
    ({"day": "26.11.2062"}, "day", "mehr als 2 Jahre in der Zukunft"),
    ({"start": "25:00"}, "start", "»25:00« gibt es nicht"),
    ({"start": "10:75"}, "start", "»10:75« gibt es nicht"),
    ({"start": "halb zehn"}, "start", "»halb zehn« ist nicht lesbar. Bitte als HH:MM angeben, z. B. 09:30."),
    ({"start": ""}, "start", "Uhrzeit fehlt"),
    ({"start": "23:30", "minutes": 60}, "minutes", "endet erst nach Mitternacht"),
    ({"minutes": 0}, "minutes", "Die Dauer muss größer als 0 sein"),
    ({"minutes": 900}, "minutes", "900 Minuten ist unplausibel"),
    ({"interpreter_language": ""}, "interpreter_language", "Bitte die Sprache der Dolmetschung wählen"),
    ({"interpreter_language": "klingonisch"}, "interpreter_language", "»klingonisch« ist kein bekannter Eintrag"),
    ({"interpreter_cost": "viel"}, "interpreter_cost", "»viel« ist kein Betrag"),
    ({"interpreter_cost": "-5"}, "interpreter_cost", "darf nicht negativ sein"),
    ({"channel": "brieftaube"}, "channel", "»brieftaube« ist kein bekannter Eintrag"),
])
def test_an_appointment_that_cannot_be_is_refused_in_words_and_nothing_is_saved(cw, change, field, words):
    person, _ = person_with_case(cw)
    appointments = Appointments(cw)
    with pytest.raises(ValidationError) as refused:
        appointments.add(_with_interpreter(**change), person)
    assert refused.value.field == field and words in refused.value.message
    assert _count(cw) == 0


def test_an_appointment_is_recorded_corrected_and_deleted_with_a_reason_and_ctrl_z_brings_it_back(cw):
    person, _ = person_with_case(cw, family="Nowak", given="Ewa")
    appointments = Appointments(cw)
    appointment_id = appointments.add(_with_interpreter(start="9.30"), person)
    row = appointments.row(appointment_id)
    assert (row["day"], row["start"], row["minutes"], row["state"]) == ("2026-11-26", "09:30", 60, PLANNED)
    assert (row["interpreter_language"], row["interpreter_cost_cents"], row["interpreter_booked"]) == ("arabisch", 4550, 0)
    assert row["case_number"] == "F-2026-00001" and row["name"] == "Nowak, Ewa"

    corrected = appointments.appointment(appointment_id)
    corrected.start, corrected.minutes, corrected.interpreter_booked = "14:00", 90, True
    appointments.update(appointment_id, corrected)
    assert [(r["start"], r["minutes"], r["interpreter_booked"]) for r in appointments.week(MONDAY)] == [("14:00", 90, 1)]

    with pytest.raises(ValidationError, match="Grund"):
        appointments.delete(appointment_id, "")
    appointments.delete(appointment_id, "irrtum")
    assert appointments.week(MONDAY) == []
    assert cw.conn.execute("SELECT action, entity FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() == \
        ("delete:irrtum", "appointment")
    assert cw.undo().what == "Termin gelöscht"
    assert [r["start"] for r in appointments.week(MONDAY)] == ["14:00"]


def test_an_information_event_needs_its_municipality_and_topic_and_no_person(cw):
    appointments = Appointments(cw)
    with pytest.raises(ValidationError, match="Kommune"):
        appointments.add(Appointment("2026-11-27", "18:00", 120, topic="arbeit"))
    with pytest.raises(ValidationError, match="Thema"):
        appointments.add(Appointment("2026-11-27", "18:00", 120, municipality="duelmen"))
    event = appointments.add(Appointment("2026-11-27", "18:00", 120, place="VHS Dülmen", municipality="duelmen",
                                         topic="arbeit"))
    row = appointments.row(event)
    assert row["person_id"] is None and row["name"] is None and row["municipality"] == "duelmen"


def test_after_consent_is_withdrawn_no_appointment_is_arranged(cw):
    person, _ = person_with_case(cw)
    consent = cw.consents(person)[0]["id"]
    cw.withdraw_consent(consent, "2026-11-20")
    with pytest.raises(ValidationError, match="widerrufen"):
        Appointments(cw).add(_with_interpreter(), person)
    assert _count(cw) == 0


def test_a_person_is_found_by_case_number_or_a_name_that_fits_one_only(cw):
    nowak = new_person(cw, "Nowak", "Ewa")
    new_person(cw, "Nowak", "Piotr")
    appointments = Appointments(cw)
    assert appointments.person_for("f-2026-00001") == nowak
    assert appointments.person_for("Nowak Ewa") == nowak
    with pytest.raises(ValidationError, match="passt auf mehrere Personen"):
        appointments.person_for("Nowak")
    with pytest.raises(ValidationError, match="Keine Person gefunden"):
        appointments.person_for("Schmidt")


def test_heute_shows_todays_and_coming_appointments_the_missing_outcome_and_an_interpreter_not_booked(cw):
    person, _ = person_with_case(cw, family="Nowak", given="Ewa")
    appointments = Appointments(cw)
    passed = appointments.add(Appointment("2026-11-20", "11:00", 45, place="Büro"), person)
    today = appointments.add(Appointment("2026-11-24", "15:00", 30, place="Büro", with_whom="Jobcenter"), person)
    coming = appointments.add(_with_interpreter(day="2026-11-30", start="10:00"), person)
    far = appointments.add(_with_interpreter(day="2026-12-12", start="9:00"), person)   # beyond 14 days, booking not
    appointments.add(Appointment("2027-01-20", "10:00", 45), person)                    # nothing yet
    event = appointments.add(Appointment("2026-12-01", "18:00", 90, place="VHS", municipality="duelmen",
                                         topic="arbeit"))
    items = [(i.kind, i.record_id, i.due, i.group(TODAY)) for i in heute.due_items(cw)]
    assert items == [
        ("appointment", passed, date(2026, 11, 20), heute.OVERDUE),
        ("interpreter", coming, date(2026, 11, 23), heute.OVERDUE),      # a week ahead: should be booked by now
        ("appointment", today, date(2026, 11, 24), heute.TODAY),
        ("appointment_soon", coming, date(2026, 11, 30), heute.SOON),
        ("appointment_soon", event, date(2026, 12, 1), heute.SOON),
        ("interpreter", far, date(2026, 12, 5), heute.SOON),
    ]
    by_id = {(i.kind, i.record_id): i for i in heute.due_items(cw)}
    assert by_id[("appointment", passed)].text == ("Termin vom 20.11.2026 um 11:00 Uhr: stattgefunden oder "
                                                   "ausgefallen? Bitte erfassen.")
    assert by_id[("appointment", today)].text == "Termin 15:00–15:30 Uhr, Büro, mit Jobcenter"
    assert by_id[("appointment_soon", coming)].text == ("Termin 10:00–11:00 Uhr, Rathaus Coesfeld, Raum 12, mit "
                                                        "Ausländerbehörde, Sprachmittlung Arabisch")
    assert by_id[("interpreter", coming)].text == ("Sprachmittlung Arabisch für den Termin am 30.11.2026 um 10:00 Uhr "
                                                   "noch nicht gebucht")
    assert by_id[("appointment_soon", event)].person_id == 0 and "Informationsveranstaltung: Arbeit" in \
        by_id[("appointment_soon", event)].text
    assert by_id[("appointment", today)].name == "Nowak, Ewa" and by_id[("appointment", today)].tab == "termine"
    assert heute.done_label(by_id[("interpreter", coming)]) == "Sprachmittlung gebucht"
    assert heute.done_label(by_id[("appointment_soon", coming)]) is None

    heute.mark_done(cw, by_id[("interpreter", coming)])          # booked, in place
    assert ("interpreter", coming) not in {(i.kind, i.record_id) for i in heute.due_items(cw)}
    assert appointments.row(coming)["interpreter_booked"] == 1
    appointments.mark_failed(passed, "nicht_erschienen")
    appointments.cancel(event)
    assert {(i.kind, i.record_id) for i in heute.due_items(cw)} == {
        ("appointment", today), ("appointment_soon", coming), ("interpreter", far)}


def test_a_held_appointment_becomes_a_contact_whose_interpreter_cost_reaches_the_indicator_tables(cw):
    person, case_id = person_with_case(cw, family="Nowak", given="Ewa")
    appointments = Appointments(cw)
    appointment_id = appointments.add(_with_interpreter(day="2026-08-12", interpreter_booked=True), person)

    contact = appointments.held_contact(appointment_id)   # what the form shows, to correct before saving
    assert (contact.date, contact.minutes, contact.channel, contact.topics) == ("2026-08-12", 60, "persoenlich",
                                                                                ["aufenthalt"])
    assert (contact.interpreter_language, contact.interpreter_minutes, str(contact.interpreter_cost)) == \
        ("Arabisch", 60, "45.50")
    contact.minutes, contact.interpreter_minutes, contact.interpreter_cost = 75, 75, "52,50"   # it ran longer
    contact.notes = "Fiktionsbescheinigung besprochen"
    contact_id = appointments.mark_held(appointment_id, contact)

    assert [(c["id"], c["date"], c["minutes"], c["interpreter_minutes"], c["interpreter_cost_cents"])
            for c in cw.contacts(case_id)] == [(contact_id, "2026-08-12", 75, 75, 5250)]
    row = appointments.row(appointment_id)
    assert (row["state"], row["contact_id"]) == (HELD, contact_id)
    with pytest.raises(ValidationError, match="Korrekturen bitte am Kontakt"):
        appointments.update(appointment_id, appointments.appointment(appointment_id))

    counted = release.count(cw, release.quarter(2026, 3))   # a closed quarter, as the bundle counts it
    assert counted.value("interpreter_cost_cents_by_language", ALL, "arabisch") == (5250, 1)
    assert counted.value("interpreter_minutes_by_language", ALL, "arabisch") == (75, 1)
    assert counted.value("interpreter_cost_cents_by_language", ALL) == (5250, 1)


def test_held_is_refused_without_a_case_on_that_day_or_in_the_future_and_nothing_changes(cw):
    person = new_person(cw)
    appointments = Appointments(cw)
    before_case = appointments.add(Appointment("2026-11-10", "10:00", 30), person)
    with pytest.raises(ValidationError, match="kein Fall offen"):
        appointments.mark_held(before_case, appointments.held_contact(before_case))
    cw.give_consent(person, "fallarbeit", "2026-11-12")
    case_id = cw.open_case(person, "2026-11-12", "intensiv")
    coming = appointments.add(Appointment("2026-11-30", "10:00", 30, topic="arbeit"), person)
    with pytest.raises(ValidationError, match="Zukunft"):
        appointments.mark_held(coming, appointments.held_contact(coming))
    no_topic = appointments.add(Appointment("2026-11-23", "10:00", 30), person)
    with pytest.raises(ValidationError, match="mindestens ein Thema"):
        appointments.mark_held(no_topic, appointments.held_contact(no_topic))
    assert cw.contacts(case_id) == []
    assert {r["state"] for r in appointments.week(MONDAY)} == {PLANNED}


def test_an_information_event_held_is_recorded_as_an_event(cw):
    appointments = Appointments(cw)
    appointment_id = appointments.add(Appointment("2026-11-20", "18:00", 120, place="VHS", municipality="duelmen",
                                                  topic="arbeit", interpreter_language="ukrainisch"))
    proposal = appointments.held_event(appointment_id)
    assert proposal == {"on": "2026-11-20", "municipality": "duelmen", "topic": "arbeit", "participants": 0,
                        "languages": "Ukrainisch", "interpreters": 1}
    event_id = appointments.mark_held_event(appointment_id, **dict(proposal, participants=23))
    assert cw.conn.execute("SELECT participants, languages FROM info_event WHERE id = ?", (event_id,)).fetchone() == \
        (23, "Ukrainisch")
    assert appointments.row(appointment_id)["state"] == HELD


def test_an_appointment_not_held_is_marked_ausgefallen_with_its_reason_or_abgesagt(cw):
    person, _ = person_with_case(cw)
    appointments = Appointments(cw)
    failed = appointments.add(Appointment("2026-11-20", "10:00", 30), person)
    with pytest.raises(ValidationError, match="Bitte einen Grund wählen"):
        appointments.mark_failed(failed, "")
    appointments.mark_failed(failed, "dolmetschung_fehlte")
    called_off = appointments.add(Appointment("2026-11-27", "10:00", 30), person)
    appointments.cancel(called_off, "von_person")
    assert [(r["state"], r["reason"]) for r in appointments.week(date(2026, 11, 16))] == [(FAILED, "dolmetschung_fehlte")]
    assert [(r["state"], r["reason"]) for r in appointments.week(MONDAY)] == [(CANCELLED, "von_person")]
    with pytest.raises(ValidationError, match="bereits als »abgesagt« erfasst"):
        appointments.mark_failed(called_off, "krankheit")
    assert cw.undo().what == "Termin geändert"   # Ctrl+Z: planned again
    assert appointments.row(called_off)["state"] == PLANNED


def _calendar(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


def test_the_week_goes_to_outlook_as_ics_with_case_numbers_only_unless_names_are_chosen(cw, tmp_path):
    person, _ = person_with_case(cw, family="Al-Hassan", given="Mariam")
    appointments = Appointments(cw)
    office = appointments.add(_with_interpreter(day="2026-11-26", start="10:00", interpreter_booked=True), person)
    appointments.add(Appointment("2026-11-27", "14:00", 60, place="Kirchstraße 5, Dülmen", channel="hausbesuch",
                                 with_whom="Vater, Herr Al-Hassan", note="Mietschulden"), person)
    called_off = appointments.add(Appointment("2026-11-25", "09:00", 30), person)
    appointments.cancel(called_off)
    appointments.add(Appointment("2026-12-01", "10:00", 30), person)   # next week: not in this file

    written = appointments.export_week(MONDAY, tmp_path)
    assert written.name == "termine-2026-W48.ics"
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    data = written.read_bytes()
    for secret in ("Al-Hassan", "Mariam", "Kirchstraße", "Mietschulden", "Vater"):
        assert secret.encode() not in data and secret not in data.decode()
    events = sorted(_calendar(data), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == ["Termin F-2026-00001"] * 3
    assert [str(e["status"]) for e in events] == ["CANCELLED", "CONFIRMED", "CONFIRMED"]
    first = events[1]
    assert first.decoded("dtstart") == datetime(2026, 11, 26, 10, 0, tzinfo=first.decoded("dtstart").tzinfo)
    assert str(first.decoded("dtstart").tzinfo) == "Europe/Berlin"
    assert (first.decoded("dtend") - first.decoded("dtstart")).total_seconds() == 3600
    assert str(first["location"]) == "Rathaus Coesfeld, Raum 12"
    assert "Sprachmittlung Arabisch (Dolmetschpool Kreis), gebucht" in str(first["description"])
    assert str(events[2]["location"]) == "Hausbesuch"
    assert str(first["uid"]).endswith(f"-{office}@fallakte")
    assert Calendar.from_ical(data).walk("VTIMEZONE")   # Outlook needs the zone spelled out

    again = appointments.export_week(MONDAY, tmp_path / "mit-namen.ics", with_names=True)
    named = sorted(_calendar(again.read_bytes()), key=lambda e: e.decoded("dtstart"))
    assert str(named[1]["summary"]) == "Termin Al-Hassan, Mariam (F-2026-00001)"
    assert str(named[2]["location"]) == "Kirchstraße 5, Dülmen" and "Mit: Vater, Herr Al-Hassan" in \
        str(named[2]["description"])
    assert "Mietschulden" not in again.read_text(encoding="utf-8")          # notes never
    assert str(named[1]["uid"]) == str(first["uid"])                       # the calendar updates, no duplicate
    assert [r for (r,) in cw.conn.execute("SELECT entity FROM audit_log WHERE action = 'export'")] == \
        ["appointments", "appointments:names"]


def test_a_week_is_named_as_iso_8601_or_by_one_of_its_days():
    assert parse_week("2026-W48") == parse_week("2026w48") == parse_week("KW 48/2026") == MONDAY
    assert parse_week("26.11.2026") == parse_week("2026-11-29") == MONDAY
    assert week_label(MONDAY) == "KW 48 · 23.11. – 29.11.2026"
    with pytest.raises(ValidationError, match="Kalenderwoche 54 gibt es 2026 nicht"):
        parse_week("2026-W54")
    with pytest.raises(ValidationError, match="»nächste Woche« ist keine Woche"):
        parse_week("nächste Woche")


def test_the_quarters_interpreting_on_this_laptop_counts_contacts_and_what_is_booked_but_not_held(cw):
    person, case_id = person_with_case(cw)
    cw.add_contact(case_id, Contact("2026-10-05", 60, "persoenlich", ["arbeit"], interpreter_language="Farsi",
                                    interpreter_minutes=60, interpreter_cost="60"))
    appointments = Appointments(cw)
    appointments.add(_with_interpreter(day="2026-12-01", interpreter_booked=True), person)
    appointments.add(_with_interpreter(day="2026-12-02", interpreter_booked=True, interpreter_cost="30"), person)
    appointments.add(_with_interpreter(day="2026-12-03"), person)
    appointments.add(_with_interpreter(day="2027-01-10", interpreter_booked=True), person)   # next quarter
    q = appointments.interpreting(TODAY)
    assert (q.label, q.held_cents, q.booked, q.booked_cents, q.unbooked, q.unbooked_cents) == \
        ("4. Quartal 2026", 6000, 2, 7550, 1, 4550)


def test_a_notice_comes_for_an_appointment_about_to_begin(cw):
    person, _ = person_with_case(cw)
    appointments = Appointments(cw)
    soon = appointments.add(Appointment("2026-11-24", "10:00", 30), person)
    appointments.add(Appointment("2026-11-24", "11:00", 30), person)
    assert [r["id"] for r in appointments.starting_soon(datetime(2026, 11, 24, 9, 50), 15)] == [soon]
    assert appointments.starting_soon(datetime(2026, 11, 24, 9, 50), 0) == []


def test_the_command_line_lists_a_week_and_writes_its_ics_without_names_unless_asked(created, capsys, monkeypatch,
                                                                                     tmp_path):
    from app.core import stores
    from fallakte.cli import main
    from tests.conftest import PASSPHRASE

    path, _ = created
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    with stores.unlock(path, PASSPHRASE) as casefile:
        from app.casemanager.casework import Casework

        cw = Casework(casefile, today=lambda: TODAY)
        person, _ = person_with_case(cw, family="Nowak", given="Ewa")
        appointments = Appointments(cw)
        appointments.add(_with_interpreter(interpreter_booked=True), person)
        appointments.add(Appointment("2026-11-27", "14:00", 60, place="Kirchstraße 5", channel="hausbesuch"), person)
    assert main(["termine", "--casefile", str(path), "--week", "2026-W48"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "KW 48 · 23.11. – 29.11.2026",
        ("Do 26.11.  10:00–11:00  F-2026-00001  Rathaus Coesfeld, Raum 12  Sprachmittlung Arabisch (Dolmetschpool "
         "Kreis), gebucht  [geplant]"),
        "Fr 27.11.  14:00–15:00  F-2026-00001  Hausbesuch  [geplant]"]
    assert main(["appointments", "--casefile", str(path), "--week", "2026-W48", "--with-names"]) == 0
    assert "Nowak, Ewa (F-2026-00001)" in capsys.readouterr().out

    target = tmp_path / "woche.ics"
    assert main(["appointments", "--casefile", str(path), "--week", "26.11.2026", "--ics", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Kalenderdatei geschrieben (nur mit Fallnummern): {target}" in out
    assert "außerhalb der verschlüsselten Falldatei" in out
    assert b"Nowak" not in target.read_bytes() and b"Kirchstra" not in target.read_bytes()
    assert len(_calendar(target.read_bytes())) == 2 and stat.S_IMODE(os.stat(target).st_mode) == 0o600

    assert main(["appointments", "--casefile", str(path), "--week", "2026-W99"]) == 1
    assert capsys.readouterr().err.strip() == "fallakte: Die Kalenderwoche 99 gibt es 2026 nicht."
    assert main(["appointments", "--casefile", str(path), "--week", "2027-W02"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Keine Termine in dieser Woche."


def test_appointments_are_in_the_subject_access_export_and_go_with_the_person(cw):
    from app.casemanager.privacy import delete_person, subject_access_data

    person, case_id = person_with_case(cw, family="Nowak", given="Ewa")
    appointments = Appointments(cw)
    appointments.add(_with_interpreter(day="2026-11-20", note="Unterlagen mitbringen"), person)
    appointments.mark_failed(appointments.add(Appointment("2026-11-23", "10:00", 30), person), "krankheit")
    exported = subject_access_data(cw, person)["termine"]
    assert [(a["day"], a["interpreter_language"], a["note"], a["state"], a["reason"]) for a in exported] == [
        ("2026-11-20", "Arabisch", "Unterlagen mitbringen", "geplant", None),
        ("2026-11-23", "", "", "ausgefallen", "Krankheit")]
    cw.close_case(case_id, "2026-11-24", "ziele_erreicht")
    delete_person(cw, person)
    assert _count(cw) == 0
