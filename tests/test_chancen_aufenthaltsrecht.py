"""§ 104c: the 18-month window, its reminders and its outcome, at month ends and leap days."""

from datetime import date

import pytest

from app.casemanager.chancen import StatusEntry, add_months, eligibility_hint, window, window_end


@pytest.mark.parametrize("granted, ends", [
    (date(2023, 1, 15), date(2024, 7, 14)),
    (date(2023, 3, 1), date(2024, 8, 31)),
    (date(2023, 8, 31), date(2025, 2, 28)),    # no 31 February: the month's last day
    (date(2022, 8, 30), date(2024, 2, 29)),    # leap year: 30 February missing, 29th is the last
    (date(2022, 8, 29), date(2024, 2, 28)),
    (date(2024, 2, 29), date(2025, 8, 28)),    # granted on a leap day
    (date(2023, 12, 31), date(2025, 6, 30)),
    (date(2023, 7, 1), date(2024, 12, 31)),    # across the year end
])
def test_the_window_ends_as_the_civil_code_counts(granted, ends):
    assert window_end(granted) == ends


@pytest.mark.parametrize("day, months, expected", [
    (date(2024, 8, 31), -6, date(2024, 2, 29)),
    (date(2025, 8, 31), -6, date(2025, 2, 28)),
    (date(2024, 3, 31), -1, date(2024, 2, 29)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2024, 12, 15), 1, date(2025, 1, 15)),
    (date(2025, 1, 15), -1, date(2024, 12, 15)),
])
def test_months_are_added_with_month_end_clamping(day, months, expected):
    assert add_months(day, months) == expected


def test_reminders_come_6_3_and_1_months_before_the_end():
    w = window([StatusEntry("duldung", date(2016, 5, 1)), StatusEntry("ae_104c", date(2023, 3, 1))],
               today=date(2024, 3, 1))
    assert w.ends == date(2024, 8, 31)
    assert w.reminders == (date(2024, 2, 29), date(2024, 5, 31), date(2024, 7, 31))
    assert w.due_reminder == date(2024, 2, 29) and w.running


def test_reminder_months_are_configurable():
    w = window([StatusEntry("ae_104c", date(2023, 3, 1))], today=date(2023, 3, 2), reminder_months=(2,))
    assert w.reminders == (date(2024, 6, 30),) and w.due_reminder is None


@pytest.mark.parametrize("following, outcome", [("ae_25a", "ae_25a"), ("ae_25b", "ae_25b"),
                                                ("duldung", "sonstige")])
def test_the_status_after_the_permit_is_the_outcome(following, outcome):
    w = window([StatusEntry("ae_104c", date(2023, 3, 1)), StatusEntry(following, date(2024, 6, 1))],
               today=date(2025, 1, 1))
    assert (w.outcome, w.outcome_since, w.due_reminder) == (outcome, date(2024, 6, 1), None)


def test_a_window_without_a_following_status_lapses_the_day_after_its_end():
    history = [StatusEntry("ae_104c", date(2023, 3, 1))]
    assert window(history, today=date(2024, 8, 31)).outcome == "laufend"
    lapsed = window(history, today=date(2024, 9, 1))
    assert (lapsed.outcome, lapsed.outcome_since) == ("abgelaufen", date(2024, 9, 1))


def test_no_permit_no_window():
    assert window([StatusEntry("duldung", date(2020, 1, 1))], today=date(2024, 1, 1)) is None


@pytest.mark.parametrize("since, history, eligible", [
    (date(2017, 10, 31), [StatusEntry("duldung", date(2018, 1, 1))], True),
    (date(2017, 11, 1), [StatusEntry("duldung", date(2018, 1, 1))], False),
    (date(2015, 1, 1), [StatusEntry("ae_sonstige", date(2021, 1, 1))], False),
    (date(2015, 1, 1), [], True),
    (None, [], False),
    (date(2015, 1, 1), [StatusEntry("duldung", date(2016, 1, 1)), StatusEntry("ae_104c", date(2023, 1, 1))], False),
])
def test_eligibility_hint_needs_five_years_by_the_cutoff_and_a_duldung(since, history, eligible):
    assert eligibility_hint(since, history).possibly_eligible is eligible
