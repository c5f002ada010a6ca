"""*Heute*: the work list. Overdue, today and the next 14 days, with the person's name; each item
done or put back (Wiedervorlage) where it is shown; closed cases never appear."""

from datetime import date

import pytest

from app.casemanager import today as heute
from app.casemanager.casework import Referral
from app.casemanager.today import due_items
from app.core.validation import ValidationError
from tests.conftest import new_person, person_with_case

TODAY = date(2026, 11, 24)


def _summary(cw):
    return [(i.kind, i.person_id, i.due, i.group(TODAY)) for i in due_items(cw)]


def test_the_work_list_covers_104c_goals_referrals_and_retention_up_to_14_days_ahead(cw):
    # § 104c granted 01.08.2025: ends 31.01.2027, reminders 31.07., 31.10. and 31.12.2026; the one of
    # 31.10. is overdue. Granted 01.03.2025: ended 31.08.2026, lapsed without a following status, so an
    # ended title since 01.09.2026 (§ 104c is not renewed). Moved on to § 25b: nothing.
    running = new_person(cw, "Ahmadi", "Farid")
    cw.record_status(running, "duldung", "2016-04-01")
    cw.record_status(running, "ae_104c", "2025-08-01", applied_on="2025-03-01", decided_on="2025-07-20")
    lapsed = new_person(cw, "Tesfay", "Selam")
    cw.record_status(lapsed, "ae_104c", "2025-03-01")
    moved_on = new_person(cw, "Mahmoud", "Omar")
    cw.record_status(moved_on, "ae_104c", "2025-08-01")
    cw.record_status(moved_on, "ae_25b", "2026-09-01")

    person, case_id = person_with_case(cw, family="Nowak", given="Ewa", opened="2026-01-15")
    cw.add_goal(case_id, "Anerkennung des Abschlusses", "arbeit", "2026-10-31")
    cw.add_goal(case_id, "Sprachkurs B1", "sprache", "2026-11-24")
    cw.add_goal(case_id, "Kita-Platz", "kinderbetreuung", "2026-12-31")        # beyond 14 days
    cw.add_referral(case_id, Referral("schuldnerberatung", "2026-11-01", discloses_data=False))
    cw.add_referral(case_id, Referral("jmd", "2026-11-20", discloses_data=False))   # answer expected 04.12.
    cw.add_referral(case_id, Referral("mbe", "2026-10-01", discloses_data=False, status="termin",
                                      follow_up_on="2026-11-20"))

    old, old_case = person_with_case(cw, family="Alt", given="Fall", opened="2023-01-10")
    cw.close_case(old_case, "2023-06-30", "ziele_erreicht")

    assert _summary(cw) == [
        ("retention", old, date(2026, 6, 30), heute.OVERDUE),
        ("title_ended", lapsed, date(2026, 9, 1), heute.OVERDUE),
        ("chancen", running, date(2026, 10, 31), heute.OVERDUE),
        ("goal", person, date(2026, 10, 31), heute.OVERDUE),
        ("referral_answer", person, date(2026, 11, 15), heute.OVERDUE),
        ("follow_up", person, date(2026, 11, 20), heute.OVERDUE),
        ("goal", person, date(2026, 11, 24), heute.TODAY),
        ("referral_answer", person, date(2026, 12, 4), heute.SOON),
    ]
    items = due_items(cw)
    assert [i.name for i in items][:4] == ["Alt, Fall", "Tesfay, Selam", "Ahmadi, Farid", "Nowak, Ewa"]
    assert "31.01.2027" in items[2].text and items[2].tab == "aufenthalt"
    assert "seit 01.09.2026 abgelaufen" in items[1].text and items[1].tab == "aufenthalt"
    assert [i.tab for i in items[4:6]] == ["verweisungen", "verweisungen"] and items[3].tab == "ziele"


def test_a_closed_case_brings_neither_goals_nor_referrals_nor_104c_nor_checklist_gaps(cw):
    from app.casemanager import pathways

    person, case_id = person_with_case(cw, opened="2026-01-15")
    cw.add_goal(case_id, "Sprachkurs", "sprache", "2026-03-01")
    cw.add_referral(case_id, Referral("jmd", "2026-02-01", discloses_data=False))
    cw.record_status(person, "ae_104c", "2025-08-01")
    pathways.start(cw, person, "ae_25b")   # gaps due before the § 104c window ends on 31.01.2027
    assert "checklist" in [kind for kind, *_ in _summary(cw)]
    cw.close_case(case_id, "2026-04-01", "verwiesen")
    person_with_case(cw, family="Nowak", given="Ewa", opened="2026-02-01")   # someone else's open case
    assert _summary(cw) == []


def test_reminder_months_come_from_the_settings(cw):
    person = new_person(cw)
    cw.record_status(person, "ae_104c", "2025-08-01")   # ends 31.01.2027
    cw.save_settings(reminder_months=(1,), retention_months=36, answer_days=14)
    assert due_items(cw) == []                           # 31.12.2026 is more than 14 days ahead
    cw.save_settings(reminder_months=(3,), retention_months=36, answer_days=14)
    assert [i.kind for i in due_items(cw)] == ["chancen"]


def test_an_item_put_back_leaves_the_list_and_returns_on_its_new_date(cw):
    _, case_id = person_with_case(cw, opened="2026-01-15")
    cw.add_goal(case_id, "Sprachkurs", "sprache", "2026-11-01")
    item = due_items(cw)[0]
    heute.put_back(cw, item, "01.12.2026")
    assert [(i.kind, i.due, i.group(TODAY)) for i in due_items(cw)] == [("goal", date(2026, 12, 1), heute.SOON)]
    heute.put_back(cw, item, "2027-01-15")
    assert due_items(cw) == []
    later = type(cw)(cw.casefile, today=lambda: date(2027, 1, 15))
    assert [(i.kind, i.due) for i in due_items(later)] == [("goal", date(2027, 1, 15))]


@pytest.mark.parametrize("until,words", [("24.11.2026", "nach dem heutigen Tag"), ("2026-11-01", "nach dem heutigen"),
                                         ("01.01.2028", "höchstens ein Jahr"), ("31.02.2027", "31.02.2027")])
def test_a_wiedervorlage_in_the_past_or_far_ahead_is_refused_and_changes_nothing(cw, until, words):
    _, case_id = person_with_case(cw, opened="2026-01-15")
    cw.add_goal(case_id, "Sprachkurs", "sprache", "2026-11-01")
    item = due_items(cw)[0]
    with pytest.raises(ValidationError, match=words):
        heute.put_back(cw, item, until)
    assert due_items(cw) == [item]


def test_done_in_place_achieves_the_goal_records_the_answer_and_clears_the_follow_up(cw):
    _, case_id = person_with_case(cw, opened="2026-01-15")
    goal = cw.add_goal(case_id, "Sprachkurs", "sprache", "2026-11-01")
    asked = cw.add_referral(case_id, Referral("jmd", "2026-11-01", discloses_data=False))
    follow = cw.add_referral(case_id, Referral("mbe", "2026-10-01", discloses_data=False, status="termin",
                                               follow_up_on="2026-11-20"))
    by_kind = {i.kind: i for i in due_items(cw)}
    with pytest.raises(ValidationError, match="neuen Stand"):
        heute.mark_done(cw, by_kind["referral_answer"])
    for item in by_kind.values():
        heute.mark_done(cw, item, referral_status="termin")
    assert due_items(cw) == []
    assert [g["status"] for g in cw.goals(case_id) if g["id"] == goal] == ["erreicht"]
    referrals = {r["id"]: r for r in cw.referrals(case_id)}
    assert referrals[asked]["status"] == "termin" and referrals[follow]["follow_up_on"] is None


def test_a_104c_reminder_talked_through_comes_back_at_the_next_reminder(cw):
    person = new_person(cw)
    cw.record_status(person, "ae_104c", "2025-08-01")   # reminders 31.07., 31.10., 31.12.2026
    heute.mark_done(cw, due_items(cw)[0])
    assert due_items(cw) == []
    at_next = type(cw)(cw.casefile, today=lambda: date(2026, 12, 20))
    assert [(i.kind, i.due) for i in due_items(at_next)] == [("chancen", date(2026, 12, 31))]


def test_retention_is_not_done_in_place(cw):
    _, case_id = person_with_case(cw, opened="2023-01-10")
    cw.close_case(case_id, "2023-06-30", "ziele_erreicht")
    item = due_items(cw)[0]
    assert heute.done_label(item) is None
    with pytest.raises(ValidationError):
        heute.mark_done(cw, item)


# -- residence: renewals, ended titles, § 104c under Fiktion, checklist gaps --------------------------
def test_a_renewal_is_due_8_weeks_before_valid_until_and_an_ended_title_until_a_new_status_is_recorded(cw):
    renew = new_person(cw, "Haddad", "Rania")
    cw.record_status(renew, "ae_25b", "2025-02-01", valid_until="31.01.2027")      # 8 weeks before: 06.12.2026
    later = new_person(cw, "Kaya", "Emre")
    cw.record_status(later, "ae_25_2_subsidiaer", "2024-04-01", valid_until="31.03.2027")   # due 03.02.2027
    ended = new_person(cw, "Tesfay", "Selam")
    cw.record_status(ended, "duldung", "2026-05-21", valid_until="20.11.2026")
    chancen = new_person(cw, "Ahmadi", "Farid")
    cw.record_status(chancen, "ae_104c", "2025-08-01", valid_until="2027-01-31")   # not renewed: the reminders
    items = [(i.kind, i.person_id, i.due, i.group(TODAY)) for i in due_items(cw) if i.kind != "chancen"]
    assert items == [("title_ended", ended, date(2026, 11, 21), heute.OVERDUE),
                     ("renewal", renew, date(2026, 12, 6), heute.SOON)]
    texts = {i.kind: i.text for i in due_items(cw)}
    assert texts["renewal"] == "Aufenthaltserlaubnis § 25b AufenthG gültig bis 31.01.2027: Verlängerung rechtzeitig beantragen"
    assert texts["title_ended"] == "Duldung seit 21.11.2026 abgelaufen: Aufenthalt klären"
    assert {i.tab for i in due_items(cw)} == {"aufenthalt"}

    cw.save_settings(reminder_months=(6, 3, 1), retention_months=36, answer_days=14, renewal_weeks=20)
    assert [(i.kind, i.person_id, i.due) for i in due_items(cw) if i.kind == "renewal"] == [
        ("renewal", later, date(2026, 11, 11)), ("renewal", renew, date(2026, 9, 13))][::-1]
    cw.record_status(ended, "duldung", "2026-11-21", valid_until="2027-02-20")   # extended: nothing ended
    assert "title_ended" not in {i.kind for i in due_items(cw)}


def test_a_renewal_talked_through_comes_back_on_the_last_day_of_validity(cw):
    person = new_person(cw)
    cw.record_status(person, "ae_25a", "2024-12-10", valid_until="2026-12-31")
    item = next(i for i in due_items(cw) if i.kind == "renewal")
    assert item.due == date(2026, 11, 5) and heute.done_label(item) == "Besprochen"
    heute.mark_done(cw, item)
    assert due_items(cw) == []
    on_the_day = type(cw)(cw.casefile, today=lambda: date(2026, 12, 31))
    assert [(i.kind, i.due) for i in due_items(on_the_day)] == [("renewal", date(2026, 12, 31))]


def test_104c_reminders_continue_monthly_under_fiktion_until_the_decision(cw):
    person = new_person(cw, "Mahmoud", "Omar")
    cw.record_status(person, "ae_104c", "2024-07-01")                   # ended 31.12.2025
    cw.record_status(person, "antrag_fiktion", "2025-12-31", applied_for="ae_25b")   # filed on the last day
    [item] = due_items(cw)
    assert (item.kind, item.due) == ("chancen", date(2026, 11, 30))
    assert "Fiktion seit 01.01.2026" in item.text and "31.12.2025" in item.text
    heute.mark_done(cw, item)
    assert due_items(cw) == []
    at_next = type(cw)(cw.casefile, today=lambda: date(2026, 12, 20))
    assert [(i.kind, i.due) for i in due_items(at_next)] == [("chancen", date(2026, 12, 31))]
    cw.record_status(person, "ae_25b", "2026-11-20")                   # decided: no more reminders
    assert due_items(at_next) == []


def test_an_application_filed_after_the_end_brings_no_reminder(cw):
    person = new_person(cw)
    cw.record_status(person, "ae_104c", "2024-07-01")
    cw.record_status(person, "antrag_fiktion", "2026-01-01", applied_for="ae_25b")
    assert due_items(cw) == []
