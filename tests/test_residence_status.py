"""Residence status history and the § 104c tracker, through the use cases."""

from datetime import date

import pytest

from app.core.validation import ValidationError
from tests.conftest import new_person


def test_the_history_is_kept_in_date_order_and_drives_the_104c_window(cw):
    person = new_person(cw, in_germany_since="2015-09-01")
    cw.record_status(person, "ae_104c", "2025-08-01", applied_on="2025-02-10", decided_on="2025-07-20")
    cw.record_status(person, "duldung", "2016-03-01")
    assert [s["status"] for s in cw.status_history(person)] == ["duldung", "ae_104c"]
    window = cw.chancen_window(person)
    assert (window.granted, window.ends, window.outcome) == (date(2025, 8, 1), date(2027, 1, 31), "laufend")
    assert window.due_reminder == date(2026, 10, 31)
    cw.record_status(person, "ae_25b", "2026-11-01")
    assert cw.chancen_window(person).outcome == "ae_25b"


def test_104c_can_no_longer_be_applied_for_since_01_01_2026(cw):
    person = new_person(cw, in_germany_since="2015-09-01")
    cw.record_status(person, "duldung", "2016-03-01")
    with pytest.raises(ValidationError) as err:
        cw.record_status(person, "ae_104c", "2026-03-01", applied_on="01.01.2026")
    assert err.value.field == "applied_on"
    assert "01.01.2026" in err.value.message and "31.12.2025" in err.value.message
    with pytest.raises(ValidationError, match="Antragsdatum angeben") as err:   # granted in 2026: applied when?
        cw.record_status(person, "ae_104c", "2026-03-01")
    assert err.value.field == "applied_on"
    assert [s["status"] for s in cw.status_history(person)] == ["duldung"]
    cw.record_status(person, "ae_104c", "2026-03-01", applied_on="31.12.2025", decided_on="2026-02-20")
    window = cw.chancen_window(person)
    assert (window.granted, window.ends, window.outcome) == (date(2026, 3, 1), date(2027, 8, 31), "laufend")


def test_a_permit_granted_in_2025_needs_no_application_date_as_before(cw):
    person = new_person(cw)
    cw.record_status(person, "ae_104c", "2025-12-31")
    assert cw.chancen_window(person).ends == date(2027, 6, 30)


def test_an_application_stands_in_the_history_from_the_day_it_was_filed_with_the_title_applied_for(cw):
    person = new_person(cw)
    cw.record_status(person, "ae_104c", "2024-07-01")
    cw.record_status(person, "antrag_fiktion", "2026-01-20", applied_on="31.12.2025", applied_for="ae_25b",
                     valid_until="2026-04-30")
    applied = cw.status_history(person)[-1]
    assert (applied["since"], applied["applied_on"], applied["applied_for"], applied["valid_until"]) == \
        ("2025-12-31", "2025-12-31", "ae_25b", "2026-04-30")
    window = cw.chancen_window(person)
    assert (window.outcome, window.applied_for, window.due_reminder) == ("fiktion", "ae_25b", date(2026, 10, 31))


@pytest.mark.parametrize("kwargs, field, words", [
    (dict(status="antrag_fiktion", since="2026-01-10"), "applied_for", "welcher Aufenthaltstitel"),
    (dict(status="antrag_fiktion", since="2026-01-10", applied_for="duldung"), "applied_for", "kein Aufenthaltstitel"),
    (dict(status="antrag_fiktion", since="2026-01-10", applied_for="ae_104c"), "applied_on", "nicht mehr möglich"),
    (dict(status="duldung", since="2026-01-10", applied_for="ae_25b"), "applied_for", "Antrag gestellt"),
    (dict(status="ae_25b", since="2026-01-10", valid_until="2026-01-09"), "valid_until", "»Gültig ab«"),
    (dict(status="ae_25b", since="2026-01-10", valid_until="31.13.2027"), "valid_until", "31.13.2027"),
])
def test_a_bad_application_or_valid_until_is_refused_at_its_field(cw, kwargs, field, words):
    person = new_person(cw)
    with pytest.raises(ValidationError, match=words) as err:
        cw.record_status(person, **kwargs)
    assert err.value.field == field
    assert cw.status_history(person) == []


def test_the_status_catalogue_groups_protection_duldungen_and_applications_with_their_legal_reference(cw):
    group = {e.code: e.extra["group"] for e in cw.cat.residence_status.entries}
    assert {c for c, g in group.items() if g == "schutz"} == {"ae_25_1", "ae_25_2_fluechtling", "ae_25_2_subsidiaer",
                                                              "ae_25_3", "ae_24"}
    assert {c for c, g in group.items() if g == "duldung"} == {"duldung", "duldung_60c", "duldung_60d"}
    assert group["ae_25_5"] == "aufenthaltserlaubnis" and group["antrag_fiktion"] == "fiktion"
    law = {e.code: e.extra.get("law", "") for e in cw.cat.residence_status.entries}
    assert [c for c, text in law.items() if not text] == ["unbekannt"]
    assert law["duldung_60c"] == "§ 60c AufenthG" and law["antrag_fiktion"].startswith("§ 81 Abs. 4")
    assert cw.cat.residence_status.get("ae_104c").extra["last_application"] == "2025-12-31"
    assert cw.cat.status_group_label("fiktion") == "Antrag gestellt (Fiktion)"


@pytest.mark.parametrize("kwargs, field", [
    (dict(status="ae_99", since="2020-01-01"), "status"),
    (dict(status="duldung", since="2026-12-01"), "since"),
    (dict(status="duldung", since=""), "since"),
    (dict(status="ae_25b", since="2026-01-01", applied_on="2026-12-01"), "applied_on"),
    (dict(status="ae_25b", since="2026-01-01", applied_on="2025-10-01", decided_on="2025-09-01"), "decided_on"),
])
def test_bad_status_input_is_refused_and_nothing_saved(cw, kwargs, field):
    person = new_person(cw)
    with pytest.raises(ValidationError) as err:
        cw.record_status(person, **kwargs)
    assert err.value.field == field
    assert cw.status_history(person) == []


