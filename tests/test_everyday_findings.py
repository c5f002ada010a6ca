"""Issue 15's findings from a new case manager's first day, each as the person met it: what the
Person tab shows, what is offered before a case exists, consent asked first, the contact list,
and the checks on e-mail, year of birth and a day's time."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.casemanager.casework import Contact, Person
from app.casemanager.system_work import SystemWork
from app.core.validation import ValidationError
from tests.conftest import new_person, person_with_case
from tests.test_desktop_flow import check_dialogs, fill, on_next_dialog
from tests.test_main_window import make_window


def test_the_person_tab_shows_address_and_e_mail_and_dates_as_people_write_them(qtbot, cw):
    person = cw.add_person(Person("Özdemir", "Ayşe", "duelmen", birth_date="13.01.1995", address="Marktstraße 3",
                                  email="ayse@example.org"))
    window = make_window(qtbot, cw)
    window.open_person(person)
    text = window.cases.case_view.person_info.text()
    assert "Anschrift: Marktstraße 3" in text and "E-Mail: ayse@example.org" in text
    assert "Geburtsdatum: 13.01.1995" in text and "1995-01-13" not in text
    window.teardown()


def test_what_needs_a_case_is_disabled_until_one_is_open_and_says_why(qtbot, cw):
    person = new_person(cw)
    window = make_window(qtbot, cw)
    window.open_person(person)
    view = window.cases.case_view
    for name in ("change_phase", "close_case", "add_goal", "add_contact", "add_referral"):
        assert not view.buttons[name].isEnabled() and "Fall eröffnen" in view.buttons[name].toolTip(), name
    assert view.buttons["open_case"].isEnabled()
    cw.give_consent(person, "fallarbeit", "2026-11-01")
    cw.open_case(person, "2026-11-02", "kurz")
    view.refresh()
    assert view.buttons["close_case"].isEnabled() and not view.buttons["open_case"].isEnabled()
    window.teardown()


def test_opening_a_case_without_consent_asks_for_the_consent_first(qtbot, cw, monkeypatch):
    person = new_person(cw)
    window = make_window(qtbot, cw)
    window.open_person(person)
    view = window.cases.case_view
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    titles = []

    def consent(dialog):
        titles.append(dialog.windowTitle())
        dialog.try_save()
        on_next_dialog(qtbot, case)

    def case(dialog):
        titles.append(dialog.windowTitle())
        fill(dialog, intensity="prozess")
        dialog.try_save()

    on_next_dialog(qtbot, consent)
    qtbot.mouseClick(view.buttons["open_case"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(titles) == 2)
    check_dialogs()
    assert "Einwilligung" in asked[0] and titles == ["Einwilligung erfassen", "Fall eröffnen"]
    assert cw.open_case_of(person)["intensity"] == "prozess"
    window.teardown()


def test_the_contact_list_shows_duration_and_the_interpreter(qtbot, cw):
    person, case_id = person_with_case(cw, opened="2026-01-15")
    cw.add_contact(case_id, Contact("2026-11-20", 90, "persoenlich", ["aufenthalt"], interpreter_language="Arabisch",
                                    interpreter_minutes=45, interpreter_cost="52,50"))
    window = make_window(qtbot, cw)
    window.open_person(person, "kontakte")
    contacts = window.cases.case_view.contacts
    row = [contacts.item(0, c).text() for c in range(contacts.columnCount())]
    assert row[1] == "1:30" and row[4] == "Arabisch, 0:45, 52,50 €"
    window.teardown()


@pytest.mark.parametrize("email", ["ayse@", "ayse@beispiel", "ayse beispiel.de", "@beispiel.de"])
def test_an_incomplete_e_mail_address_is_refused(cw, email):
    with pytest.raises(ValidationError, match="keine vollständige E-Mail-Adresse"):
        cw.add_person(Person("Özdemir", "Ayşe", "duelmen", email=email))
    assert cw.person_count() == 0


@pytest.mark.parametrize("typed", ["13.1.95x", "13/01/1995", "95"])
def test_a_birth_date_that_cannot_be_read_says_a_year_alone_is_fine_too(cw, typed):
    with pytest.raises(ValidationError, match="nur das Jahr"):
        cw.add_person(Person("Özdemir", "Ayşe", "duelmen", birth_date=typed))


def test_a_day_cannot_hold_more_than_24_hours_of_time_and_contacts(cw):
    work = SystemWork(cw)
    with pytest.raises(ValidationError, match="mehr als 24 Stunden"):
        work.log_time("20.11.2026", 1450, "netzwerkarbeit")
    _, case_id = person_with_case(cw, opened="2026-01-15")
    cw.add_contact(case_id, Contact("2026-11-20", 600, "persoenlich", ["aufenthalt"]))
    entry = work.log_time("20.11.2026", 800, "netzwerkarbeit")
    with pytest.raises(ValidationError, match="schon 23:20 Std."):
        work.log_time("20.11.2026", 60, "netzwerkarbeit")
    work.update_time(entry, "20.11.2026", 840, "netzwerkarbeit")   # its own minutes are not counted twice


def test_the_case_list_counts_in_words_that_fit_and_stays_right_after_a_new_person(qtbot, cw):
    from app.casemanager import sync_service

    sync_service.configure(cw, device_name="KIM Dülmen 1", municipalities=["nottuln", "duelmen"])
    window = make_window(qtbot, cw)
    window.go_to_page(1)
    page = window.cases
    assert page.count.text() == "0 Personen"

    def new_person(dialog):
        box = dialog.widgets["municipality"]
        assert [box.itemText(i) for i in range(box.count())][:3] == ["Ascheberg", "Billerbeck", "Coesfeld"]
        assert box.currentData() == "duelmen"   # the case manager's own, first by name
        fill(dialog, family_name="Schneider", given_names="Marta")
        dialog.try_save()

    on_next_dialog(qtbot, new_person)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    page.show_list()
    assert page.count.text() == "1 Person" and page.model.rowCount() == 1
    window.teardown()
