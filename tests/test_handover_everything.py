"""Everything the case file stores about a person arrives with them (issue 17: contents identical
after the trip), checked on the decrypted databases of both sides, table by table, so that a record
kind added later cannot be left behind unnoticed."""

from __future__ import annotations

from datetime import date

import pytest

from app.casemanager import appointments, attachments, handover, households, pathways
from app.casemanager.casework import ConsentProof, FirstContact
from tests.handover_helpers import fill, make_casefile, opened, stored

TODAY = date(2026, 11, 20)
SCAN = b"%PDF-1.4\n"   # what a scanner writes first; the rest differs per document


@pytest.fixture
def anna_and_bea(tmp_path, empty_casefile):
    a, b = make_casefile(empty_casefile[0], tmp_path / "anna"), make_casefile(empty_casefile[0], tmp_path / "bea")
    with opened(a, lambda: TODAY) as anna, opened(b, lambda: TODAY) as bea:
        handover.key_file(anna, "Anna")
        handover.key_file(bea, "Bea")
        yield anna, bea, tmp_path


def _everything(cw) -> int:
    """A person with every kind of record the case file knows."""
    pid = fill(cw)
    cw.record_status(pid, "antrag_fiktion", "2026-10-01", applied_on="2026-10-01", applied_for="ae_25b",
                     note="Fiktionsbescheinigung")
    cw.record_status(pid, "ae_25b", "2026-11-03", decided_on="2026-11-03", valid_until="2028-11-02")
    pathways.start(cw, pid, "ae_25b")
    check = pathways.checklist(cw, pid)[0]
    cw.conn.execute("UPDATE pathway_check SET proven_on = '2026-09-01', due_on = '2026-12-01' WHERE id = ?",
                    (check.id,))
    cw.add_first_contact(pid, FirstContact("2025-12-20", 20, "persoenlich", ["aufenthalt"], consent_requested=True))
    appointments.Appointments(cw).add(appointments.Appointment(
        "2026-12-03", "10:00", 60, place="Rathaus", with_whom="Ausländerbehörde", interpreter_language="arabisch",
        interpreter_provider="Sprachmittlerpool", interpreter_booked=True, interpreter_minutes=60,
        interpreter_cost="52,50"), pid)
    households.start(cw, pid, "elternteil")
    consent = cw.give_consent(pid, "weitergabe", "2026-11-05", partner="auslaenderbehoerde", proof=ConsentProof(
        "schriftlich", "Arabisch", interpreted=True, informed=True))
    case_id = cw.open_case_of(pid)["id"]
    cw.add_goal(case_id, "Wohnung finden", "wohnen", "2027-03-31", responsible="Frau Özdemir sucht, KIM begleitet")
    contact = cw.contacts(case_id)[-1]["id"]
    attachments.add(cw, pid, SCAN + b"Einwilligung, unterschrieben", "einwilligung.pdf", "Einwilligung",
                    consent_id=consent)
    attachments.add(cw, pid, SCAN + b"Bescheid der ABH", "bescheid.pdf", "Bescheid", contact_id=contact)
    attachments.add(cw, pid, SCAN + b"Pass", "pass.pdf", "Pass")
    return pid


def test_everything_stored_about_a_person_arrives(anna_and_bea):
    anna, bea, folder = anna_and_bea
    pid = _everything(anna)
    before = stored(anna, pid)
    written = handover.write_handover(anna, [pid], handover.own_key(bea), folder / "x",
                                      handover.own_key(bea).fingerprint)
    handover.receive(bea, written.path.read_bytes(), handover.own_key(anna).fingerprint)
    [arrived] = handover.all_person_ids(bea)
    after = stored(bea, arrived)
    diffs = {t: (sorted(set(before.get(t, [])) - set(after.get(t, []))), sorted(set(after.get(t, [])) - set(before.get(t, []))))
             for t in set(before) | set(after) if before.get(t) != after.get(t)}
    assert not diffs, "\n".join(f"{t}: lost {l}\n   new {n}" for t, (l, n) in diffs.items())


def test_documents_keep_the_contact_and_consent_they_belong_to(anna_and_bea):
    """Links are row ids, which the table comparison leaves out: compared here by what they point at."""
    anna, bea, folder = anna_and_bea
    pid = _everything(anna)

    def links(cw, person):
        return sorted(cw.conn.execute(
            "SELECT a.title, c.date, k.purpose || ':' || coalesce(k.partner, '') FROM attachment a "
            "LEFT JOIN contact c ON c.id = a.contact_id LEFT JOIN consent k ON k.id = a.consent_id "
            "WHERE a.person_id = ?", (person,)).fetchall())

    before = links(anna, pid)
    assert ("Bescheid", "2026-06-10", None) in before and ("Einwilligung", None, "weitergabe:auslaenderbehoerde") in before
    written = handover.write_handover(anna, [pid], handover.own_key(bea), folder / "x",
                                      handover.own_key(bea).fingerprint)
    handover.receive(bea, written.path.read_bytes(), handover.own_key(anna).fingerprint)
    [arrived] = handover.all_person_ids(bea)
    assert links(bea, arrived) == before


def test_a_large_scan_travels_byte_for_byte(anna_and_bea):
    """Scans barely compress: the bound against zip bombs (20 times the packed size) lets them through."""
    from tests.paper_helpers import pdf_of_size

    anna, bea, folder = anna_and_bea
    pid = fill(anna)
    scan = pdf_of_size(15 * 1024 * 1024)
    attachments.add(anna, pid, scan, "aufenthaltsakte.pdf", "Aufenthaltsakte")
    written = handover.write_handover(anna, [pid], handover.own_key(bea), folder / "x",
                                      handover.own_key(bea).fingerprint)
    handover.receive(bea, written.path.read_bytes(), handover.own_key(anna).fingerprint)
    [arrived] = handover.all_person_ids(bea)
    [document] = attachments.of_person(bea, arrived)
    assert attachments.open_content(bea, document.id) == scan
