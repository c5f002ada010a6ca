"""Contacts, referrals (Verweisberatung) and consent (DSGVO) through the use cases."""

import pytest

from app.casemanager.casework import ConsentRequired, Contact, Referral
from app.core.validation import ValidationError
from tests.conftest import new_person, person_with_case


def _contact(**change):
    values = dict(date="2026-03-02", minutes=45, channel="hausbesuch", topics=["aufenthalt", "arbeit"],
                  notes="Unterlagen für die Ausländerbehörde besprochen")
    values.update(change)
    return Contact(**values)


def test_a_contact_is_stored_with_topics_and_interpreter_cost(cw):
    _, case_id = person_with_case(cw)
    cw.add_contact(case_id, _contact(interpreter_language="Tigrinya", interpreter_minutes=40,
                                     interpreter_cost="38,50"))
    [stored] = cw.contacts(case_id)
    assert stored["topics"] == ["arbeit", "aufenthalt"]
    assert (stored["interpreter_minutes"], stored["interpreter_cost_cents"]) == (40, 3850)


@pytest.mark.parametrize("change, field", [
    (dict(minutes=0), "minutes"), (dict(minutes=-15), "minutes"), (dict(minutes="eine Stunde"), "minutes"),
    (dict(minutes=13 * 60), "minutes"),
    (dict(date="2026-12-01"), "date"), (dict(date="2026-01-01"), "date"), (dict(date="32.01.2026"), "date"),
    (dict(channel="brieftaube"), "channel"), (dict(topics=[]), "topics"), (dict(topics=["mode"]), "topics"),
    (dict(interpreter_minutes=30), "interpreter_language"), (dict(interpreter_cost="-5"), "interpreter_cost"),
    (dict(interpreter_cost="viel"), "interpreter_cost"),
])
def test_bad_contact_input_is_refused_and_nothing_saved(cw, change, field):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    with pytest.raises(ValidationError) as err:
        cw.add_contact(case_id, _contact(**change))
    assert err.value.field == field
    assert cw.contacts(case_id) == []


def test_a_contact_after_the_case_closed_is_refused(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    cw.close_case(case_id, "2026-02-28", "verwiesen")
    with pytest.raises(ValidationError, match="nach dem Abschluss"):
        cw.add_contact(case_id, _contact(date="2026-03-02"))
    cw.add_contact(case_id, _contact(date="2026-02-20"))  # recorded late, but within the case


def test_a_referral_that_discloses_data_needs_consent_for_that_partner(cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    referral = Referral("jobcenter", "2026-03-01", discloses_data=True, follow_up_on="2026-03-15")
    with pytest.raises(ConsentRequired, match="Jobcenter"):
        cw.add_referral(case_id, referral)
    assert cw.referrals(case_id) == []
    # Without passing data on (the person contacts the partner themselves), no consent is needed.
    cw.add_referral(case_id, Referral("jobcenter", "2026-03-01", discloses_data=False))
    cw.give_consent(person_id, "weitergabe", "2026-02-20", partner="jobcenter")
    cw.add_referral(case_id, referral)
    with pytest.raises(ConsentRequired):  # the consent names one partner, not all of them
        cw.add_referral(case_id, Referral("sozialamt", "2026-03-01", discloses_data=True))
    assert len(cw.referrals(case_id)) == 2


def test_withdrawing_a_disclosure_consent_stops_new_disclosures_only(cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    consent = cw.give_consent(person_id, "weitergabe", "2026-02-01", partner="mbe")
    cw.add_referral(case_id, Referral("mbe", "2026-03-01", discloses_data=True))
    cw.withdraw_consent(consent, "2026-04-01")
    assert len(cw.referrals(case_id)) == 1
    with pytest.raises(ConsentRequired):
        cw.add_referral(case_id, Referral("mbe", "2026-04-02", discloses_data=True))


def test_withdrawing_consent_to_casework_closes_the_case_and_makes_the_person_due_for_deletion(cw):
    from app.casemanager.privacy import due_for_deletion

    person_id = new_person(cw)
    consent = cw.give_consent(person_id, "fallarbeit", "2026-02-01")
    case_id = cw.open_case(person_id, "2026-02-01", "prozess")
    cw.withdraw_consent(consent, "2026-06-01")
    case = cw.cases_of(person_id)[0]
    assert (case["closed_on"], case["closure_reason"]) == ("2026-06-01", "einwilligung_widerrufen")
    assert [d.reason for d in due_for_deletion(cw) if d.person_id == person_id] == ["consent_withdrawn"]
    with pytest.raises(ValidationError):
        cw.add_contact(case_id, _contact(date="2026-06-02"))
    with pytest.raises(ValidationError, match="Einwilligung"):
        cw.open_case(person_id, "2026-07-01", "kurz")


def test_a_withdrawal_cannot_predate_the_consent_or_be_repeated(cw):
    person_id = new_person(cw)
    consent = cw.give_consent(person_id, "fallarbeit", "2026-02-01")
    with pytest.raises(ValidationError, match="nicht vor der Einwilligung"):
        cw.withdraw_consent(consent, "2026-01-01")
    cw.withdraw_consent(consent, "2026-03-01")
    with pytest.raises(ValidationError, match="bereits widerrufen"):
        cw.withdraw_consent(consent, "2026-04-01")


@pytest.mark.parametrize("referral, field", [
    (Referral("wahrsagerin", "2026-03-01", False), "partner"),
    (Referral("jobcenter", "2026-12-01", False), "date"),
    (Referral("jobcenter", "2026-01-01", False), "date"),
    (Referral("jobcenter", "2026-03-01", False, follow_up_on="2026-02-01"), "follow_up_on"),
    (Referral("jobcenter", "2026-03-01", False, status="vielleicht"), "status"),
])
def test_bad_referral_input_is_refused(cw, referral, field):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    with pytest.raises(ValidationError) as err:
        cw.add_referral(case_id, referral)
    assert err.value.field == field
    assert cw.referrals(case_id) == []


# -- the first contact before consent (Zugang) ------------------------------------------------------
def test_the_first_conversation_is_documented_before_consent_with_minimal_data(cw):
    from app.casemanager.casework import FirstContact

    person = new_person(cw)
    first = cw.add_first_contact(person, FirstContact("2026-11-02", 40, "persoenlich", ["aufenthalt", "arbeit"],
                                                      consent_requested=True))
    [stored] = cw.first_contacts(person)
    assert (stored["id"], stored["date"], stored["minutes"], stored["channel"], stored["topics"],
            stored["consent_requested"]) == (first, "2026-11-02", 40, "persoenlich", ["arbeit", "aufenthalt"], 1)
    assert set(stored) == {"id", "person_id", "date", "minutes", "channel", "topics", "consent_requested"}
    # Nothing more until consent exists: no case, and so no contact with notes or interpreting.
    with pytest.raises(ValidationError, match="Ohne Einwilligung"):
        cw.open_case(person, "2026-11-02", "kurz")
    cw.delete("first_contact", first, "irrtum")
    assert cw.first_contacts(person) == []
    cw.undo()
    assert [c["id"] for c in cw.first_contacts(person)] == [first]


@pytest.mark.parametrize("change, field, words", [
    (dict(minutes=0), "minutes", "größer als 0"), (dict(minutes=13 * 60), "minutes", "unplausibel"),
    (dict(date="2026-12-01"), "date", "Zukunft"), (dict(date="31.02.2026"), "date", "31.02.2026"),
    (dict(channel="brieftaube"), "channel", "brieftaube"), (dict(topics=[]), "topics", "mindestens ein Thema"),
    (dict(date="2026-11-10"), "date", "im Fall erfassen"),
])
def test_a_bad_first_contact_is_refused_and_nothing_saved(cw, change, field, words):
    from app.casemanager.casework import FirstContact

    person = new_person(cw)
    cw.give_consent(person, "fallarbeit", "2026-11-05")   # from then on, contacts belong in the case
    values = dict(date="2026-11-02", minutes=30, channel="telefonisch", topics=["aufenthalt"])
    values.update(change)
    with pytest.raises(ValidationError, match=words) as err:
        cw.add_first_contact(person, FirstContact(**values))
    assert err.value.field == field
    assert cw.first_contacts(person) == []


def test_after_a_withdrawal_no_first_contact_is_recorded(cw):
    from app.casemanager.casework import FirstContact

    person = new_person(cw)
    consent = cw.give_consent(person, "fallarbeit", "2026-10-01")
    cw.withdraw_consent(consent, "2026-10-15")
    with pytest.raises(ValidationError, match="widerrufen"):
        cw.add_first_contact(person, FirstContact("2026-11-02", 30, "telefonisch", ["aufenthalt"]))
