"""*Heute*: the due items, in date order, so the next step is obvious."""

from datetime import date

from app.casemanager.casework import Referral
from app.casemanager.today import due_items
from tests.conftest import new_person, person_with_case


def test_due_items_cover_104c_goals_referrals_and_retention(cw):
    # § 104c granted 01.03.2025: ends 31.08.2026 -> long lapsed. Granted 01.08.2025: ends 31.01.2027,
    # reminders 31.07.2026, 31.10.2026, 31.12.2026: one is due on 24.11.2026.
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
    cw.add_goal(case_id, "Kita-Platz", "kinderbetreuung", "2026-12-31")
    cw.add_referral(case_id, Referral("schuldnerberatung", "2026-11-01", discloses_data=False))
    cw.add_referral(case_id, Referral("jmd", "2026-11-20", discloses_data=False))
    cw.add_referral(case_id, Referral("mbe", "2026-10-01", discloses_data=False, status="termin",
                                      follow_up_on="2026-11-20"))

    old, old_case = person_with_case(cw, family="Alt", given="Fall", opened="2023-01-10")
    cw.close_case(old_case, "2023-06-30", "ziele_erreicht")

    items = due_items(cw)
    summary = [(i.kind, i.person_id, i.due) for i in items]
    assert summary == [
        ("retention", old, date(2026, 6, 30)),
        ("goal", person, date(2026, 10, 31)),
        ("referral_answer", person, date(2026, 11, 15)),
        ("follow_up", person, date(2026, 11, 20)),
        ("chancen", running, date(2027, 1, 31)),
    ]
    assert all(i.case_number.startswith("F-") for i in items)
    assert "31.01.2027" in items[-1].text


def test_a_closed_case_has_no_due_goals(cw):
    _, case_id = person_with_case(cw, opened="2026-01-15")
    cw.add_goal(case_id, "Sprachkurs", "sprache", "2026-03-01")
    cw.close_case(case_id, "2026-04-01", "verwiesen")
    assert [i.kind for i in due_items(cw)] == []


def test_reminder_months_come_from_the_settings(cw):
    person = new_person(cw)
    cw.record_status(person, "ae_104c", "2025-08-01")   # ends 31.01.2027
    cw.save_settings(reminder_months=(1,), retention_months=36, answer_days=14)
    assert due_items(cw) == []                           # 31.12.2026 is not here yet
    cw.save_settings(reminder_months=(3,), retention_months=36, answer_days=14)
    assert [i.kind for i in due_items(cw)] == ["chancen"]
