"""Printouts (issue 18): the Hilfeplan and the one-page Fallblatt as PDF, read back as a reader would
(pypdfium2), each logged in the audit; and the same from the command line."""

import re
import stat

import pypdfium2
import pytest

from app.casemanager import printouts
from app.casemanager.casework import Referral
from app.core.validation import ValidationError
from tests.conftest import PASSPHRASE, new_person, person_with_case


def pdf_text(path) -> tuple[str, int]:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        return re.sub(r"\s+", " ", text.replace("\r", " ").replace("\ufffe", "")), len(pdf)
    finally:
        pdf.close()


def a_plan(cw):
    person, case = person_with_case(cw, family="Haddad", given="Samira", opened="2026-03-02", birth_date="14.07.1991")
    cw.change_phase(case, "hilfeplanung", "2026-04-01")
    cw.add_goal(case, "B1-Kurs abschließen", "sprache", "2026-12-15", responsible="Frau Haddad meldet sich an")
    cw.add_goal(case, "Wohnung mit eigenem Mietvertrag", "wohnen", "2027-02-28", status="in_arbeit",
                responsible="CM: Kontakt Wohnungsamt")
    achieved = cw.add_goal(case, "Kita-Platz für Amira", "familie", "2026-09-30")
    cw.set_goal_status(achieved, "erreicht")
    cw.record_status(person, "ae_25b", "2026-05-01", valid_until="2027-01-10")
    cw.add_referral(case, Referral("jobcenter", "2026-11-02", discloses_data=False, follow_up_on="2026-12-01"))
    return person, case


def test_the_hilfeplan_holds_the_goals_who_does_what_the_review_dates_and_signature_lines(cw, tmp_path):
    person, case = a_plan(cw)
    written = printouts.write_hilfeplan(cw, person, tmp_path / "hilfeplan.pdf")
    text, pages = pdf_text(written)
    assert pages == 1
    for expected in ("Hilfeplan", "Haddad, Samira, geboren 14.07.1991", "Fall vom 02.03.2026",
                     "Phase: Hilfeplanung", "B1-Kurs abschließen", "Frau Haddad meldet sich an", "15.12.2026",
                     "Wohnung mit eigenem Mietvertrag", "CM: Kontakt Wohnungsamt", "28.02.2027", "in Arbeit",
                     "Kita-Platz für Amira", "erreicht", "nächste Überprüfung: 15.12.2026", "Ort, Datum",
                     "Unterschrift Klient*in", "Unterschrift Case Management"):
        assert expected in text, expected
    assert text.index("B1-Kurs") < text.index("Wohnung mit") < text.index("Kita-Platz")   # open goals first
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() \
        == ("print:hilfeplan", "support_case", str(case))


def test_a_hilfeplan_needs_a_case(cw, tmp_path):
    person = new_person(cw)
    with pytest.raises(ValidationError, match="noch kein Fall"):
        printouts.write_hilfeplan(cw, person, tmp_path / "h.pdf")
    assert not (tmp_path / "h.pdf").exists()


def test_the_fallblatt_is_one_page_with_status_deadlines_open_goals_and_referrals(cw, tmp_path):
    person, case = a_plan(cw)
    for n in range(12):   # more goals than one page takes: the rest is counted
        cw.add_goal(case, f"Weiteres Ziel {n}", "arbeit", f"2027-0{1 + n % 9}-01")
    written = printouts.write_fallblatt(cw, person, tmp_path / "fallblatt.pdf")
    text, pages = pdf_text(written)
    assert pages == 1
    for expected in ("Fallblatt", "Haddad, Samira", "§ 25b", "gültig bis 10.01.2027", "B1-Kurs abschließen",
                     "Überprüfung 15.12.2026", "Jobcenter", "nachfassen am 01.12.2026", "weitere Einträge",
                     "Fallarbeit seit 02.03.2026"):
        assert expected in text, expected
    assert "Kita-Platz" not in text    # achieved: not open
    assert re.search(r"01\.12\.2026: Nachfassen: Jobcenter", text)   # a deadline from Heute's rules
    assert cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() \
        == ("print:fallblatt", "person", str(person))


def test_a_written_printout_is_said_to_lie_outside_the_case_file(tmp_path):
    note = printouts.outside_note([tmp_path / "hilfeplan.pdf"])
    assert "außerhalb der verschlüsselten Falldatei" in note and str(tmp_path / "hilfeplan.pdf") in note
    assert "Cloud" not in note
    assert "Cloud" in printouts.outside_note([tmp_path / "OneDrive - Kreis Coesfeld" / "h.pdf"])


def test_print_from_the_command_line(cw, tmp_path, monkeypatch, capsys):
    from fallakte.cli import main

    person, _ = a_plan(cw)
    number = cw.person(person).case_number
    path = cw.casefile.path
    cw.casefile.close()
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    assert main(["--casefile", str(path), "print", "hilfeplan", number, "--out", str(tmp_path / "h.pdf")]) == 0
    assert "B1-Kurs abschließen" in pdf_text(tmp_path / "h.pdf")[0]
    assert "außerhalb der verschlüsselten Falldatei" in capsys.readouterr().out
    assert main(["print", "fallblatt", number, "--out", str(tmp_path / "f.pdf"), "--casefile", str(path)]) == 0
    assert "Fallblatt" in pdf_text(tmp_path / "f.pdf")[0]
    assert main(["--casefile", str(path), "print", "hilfeplan", "F-1999-00001", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "Keine Person mit der Fallnummer F-1999-00001" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
