"""§ 104c: the 18-month window, its reminders and its outcome, at month ends and leap days; an
application filed in time (Fiktion, § 81 Abs. 4 AufenthG) and the fall back to a Duldung."""

from datetime import date

import pytest

from app.casemanager.chancen import StatusEntry, add_months, window, window_end


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
                                                ("duldung", "duldung"), ("duldung_60d", "duldung"),
                                                ("ae_25_5", "sonstige")])
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


# A window granted on 01.07.2024 ends on 31.12.2025, the day § 104c itself went out of force.
GRANTED = StatusEntry("ae_104c", date(2024, 7, 1))


def _applied(on: date) -> StatusEntry:
    return StatusEntry("antrag_fiktion", on, applied_for="ae_25b")


def test_an_application_filed_on_the_windows_last_day_keeps_it_under_fiktion_not_lapsed():
    history = [GRANTED, _applied(date(2025, 12, 31))]
    on_last_day = window(history, today=date(2025, 12, 31))
    assert (on_last_day.outcome, on_last_day.applied_on, on_last_day.applied_for) == \
        ("laufend", date(2025, 12, 31), "ae_25b")
    after = window(history, today=date(2026, 1, 1))
    assert (after.ends, after.outcome, after.outcome_since) == (date(2025, 12, 31), "fiktion", None)
    assert after.pending and not after.running


def test_an_application_filed_the_day_after_the_end_has_no_fiktion_and_the_window_lapses():
    w = window([GRANTED, _applied(date(2026, 1, 1))], today=date(2026, 1, 2))
    assert (w.outcome, w.outcome_since, w.applied_on) == ("abgelaufen", date(2026, 1, 1), None)
    assert not w.pending and w.due_reminder is None


def test_reminders_go_on_monthly_under_fiktion_until_the_decision():
    history = [GRANTED, _applied(date(2025, 11, 20))]
    w = window(history, today=date(2026, 3, 5))
    assert w.reminders_until(date(2026, 3, 5)) == [date(2025, 6, 30), date(2025, 9, 30), date(2025, 11, 30),
                                                    date(2026, 1, 31), date(2026, 2, 28)]
    assert w.due_reminder == date(2026, 2, 28) and w.next_reminder(date(2026, 3, 5)) == date(2026, 3, 31)
    decided = window(history + [StatusEntry("ae_25b", date(2026, 3, 16))], today=date(2026, 4, 1))
    assert (decided.outcome, decided.outcome_since, decided.due_reminder) == ("ae_25b", date(2026, 3, 16), None)


def test_a_refusal_after_fiktion_falls_back_to_a_duldung():
    w = window([GRANTED, _applied(date(2025, 12, 1)), StatusEntry("duldung", date(2026, 2, 1))],
               today=date(2026, 3, 1))
    assert (w.outcome, w.outcome_since) == ("duldung", date(2026, 2, 1))


def test_the_cards_valid_until_wins_over_the_computed_end():
    card = StatusEntry("ae_104c", date(2024, 7, 1), valid_until=date(2026, 1, 14))
    assert window([card], today=date(2026, 1, 14)).running
    w = window([card], today=date(2026, 1, 15))
    assert (w.ends, w.outcome, w.outcome_since) == (date(2026, 1, 14), "abgelaufen", date(2026, 1, 15))
    assert window([card, _applied(date(2026, 1, 10))], today=date(2026, 2, 1)).outcome == "fiktion"


@pytest.mark.parametrize("day, last, following", [
    (date(2026, 1, 30), date(2025, 11, 30), date(2026, 1, 31)),
    (date(2026, 1, 31), date(2026, 1, 31), date(2026, 2, 28)),
    (date(2026, 2, 27), date(2026, 1, 31), date(2026, 2, 28)),   # no 31 February: its last day
    (date(2026, 2, 28), date(2026, 2, 28), date(2026, 3, 31)),
    (date(2027, 12, 31), date(2027, 12, 31), date(2028, 1, 31)),
])
def test_under_fiktion_the_monthly_reminder_falls_on_the_ends_day_or_the_months_last(day, last, following):
    w = window([GRANTED, _applied(date(2025, 12, 31))], today=date(2026, 1, 1))
    assert (w.last_reminder(day), w.next_reminder(day)) == (last, following)
