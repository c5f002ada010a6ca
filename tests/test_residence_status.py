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


def test_the_eligibility_hint_uses_the_stay_since_date(cw):
    eligible = new_person(cw, in_germany_since="2017-10-31")
    cw.record_status(eligible, "duldung", "2018-01-01")
    too_late = new_person(cw, in_germany_since="2017-11-01")
    assert cw.chancen_hint(eligible).possibly_eligible
    assert not cw.chancen_hint(too_late).possibly_eligible
    assert cw.chancen_window(eligible) is None


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


