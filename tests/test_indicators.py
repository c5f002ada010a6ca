"""What the bundle counts (docs/indicators.md), on small case files whose right answer is known:
contacts against persons, a person with two cases, the age on the month's end, interpreters by
language. Disclosure control comes after (test_disclosure_control.py)."""

from app.casemanager import indicators
from app.casemanager.casework import Contact
from tests.conftest import person_with_case


def _tables(cw, municipalities=("coesfeld",)):
    return {(t.indicator, t.period, t.municipality): t for t in indicators.build_tables(cw, list(municipalities))}


def _contact(day, channel="persoenlich", topics=("arbeit",), **extra):
    return Contact(date=day, minutes=30, channel=channel, topics=list(topics), notes="", **extra)


def test_five_contacts_of_one_person_are_five_contacts_but_one_person(cw):
    _, case = person_with_case(cw)
    for day, channel in [("2026-03-02", "persoenlich"), ("2026-03-09", "persoenlich"), ("2026-03-16", "telefonisch"),
                         ("2026-03-23", "telefonisch"), ("2026-03-30", "hausbesuch")]:
        cw.add_contact(case, _contact(day, channel, topics=("arbeit", "wohnen")))
    by_channel = _tables(cw)[("contacts_by_channel", "2026-03", "coesfeld")]
    assert {k: (c.value, c.persons) for k, c in by_channel.cells.items() if c.value} == {
        "persoenlich": (2, 1), "telefonisch": (2, 1), "hausbesuch": (1, 1)}
    assert (by_channel.total.value, by_channel.total.persons) == (5, 1)   # not 3 persons
    by_topic = _tables(cw)[("contacts_by_topic", "2026-03", "coesfeld")]
    assert (by_topic.cells["wohnen"].value, by_topic.cells["wohnen"].persons) == (5, 1)


def test_a_person_with_two_cases_in_a_month_counts_once_by_the_newer_case(cw):
    person, first = person_with_case(cw, opened="2026-01-10", intensity="kurz")
    cw.close_case(first, "2026-04-15", "ziele_erreicht")
    cw.open_case(person, "2026-04-20", "intensiv")
    _, other = person_with_case(cw, family="Haddad", given="Rania", opened="2026-02-01", intensity="prozess")
    cw.change_phase(other, "hilfeplanung", "2026-04-30")
    tables = _tables(cw)

    def cells(indicator, period):
        return {k: c.persons for k, c in tables[(indicator, period, "coesfeld")].cells.items() if c.persons}

    assert cells("persons_by_intensity", "2026-03") == {"kurz": 1, "prozess": 1}
    assert cells("persons_by_intensity", "2026-04") == {"intensiv": 1, "prozess": 1}
    assert tables[("persons_by_intensity", "2026-04", "coesfeld")].total.persons == 2
    assert cells("persons_by_phase", "2026-04")["hilfeplanung"] == 1   # the phase on the month's last day
    assert cells("cases_opened_closed", "2026-04") == {"eroeffnet": 1, "abgeschlossen": 1}


def test_the_age_band_is_the_age_on_the_months_last_day(cw):
    person_with_case(cw, opened="2026-01-10", birth_date="2008-06-15")
    person_with_case(cw, family="Kaya", given="Emre", opened="2026-01-10")   # birth date unknown
    tables = _tables(cw)
    may = tables[("persons_by_age_band", "2026-05", "coesfeld")].cells
    june = tables[("persons_by_age_band", "2026-06", "coesfeld")].cells
    assert (may["0-17"].persons, may["18-26"].persons, may["unbekannt"].persons) == (1, 0, 1)
    assert (june["0-17"].persons, june["18-26"].persons) == (0, 1)


def test_interpreters_are_counted_by_catalogue_language_with_minutes_and_cost(cw):
    _, case = person_with_case(cw)
    cw.add_contact(case, _contact("2026-05-04", interpreter_language="Persisch", interpreter_minutes=40,
                                  interpreter_cost="38,50"))
    cw.add_contact(case, _contact("2026-05-11", interpreter_language="Farsi", interpreter_minutes=20,
                                  interpreter_cost="19,25"))
    cw.add_contact(case, _contact("2026-05-18"))   # no interpreter
    tables = _tables(cw)
    minutes = tables[("interpreter_minutes_by_language", "2026-05", "coesfeld")].cells
    cost = tables[("interpreter_cost_cents_by_language", "2026-05", "coesfeld")].cells
    assert {k: (c.value, c.persons) for k, c in minutes.items()} == {"farsi": (60, 1)}
    assert {k: (c.value, c.persons) for k, c in cost.items()} == {"farsi": (5775, 1)}
    assert tables[("minutes_by_kind", "2026-05", "alle")].cells["einzelfall"].value == 90
