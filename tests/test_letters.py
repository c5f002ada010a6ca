"""Letters and consent forms from county-editable Word templates (issue 18): placeholders filled from
the record (read back with python-docx, as Word would show them), a PDF beside the DOCX, a county's
own template replacing or adding one, audit entries written."""

import re
import stat

import docx
import pytest
from docx.shared import Pt

from app.casemanager import letters
from app.casemanager.casework import ConsentProof
from app.core.paths import resources_dir
from app.core.validation import ValidationError
from tests.conftest import PASSPHRASE, new_person
from tests.test_printouts import pdf_text


def document_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    parts += [p.text for s in document.sections for p in s.header.paragraphs]
    return "\n".join(parts)


def a_person(cw):
    person = new_person(cw, family="Haddad", given="Samira", birth_date="14.07.1991", nationality="syrisch",
                        address="Kirchstraße 3, 48653 Coesfeld")
    cw.record_status(person, "ae_25b", "2026-05-01", valid_until="2027-01-10")
    return person


def test_the_shipped_templates_are_there_in_german_and_english(cw):
    forms = {(t.name, t.language) for t in letters.templates(cw, letters.FORMS)}
    assert forms == {("einwilligung", "de"), ("einwilligung", "en"), ("schweigepflichtentbindung", "de"),
                     ("schweigepflichtentbindung", "en")}
    assert [(t.name, t.title) for t in letters.templates(cw, letters.LETTERS)] == [
        ("auslaenderbehoerde", "Brief an die Ausländerbehörde"), ("jobcenter", "Brief an das Jobcenter"),
        ("schule", "Brief an eine Schule")]


@pytest.mark.parametrize("name", ["auslaenderbehoerde", "jobcenter", "schule"])
def test_a_letter_is_filled_from_the_record_as_docx_and_pdf(cw, tmp_path, name):
    person = a_person(cw)
    written = letters.write_letter(cw, person, letters.template(cw, letters.LETTERS, name),
                                   tmp_path / f"brief-{name}.docx")
    docx_path, pdf_path = written.paths
    assert (docx_path.suffix, pdf_path.suffix) == (".docx", ".pdf") and written.unknown == []
    text = document_text(docx_path)
    assert "{{" not in text
    assert "Samira Haddad" in text and "14.07.1991" in text and "24.11.2026" in text
    if name != "schule":
        assert "Kirchstraße 3, 48653 Coesfeld" in text
    if name == "auslaenderbehoerde":
        assert "Aufenthaltserlaubnis § 25b AufenthG seit 01.05.2026, gültig bis 10.01.2027" in text
        assert "syrisch" in text
    assert "Samira Haddad" in pdf_text(pdf_path)[0]
    assert {stat.S_IMODE(p.stat().st_mode) for p in written.paths} == {0o600}
    assert cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() \
        == ("print:letter", "person", str(person))


def test_a_placeholder_word_split_over_runs_and_written_in_another_spelling_is_filled(cw, tmp_path):
    person = a_person(cw)
    document = docx.Document()
    paragraph = document.add_paragraph()
    for piece in ("Gültig bis: {{Gül", "tig ", "bis}} für {{", "NAME}}", " und {{Unbekannt}}."):
        paragraph.add_run(piece).font.size = Pt(11)
    paragraph.runs[1].bold = True
    county = letters.county_folder(cw) / letters.LETTERS
    county.mkdir(parents=True)
    document.save(county / "eigener.de.docx")
    written = letters.write_letter(cw, person, letters.template(cw, letters.LETTERS, "eigener"), tmp_path / "b")
    assert docx.Document(str(written.paths[0])).paragraphs[0].text == \
        "Gültig bis: 10.01.2027 für Samira Haddad und {{Unbekannt}}."
    assert written.unknown == ["{{Unbekannt}}"]


def test_a_county_template_replaces_the_shipped_one_and_adds_a_language(cw, tmp_path):
    county = letters.county_folder(cw) / letters.FORMS
    county.mkdir(parents=True)
    shipped = resources_dir() / "vorlagen" / "formulare" / "einwilligung.de.docx"
    arabic = docx.Document(str(shipped))
    arabic.paragraphs[0].text = "موافقة على معالجة البيانات الشخصية"
    arabic.save(county / "einwilligung.ar.docx")
    own = docx.Document(str(shipped))
    own.add_paragraph("Fassung des Kreises Coesfeld vom 01.10.2026")
    own.save(county / "einwilligung.de.docx")
    (county / "~$nwilligung.de.docx").write_bytes(b"Word lock file")
    person = a_person(cw)
    consent = cw.give_consent(person, "fallarbeit", "2026-11-20", proof=ConsentProof("schriftlich", "Arabisch", True, True))
    assert letters.form_languages(cw, consent) == ["de", "ar", "en"]
    written = letters.write_consent_form(cw, consent, "de", tmp_path / "einwilligung.pdf")
    assert "Fassung des Kreises Coesfeld" in pdf_text(written.paths[0])[0]
    arabic_text = pdf_text(letters.write_consent_form(cw, consent, "ar", tmp_path / "ar.pdf").paths[0])[0]
    assert "Samira Haddad" in arabic_text
    with pytest.raises(ValidationError, match="gibt es nicht"):
        letters.write_consent_form(cw, consent, "tr", tmp_path / "tr.pdf")


def test_the_consent_form_is_filled_from_the_consent_and_its_proof(cw, tmp_path):
    person = a_person(cw)
    consent = cw.give_consent(person, "fallarbeit", "2026-11-20",
                              proof=ConsentProof("schriftlich", "Arabisch", interpreted=True, informed=True))
    written = letters.write_consent_form(cw, consent, "de", tmp_path / "einwilligung")
    assert written.unknown == [] and written.paths == [tmp_path / "einwilligung.pdf"]
    text, pages = pdf_text(written.paths[0])
    for expected in ("Einwilligung in die Verarbeitung personenbezogener Daten", "Samira Haddad", "14.07.1991",
                     "☒ Ich habe die Informationen nach Art. 13 DSGVO erhalten", "☒ schriftlich erteilt",
                     "☐ mündlich erteilt", "Sprache: Arabisch, mit Dolmetschung", "Erteilt am 20.11.2026",
                     "Unterschrift der einwilligenden Person"):
        assert expected in text, expected
    assert pages == 1
    assert cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() \
        == ("print:consent_form", "consent", str(consent))


def test_the_release_of_confidentiality_names_the_partner_in_english_too(cw, tmp_path):
    person = a_person(cw)
    consent = cw.give_consent(person, "weitergabe", "2026-11-20", partner="jobcenter")
    assert letters.form_languages(cw, consent) == ["de", "en"]
    german = pdf_text(letters.write_consent_form(cw, consent, "de", tmp_path / "de.pdf").paths[0])[0]
    english = pdf_text(letters.write_consent_form(cw, consent, "en", tmp_path / "en.pdf").paths[0])[0]
    assert "Entbindung von der Schweigepflicht" in german and "Jobcenter (SGB II)" in german
    assert "Release from confidentiality" in english and "Jobcenter (SGB II)" in english
    assert re.search(r"Valid from 20\.11\.2026", english)


def test_a_damaged_template_is_refused_in_words(cw, tmp_path):
    county = letters.county_folder(cw) / letters.LETTERS
    county.mkdir(parents=True)
    (county / "kaputt.de.docx").write_bytes(b"not a zip")
    person = a_person(cw)
    with pytest.raises(ValidationError, match="kein lesbares Word-Dokument"):
        letters.write_letter(cw, person, letters.template(cw, letters.LETTERS, "kaputt"), tmp_path / "k.docx")
    assert list(tmp_path.glob("k.*")) == []


def test_a_letter_from_the_command_line(cw, tmp_path, monkeypatch, capsys):
    from fallakte.cli import main

    person = a_person(cw)
    number = cw.person(person).case_number
    path = cw.casefile.path
    cw.casefile.close()
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    assert main(["--casefile", str(path), "letter", "--list"]) == 0
    assert "jobcenter: Brief an das Jobcenter" in capsys.readouterr().out
    assert main(["--casefile", str(path), "letter", "jobcenter", number, "--out", str(tmp_path / "brief.docx")]) == 0
    out = capsys.readouterr().out
    assert "außerhalb der verschlüsselten Falldatei" in out and str(tmp_path / "brief.pdf") in out
    assert "Samira Haddad" in document_text(tmp_path / "brief.docx")
    assert main(["--casefile", str(path), "letter", "steuerbehoerde", number, "--out", str(tmp_path / "x.docx")]) == 1
    assert "Die Vorlage »steuerbehoerde« (de) gibt es nicht" in capsys.readouterr().err
