"""Corrections below the windows (issue 15): every record can be corrected and deleted through the
use cases, with the same rules as when it was recorded, an audit entry that names the action (and a
deletion's reason as a code) but no content, and Ctrl+Z's undo stack."""

import pytest

from app.casemanager import release
from app.casemanager.casework import Casework, ConsentRequired, Contact, Referral
from app.casemanager.system_work import SystemWork
from app.core.validation import ValidationError
from tests.conftest import new_person, person_with_case


def _contact(**change):
    values = {"date": "2026-03-02", "minutes": 45, "channel": "hausbesuch", "topics": ["aufenthalt", "arbeit"],
                  "notes": "Unterlagen für die Ausländerbehörde besprochen"}
    values.update(change)
    return Contact(**values)


def _log(cw, n=1):
    return cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT ?", (n,)).fetchall()


def _dump(cw):
    return repr(cw.conn.execute("SELECT * FROM audit_log").fetchall())


# -- contacts ----------------------------------------------------------------------------------------
def test_a_contacts_typo_is_corrected_and_its_notes_searched_as_corrected(cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    contact_id = cw.add_contact(case_id, _contact(notes="Wohngeldantrag besprochen"))
    cw.update_contact(contact_id, _contact(minutes=50, topics=["wohnen"], notes="Mietvertrag besprochen"))
    [stored] = cw.contacts(case_id)
    assert (stored["minutes"], stored["topics"], stored["notes"]) == (50, ["wohnen"], "Mietvertrag besprochen")
    assert [r["id"] for r in cw.search("Mietvertrag")] == [person_id]
    assert cw.search("Wohngeldantrag") == []
    assert _log(cw) == [("change", "contact", str(contact_id))]
    assert "Mietvertrag" not in _dump(cw)


@pytest.mark.parametrize("change, field", [
    ({"minutes": 0}, "minutes"), ({"minutes": 13 * 60}, "minutes"), ({"date": "2026-12-01"}, "date"),
    ({"date": "2026-01-01"}, "date"), ({"topics": []}, "topics"), ({"interpreter_minutes": 30}, "interpreter_language"),
])
def test_a_bad_correction_is_refused_and_the_contact_stays_as_it_was(cw, change, field):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    contact_id = cw.add_contact(case_id, _contact())
    before = cw.contacts(case_id)
    with pytest.raises(ValidationError) as err:
        cw.update_contact(contact_id, _contact(**change))
    assert err.value.field == field
    assert cw.contacts(case_id) == before


def test_the_form_gets_the_contact_back_as_it_was_typed(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    contact_id = cw.add_contact(case_id, _contact(interpreter_language="Tigrinya", interpreter_minutes=40,
                                                  interpreter_cost="38,50"))
    contact = cw.contact(contact_id)
    assert (contact.date, contact.minutes, contact.topics, str(contact.interpreter_cost)) == \
        ("2026-03-02", 45, ["arbeit", "aufenthalt"], "38.50")
    cw.update_contact(contact_id, contact)   # saving it unchanged changes nothing
    assert cw.contacts(case_id)[0]["interpreter_cost_cents"] == 3850


def test_a_deletion_needs_a_reason_from_the_list_which_the_log_keeps_as_a_code(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    contact_id = cw.add_contact(case_id, _contact(notes="Nachricht an Frau Özdemir"))
    for reason in ("", "weil die Klientin es wollte"):
        with pytest.raises(ValidationError, match="Grund") as err:
            cw.delete("contact", contact_id, reason)
        assert err.value.field == "reason"
    assert len(cw.contacts(case_id)) == 1
    cw.delete("contact", contact_id, "doppelt")
    assert cw.contacts(case_id) == []
    assert cw.search("Nachricht") == []
    assert _log(cw) == [("delete:doppelt", "contact", str(contact_id))]
    with pytest.raises(ValidationError, match="existiert nicht"):
        cw.delete("contact", contact_id, "doppelt")


# -- undo --------------------------------------------------------------------------------------------
def test_undo_takes_back_edits_and_deletions_newest_first(cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    contact_id = cw.add_contact(case_id, _contact(minutes=45, notes="Kita-Platz"))
    cw.update_contact(contact_id, _contact(minutes=54, notes="Kita-Platz"))
    cw.delete("contact", contact_id, "irrtum")
    assert cw.undo().what == "Kontakt gelöscht"
    [back] = cw.contacts(case_id)
    assert (back["id"], back["minutes"], back["topics"]) == (contact_id, 54, ["arbeit", "aufenthalt"])
    assert [r["id"] for r in cw.search("Kita")] == [person_id]
    assert cw.undo().what == "Kontakt geändert"
    assert cw.contacts(case_id)[0]["minutes"] == 45
    assert cw.undo().what == "Kontakt erfasst"
    assert cw.contacts(case_id) == []
    with pytest.raises(ValidationError, match="nichts rückgängig"):
        cw.undo()
    assert [a for a, _, _ in _log(cw, 3)] == ["undo", "undo", "undo"]


def test_after_a_change_that_cannot_be_undone_there_is_nothing_older_to_undo(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    cw.add_contact(case_id, _contact())
    cw.change_phase(case_id, "assessment", "2026-03-01")
    with pytest.raises(ValidationError, match="nichts rückgängig"):
        cw.undo()
    assert len(cw.contacts(case_id)) == 1


def test_undo_refuses_when_the_record_was_changed_elsewhere_meanwhile(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    contact_id = cw.add_contact(case_id, _contact(minutes=45))
    cw.update_contact(contact_id, _contact(minutes=50))
    Casework(cw.casefile, today=cw.today).update_contact(contact_id, _contact(minutes=60))   # e.g. the command line
    with pytest.raises(ValidationError, match="nicht rückgängig.*anderweitig"):
        cw.undo()
    assert cw.contacts(case_id)[0]["minutes"] == 60


def test_undo_checks_the_rules_as_they_are_now(cw):
    """A referral that passed data on comes back only while a consent to that disclosure covers it."""
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    consent = cw.give_consent(person_id, "weitergabe", "2026-02-01", partner="mbe")
    referral_id = cw.add_referral(case_id, Referral("mbe", "2026-03-01", discloses_data=True))
    cw.delete("referral", referral_id, "irrtum")
    elsewhere = Casework(cw.casefile, today=cw.today)      # e.g. the command line, meanwhile
    elsewhere.update_consent(consent, "weitergabe", "2026-03-15", partner="mbe")
    with pytest.raises(ValidationError, match="nicht rückgängig.*keine Einwilligung"):
        cw.undo()
    assert cw.referrals(case_id) == []


# -- goals -------------------------------------------------------------------------------------------
def test_a_goal_is_updated_achieved_or_abandoned_also_after_the_case_closed(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    goal_id = cw.add_goal(case_id, "B1-Kurs beginnen", "sprache", "2026-06-30")
    cw.update_goal(goal_id, "B1-Kurs abschließen", "sprache", "2026-09-30", "in_arbeit")
    cw.close_case(case_id, "2026-10-01", "ziele_erreicht")
    cw.set_goal_status(goal_id, "erreicht")
    goal = cw.goal(goal_id)
    assert (goal["text"], goal["target_date"], goal["status"]) == ("B1-Kurs abschließen", "2026-09-30", "erreicht")
    with pytest.raises(ValidationError, match="kein bekannter Eintrag"):
        cw.set_goal_status(goal_id, "vergessen")
    cw.delete("goal", goal_id, "irrtum")
    assert cw.goals(case_id) == []
    assert _log(cw) == [("delete:irrtum", "goal", str(goal_id))]


# -- referrals ---------------------------------------------------------------------------------------
def test_the_answer_to_a_referral_is_recorded_and_the_indicator_counts_its_outcome(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    referral_id = cw.add_referral(case_id, Referral("jobcenter", "2026-03-02", discloses_data=False))
    assert release.count(cw, release.month(2026, 3)).value("referrals_by_outcome", "coesfeld", "offen") == (1, 1)
    cw.record_answer(referral_id, "abgeschlossen", "erfolgreich", "2026-04-15")
    stored = cw.referrals(case_id)[0]
    assert (stored["status"], stored["outcome"], stored["follow_up_on"]) == ("abgeschlossen", "erfolgreich", "2026-04-15")
    march = release.count(cw, release.month(2026, 3))
    assert march.value("referrals_by_outcome", "coesfeld", "erfolgreich") == (1, 1)
    assert march.value("referrals_by_outcome", "coesfeld", "offen") == (0, 0)


@pytest.mark.parametrize("status, outcome, follow_up, field", [
    ("angefragt", None, None, "status"), ("vielleicht", None, None, "status"),
    ("termin", "gut gelaufen", None, "outcome"), ("abgeschlossen", None, "2026-02-15", "follow_up_on"),
])
def test_a_bad_answer_is_refused_and_the_referral_stays_as_it_was(cw, status, outcome, follow_up, field):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    referral_id = cw.add_referral(case_id, Referral("jobcenter", "2026-03-02", discloses_data=False))
    before = cw.referrals(case_id)
    with pytest.raises(ValidationError) as err:
        cw.record_answer(referral_id, status, outcome, follow_up)
    assert err.value.field == field
    assert cw.referrals(case_id) == before


def test_an_outcome_needs_an_answer_and_a_correction_to_pass_data_on_needs_consent(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    referral_id = cw.add_referral(case_id, Referral("jobcenter", "2026-03-02", discloses_data=False))
    with pytest.raises(ValidationError, match="erst mit einer Antwort"):
        cw.update_referral(referral_id, Referral("jobcenter", "2026-03-02", False, "angefragt", "erfolgreich"))
    with pytest.raises(ConsentRequired):
        cw.update_referral(referral_id, Referral("jobcenter", "2026-03-02", discloses_data=True))
    cw.update_referral(referral_id, Referral("sozialamt", "2026-03-03", False, "termin", note="Termin 9 Uhr"))
    assert cw.referral(referral_id) == Referral("sozialamt", "2026-03-03", False, "termin", None, None, "Termin 9 Uhr")


# -- consent -----------------------------------------------------------------------------------------
def test_a_consent_is_corrected_only_as_far_as_recorded_casework_stays_covered(cw):
    person_id = new_person(cw)
    consent = cw.give_consent(person_id, "fallarbeit", "2026-02-01")
    case_id = cw.open_case(person_id, "2026-02-10", "prozess")
    cw.add_contact(case_id, _contact(date="2026-03-02"))
    with pytest.raises(ValidationError, match=r"nicht mehr \(1 Fall, 1 Kontakt\)"):
        cw.update_consent(consent, "fallarbeit", "2026-03-05")
    with pytest.raises(ValidationError, match=r"Erfasstes \(1 Fall, 1 Kontakt\).*widerrufen"):
        cw.delete("consent", consent, "irrtum")
    cw.update_consent(consent, "fallarbeit", "2026-01-15")       # earlier: covers more
    assert cw.consents(person_id)[0]["given_on"] == "2026-01-15"
    spare = cw.give_consent(person_id, "weitergabe", "2026-02-01", partner="mbe")
    cw.update_consent(spare, "weitergabe", "2026-02-01", partner="jobcenter")
    cw.delete("consent", spare, "falsche_person")
    assert [c["id"] for c in cw.consents(person_id)] == [consent]


def test_a_withdrawn_consent_keeps_its_withdrawal(cw):
    person_id = new_person(cw)
    consent = cw.give_consent(person_id, "weitergabe", "2026-02-01", partner="mbe")
    cw.withdraw_consent(consent, "2026-04-01")
    with pytest.raises(ValidationError, match="nach ihrem Widerruf"):
        cw.update_consent(consent, "weitergabe", "2026-05-01", partner="mbe")
    cw.update_consent(consent, "weitergabe", "2026-01-20", partner="mbe")
    assert cw.consents(person_id)[0]["withdrawn_on"] == "2026-04-01"


# -- intensity ---------------------------------------------------------------------------------------
def test_the_intensity_changes_from_a_date_and_each_month_counts_the_one_it_had(cw):
    person_id, case_id = person_with_case(cw, opened="2026-01-10", intensity="kurz")
    cw.change_intensity(case_id, "intensiv", "2026-04-15")
    assert [(i["since"], i["intensity"]) for i in cw.intensities(case_id)] == \
        [("2026-01-10", "kurz"), ("2026-04-15", "intensiv")]
    assert cw.open_case_of(person_id)["intensity"] == "intensiv"
    persons = lambda m, cell: release.count(cw, release.month(2026, m)).value("persons_by_intensity", "coesfeld", cell)
    assert (persons(3, "kurz"), persons(3, "intensiv")) == ((1, 1), (0, 0))
    assert (persons(4, "kurz"), persons(4, "intensiv")) == ((0, 0), (1, 1))
    # A first release counts two years at once from the histories: the same months, the same cells.
    year = release.count_periods(cw, [release.month(2026, m) for m in range(1, 11)])
    assert [year[f"2026-{m:02d}"].value("persons_by_intensity", "coesfeld", "intensiv") for m in (3, 4, 10)] == \
        [(0, 0), (1, 1), (1, 1)]
    assert year["2026-03"].value("persons_by_intensity", "coesfeld", "kurz") == (1, 1)


@pytest.mark.parametrize("intensity, since, message", [
    ("intensiv", "2026-12-01", "Zukunft"), ("intensiv", "2026-01-05", "Eröffnung"), ("kurz", "2026-05-01", "bereits"),
    ("intensiv", "2026-03-01", "letzten Wechsel"), ("mittel", "2026-05-01", "kein bekannter Eintrag"),
])
def test_a_bad_intensity_change_is_refused(cw, intensity, since, message):
    _, case_id = person_with_case(cw, opened="2026-01-10", intensity="prozess")
    cw.change_intensity(case_id, "kurz", "2026-04-01")
    with pytest.raises(ValidationError, match=message):
        cw.change_intensity(case_id, intensity, since)
    assert len(cw.intensities(case_id)) == 2


def test_the_intensity_history_is_corrected_but_always_starts_at_the_opening(cw):
    person_id, case_id = person_with_case(cw, opened="2026-01-10", intensity="prozess")
    first, = cw.intensities(case_id)
    later = cw.change_intensity(case_id, "intensiv", "2026-04-01")
    with pytest.raises(ValidationError, match="nicht löschen"):
        cw.delete("case_intensity", first["id"], "irrtum")
    with pytest.raises(ValidationError, match="nicht löschen"):
        cw.update_intensity(first["id"], "prozess", "2026-02-01")
    cw.update_intensity(first["id"], "kurz", "2026-01-10")
    cw.update_intensity(later, "intensiv", "2026-03-01")
    assert [(i["since"], i["intensity"]) for i in cw.intensities(case_id)] == \
        [("2026-01-10", "kurz"), ("2026-03-01", "intensiv")]
    cw.delete("case_intensity", later, "irrtum")
    assert cw.open_case_of(person_id)["intensity"] == "kurz"
    cw.undo()
    assert cw.open_case_of(person_id)["intensity"] == "intensiv"


# -- residence status, time log, events, observations ------------------------------------------------
def test_a_residence_status_is_corrected_and_deleted(cw):
    person_id = new_person(cw)
    status_id = cw.record_status(person_id, "duldung", "2022-10-31")
    cw.update_status(status_id, "ae_104c", "2023-01-15")
    assert [(s["status"], s["since"]) for s in cw.status_history(person_id)] == [("ae_104c", "2023-01-15")]
    with pytest.raises(ValidationError, match="Entscheidung"):
        cw.update_status(status_id, "ae_104c", "2023-01-15", applied_on="2023-02-01", decided_on="2023-01-20")
    cw.delete("residence_status", status_id, "irrtum")
    assert cw.status_history(person_id) == []


def test_time_entries_events_and_observations_are_corrected_deleted_and_undone(cw):
    sw = SystemWork(cw)
    entry = sw.log_time("2026-11-03", 60, "netzwerkarbeit", "Arbeitskreis")
    sw.update_time(entry, "2026-11-04", 90, "gremien", "Ausschuss")
    assert [(e["date"], e["minutes"], e["kind"]) for e in sw.time_entries(cw.today().replace(day=1), cw.today())] == \
        [("2026-11-04", 90, "gremien")]
    with pytest.raises(ValidationError) as err:
        sw.update_time(entry, "2026-11-04", 25 * 60, "gremien")
    assert err.value.field == "minutes"
    event = sw.add_event("2026-10-15", "olfen", "aufenthalt", 34)
    sw.update_event(event, "2026-10-15", "olfen", "aufenthalt", 43, "Arabisch", 1)
    assert sw.events()[0]["participants"] == 43
    observation = sw.add_observation("2026-10-20", "ascheberg", "behoerden", "Wartezeit ABH")
    sw.update_observation(observation, "2026-10-20", "ascheberg", "behoerden", "Wartezeit ABH über 3 Monate")
    with pytest.raises(ValidationError) as err:
        sw.update_observation(observation, "2026-10-20", "ascheberg", "behoerden", " ")
    assert err.value.field == "text"
    for table, record_id in (("time_entry", entry), ("info_event", event), ("observation", observation)):
        sw.delete(table, record_id, "doppelt")
    assert (sw.time_entries(cw.today().replace(day=1), cw.today()), sw.events(), sw.observations()) == ([], [], [])
    cw.undo()
    assert sw.observations()[0]["text"] == "Wartezeit ABH über 3 Monate"
    assert "Wartezeit" not in _dump(cw) and "Ausschuss" not in _dump(cw)
