"""Corrections in the window (issue 15), as a case manager makes them: a double-click or Enter on a
row opens it in its form, prefilled; right-click or the Menu key offers Bearbeiten, Löschen and what
fits the record (Antwort erfassen, Erreicht, Aufgegeben); a deletion asks why; Ctrl+Z takes the last
change back. Asserted is what the user then sees."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from app.casemanager import release
from app.casemanager.casework import Contact, Referral
from app.casemanager.system_work import SystemWork
from tests.conftest import person_with_case
from tests.test_desktop_flow import ERRORS, check_dialogs, fill, on_next_dialog
from tests.test_main_window import make_window
from ui.case_view import CaseView

MENUS: list[list[str]] = []


def choose(qtbot, text: str) -> None:
    """In the next context menu that opens, go to ``text`` and press Enter."""
    def poll():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, poll)
            return
        try:
            MENUS.append([a.text().replace("&", "") for a in menu.actions()])
            menu.setActiveAction(next(a for a in menu.actions() if a.text().replace("&", "") == text))
            qtbot.keyClick(menu, Qt.Key.Key_Return)
        except BaseException as exc:  # noqa: BLE001 - carried to the test
            ERRORS.append(exc)
            menu.close()

    QTimer.singleShot(0, poll)


def center(table, row: int):
    return table.visualRect(table.model().index(row, 0)).center()


def double_click(qtbot, table, row: int) -> None:
    """As the system delivers it: the first click, then the double-click (QTest's mouseDClick sends
    only the latter)."""
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center(table, row))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center(table, row))


def right_click(table, row: int) -> None:
    table.customContextMenuRequested.emit(center(table, row))


def case_view(qtbot, cw, person_id: int, tab: int | str) -> CaseView:
    """The case on a tab, by its place or its name (CaseView.tab_keys)."""
    view = CaseView(cw)
    qtbot.addWidget(view)
    view.show_person(person_id)
    view.show()
    view.tabs.setCurrentIndex(view.tab_keys.index(tab) if isinstance(tab, str) else tab)
    qtbot.waitExposed(view)
    return view


def ctrl_z(qtbot, window) -> None:
    window.activateWindow()    # back from the dialogs
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_double_click_opens_a_contact_prefilled_and_the_list_shows_the_corrected_minutes(qtbot, cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    cw.add_contact(case_id, Contact("2026-03-02", 45, "hausbesuch", ["aufenthalt"], notes="Termin ABH vorbereitet"))
    view = case_view(qtbot, cw, person_id, 4)
    seen = {}

    def correct(dialog):
        seen.update(title=dialog.windowTitle(), values=dialog.values())
        fill(dialog, minutes=54)
        dialog.try_save()

    on_next_dialog(qtbot, correct)
    double_click(qtbot, view.contacts, 0)
    check_dialogs()
    assert seen["title"] == "Kontakt bearbeiten"
    assert {k: seen["values"][k] for k in ("date", "minutes", "channel", "topics", "notes", "interpreter_cost")} == {
        "date": "02.03.2026", "minutes": 45, "channel": "hausbesuch", "topics": ["aufenthalt"],
        "notes": "Termin ABH vorbereitet", "interpreter_cost": "0,00"}
    assert cells(view.contacts) == [["02.03.2026", "0:54", "Hausbesuch", "Aufenthalt", "", "Termin ABH vorbereitet"]]


def test_enter_opens_a_goal_and_its_menu_marks_it_achieved_or_abandoned(qtbot, cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    cw.add_goal(case_id, "Wohnung finden", "wohnen", "2026-06-30")
    view = case_view(qtbot, cw, person_id, 3)
    view.goals.setFocus()
    view.goals.setCurrentCell(0, 0)
    on_next_dialog(qtbot, lambda d: (fill(d, target_date="31.12.2026"), d.try_save()))
    qtbot.keyClick(view.goals, Qt.Key.Key_Return)
    check_dialogs()
    assert cells(view.goals)[0][2:4] == ["31.12.2026", "offen"]
    choose(qtbot, "Erreicht")
    right_click(view.goals, 0)
    check_dialogs()
    assert cells(view.goals)[0][3] == "erreicht"
    choose(qtbot, "Aufgegeben")
    qtbot.keyClick(view.goals, Qt.Key.Key_Menu)
    check_dialogs()
    assert cells(view.goals)[0][3] == "aufgegeben"
    assert MENUS[-1] == ["Bearbeiten …", "Erreicht", "Aufgegeben", "Löschen …"]


def test_the_answer_to_a_referral_changes_its_stand_heute_and_the_outcome_indicator(qtbot, cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    cw.add_referral(case_id, Referral("jobcenter", "2026-03-02", discloses_data=False))
    window = make_window(qtbot, cw)
    assert [i.text for i in window.today.items] == ["Rückmeldung erwartet: Jobcenter (SGB II)"]
    window.open_person(person_id)
    view = window.cases.case_view
    view.tabs.setCurrentIndex(5)
    assert cells(view.referrals)[0][2:4] == ["angefragt, Antwort ausstehend", ""]

    def answer(dialog):
        assert dialog.windowTitle() == "Antwort erfassen"
        fill(dialog, status="abgeschlossen", outcome="erfolgreich")
        dialog.try_save()

    on_next_dialog(qtbot, answer)
    choose(qtbot, "Antwort erfassen …")
    right_click(view.referrals, 0)
    check_dialogs()
    assert MENUS[-1] == ["Bearbeiten …", "Antwort erfassen …", "Löschen …"]
    assert cells(view.referrals)[0][2:4] == ["abgeschlossen", "Unterstützung erhalten"]
    window.navigation.setCurrentRow(0)   # Heute, computed again because the answer changed it
    assert window.today.items == []
    march = release.count(window.cw, release.month(2026, 3))
    assert march.value("referrals_by_outcome", "coesfeld", "erfolgreich") == (1, 1)
    window.teardown()


def test_a_contact_is_deleted_only_with_a_reason_and_ctrl_z_brings_it_back(qtbot, cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    contact_id = cw.add_contact(case_id, Contact("2026-03-02", 45, "hausbesuch", ["aufenthalt"], notes="ABH"))
    window = make_window(qtbot, cw)
    window.open_person(person_id)
    view = window.cases.case_view
    view.tabs.setCurrentIndex(4)
    view.contacts.setFocus()
    view.contacts.setCurrentCell(0, 0)

    def delete(dialog):
        assert dialog.windowTitle() == "Kontakt löschen"
        assert dialog.intro.text().startswith("Kontakt vom 02.03.2026 wird gelöscht.")
        dialog.try_save()
        assert dialog.isVisible() and "Grund" in dialog.error.text()
        fill(dialog, reason="doppelt")
        dialog.try_save()

    on_next_dialog(qtbot, delete)
    choose(qtbot, "Löschen …")
    qtbot.keyClick(view.contacts, Qt.Key.Key_Menu)
    check_dialogs()
    assert view.contacts.rowCount() == 0
    assert window.cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC").fetchone() \
        == ("delete:doppelt", "contact", str(contact_id))
    window.navigation.setCurrentRow(0)                       # elsewhere: Ctrl+Z shows where it undid
    ctrl_z(qtbot, window)
    assert window.stack.currentWidget() is window.cases and view.tabs.currentIndex() == 4
    assert cells(view.contacts) == [["02.03.2026", "0:45", "Hausbesuch", "Aufenthalt", "", "ABH"]]
    assert window.statusBar().currentMessage() == "Rückgängig gemacht: Kontakt gelöscht"
    ctrl_z(qtbot, window)
    assert window.statusBar().currentMessage() == "Es gibt nichts rückgängig zu machen."
    window.teardown()


def test_the_intensity_changes_from_a_date_and_the_one_at_opening_stays(qtbot, cw):
    person_id, _ = person_with_case(cw, opened="2026-01-10", intensity="kurz")
    view = case_view(qtbot, cw, person_id, 2)
    on_next_dialog(qtbot, lambda d: (fill(d, intensity="intensiv", since="15.04.2026"), d.try_save()))
    qtbot.mouseClick(next(b for b in view.findChildren(QPushButton) if b.text() == "&Intensität ändern"),
                     Qt.MouseButton.LeftButton)
    check_dialogs()
    assert cells(view.intensities) == [["10.01.2026", "Kurzintervention"], ["15.04.2026", "Intensives Case Management"]]
    assert "Intensives Case Management" in view.case_info.text()

    def refused(dialog):
        fill(dialog, reason="irrtum")
        dialog.try_save()
        assert dialog.isVisible() and "nicht löschen" in dialog.error.text()
        dialog.reject()

    on_next_dialog(qtbot, refused)
    choose(qtbot, "Löschen …")
    right_click(view.intensities, 0)
    check_dialogs()
    assert view.intensities.rowCount() == 2


def test_a_consent_correction_that_would_uncover_recorded_contacts_is_refused_in_the_form(qtbot, cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    cw.add_contact(case_id, Contact("2026-03-02", 45, "hausbesuch", ["aufenthalt"]))
    view = case_view(qtbot, cw, person_id, 6)
    refused = []

    def later(dialog):
        assert dialog.values() == {"purpose": "fallarbeit", "given_on": "01.02.2026", "given_how": None, "language": "",
                                   "interpreted": False, "informed": None}
        fill(dialog, given_on="05.03.2026")
        dialog.try_save()
        assert dialog.isVisible() and "(1 Fall, 1 Kontakt)" in dialog.error.text()
        refused.append(dialog.error.text())
        dialog.reject()

    on_next_dialog(qtbot, later)
    double_click(qtbot, view.consents, 0)
    check_dialogs()
    assert refused
    assert cells(view.consents)[0][:3] == ["Fallarbeit", "01.02.2026", ""]


def test_a_time_entry_is_corrected_in_the_week_view_and_ctrl_z_restores_it(qtbot, cw):
    sw = SystemWork(cw)
    day = cw.today().replace(day=23)                          # the Monday of the fixture's week
    sw.log_time(day, 60, "netzwerkarbeit", "Arbeitskreis Wohnen")
    window = make_window(qtbot, cw)
    window.navigation.setCurrentRow(window.stack.indexOf(window.time))
    page = window.time
    page.show_week_of(day)
    assert cells(page.entries) == [["23.11.2026", "60", "Netzwerkarbeit", "Arbeitskreis Wohnen"]]
    on_next_dialog(qtbot, lambda d: (fill(d, minutes=90), d.try_save()))
    double_click(qtbot, page.entries, 0)
    check_dialogs()
    assert cells(page.entries)[0][1] == "90" and page.table.item(0, 2).text() == "90"
    ctrl_z(qtbot, window)
    assert cells(page.entries)[0][1] == "60" and page.table.item(0, 2).text() == "60"
    assert window.statusBar().currentMessage() == "Rückgängig gemacht: Zeiteintrag geändert"
    window.teardown()


def test_events_and_observations_are_corrected_and_deleted_in_their_lists(qtbot, cw):
    sw = SystemWork(cw)
    sw.add_event("2026-10-15", "olfen", "aufenthalt", 34)
    sw.add_observation("2026-10-20", "ascheberg", "behoerden", "Wartezeit ABH")
    window = make_window(qtbot, cw)
    window.navigation.setCurrentRow(window.stack.indexOf(window.events))
    events = window.events.table
    on_next_dialog(qtbot, lambda d: (fill(d, participants=43), d.try_save()))
    double_click(qtbot, events, 0)
    check_dialogs()
    assert cells(events)[0][3] == "43"
    window.navigation.setCurrentRow(window.stack.indexOf(window.observations))
    observations = window.observations.table
    observations.setFocus()
    observations.setCurrentCell(0, 0)
    on_next_dialog(qtbot, lambda d: (fill(d, reason="irrtum"), d.try_save()))
    choose(qtbot, "Löschen …")
    qtbot.keyClick(observations, Qt.Key.Key_Menu)
    check_dialogs()
    assert observations.rowCount() == 0
    window.teardown()
