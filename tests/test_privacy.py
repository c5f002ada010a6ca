"""Retention, deletion for good, and the subject access export (Art. 15 DSGVO)."""

import json
import re

import pytest

from app.casemanager.casework import Contact, Referral
from app.casemanager.privacy import delete_person, due_for_deletion, export_subject_access
from app.casemanager.system_work import SystemWork
from app.core.validation import ValidationError
from storage.store import companion_paths
from tests.conftest import person_with_case


def _closed_case_person(cw, closed="2023-06-30", family="Rahimi", given="Zahra"):
    person_id, case_id = person_with_case(cw, family=family, given=given, opened="2023-01-10")
    cw.add_contact(case_id, Contact("2023-02-01", 60, "persoenlich", ["wohnen"], notes="Wohnungssuche Rahimi"))
    cw.add_goal(case_id, "Wohnung finden", "wohnen")
    cw.close_case(case_id, closed, "ziele_erreicht")
    return person_id


def test_a_closed_case_is_due_after_the_retention_period(cw):
    due = _closed_case_person(cw, closed="2023-06-30")
    _closed_case_person(cw, closed="2024-01-31", family="Jung", given="Noch")
    assert [(d.person_id, d.reason, d.due.isoformat()) for d in due_for_deletion(cw)] == \
        [(due, "retention", "2026-06-30")]
    cw.save_settings(reminder_months=(6, 3, 1), retention_months=24, answer_days=14)
    assert len(due_for_deletion(cw)) == 2


def test_the_retention_period_cannot_be_shorter_than_the_reported_years(cw):
    with pytest.raises(ValidationError, match="mindestens 24"):
        cw.save_settings(reminder_months=(6,), retention_months=12, answer_days=14)
    assert cw.settings().retention_months == 36


def test_deletion_removes_every_trace_but_keeps_system_time_and_the_audit_entry(cw):
    person_id = _closed_case_person(cw)
    SystemWork(cw).log_time("2023-02-02", 90, "netzwerkarbeit")
    delete_person(cw, person_id)
    for table in ("person", "support_case", "case_phase", "goal", "contact", "contact_topic", "consent"):
        assert cw.conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert cw.search("Rahimi") == [] and cw.search("Wohnungssuche") == []
    assert cw.conn.execute("SELECT sum(minutes) FROM time_entry").fetchone() == (90,)
    assert cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() \
        == ("delete", "person", str(person_id))


def test_a_deleted_name_leaves_no_remnant_in_the_search_index(cw):
    """FTS5 keeps deleted terms in its segments unless 'secure-delete' is on; ours is."""
    person_id = _closed_case_person(cw, family="Zyxwvutsrq", given="Unverwechselbar")
    segments = lambda: b"".join(bytes(b) for (b,) in cw.conn.execute("SELECT block FROM person_search_data"))  # noqa: E731
    assert b"zyxwvutsrq" in segments()
    delete_person(cw, person_id)
    assert b"zyxwvutsrq" not in segments() and b"unverwechselbar" not in segments()


def test_a_person_with_an_open_case_cannot_be_deleted(cw):
    person_id, _ = person_with_case(cw)
    with pytest.raises(ValidationError, match="noch offen"):
        delete_person(cw, person_id)


def test_subject_access_export_as_json_and_pdf(cw, tmp_path):
    person_id, case_id = person_with_case(cw, family="Popescu", given="Ioana", opened="2026-02-01")
    cw.record_status(person_id, "eu_freizuegigkeit", "2019-05-01")
    cw.add_contact(case_id, Contact("2026-03-01", 30, "online", ["arbeit"], notes="Bewerbung <Pflege> & Co",
                                    interpreter_language="Rumänisch", interpreter_minutes=20, interpreter_cost="35,50"))
    cw.add_referral(case_id, Referral("agentur_fuer_arbeit", "2026-03-02", discloses_data=False))
    cw.add_goal(case_id, "Anerkennung", "arbeit", "2026-12-31")
    json_path, pdf_path = export_subject_access(cw, person_id, tmp_path)

    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == "Popescu"
    assert data["person"]["municipality"] == "Coesfeld"
    assert data["aufenthaltsstatus"][0]["status"] == "EU-Freizügigkeit"
    case = data["faelle"][0]
    assert case["contacts"][0]["notes"] == "Bewerbung <Pflege> & Co"
    assert case["referrals"][0]["partner"] == "Agentur für Arbeit"
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))).replace("\r", "")
    pdf.close()
    assert "Stand 24.11.2026" in text and "Fall vom 01.02.2026" in text and "Zieldatum 31.12.2026" in text
    assert "Rumänisch, 20 min, 35,50 €" in text and "Bewerbung <Pflege> & Co" in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)   # every date as people write it
    assert not re.search(r"\b(agentur_fuer_arbeit|fallarbeit|arbeit|eu_freizuegigkeit|weitergabe)\b", text)   # no codes
    assert cw.conn.execute("SELECT action, entity FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() \
        == ("export", "person")
    assert all(p.exists() is False or "auskunft" not in p.name for p in companion_paths(cw.casefile.path))


def test_the_subject_access_export_holds_first_contacts_the_checklist_and_the_card_dates(cw):
    from app.casemanager import pathways
    from app.casemanager.casework import FirstContact
    from app.casemanager.documents import subject_access_html
    from app.casemanager.privacy import subject_access_data
    from tests.conftest import new_person

    person = new_person(cw)
    cw.add_first_contact(person, FirstContact("2026-11-02", 30, "telefonisch", ["aufenthalt"], True))
    cw.record_status(person, "ae_104c", "2024-07-01")
    cw.record_status(person, "antrag_fiktion", "2025-12-31", applied_for="ae_25b", valid_until="2026-12-31")
    pathways.start(cw, person, "ae_25b")
    data = subject_access_data(cw, person)
    assert data["zugangskontakte"][0]["consent_requested"] is True
    assert data["aufenthaltsstatus"][-1]["applied_for"] == "Aufenthaltserlaubnis § 25b AufenthG"
    assert data["bleiberecht_checkliste"][0]["rechtsgrundlage"].startswith("§ 25a Abs. 6")
    page = subject_access_html(data)
    assert "gültig bis 31.12.2026" in page and "Einwilligung angefragt" in page and "Identität geklärt" in page
