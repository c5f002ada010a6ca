"""Residence law as of 2026 in the window, as a case manager works with it: the status form refuses a
§ 104c application after 31.12.2025 at its field and takes an application with Fiktion and a card's
»gültig bis«; the Bleiberecht checklist is created and ticked on the Aufenthalt tab; the first
conversation is documented before consent; Heute shows renewals, ended titles and checklist gaps
and opens the Aufenthalt tab; the renewal lead is a setting."""

from PySide6.QtCore import Qt

from app.casemanager import pathways
from tests.conftest import new_person, person_with_case
from tests.test_corrections_desktop import cells, double_click
from tests.test_desktop_flow import check_dialogs, fill, on_next_dialog
from tests.test_heute_page import _rows, _select, make_window


def _case_view(qtbot, cw, person_id, tab_key):
    window = make_window(qtbot, cw)
    window.open_person(person_id)
    view = window.cases.case_view
    view.show_tab(tab_key)
    return window, view


def test_a_104c_application_after_31_12_2025_is_refused_at_its_field_and_one_on_that_day_is_taken(qtbot, cw):
    person = new_person(cw, "Ahmadi", "Farid")
    cw.record_status(person, "duldung", "2016-04-01")
    window, view = _case_view(qtbot, cw, person, "aufenthalt")
    seen = {}

    def answer(dialog):
        fill(dialog, status="ae_104c", since="01.03.2026", applied_on="01.01.2026")
        dialog.try_save()
        seen["error"] = dialog.error.text()
        seen["marked"] = bool(dialog.widgets["applied_on"].styleSheet())
        seen["open"] = dialog.isVisible()
        fill(dialog, applied_on="31.12.2025", decided_on="20.02.2026")
        dialog.try_save()

    on_next_dialog(qtbot, answer)
    qtbot.mouseClick(view.buttons["add_status"], Qt.MouseButton.LeftButton)
    check_dialogs()
    assert seen["open"] and seen["marked"]
    assert "seit dem 01.01.2026 nicht mehr möglich" in seen["error"] and "31.12.2025" in seen["error"]
    assert cells(view.statuses)[-1][:5] == ["01.03.2026", "Aufenthaltserlaubnis § 104c AufenthG (Chancen-Aufenthaltsrecht)",
                                            "", "31.12.2025", "20.02.2026"]
    assert view.timeline.text() == "§ 104c vom 01.03.2026 bis 31.08.2027: läuft"
    window.teardown()


def test_an_application_filed_on_the_last_day_shows_as_fiktion_with_the_title_and_the_certificates_date(qtbot, cw):
    person = new_person(cw, "Mahmoud", "Omar")
    cw.record_status(person, "ae_104c", "2024-07-01")            # the 18 months ended on 31.12.2025
    window, view = _case_view(qtbot, cw, person, "aufenthalt")
    assert view.timeline.text() == "§ 104c vom 01.07.2024 bis 31.12.2025: abgelaufen"

    def answer(dialog):
        fill(dialog, status="antrag_fiktion", since="31.12.2025", valid_until="31.03.2027")
        dialog.try_save()
        assert "welcher Aufenthaltstitel" in dialog.error.text() and dialog.isVisible()
        fill(dialog, applied_for="ae_25b")
        dialog.try_save()

    on_next_dialog(qtbot, answer)
    qtbot.mouseClick(view.buttons["add_status"], Qt.MouseButton.LeftButton)
    check_dialogs()
    assert cells(view.statuses)[-1] == ["31.12.2025", "Antrag gestellt, Fiktionsbescheinigung (§ 81 Abs. 4 AufenthG)",
                                        "Aufenthaltserlaubnis § 25b AufenthG", "31.12.2025", "", "31.03.2027"]
    assert "Antrag rechtzeitig gestellt: gilt bis zur Entscheidung fort (Fiktion)" in view.timeline.text()
    assert "Antrag auf Aufenthaltserlaubnis § 25b AufenthG gestellt am 31.12.2025" in view.timeline.text()
    window.teardown()


def test_a_bleiberecht_checklist_is_created_and_a_condition_ticked_on_the_aufenthalt_tab(qtbot, cw):
    person = new_person(cw, "Haddad", "Rania")
    window, view = _case_view(qtbot, cw, person, "aufenthalt")
    assert not view.checklist.isVisible()

    on_next_dialog(qtbot, lambda dialog: (fill(dialog, pathway="ae_25b"), dialog.try_save()))
    qtbot.mouseClick(view.buttons["start_checklist"], Qt.MouseButton.LeftButton)
    check_dialogs()
    rows = cells(view.checklist)
    assert view.checklist.isVisible() and len(rows) == len(pathways.conditions(cw, "ae_25b"))
    language = next(i for i, r in enumerate(rows) if r[1].startswith("Hinreichende mündliche Deutschkenntnisse"))
    assert rows[language] == ["Bleiberecht § 25b", "Hinreichende mündliche Deutschkenntnisse (A2) nachgewiesen", "", "",
                              "§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG"]

    def tick(dialog):
        assert dialog.windowTitle().startswith("Nachweis: Hinreichende mündliche")
        fill(dialog, proven_on="01.12.2026")
        dialog.try_save()
        assert "Zukunft" in dialog.error.text()
        fill(dialog, proven_on="12.10.2026", due_on="")
        dialog.try_save()

    on_next_dialog(qtbot, tick)
    double_click(qtbot, view.checklist, language)
    check_dialogs()
    assert cells(view.checklist)[language][2] == "12.10.2026"
    window.teardown()


def test_the_first_conversation_is_documented_before_consent_and_only_with_minimal_data(qtbot, cw):
    person = new_person(cw, "Tesfay", "Selam")
    window, view = _case_view(qtbot, cw, person, "kontakte")
    assert not view.buttons["add_contact"].isEnabled() and view.buttons["add_first_contact"].isEnabled()
    seen = {}

    def answer(dialog):
        seen["fields"] = set(dialog.widgets)
        seen["asked"] = dialog.widgets["consent_requested"].isChecked()
        fill(dialog, date="02.11.2026", minutes=40, channel="persoenlich")
        dialog.widgets["topics"].item(0).setCheckState(Qt.CheckState.Checked)
        dialog.try_save()

    on_next_dialog(qtbot, answer)
    qtbot.mouseClick(view.buttons["add_first_contact"], Qt.MouseButton.LeftButton)
    check_dialogs()
    assert seen["fields"] == {"date", "minutes", "channel", "topics", "consent_requested"} and seen["asked"]
    assert view.first_contacts.isVisible()
    assert cells(view.first_contacts) == [["02.11.2026", "0:40", "persönlich", "Aufenthalt", "ja"]]
    window.teardown()


def test_a_first_contact_on_a_day_with_consent_is_refused_in_its_form(qtbot, cw):
    person, _ = person_with_case(cw, opened="2026-11-02")
    window, view = _case_view(qtbot, cw, person, "kontakte")
    seen = {}

    def answer(dialog):
        fill(dialog, date="03.11.2026")
        dialog.widgets["topics"].item(0).setCheckState(Qt.CheckState.Checked)
        dialog.try_save()
        seen["error"], seen["open"] = dialog.error.text(), dialog.isVisible()
        dialog.reject()

    on_next_dialog(qtbot, answer)
    qtbot.mouseClick(view.buttons["add_first_contact"], Qt.MouseButton.LeftButton)
    check_dialogs()
    assert seen["open"] and "im Fall erfassen" in seen["error"] and cw.first_contacts(person) == []
    window.teardown()


def test_heute_lists_renewals_ended_titles_and_checklist_gaps_and_opens_the_aufenthalt_tab(qtbot, cw):
    renew = new_person(cw, "Haddad", "Rania")
    cw.record_status(renew, "ae_25b", "2025-02-01", valid_until="31.01.2027")
    ended = new_person(cw, "Tesfay", "Selam")
    cw.record_status(ended, "duldung", "2026-05-21", valid_until="20.11.2026")
    gap = new_person(cw, "Ahmadi", "Farid")
    cw.record_status(gap, "ae_104c", "2025-08-01")                  # ends 31.01.2027
    pathways.start(cw, gap, "ae_25a")
    window = make_window(qtbot, cw)
    rows = _rows(window)
    assert "21.11.2026 | Tesfay, Selam (F-2026-00002) | Duldung seit 21.11.2026 abgelaufen: Aufenthalt klären" in rows
    assert ("06.12.2026 | Haddad, Rania (F-2026-00001) | Aufenthaltserlaubnis § 25b AufenthG gültig bis 31.01.2027: "
            "Verlängerung rechtzeitig beantragen") in rows
    n = len(pathways.conditions(cw, "ae_25a"))
    assert (f"06.12.2026 | Ahmadi, Farid (F-2026-00003) | Bleiberecht § 25a: {n} Voraussetzungen bis 31.01.2027 "
            "nachzuweisen") in rows

    _select(window, "abgelaufen")
    assert not window.today.done_button.isEnabled() and "Reiter »Aufenthalt«" in window.today.done_button.toolTip()
    _select(window, "Verlängerung")
    assert window.today.done_button.text() == "Besprochen"
    qtbot.mouseClick(window.today.done_button, Qt.MouseButton.LeftButton)
    assert not any("Verlängerung" in r for r in _rows(window))
    _select(window, "Voraussetzungen")
    assert "Checkliste" in window.today.done_button.toolTip()
    qtbot.mouseClick(window.today.open_button, Qt.MouseButton.LeftButton)
    view = window.cases.case_view
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Aufenthalt" and "Ahmadi" in view.title.text()
    window.teardown()


def test_the_renewal_lead_is_a_setting(qtbot, cw):
    person = new_person(cw)
    cw.record_status(person, "ae_25_2_subsidiaer", "2024-04-01", valid_until="31.03.2027")
    window = make_window(qtbot, cw)
    assert not any("Verlängerung" in r for r in _rows(window))
    settings = window.settings
    assert settings.renewal_weeks.value() == 8
    settings.renewal_weeks.setValue(20)
    settings.save()
    assert cw.settings().renewal_weeks == 20
    window.navigation.setCurrentRow(0)
    assert any("11.11.2026" in r and "Verlängerung" in r for r in _rows(window))
    window.teardown()


def test_a_checklist_no_longer_pursued_is_removed_after_a_question(qtbot, cw, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.test_corrections_desktop import choose, right_click

    person = new_person(cw)
    pathways.start(cw, person, "ae_25a")
    window, view = _case_view(qtbot, cw, person, "aufenthalt")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    choose(qtbot, "Checkliste entfernen …")
    right_click(view.checklist, 0)
    check_dialogs()
    assert "Bleiberecht § 25a" in asked[0] and pathways.active(cw, person) == []
    assert not view.checklist.isVisible()
    window.teardown()
