"""What a release counts (docs/indicators.md), before protection, on small case files whose right
answer is known: contacts against persons, a person with two cases, the age on the month's end,
interpreters by language, § 104c. Protection comes after (test_release.py, test_cell_key_method.py)."""

from app.casemanager import release
from app.casemanager.casework import Contact
from tests.conftest import person_with_case


def _month(cw, month):
    return release.count(cw, release.month(2026, month))


def _contact(day, channel="persoenlich", topics=("arbeit",), **extra):
    return Contact(date=day, minutes=30, channel=channel, topics=list(topics), notes="", **extra)


def test_five_contacts_of_one_person_are_five_contacts_but_one_person(cw):
    _, case = person_with_case(cw)
    for day, channel in [("2026-03-02", "persoenlich"), ("2026-03-09", "persoenlich"), ("2026-03-16", "telefonisch"),
                         ("2026-03-23", "telefonisch"), ("2026-03-30", "hausbesuch")]:
        cw.add_contact(case, _contact(day, channel, topics=("arbeit", "wohnen")))
    march = _month(cw, 3)
    assert {c: march.value("contacts_by_channel", "coesfeld", c) for c in ("persoenlich", "telefonisch", "hausbesuch")} \
        == {"persoenlich": (2, 1), "telefonisch": (2, 1), "hausbesuch": (1, 1)}
    assert march.value("contacts_by_channel", "coesfeld") == (5, 1)   # not 3 persons
    assert march.value("contacts_by_topic", "coesfeld", "wohnen") == (5, 1)


def test_a_person_with_two_cases_in_a_month_counts_once_by_the_newer_case(cw):
    person, first = person_with_case(cw, opened="2026-01-10", intensity="kurz")
    cw.close_case(first, "2026-04-15", "ziele_erreicht")
    cw.open_case(person, "2026-04-20", "intensiv")
    _, other = person_with_case(cw, family="Haddad", given="Rania", opened="2026-02-01", intensity="prozess")
    cw.change_phase(other, "hilfeplanung", "2026-04-30")
    march, april = _month(cw, 3), _month(cw, 4)

    def persons(counted, indicator, cells):
        return {c: counted.value(indicator, "coesfeld", c)[1] for c in cells if counted.value(indicator, "coesfeld", c)[1]}

    assert persons(march, "persons_by_intensity", ("kurz", "prozess", "intensiv")) == {"kurz": 1, "prozess": 1}
    assert persons(april, "persons_by_intensity", ("kurz", "prozess", "intensiv")) == {"intensiv": 1, "prozess": 1}
    assert april.value("persons_by_intensity", "coesfeld") == (2, 2)
    assert april.value("persons_by_phase", "coesfeld", "hilfeplanung")[1] == 1   # the phase on the month's last day
    assert persons(april, "cases_opened_closed", ("eroeffnet", "abgeschlossen")) == {"eroeffnet": 1, "abgeschlossen": 1}


def test_the_age_band_is_the_age_on_the_months_last_day(cw):
    person_with_case(cw, opened="2026-01-10", birth_date="2008-06-15")
    person_with_case(cw, family="Kaya", given="Emre", opened="2026-01-10")   # birth date unknown
    may, june = _month(cw, 5), _month(cw, 6)
    assert [may.value("persons_by_age_band", "coesfeld", b)[1] for b in ("0-17", "18-26", "unbekannt")] == [1, 0, 1]
    assert [june.value("persons_by_age_band", "coesfeld", b)[1] for b in ("0-17", "18-26")] == [0, 1]


def test_interpreters_are_counted_per_quarter_by_catalogue_language_with_minutes_and_cost(cw):
    _, case = person_with_case(cw)
    cw.add_contact(case, _contact("2026-05-04", interpreter_language="Persisch", interpreter_minutes=40,
                                  interpreter_cost="38,50"))
    cw.add_contact(case, _contact("2026-05-11", interpreter_language="Farsi", interpreter_minutes=20,
                                  interpreter_cost="19,25"))
    cw.add_contact(case, _contact("2026-05-18"))   # no interpreter
    q2 = release.count(cw, release.quarter(2026, 2))
    assert q2.value("interpreter_minutes_by_language", "alle", "farsi") == (60, 1)
    assert q2.value("interpreter_cost_cents_by_language", "alle", "farsi") == (5775, 1)
    assert q2.value("interpreter_cost_cents_by_language", "alle") == (5775, 1)
    assert q2.value("minutes_by_kind", "alle", "einzelfall") == (90, 1)


def test_the_ki_learns_how_many_104c_permits_run_out_within_three_months(cw):
    person, _ = person_with_case(cw)
    cw.record_status(person, "ae_104c", "2025-08-01")   # the 18 months end on 31.01.2027
    assert [_month(cw, m).value("chancen_104c", "coesfeld", "endet_bald")[1] for m in (9, 10)] == [0, 1]
    assert _month(cw, 9).value("chancen_104c", "coesfeld", "erteilt")[1] == 1


def test_a_fall_back_to_a_duldung_is_a_lapse_and_a_pending_application_is_counted_on_its_own(cw):
    # Both windows were granted on 01.07.2024 and ended on 31.12.2025.
    back, _ = person_with_case(cw, opened="2024-06-01")
    cw.record_status(back, "ae_104c", "2024-07-01")
    cw.record_status(back, "duldung", "2026-01-01")
    pending, _ = person_with_case(cw, family="Haddad", given="Rania", opened="2024-06-01")
    cw.record_status(pending, "ae_104c", "2024-07-01")
    cw.record_status(pending, "antrag_fiktion", "2025-12-31", applied_for="ae_25b")   # on the last day
    cw.record_status(pending, "ae_25b", "2026-03-16")

    def cells(counted):
        return {c: counted.value("chancen_104c", "coesfeld", c)[1] for c in release.CHANCEN_CELLS
                if counted.value("chancen_104c", "coesfeld", c)[1]}

    assert cells(release.count(cw, release.month(2025, 12))) == {"erteilt": 2, "endet_bald": 2}
    # January: one back in the Duldung (a lapse, not another title), one under Fiktion, still held.
    assert cells(_month(cw, 1)) == {"erteilt": 1, "abgelaufen": 1, "fiktion": 1}
    assert cells(_month(cw, 2)) == {"erteilt": 1, "fiktion": 1}
    assert cells(_month(cw, 3)) == {"erteilt": 1, "zu_25b": 1}
