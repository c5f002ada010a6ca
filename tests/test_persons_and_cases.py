"""Persons and their cases through the app's use cases: the rules a case manager relies on."""

import pytest

from app.casemanager.casework import Person
from app.core.validation import ValidationError
from tests.conftest import new_person, person_with_case


def _count(cw, table):
    return cw.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_person_gets_a_pseudonymous_case_number_and_keeps_names_in_any_script(cw):
    ids = [new_person(cw, "العبدالله", "فاطمة"), new_person(cw, "Петренко", "Олена", "duelmen"),
           new_person(cw, "Nguyễn", "Thị Lan", "olfen")]
    people = [cw.person(i) for i in ids]
    assert [p.case_number for p in people] == ["F-2026-00001", "F-2026-00002", "F-2026-00003"]
    assert [p.family_name for p in people] == ["العبدالله", "Петренко", "Nguyễn"]


def test_case_numbers_are_never_reused_after_a_deletion(cw):
    from app.casemanager.privacy import delete_person

    first = new_person(cw)
    delete_person(cw, first)
    assert cw.person(new_person(cw)).case_number == "F-2026-00002"


@pytest.mark.parametrize("birth, stored", [("1990", "1990"), ("03.05.1990", "1990-05-03"), ("1990-05-03", "1990-05-03")])
def test_a_birth_date_may_be_full_or_the_year_only(cw, birth, stored):
    assert cw.person(new_person(cw, birth_date=birth)).birth_date == stored


@pytest.mark.parametrize("change, field", [
    (dict(family="", given=""), "family_name"),
    (dict(municipality="muenster"), "municipality"),
    (dict(gender="q"), "gender"),
    (dict(birth_date="2027"), "birth_date"),
    (dict(birth_date="31.02.1990"), "birth_date"),
    (dict(birth_date="01.12.2026"), "birth_date"),
    (dict(in_germany_since="2026-12-01"), "in_germany_since"),
    (dict(birth_date="2000", in_germany_since="1999-01-01"), "in_germany_since"),
])
def test_bad_person_input_is_refused_with_a_german_message_and_nothing_saved(cw, change, field):
    args = dict(family="Müller", given="Jana", municipality="senden")
    args.update(change)
    with pytest.raises(ValidationError) as err:
        new_person(cw, args.pop("family"), args.pop("given"), args.pop("municipality"), **args)
    assert err.value.field == field
    assert err.value.message.endswith(".") and field not in err.value.message  # a sentence, not a code
    assert _count(cw, "person") == 0


def test_updating_a_person_validates_and_records_the_change(cw):
    person_id = new_person(cw)
    cw.update_person(person_id, Person("Özdemir", "Ayşe", "nottuln", phone="0251 123"))
    assert cw.person(person_id).municipality == "nottuln"
    with pytest.raises(ValidationError):
        cw.update_person(person_id, Person("", "", "nottuln"))
    assert cw.person(person_id).family_name == "Özdemir"
    actions = cw.conn.execute("SELECT action, entity_id FROM audit_log WHERE entity = 'person'").fetchall()
    assert actions == [("create", str(person_id)), ("change", str(person_id))]


def test_municipalities_map_to_the_three_regions(cw):
    assert [cw.cat.region_of(m) for m in ("havixbeck", "nottuln", "nordkirchen")] == ["nord", "mitte", "sued"]
    assert len(cw.cat.municipalities.codes()) == 11


def test_a_case_runs_through_its_phases_and_closes_with_a_reason(cw):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    cw.change_phase(case_id, "assessment", "2026-02-15")
    cw.change_phase(case_id, "hilfeplanung", "2026-03-01")
    cw.close_case(case_id, "2026-10-01", "ziele_erreicht")
    assert [p["phase"] for p in cw.phases(case_id)] == ["zugang", "assessment", "hilfeplanung", "abschluss"]
    case = cw.cases_of(person_id)[0]
    assert (case["closed_on"], case["closure_reason"]) == ("2026-10-01", "ziele_erreicht")
    assert cw.open_case_of(person_id) is None


def test_a_person_has_at_most_one_open_case(cw):
    person_id, case_id = person_with_case(cw)
    with pytest.raises(ValidationError, match="bereits ein Fall offen"):
        cw.open_case(person_id, "2026-03-01", "kurz")
    cw.close_case(case_id, "2026-04-01", "verwiesen")
    cw.open_case(person_id, "2026-05-01", "kurz")
    assert len(cw.cases_of(person_id)) == 2


@pytest.mark.parametrize("closed, reason, message", [
    ("2026-01-01", "ziele_erreicht", "nicht vor der Eröffnung"),
    ("2026-12-01", "ziele_erreicht", "Zukunft"),
    ("2026-05-01", "gewürfelt", "kein bekannter Eintrag"),
    ("", "ziele_erreicht", "fehlt"),
])
def test_closing_with_bad_input_is_refused_and_the_case_stays_open(cw, closed, reason, message):
    person_id, case_id = person_with_case(cw, opened="2026-02-01")
    with pytest.raises(ValidationError, match=message):
        cw.close_case(case_id, closed, reason)
    assert cw.open_case_of(person_id)["id"] == case_id


@pytest.mark.parametrize("opened, intensity, message", [
    ("2026-12-24", "intensiv", "Zukunft"), ("2026-01-01", "mittel", "kein bekannter Eintrag")])
def test_opening_with_bad_input_is_refused(cw, opened, intensity, message):
    person_id = new_person(cw)
    cw.give_consent(person_id, "fallarbeit", "2025-12-01")
    with pytest.raises(ValidationError, match=message):
        cw.open_case(person_id, opened, intensity)
    assert _count(cw, "support_case") == 0


def test_a_case_needs_consent_to_casework(cw):
    person_id = new_person(cw)
    with pytest.raises(ValidationError, match="Einwilligung"):
        cw.open_case(person_id, "2026-03-01", "kurz")


def test_phases_move_forward_in_time_only(cw):
    _, case_id = person_with_case(cw, opened="2026-02-01")
    cw.change_phase(case_id, "assessment", "2026-03-01")
    with pytest.raises(ValidationError, match="vorigen Phase"):
        cw.change_phase(case_id, "hilfeplanung", "2026-02-15")
    with pytest.raises(ValidationError, match="kein bekannter Eintrag"):
        cw.change_phase(case_id, "warten", "2026-03-15")


def test_goals_of_the_support_plan(cw):
    _, case_id = person_with_case(cw)
    goal_id = cw.add_goal(case_id, "B1-Sprachkurs beginnen", "sprache", "2026-06-30")
    cw.update_goal(goal_id, "B1-Sprachkurs beginnen", "sprache", "2026-06-30", "erreicht")
    assert cw.conn.execute("SELECT status FROM goal").fetchone() == ("erreicht",)
    with pytest.raises(ValidationError, match="nicht leer"):
        cw.add_goal(case_id, "   ", "sprache")
    with pytest.raises(ValidationError, match="kein bekannter Eintrag"):
        cw.add_goal(case_id, "Wohnung", "wohnraum")
